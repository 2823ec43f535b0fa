"""Ctrl+R, return or cancel: opens the return dialog on the till's return desk.

Imported when the key is first pressed (the first paint needs none of it). After each
return, cancel or change the F7 list is drawn again from the outbox: a return stored
while Ongoing was away waits there with the orders.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.domain.texts import translate
from app.services.notices import Notice, NoticeLevel
from app.services.return_desk import ReturnDesk

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def open_returns(window: MainWindow) -> None:
    from app.ui.return_dialog import ReturnDialog

    till = window.till
    desk = ReturnDesk.of(till) if till is not None else None
    if till is None or desk is None:
        unavailable = till.storage.orders_unavailable if till is not None else None
        none = translate("MainWindow", "Returns are not set up on this till yet.")
        window.show_notice(Notice(NoticeLevel.WARNING, unavailable or none))
        return
    dialog = ReturnDialog(
        desk,
        till.tasks,
        window,
        changed=lambda: outbox_changed(window),
        slip_printer=slip_printer(window, desk),
    )
    dialog.finished.connect(lambda _: window.dialog_closed(dialog))
    dialog.open()


def slip_printer(window: MainWindow, desk: ReturnDesk) -> Callable[[str], None]:
    """How the slip of a return (its outbox row id) is printed: the row is read off the Qt
    thread, then printed as F8 prints an order slip (`display.slip_paper`)."""

    def print_slip(checkout_id: str) -> None:
        till = window.till
        if till is None:
            return

        async def read_and_print() -> None:
            from app.ui.return_slip_print import print_return_slip

            entry = await desk.stored_return(checkout_id)
            if entry is None:
                gone = translate("MainWindow", "That return is no longer on this PC.")
                window.show_notice(Notice(NoticeLevel.WARNING, gone))
                return
            print_return_slip(entry, till.settings, window)

        till.tasks.start("return-slip", read_and_print())

    return print_slip


def outbox_changed(window: MainWindow) -> None:
    """F7 drawn again: a return may wait there, or an order was cancelled or changed; and
    a return just confirmed is followed until the warehouse has received it."""
    till = window.till
    if till is None or till.desk is None:
        return
    till.follow_returns()
    desk = till.desk

    async def redraw() -> None:
        window.unsent_panel.draw(await desk.unsent())

    till.tasks.start("unsent-after-return", redraw())
