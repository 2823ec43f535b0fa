"""What every Qt program of ours shares: the application object, the executor for blocking
IO, SIGTERM, and the language from the settings.

qasync runs asyncio on Qt's event loop, so network IO never blocks a window. Imports here
stay light (asyncio too is imported where it is used): the till imports this module before
its window is on screen.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from app.qt import QtCore, QtGui, QtWidgets
from app.resources import resource_path
from app.ui.i18n import LANGUAGE, MissingCatalogueError

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

log = logging.getLogger(__name__)

ENV_STARTUP_PROBE = "TILLSIDE_STARTUP_PROBE"  # benchmarks: print the start-up time, then quit


def application(*, icon: bool = True) -> QtWidgets.QApplication:
    """The one QApplication, named and iconed; closing the last window does not quit it.

    Shutdown still has async work to do when the window closes (close the HTTP client, let
    orders in flight finish), so the loop returns only once that is done.
    """
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv)
    assert isinstance(app, QtWidgets.QApplication)
    app.setApplicationName("Tillside")
    app.setDesktopFileName("tillside")  # matches packaging/linux/tillside.desktop
    if icon:
        app.setWindowIcon(QtGui.QIcon(str(resource_path("icons", "tillside.png"))))
    app.setQuitOnLastWindowClosed(False)
    return app


def paint_now() -> None:
    """Let Qt show and paint what is pending: process events until a zero timer fires."""
    loop = QtCore.QEventLoop()
    QtCore.QTimer.singleShot(0, loop.quit)
    loop.exec()


def stop_on_sigterm(closed: asyncio.Event) -> None:
    """SIGTERM (a shutdown, IT's kill) closes the program as its window's close does.

    Python runs the handler when Qt next calls into Python; the GC timer does that twice a
    second, so the program reacts within half a second even when idle.
    """
    import asyncio
    import signal

    loop = asyncio.get_running_loop()

    def handler(signum: int, frame: object) -> None:
        log.info("event=sigterm_received")
        loop.call_soon_threadsafe(closed.set)

    signal.signal(signal.SIGTERM, handler)


def io_executor() -> ThreadPoolExecutor:
    """Plain Python threads for blocking IO (DNS lookups, file saves).

    qasync's default executor runs QThreads that can outlive the loop and crash the process
    in a later event pass; Python threads are simply joined when the loop closes.
    """
    from concurrent.futures import ThreadPoolExecutor

    return ThreadPoolExecutor(max_workers=4, thread_name_prefix="tillside-io")


def use_language(code: str) -> None:
    """The program's language from the settings; English when its catalogue is missing."""
    try:
        LANGUAGE.switch(code)
    except MissingCatalogueError as error:
        log.warning("event=language_unavailable language=%s", code)
        print(error, file=sys.stderr)
