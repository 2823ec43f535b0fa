"""The window's order keys: F10 (the form), Shift+F10 (a sale over the counter), F7's Enter
and Delete (send again, cancel) and F8 (the slip). They ask the till's order desk and show
what it says; every order in flight runs in the till's task registry.

Sending stores the order at once (the form closes then, and the cashier has an empty
basket for the next customer); checking and sending it follow in the background, shown
live in the checkout's confirmation. A form closed before its order was stored keeps what
was typed as a draft, which F10 opens again.
"""

from __future__ import annotations

import logging
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any

from app.domain.text_values import filled
from app.domain.texts import Text, translate
from app.qt import QtCore
from app.services.notices import Notice, NoticeLevel
from app.services.task_groups import ORDERS_IN_FLIGHT
from app.ui.confirm import ask
from app.ui.i18n import format_quantity

if TYPE_CHECKING:
    from app.services.order_desk import OrderDesk, PlacedOrder
    from app.services.order_plans import PlannedOrder
    from app.services.tasks import TaskRegistry
    from app.ui.checkout_confirmation import CheckoutConfirmation
    from app.ui.main_window import MainWindow
    from app.ui.order_dialog import OrderChoice, OrderDialog

log = logging.getLogger(__name__)


class OrderActions(QtCore.QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.confirmation: CheckoutConfirmation | None = None
        self._placed: list[PlacedOrder] = []
        self._draft: dict[str, object] | None = None  # typed in a form closed unsent

    def _desk_quietly(self) -> OrderDesk | None:
        till = self.window.till
        return till.desk if till is not None else None

    def _desk(self) -> OrderDesk | None:
        """The till's order desk, or None after saying why there is none."""
        till = self.window.till
        desk = till.desk if till is not None else None
        if desk is None:
            unavailable = till.storage.orders_unavailable if till is not None else None
            self._say(
                NoticeLevel.WARNING,
                unavailable or translate("MainWindow", "Ordering is not set up on this till."),
            )
        return desk

    def _say(self, level: NoticeLevel, text: Text) -> None:
        self.window.show_notice(Notice(level, text))

    # --- F10 and Shift+F10 ---

    def open_form(self) -> None:
        from app.ui.order_dialog import OrderDialog

        desk = self._desk()
        if desk is None:
            return
        if not desk.checkout.lines:
            self._say(
                NoticeLevel.INFO, translate("MainWindow", "Scan the items for the order first.")
            )
            return
        options = desk.options()
        dialog = OrderDialog(
            options.choices,
            backorders_allowed=desk.orders.store.backorders_allowed,
            split=options.split,
            names=options.names,
            offline=desk.offline_reason,
            parent=self.window,
        )
        if self._draft is not None:
            dialog.restore(self._draft)
        dialog.chosen.connect(lambda choice: self.place(choice, dialog))
        dialog.finished.connect(lambda _: self._form_closed(dialog))
        dialog.open()

    def basket_emptied(self) -> None:
        """The customer is gone (the basket cleared or handed over): so is their draft."""
        self._draft = None

    def _form_closed(self, dialog: OrderDialog) -> None:
        """Closed before its order was stored: what was typed waits for the next F10."""
        self._draft = None if dialog.stored else dialog.draft()
        self.window.dialog_closed(dialog)

    def sell_over_the_counter(self) -> None:
        from app.domain.order_body import FulfilmentKind
        from app.ui.order_dialog import OrderChoice

        till = self.window.till
        warehouse = till.sells_over_the_counter() if till is not None else None
        if till is None or warehouse is None:
            self._say(
                NoticeLevel.INFO,
                translate(
                    "MainWindow",
                    "Sales over the counter are not set up on this till "
                    "(store.store_sale and store.store_warehouse).",
                ),
            )
            return
        if not till.checkout.lines:
            self._say(NoticeLevel.INFO, translate("MainWindow", "Scan the items sold first."))
            return
        items = sum(line.quantity for line in till.checkout.lines)
        choice = OrderChoice(FulfilmentKind.STORE_SALE, warehouse, None, "sv")
        ask(
            self.window,
            "storeSaleDialog",
            self.tr("Sell over the counter?"),
            self.tr(
                "Record the sale of {items} items from {warehouse}? Ongoing deducts them."
            ).format(items=format_quantity(items), warehouse=warehouse.name),
            lambda: self.place(choice),
            default_yes=True,
            after=self.window.focus_entry,
        )

    def place(self, choice: OrderChoice, form: OrderDialog | None = None) -> None:
        """Store the chosen orders (the form waits for that), then send each."""
        from app.services.order_plans import plan_orders

        desk = self._desk()
        if desk is None or self.window.till is None:
            return
        planned = plan_orders(
            desk.checkout.lines,
            choice.kind,
            choice.warehouse,
            choice.customer,
            split=choice.split,
            receipt=choice.receipt,
            language=choice.language,
        )
        self.window.till.tasks.spawn(ORDERS_IN_FLIGHT, self._place(desk, planned, form))

    async def _place(
        self, desk: OrderDesk, planned: list[PlannedOrder], form: OrderDialog | None
    ) -> None:
        from app.domain.errors import TillsideError
        from app.services.order_desk import PlacedOrder

        try:
            entries = await desk.store(planned)  # this PC only: Ongoing is asked afterwards
        except TillsideError as error:  # this PC could not store it: nothing stored or sent
            log.warning("event=order_not_placed error=%s", type(error).__name__)
            if form is not None and form.isVisible():
                form.order_refused(error.text)  # everything typed stays in the form
            else:
                nothing_sent = translate("MainWindow", "{error} Nothing was sent.")
                self._say(NoticeLevel.ERROR, filled(nothing_sent, error=error.text))
            return
        self._draft = None
        if form is not None:
            form.order_stored()
        self._show_placed([PlacedOrder(e, p) for e, p in zip(entries, planned, strict=True)])
        confirmation = self._open_confirmation()
        await self._refresh_unsent(desk)  # F7 lists it at once, however long the send takes
        placed = await desk.send(entries, planned, progress=confirmation.show_parts)
        self._show_placed(placed)
        await self._refresh_unsent(desk)

    def _show_placed(self, placed: list[PlacedOrder]) -> None:
        """The checkout as it stands: its slip (F8, Enter) says what is not confirmed yet."""
        from app.services.slips import checkout_slip

        self._placed = placed
        if placed:  # one slip for the checkout: every part
            desk = self._desk_quietly()
            self.window.last_slip = checkout_slip(placed, desk.store_name if desk else "")

    def _open_confirmation(self) -> CheckoutConfirmation:
        """The checkout's orders, shown until Esc; Enter prints the slip."""
        from app.ui.checkout_confirmation import CheckoutConfirmation

        if self.confirmation is not None:
            self.confirmation.close()
        confirmation = CheckoutConfirmation(self.print_slip, self.window)
        self.confirmation = confirmation

        def closed() -> None:
            if self.confirmation is confirmation:
                self.confirmation = None
            self.window.dialog_closed(confirmation)

        confirmation.finished.connect(lambda _: closed())
        confirmation.open()
        return confirmation

    def unsent_changed(self) -> None:
        """A waiting order may have gone through: the open confirmation says so."""
        desk, confirmation = self._desk_quietly(), self.confirmation
        if desk is None or confirmation is None or not self._placed:
            return
        placed = self._placed

        async def refresh() -> None:
            from app.services.order_desk import CheckoutPart

            now = await desk.refreshed(placed)
            if self._placed is placed:
                self._show_placed(now)
            if self.confirmation is confirmation:
                confirmation.show_parts([CheckoutPart.of(o.entry, o.planned) for o in now])

        assert self.window.till is not None
        self.window.till.tasks.start("confirmation", refresh())

    async def _refresh_unsent(self, desk: OrderDesk) -> None:
        self.window.unsent_panel.draw(await desk.unsent())

    # --- F7: the unsent orders ---

    def retry(self, checkout_id: str) -> None:
        desk = self._desk()
        if desk is None or self.window.till is None:
            return

        async def retry() -> None:
            await desk.retry(checkout_id)
            await self._refresh_unsent(desk)

        self.window.till.tasks.spawn(ORDERS_IN_FLIGHT, retry())

    def cancel_selected(self) -> None:
        checkout_id = self.window.unsent_panel.selected()
        desk = self._desk()
        if checkout_id is None or desk is None or self.window.till is None:
            return
        tasks = self.window.till.tasks

        async def cancel() -> None:
            if await desk.cancel(checkout_id):
                await self._refresh_unsent(desk)
                self.window.focus_entry()

        ask(
            self.window,
            "cancelOrderDialog",
            self.tr("Cancel the order?"),
            self.tr(
                "Cancel this order? If Ongoing has it and the warehouse has not started, "
                "it is deleted there too."
            ),
            lambda: self._spawn(tasks, cancel()),
        )

    @staticmethod
    def _spawn(tasks: TaskRegistry, work: Coroutine[Any, Any, None]) -> None:
        tasks.spawn(ORDERS_IN_FLIGHT, work)

    # --- F8 ---

    def print_slip(self) -> None:
        from app.ui.order_slip_print import print_slip, slip_paper

        if self.window.last_slip is None:
            self._say(
                NoticeLevel.INFO, translate("MainWindow", "No order placed yet on this till.")
            )
            return
        print_slip(self.window.last_slip, self.window, slip_paper(self.window.till))
