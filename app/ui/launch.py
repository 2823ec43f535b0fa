"""Start and stop the Qt application and its asyncio loop in one place.

qasync runs asyncio on Qt's event loop, so network IO never blocks the window. The HTTP
client lives exactly as long as the window and is closed when Qt quits.
"""

from __future__ import annotations

import asyncio
import logging
import sys

from app.ongoing.client import OngoingClient
from app.ongoing.settings import ConnectionSettings
from app.qt import QtWidgets, qasync

log = logging.getLogger(__name__)


def run_till(settings: ConnectionSettings, *, title_suffix: str = "") -> int:
    """Run the till window until the cashier closes it; returns the process exit code."""
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv)
    app.setApplicationName("Tillside")

    async def main() -> None:
        from app.ui.main_window import MainWindow

        closed = asyncio.Event()
        app.aboutToQuit.connect(closed.set)
        async with OngoingClient(settings) as client:
            window = MainWindow(client, title_suffix=title_suffix)
            window.show()
            await closed.wait()
            await window.shutdown()

    qasync.run(main())
    return 0


def run_demo() -> int:
    """The till against the embedded simulator, with the committed demo data."""
    from app.simulator import (
        DEMO_API_USER,
        DEMO_GOODS_OWNER_ID,
        DEMO_PASSWORD,
        SimulatorThread,
        load_demo_state,
    )

    simulator = SimulatorThread.start(state=load_demo_state())
    try:
        settings = ConnectionSettings.from_target(
            simulator.base_url, DEMO_GOODS_OWNER_ID, DEMO_API_USER, DEMO_PASSWORD
        )
        log.info("demo simulator listening on %s", simulator.base_url)
        return run_till(settings, title_suffix="demo")
    finally:
        simulator.stop()
