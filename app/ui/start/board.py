"""The pickup board's composition root: its client, its board, its window, its webhooks.

The board runs full screen in the warehouse for days: one client for its life, closed when
Qt quits; when `tillside webhooks` keeps Ongoing's events on this PC, a new one wakes the
board at once instead of at its next poll.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from app.qt import QtCore
from app.ui.start.qt_app import application, io_executor, stop_on_sigterm, use_language

if TYPE_CHECKING:
    from app.config.settings import Settings
    from app.ongoing.settings import ConnectionSettings
    from app.webhooks.store import WebhookStore

log = logging.getLogger(__name__)


def run_board(
    connection: ConnectionSettings,
    settings: Settings,
    warehouse_code: str,
    *,
    sound: bool,
    windowed: bool,
) -> int:
    """The pickup board for one warehouse, full screen, until closed or SIGTERM."""
    import asyncio

    from app.ongoing.client import OngoingClient
    from app.ongoing.errors import OngoingError
    from app.qt import qasync
    from app.services.catalogue import to_warehouse_info
    from app.services.ongoing_words import describe
    from app.services.pickup_board import PickupBoard
    from app.ui.failures import install_handlers
    from app.ui.main_thread_gc import MainThreadCollector
    from app.ui.pickup_board import PickupBoardWindow

    app = application()
    use_language(settings.display.language)
    collector = MainThreadCollector()
    exit_code = 0

    async def main() -> None:
        nonlocal exit_code
        asyncio.get_running_loop().set_default_executor(io_executor())
        closed = asyncio.Event()
        app.lastWindowClosed.connect(closed.set)
        async with OngoingClient(connection, words=describe) as client:
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
            board = PickupBoard(
                client,
                warehouse_code,
                settings.store.pickup_way_of_delivery,
                # Who an order without a customer's name is addressed to: never shown as one.
                not_customers=(
                    *(w.name for w in warehouses.values()),
                    *warehouses,
                    settings.store.name,
                ),
            )
            window = PickupBoardWindow(board, warehouses[warehouse_code].name, sound=sound)
            window.show_on(windowed=windowed)
            window.start()
            install_handlers(window)
            stop_on_sigterm(closed)
            webhooks = open_webhooks()  # `tillside webhooks` fills it; polling works without
            seen = [latest_webhook(webhooks)]

            def check_webhooks() -> None:
                latest = latest_webhook(webhooks)
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
            if webhooks is not None:
                webhooks.close()

    try:
        qasync.run(main())
    finally:
        collector.stop()
    return exit_code


def open_webhooks() -> WebhookStore | None:
    """The events `tillside webhooks` keeps; None when this PC cannot open them (the board
    then polls at its interval only, which is how it works without webhooks anyway)."""
    from app.files.locations import webhooks_path
    from app.persistence.storage_errors import StorageError
    from app.webhooks.store import WebhookStore

    try:
        return WebhookStore(webhooks_path())
    except StorageError as error:
        log.warning("event=webhooks_unavailable problem=%s", error.problem.value)
        return None


def latest_webhook(webhooks: WebhookStore | None) -> str | None:
    from app.persistence.storage_errors import StorageError

    if webhooks is None:
        return None
    try:
        return webhooks.latest()
    except StorageError:
        return None
