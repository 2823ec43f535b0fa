"""The till's orders, from a chosen basket to what the cashier is told.

The window asks and shows; this decides: the options the form offers, the plans for what
the cashier chose, storing them all before anything is sent (the basket is handed to the
order then, and the cashier has an empty one for the next customer at once), sending each
and saying how it went, following pickups until they are ready, telling the cashier what
became of an order sent later by itself, and retrying or cancelling an unsent order from
the F7 list.

Storing asks Ongoing nothing: whether it answers at once, slowly or not at all, the order
is on this PC the moment the cashier sends it. Its fresh stock check and its send follow
(app/services/orders.py); an order the warehouse can no longer supply waits in F7 with the
shortage, and the cashier is told.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from app.domain.order_body import FulfilmentKind
from app.domain.stock import WarehouseInfo
from app.domain.text_values import filled
from app.domain.texts import Text, translate
from app.persistence.outbox import OutboxEntry, OutboxState
from app.services.checkout import CheckoutSession
from app.services.notices import Notice, NoticeLevel
from app.services.order_plans import OrderOptions, PlannedOrder, order_options
from app.services.order_tracking import OrderTracker
from app.services.orders import OrderError, OrderService
from app.services.pickup_notices import PickupNotices

__all__ = ["CheckoutPart", "OrderDesk", "OutboxEntry", "OutboxState", "PartState", "PlacedOrder"]

log = logging.getLogger(__name__)


class PartState(Enum):
    STORED = "stored"  # on this PC, not sent yet
    SENDING = "sending"
    CONFIRMED = "confirmed"  # Ongoing has it, with its order id
    WAITING = "waiting"  # not confirmed yet: kept and sent again by itself (the reason says why)


@dataclass(frozen=True, slots=True)
class CheckoutPart:
    """One order of a checkout as the confirmation shows it, live."""

    checkout_id: str
    order_number: str
    kind: str
    warehouse: WarehouseInfo
    delivery_lines: tuple[str, ...]  # where a delivery goes; empty for a pickup
    state: PartState
    ongoing_order_id: int | None = None
    reason: Text | None = None
    stock_checked: bool = True
    needs_attention: bool = False  # waits for a person (a shortage), not for Ongoing

    @classmethod
    def of(
        cls, entry: OutboxEntry, part: PlannedOrder, state: PartState | None = None
    ) -> CheckoutPart:
        if state is None:
            if entry.state is OutboxState.SENT:
                state = PartState.CONFIRMED
            elif entry.attempts == 0 and not str(entry.reason):
                state = PartState.STORED  # not tried yet: about to go
            else:
                state = PartState.WAITING
        customer = part.plan.customer
        delivery: tuple[str, ...] = ()
        if customer is not None and part.plan.kind is FulfilmentKind.DELIVERY:
            town = " ".join(p for p in (customer.postcode, customer.city) if p)
            delivery = tuple(p for p in (customer.address1, customer.address2, town) if p)
        return cls(
            entry.checkout_id,
            entry.order_number,
            entry.kind,
            part.warehouse,
            delivery,
            state,
            entry.ongoing_order_id,
            entry.reason if state is PartState.WAITING and str(entry.reason) else None,
            entry.stock_checked,
            entry.needs_attention and state is PartState.WAITING,
        )


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
        """What the order form offers for the basket on screen (offline: stock unknown)."""
        return order_options(
            self.checkout.catalogue.warehouses.values(),
            self.checkout.lines,
            self.checkout.stock.snapshots(),
            self.checkout.preference,
            self.orders.store.store_warehouse,
            online=self.checkout.connection.online,
        )

    @property
    def offline_reason(self) -> Text | None:
        """Why Ongoing cannot be asked now (the form says the stock is unknown), or None."""
        connection = self.checkout.connection
        return None if connection.online else connection.reason

    async def store(self, planned: Sequence[PlannedOrder]) -> list[OutboxEntry]:
        """Store every part (or none) at once, asking Ongoing nothing; the basket goes with
        the order and the cashier has an empty one for the next customer.

        Raises OrderError (OrderNotStoredError: this PC's disk; a line of an article
        Ongoing no longer sells, named): then nothing was stored, and the basket stays.
        """
        lines = tuple(line for part in planned for line in part.plan.lines)
        withdrawn = self.checkout.withdrawn_among(lines)
        if withdrawn:
            refused = translate(
                "Orders",
                "Not sold any more: {articles}. Ongoing has taken them out of the range. "
                "Remove them from the basket (Delete), then send the order.",
            )
            named = ", ".join(f"{a.number} {a.name}" for a in withdrawn)
            log.info("event=order_refused reason=withdrawn articles=%d", len(withdrawn))
            raise OrderError(filled(refused, articles=named))
        entries = await self.orders.take([(part.plan, part.warehouse) for part in planned])
        self.checkout.hand_over(tuple(line for part in planned for line in part.plan.lines))
        stored = translate(
            "Orders",
            "Order {orders} is stored on this PC and goes to Ongoing now; "
            "the basket is free for the next customer.",
        )
        numbers = ", ".join(entry.order_number for entry in entries)
        self.notify(Notice(NoticeLevel.INFO, filled(stored, orders=numbers)))
        return entries

    async def send(
        self,
        entries: Sequence[OutboxEntry],
        planned: Sequence[PlannedOrder],
        progress: Callable[[list[CheckoutPart]], None] = lambda parts: None,
    ) -> list[PlacedOrder]:
        """Send each stored part, saying how each went; pickups are followed until ready.

        `progress` hears every part's state as it changes: stored, sending, confirmed or
        waiting (with why).
        """
        pairs = list(zip(entries, planned, strict=True))
        parts = [CheckoutPart.of(e, p, PartState.STORED) for e, p in pairs]
        progress(list(parts))
        placed = []
        for index, (entry, part) in enumerate(pairs):
            sending = translate(
                "Orders",
                "Order {order} is stored on this PC; checking the stock and sending it to "
                "{warehouse}…",
            )
            self.notify(
                Notice(
                    NoticeLevel.INFO,
                    filled(sending, order=entry.order_number, warehouse=part.warehouse.name),
                )
            )
            parts[index] = CheckoutPart.of(entry, part, PartState.SENDING)
            progress(list(parts))
            sent = await self.orders.send(entry.checkout_id)
            parts[index] = CheckoutPart.of(sent, part)
            progress(list(parts))
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
        self.notify(waiting_notice(entry))

    def sent_by_itself(self, before: OutboxEntry, after: OutboxEntry) -> None:
        """An unsent order was sent again in the background: tell the cashier what became of
        it when that changed (confirmed at last, or now waiting for a person)."""
        if after.state is OutboxState.SENT and before.state is not OutboxState.SENT:
            text = translate(
                "Orders",
                "Order {order} was sent and is confirmed by Ongoing (order id {order_id}).",
            )
            order_id = after.ongoing_order_id
            self.notify(
                Notice(NoticeLevel.INFO, filled(text, order=after.order_number, order_id=order_id))
            )
            if self.tracker is not None and order_id is not None:
                self.tracker.track(after.order_number, order_id, after.kind)
            warehouse = after.slip.get("warehouse")
            name = warehouse.get("name") if isinstance(warehouse, dict) else None
            self.pickups.placed(after.order_number, after.kind, str(name or ""))
        elif after.needs_attention and (
            not before.needs_attention or str(before.reason) != str(after.reason)
        ):
            self.notify(waiting_notice(after))
        elif before.attempts == 0 and after.state is OutboxState.WAITING:
            # Its first try was this loop's (the form's send found it on its way): the
            # cashier hears how that went, as after a send from the form.
            self.notify(waiting_notice(after))

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

    async def refreshed(self, placed: Sequence[PlacedOrder]) -> list[PlacedOrder]:
        """The orders of a checkout as the outbox has them now (a waiting one may have gone)."""
        return [
            PlacedOrder(
                await self.orders.entry(order.entry.checkout_id) or order.entry, order.planned
            )
            for order in placed
        ]


def waiting_notice(entry: OutboxEntry) -> Notice:
    """What the cashier is told about an order that is stored but not confirmed: why, and
    what happens to it now."""
    if entry.needs_attention:
        text = translate(
            "Orders",
            "Order {order} is stored on this PC but NOT sent; it waits in F7: {reason}",
        )
        return Notice(
            NoticeLevel.WARNING, filled(text, order=entry.order_number, reason=entry.reason)
        )
    if str(entry.reason):
        text = translate(
            "Orders",
            "Order {order} is stored on this PC, NOT confirmed yet: {reason} "
            "It is sent again by itself (F7 shows it).",
        )
        return Notice(
            NoticeLevel.WARNING, filled(text, order=entry.order_number, reason=entry.reason)
        )
    text = translate(
        "Orders",
        "Order {order} is stored on this PC and is being sent (F7 shows it until Ongoing "
        "confirms it).",
    )
    return Notice(NoticeLevel.INFO, filled(text, order=entry.order_number))
