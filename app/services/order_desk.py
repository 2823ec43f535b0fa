"""The till's orders, from a chosen basket to what the cashier is told.

The window asks and shows; this decides: the options the form offers, the plans for what
the cashier chose, storing them all before anything is sent (the basket is handed to the
order then), sending each and saying how it went, following pickups until they are ready,
and retrying or cancelling an unsent order from the F7 list.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.domain.text_values import filled
from app.domain.texts import translate
from app.persistence.outbox import OutboxEntry, OutboxState
from app.services.checkout import CheckoutSession
from app.services.notices import Notice, NoticeLevel
from app.services.order_plans import OrderOptions, PlannedOrder, order_options
from app.services.order_tracking import OrderTracker
from app.services.orders import OrderError, OrderService
from app.services.pickup_notices import PickupNotices

__all__ = ["OrderDesk", "OutboxEntry", "OutboxState", "PlacedOrder"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PlacedOrder:
    """An order as it stands after its first send, with what it was made from (the slip)."""

    entry: OutboxEntry
    planned: PlannedOrder


class OrderDesk:
    def __init__(
        self,
        orders: OrderService,
        checkout: CheckoutSession,
        tracker: OrderTracker | None,
        notify: Callable[[Notice], None],
    ) -> None:
        self.orders = orders
        self.checkout = checkout
        self.tracker = tracker
        self.pickups = PickupNotices()
        self.notify = notify

    @property
    def store_name(self) -> str:
        return self.orders.store.name

    def options(self) -> OrderOptions:
        """What the order form offers for the basket on screen."""
        return order_options(
            self.checkout.catalogue.warehouses.values(),
            self.checkout.lines,
            self.checkout.stock.snapshots(),
            self.checkout.preference,
        )

    async def store(self, planned: Sequence[PlannedOrder]) -> list[OutboxEntry]:
        """Check and store every part (or none); the basket goes with the order.

        Raises OrderError (NotEnoughStockError, OrderNotStoredError, ...), an Ongoing or a
        storage error: then nothing was stored or sent, and the basket stays.
        """
        entries = await self.orders.prepare([part.plan for part in planned])
        self.checkout.clear()  # the items left with the order; Ctrl+Z brings them back
        return entries

    async def send(
        self, entries: Sequence[OutboxEntry], planned: Sequence[PlannedOrder]
    ) -> list[PlacedOrder]:
        """Send each stored part, saying how each went; pickups are followed until ready."""
        placed = []
        for entry, part in zip(entries, planned, strict=True):
            sending = translate("Orders", "Sending the order to {warehouse}…")
            self.notify(Notice(NoticeLevel.INFO, filled(sending, warehouse=part.warehouse.name)))
            sent = await self.orders.send(entry.checkout_id)
            self._say_how_it_went(sent)
            if sent.state is OutboxState.SENT and sent.ongoing_order_id is not None:
                if self.tracker is not None:
                    self.tracker.track(sent.order_number, sent.ongoing_order_id, sent.kind)
                self.pickups.placed(sent.order_number, sent.kind, part.warehouse.name)
            placed.append(PlacedOrder(sent, part))
        return placed

    def _say_how_it_went(self, entry: OutboxEntry) -> None:
        if entry.state is OutboxState.SENT:
            text = translate(
                "Orders",
                "Order {order} confirmed by Ongoing (order id {order_id}). F8 prints the slip.",
            )
            self.notify(
                Notice(
                    NoticeLevel.INFO,
                    filled(text, order=entry.order_number, order_id=entry.ongoing_order_id),
                )
            )
            return
        text = translate(
            "Orders",
            "Order {order} is NOT confirmed yet: {reason} "
            "It is kept and sent again by itself (F7 shows it).",
        )
        self.notify(
            Notice(
                NoticeLevel.WARNING,
                filled(text, order=entry.order_number, reason=entry.reason),
            )
        )

    async def retry(self, checkout_id: str) -> None:
        """F7, Enter: send this one again now."""
        entry = await self.orders.send(checkout_id)
        if entry.state is OutboxState.SENT:
            confirmed = translate("Orders", "Order {order} confirmed (order id {order_id}).")
            text = filled(confirmed, order=entry.order_number, order_id=entry.ongoing_order_id)
            self.notify(Notice(NoticeLevel.INFO, text))
        else:
            still = translate("Orders", "{order}: still not sent: {reason}")
            text = filled(still, order=entry.order_number, reason=entry.reason)
            self.notify(Notice(NoticeLevel.WARNING, text))

    async def cancel(self, checkout_id: str) -> bool:
        """F7, Delete: cancel it here and in Ongoing when the warehouse has not started."""
        try:
            entry = await self.orders.cancel(checkout_id)
        except OrderError as error:
            self.notify(Notice(NoticeLevel.ERROR, error.text))
            return False
        cancelled = translate("Orders", "Order {order} cancelled.")
        self.notify(Notice(NoticeLevel.INFO, filled(cancelled, order=entry.order_number)))
        return True

    async def unsent(self) -> list[OutboxEntry]:
        return await self.orders.unsent()
