"""Start and stop the Qt application and its asyncio loop in one place.

qasync runs asyncio on Qt's event loop, so network IO never blocks the window. The HTTP
client lives exactly as long as the window and is closed when Qt quits.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil

from app.config.secrets import PasswordUnavailableError, load_password
from app.config.settings import ConnectionSection, Settings
from app.ongoing.client import OngoingClient
from app.ongoing.errors import OngoingError
from app.ongoing.settings import ConnectionSettings
from app.qt import QtCore, QtGui, QtWidgets, qasync
from app.resources import resource_path
from app.services.checkout import CheckoutSession
from app.services.order_tracking import OrderTracker
from app.services.orders import OrderService
from app.store.json_file import JsonFile
from app.store.outbox import open_default_outbox
from app.store.paths import data_dir
from app.ui.failures import install_handlers
from app.ui.i18n import LANGUAGE, MissingCatalogueError
from app.ui.main_thread_gc import MainThreadCollector

log = logging.getLogger(__name__)


ENV_STARTUP_PROBE = "TILLSIDE_STARTUP_PROBE"  # benchmarks: print the start-up time, then quit


def stop_on_sigterm(closed: asyncio.Event) -> None:
    """SIGTERM (a shutdown, IT's kill) closes the till as the window's close does.

    Python runs the handler when Qt next calls into Python; the GC timer does that twice a
    second, so the till reacts within half a second even when idle.
    """
    loop = asyncio.get_running_loop()

    def handler(signum: int, frame: object) -> None:
        log.info("event=sigterm_received")
        loop.call_soon_threadsafe(closed.set)

    signal.signal(signal.SIGTERM, handler)


def report_startup(closed: asyncio.Event) -> None:
    started = psutil.Process().create_time()
    print(f"window shown after {time.time() - started:.3f} s", flush=True)
    closed.set()


def io_executor() -> ThreadPoolExecutor:
    """Plain Python threads for blocking IO (DNS lookups, file saves).

    qasync's default executor runs QThreads that can outlive the loop and crash the process
    in a later event pass; Python threads are simply joined when the loop closes.
    """
    return ThreadPoolExecutor(max_workers=4, thread_name_prefix="tillside-io")


def use_language(code: str) -> None:
    """The till's language from the settings; English when its catalogue is missing."""
    try:
        LANGUAGE.switch(code)
    except MissingCatalogueError as error:
        log.warning("event=language_unavailable language=%s", code)
        print(error, file=sys.stderr)


def run_till(
    connection: ConnectionSettings,
    settings: Settings,
    *,
    title_suffix: str = "",
    user_file: Path | None = None,
) -> int:
    """Run the till window until the cashier closes it; returns the process exit code."""
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv)
    assert isinstance(app, QtWidgets.QApplication)
    app.setApplicationName("Tillside")
    app.setDesktopFileName("tillside")  # matches packaging/linux/tillside.desktop
    app.setWindowIcon(QtGui.QIcon(str(resource_path("icons", "tillside.png"))))
    # Closing the window must not stop the loop under our feet: shutdown still has async
    # work to do (close the HTTP client, park orders in flight), then main() returns.
    app.setQuitOnLastWindowClosed(False)
    use_language(settings.display.language)
    collector = MainThreadCollector()

    async def main() -> None:
        from app.ui.main_window import MainWindow

        asyncio.get_running_loop().set_default_executor(io_executor())
        closed = asyncio.Event()
        app.lastWindowClosed.connect(closed.set)
        app.aboutToQuit.connect(closed.set)
        async with OngoingClient(connection) as client:
            session = CheckoutSession(
                client,
                basket_file=JsonFile(data_dir() / "basket.json"),
                preference=settings.store.preference(),
                stale_after=settings.display.stale_after,
            )
            orders = OrderService(client, open_default_outbox(), settings.store)
            window = MainWindow(
                client,
                title_suffix=title_suffix,
                session=session,
                scanner_timing=settings.scanner.timing(),
                orders=orders,
                tracker=OrderTracker(client),
                settings=settings,
                user_file=user_file,
            )
            window.show()
            install_handlers(window)
            stop_on_sigterm(closed)
            log.info("event=till_started")
            if os.environ.get(ENV_STARTUP_PROBE):
                QtCore.QTimer.singleShot(0, lambda: report_startup(closed))
            await closed.wait()
            await window.shutdown()

    try:
        qasync.run(main())
    finally:
        collector.stop()
    return 0


def run_configured(settings: Settings, user_file: Path) -> int:
    """The till against the Ongoing account in the settings.

    Without a complete connection or a password, the setup dialog comes first.
    """
    section = settings.connection
    password = ""
    if section.is_complete:
        try:
            password = load_password(section)
        except PasswordUnavailableError as error:
            log.warning("event=password_unavailable")
            print(error, file=sys.stderr)
    if not section.is_complete or not password:
        chosen = run_setup(section, user_file, settings.display.language)
        if chosen is None:
            print("Setup was cancelled; the till needs an Ongoing connection.", file=sys.stderr)
            return 2
        section, password = chosen
        settings = settings.model_copy(update={"connection": section})
    try:
        connection = ConnectionSettings.from_target(
            section.api_url, section.goods_owner_id, section.api_user, password
        )
    except ValueError as error:
        print(f"connection.api_url: {error}", file=sys.stderr)
        return 2
    return run_till(connection, settings, user_file=user_file)


def run_setup(
    current: ConnectionSection, user_file: Path, language: str = "en"
) -> tuple[ConnectionSection, str] | None:
    """The first-run dialog on its own loop; the saved connection and password, or None."""
    from app.ui.setup_dialog import SetupDialog

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv)
    assert isinstance(app, QtWidgets.QApplication)
    app.setQuitOnLastWindowClosed(False)
    use_language(language)
    result: list[tuple[ConnectionSection, str]] = []

    async def main() -> None:
        asyncio.get_running_loop().set_default_executor(io_executor())
        done = asyncio.Event()
        dialog = SetupDialog(user_file, current)
        dialog.saved.connect(lambda section: result.append((section, dialog.password.text())))
        dialog.finished.connect(lambda _: done.set())
        dialog.open()
        await done.wait()

    qasync.run(main())
    return result[0] if result else None


def run_demo(settings: Settings) -> int:
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
        connection = ConnectionSettings.from_target(
            simulator.base_url, DEMO_GOODS_OWNER_ID, DEMO_API_USER, DEMO_PASSWORD
        )
        log.info("demo simulator listening on %s", simulator.base_url)
        return run_till(connection, settings, title_suffix="demo")
    finally:
        simulator.stop()


def run_board(
    connection: ConnectionSettings,
    settings: Settings,
    warehouse_code: str,
    *,
    sound: bool,
    windowed: bool,
) -> int:
    """The pickup board for one warehouse, full screen, until closed or SIGTERM."""
    from app.commands.webhooks import WEBHOOK_DB
    from app.services.catalogue import to_warehouse_info
    from app.services.pickup_board import PickupBoard
    from app.ui.pickup_board import PickupBoardWindow
    from app.webhooks.store import WebhookStore

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv)
    assert isinstance(app, QtWidgets.QApplication)
    app.setApplicationName("Tillside")
    app.setQuitOnLastWindowClosed(False)
    use_language(settings.display.language)
    collector = MainThreadCollector()
    exit_code = 0

    async def main() -> None:
        nonlocal exit_code
        asyncio.get_running_loop().set_default_executor(io_executor())
        closed = asyncio.Event()
        app.lastWindowClosed.connect(closed.set)
        async with OngoingClient(connection) as client:
            try:
                warehouses = {
                    w.code: w for w in map(to_warehouse_info, await client.get_warehouses())
                }
            except OngoingError as error:
                print(f"tillside board: {error}", file=sys.stderr)
                exit_code = 3
                return
            if warehouse_code not in warehouses:
                known = ", ".join(sorted(warehouses))
                print(
                    f"tillside board: no warehouse {warehouse_code!r}; known: {known}",
                    file=sys.stderr,
                )
                exit_code = 2
                return
            board = PickupBoard(client, warehouse_code, settings.store.pickup_way_of_delivery)
            window = PickupBoardWindow(board, warehouses[warehouse_code].name, sound=sound)
            if windowed:
                window.show()
            else:
                window.showFullScreen()
            window.start()
            install_handlers(window)
            stop_on_sigterm(closed)
            webhooks = WebhookStore(data_dir() / WEBHOOK_DB)  # `tillside webhooks` fills it
            seen = [webhooks.latest()]

            def check_webhooks() -> None:
                latest = webhooks.latest()
                if latest != seen[0]:
                    seen[0] = latest
                    board.wake.set()  # an order changed: poll now, not at the interval

            watcher = QtCore.QTimer()
            watcher.timeout.connect(check_webhooks)
            watcher.start(1000)
            log.info("event=board_started warehouse=%s", warehouse_code)
            await closed.wait()
            watcher.stop()
            await window.stop()
            webhooks.close()

    try:
        qasync.run(main())
    finally:
        collector.stop()
    return exit_code
