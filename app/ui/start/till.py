"""Start the till in two stages: the window first, then everything that talks to Ongoing.

A cashier who starts the till should see it at once. Stage one imports only Qt and the
window's own modules, reads the one setting the first paint needs (the language, without
validating the rest) and shows the real till window, code field focused. Stage two runs on
the asyncio loop once the window is painted: it loads and validates the settings, starts
the demo simulator or finds the password (asking with the setup dialog when there is
none), opens the HTTP client and the outbox, and attaches them to the window. Codes scanned
in between are kept and looked up as soon as the till is attached; nothing is lost.

With TILLSIDE_STARTUP_PROBE set (benchmarks) it prints `window shown after X s` once the
window is painted and `till ready after X s` once it is attached, then quits.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from app.qt import QtWidgets
from app.ui.start.qt_app import (
    ENV_STARTUP_PROBE,
    application,
    io_executor,
    paint_now,
    stop_on_sigterm,
    use_language,
)

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Mapping

    from app.config.settings import ConnectionSection, Settings
    from app.domain.texts import Text
    from app.files.damaged import DamagedFile
    from app.ongoing.settings import ConnectionSettings
    from app.simulator import SimulatorThread
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

Mode = Literal["run", "demo"]


def seconds_since_process_start() -> float:
    import psutil  # only for the probe: the benchmark's baseline measures the same way

    started: float = psutil.Process().create_time()
    return time.time() - started


def first_paint_language(config_path: Path | None) -> str:
    """`display.language` as configured, unvalidated; English when it is not one we speak."""
    from app.config.sources import peek_setting
    from app.ui.i18n import SOURCE_LANGUAGE, UI_LANGUAGES

    value = peek_setting(config_path, "display", "language")
    return value if isinstance(value, str) and value in UI_LANGUAGES else SOURCE_LANGUAGE


def run_till(mode: Mode, config_path: Path | None = None, *, log_level: str = "INFO") -> int:
    """The till until the cashier closes it; the process exit code."""
    from app.ui.main_thread_gc import MainThreadCollector
    from app.ui.main_window import MainWindow

    probe = bool(os.environ.get(ENV_STARTUP_PROBE))
    app = application()
    use_language(first_paint_language(config_path))
    collector = MainThreadCollector()
    window = MainWindow(title_suffix="demo" if mode == "demo" else "")
    window.show()
    paint_now()
    if probe:
        print(f"window shown after {seconds_since_process_start():.3f} s", flush=True)
    window.after_first_paint()  # see its docstring

    from app.qt import qasync  # stage two: asyncio, qasync and all the rest from here on

    exit_code = 0

    async def main() -> None:
        nonlocal exit_code
        from app.logs import configure_logging  # its file handler costs ~40 ms: after the paint

        configure_logging(log_level, to_file=True)
        # The catalogue lives as long as the till: full collections leave it alone.
        collector.expect_long_lived()
        window.catalogue_loaded.connect(collector.set_aside_long_lived)
        exit_code = await serve(app, window, mode, config_path, probe=probe)

    try:
        qasync.run(main())
    finally:
        collector.stop()
    return exit_code


async def serve(
    app: QtWidgets.QApplication,
    window: MainWindow,
    mode: Mode,
    config_path: Path | None,
    *,
    probe: bool,
) -> int:
    """Stage two: settings, connection, client; then serve until the window is closed."""
    import asyncio

    from app.config.loading import SettingsError, load_settings
    from app.ui.failures import install_handlers

    asyncio.get_running_loop().set_default_executor(io_executor())
    try:
        loaded = load_settings(config_path)
    except SettingsError as error:
        log.error("event=settings_invalid problem=%s", error)
        print(error, file=sys.stderr)
        await close_unattached(window)
        return 2
    closed = asyncio.Event()
    app.lastWindowClosed.connect(closed.set)
    app.aboutToQuit.connect(closed.set)
    if not window.isVisible():
        closed.set()  # closed during the first paint, before anyone listened
    stop_on_sigterm(closed)
    install_handlers(window)
    settings = loaded.settings
    use_language(settings.display.language)  # the validated value (peeking may have failed)
    simulator = None
    try:
        if mode == "demo":
            connection, simulator = start_demo_simulator()
        else:
            chosen = await configured_connection(
                window, settings.connection, loaded.user_file, closed
            )
            if isinstance(chosen, int):
                await close_unattached(window)
                return chosen
            connection, section = chosen
            settings = settings.model_copy(update={"connection": section})
        if closed.is_set():
            await close_unattached(window)  # closed while starting: nothing to finish
            return 0
        await attach_and_serve(
            window,
            connection,
            settings,
            loaded.user_file if mode == "run" else None,
            closed,
            probe,
            damaged_settings=loaded.damaged,
            setting_origins=loaded.origins,
            catalogue_on_disk=mode == "run",  # the demo's would replace the till's own
        )
    finally:
        if simulator is not None:
            simulator.stop()
    return 0


async def close_unattached(window: MainWindow) -> None:
    """Close a window that never got its session; it stops watching the keyboard."""
    window.close()
    await window.shutdown()


def start_demo_simulator() -> tuple[ConnectionSettings, SimulatorThread]:
    from app.ongoing.settings import ConnectionSettings
    from app.simulator import (
        DEMO_API_USER,
        DEMO_GOODS_OWNER_ID,
        DEMO_PASSWORD,
        SimulatorThread,
        load_demo_state,
    )

    simulator = SimulatorThread.start(state=load_demo_state())
    log.info("demo simulator listening on %s", simulator.base_url)
    connection = ConnectionSettings.from_target(
        simulator.base_url, DEMO_GOODS_OWNER_ID, DEMO_API_USER, DEMO_PASSWORD
    )
    return connection, simulator


async def configured_connection(
    window: MainWindow, section: ConnectionSection, user_file: Path, closed: asyncio.Event
) -> tuple[ConnectionSettings, ConnectionSection] | int:
    """The connection in the settings; the setup dialog first when it or the password lacks."""
    import asyncio

    from app.config.secrets import PasswordUnavailableError
    from app.services.connection import connection_from, connection_from_settings

    reason: Text | None = None
    if section.is_complete:
        try:  # the keyring may go over D-Bus or to Windows' vault: not on the Qt thread
            return await asyncio.to_thread(connection_from_settings, section), section
        except PasswordUnavailableError as error:
            log.warning("event=password_unavailable")
            print(error, file=sys.stderr)
            reason = error.text
        except ValueError as error:
            print(f"connection.api_url: {error}", file=sys.stderr)  # untranslated: for IT
            return 2
    chosen = await ask_for_connection(window, section, user_file, closed, reason)
    if chosen is None:
        if not closed.is_set():
            print("Setup was cancelled; the till needs an Ongoing connection.", file=sys.stderr)
        return 2
    section, password = chosen
    try:
        connection = connection_from(
            section.api_url, section.goods_owner_id, section.api_user, password
        )
    except ValueError as error:
        print(f"connection.api_url: {error}", file=sys.stderr)  # untranslated: for IT
        return 2
    return connection, section


async def ask_for_connection(
    window: MainWindow,
    current: ConnectionSection,
    user_file: Path,
    closed: asyncio.Event,
    reason: Text | None = None,
) -> tuple[ConnectionSection, str] | None:
    """The setup dialog over the till window; the saved connection and password, or None."""
    import asyncio

    from app.services.tasks import first_of
    from app.ui.setup_dialog import SetupDialog

    done = asyncio.Event()
    result: list[tuple[ConnectionSection, str]] = []
    dialog = SetupDialog(user_file, current, window, first_run=True)
    if reason is not None:
        dialog.explain(reason)  # e.g. no password stored on this PC for that connection
    dialog.saved.connect(lambda section: result.append((section, dialog.password_to_use())))
    dialog.finished.connect(lambda _: done.set())
    dialog.open()
    await first_of(done.wait(), closed.wait())  # set up, cancelled, or the till closed
    dialog.deleteLater()
    return result[0] if result else None


async def attach_and_serve(
    window: MainWindow,
    connection: ConnectionSettings,
    settings: Settings,
    user_file: Path | None,
    closed: asyncio.Event,
    probe: bool,
    *,
    damaged_settings: DamagedFile | None = None,
    setting_origins: Mapping[str, str] | None = None,
    catalogue_on_disk: bool = True,
) -> None:
    """The composition root of the till: one `Till`, given to the window, until closed."""
    from app.services.till import open_till

    async with open_till(
        connection,
        settings,
        user_file=user_file,
        damaged_settings=damaged_settings,
        setting_origins=setting_origins,
        events_token=os.environ.get("TILLSIDE_WEBHOOK_TOKEN", ""),
        catalogue_on_disk=catalogue_on_disk,
    ) as till:
        window.attach(till)
        log.info("event=till_started")
        if probe:
            print(f"till ready after {seconds_since_process_start():.3f} s", flush=True)
            closed.set()
        await closed.wait()
        await window.shutdown()
