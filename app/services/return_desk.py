"""The till's return desk (Ctrl+R): one object the return dialog asks, and nothing else.

It finds the sale (in Ongoing, or still waiting in this till's outbox), says what the
return form offers (Ongoing's causes, the warehouses, where the goods go by default), and
carries out what the cashier chose: a return stored before its first send, a cancel, or
lower quantities. Every refusal comes back as a ReturnError with its sentence, every
failure of Ongoing as an OngoingError: the dialog shows them and keeps what was typed.

A return is checked against Ongoing once more when it is sent; when Ongoing cannot be
reached at that moment, it is checked against the order as the dialog showed it, stored,
and waits in F7 like an order taken while Ongoing was away.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.domain.order_change import plan_lower
from app.domain.returns import (
    Cause,
    ReturnError,
    ReturnPlan,
    ReturnRefusal,
    SoldLine,
    SoldOrder,
    plan_return,
)
from app.domain.text_values import filled
from app.domain.texts import Text, translate
from app.ongoing.errors import CircuitOpenError, OngoingConnectionError, RateLimitedError
from app.persistence.outbox import OutboxEntry, OutboxState
from app.services.order_changes import OrderChanges
from app.services.returns import ReturnService

if TYPE_CHECKING:
    from app.services.orders import OrderService
    from app.services.till import Till

log = logging.getLogger(__name__)

UNREACHABLE = (OngoingConnectionError, RateLimitedError, CircuitOpenError)


@dataclass(frozen=True, slots=True)
class Found:
    """The sale as the dialog shows it; `stored_only`: not in Ongoing yet, only waiting in
    this till's outbox (it can only be lowered or cancelled)."""

    order: SoldOrder
    stored_only: bool = False


@dataclass(frozen=True, slots=True)
class Destination:
    warehouse_id: int
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class ReturnChoices:
    """What the return form offers: Ongoing's causes, the warehouses, the default one."""

    causes: tuple[Cause, ...]
    destinations: tuple[Destination, ...]
    default_code: str


@dataclass(frozen=True, slots=True)
class ReturnOutcome:
    return_number: str
    confirmed: bool
    return_order_id: int | None
    reason: Text  # why it waits, when it does
    warehouse_code: str
    refund: Text
    checkout_id: str  # the outbox row: the return slip is printed from it


class ReturnDesk:
    def __init__(self, returns: ReturnService, changes: OrderChanges, orders: OrderService):
        self.returns = returns
        self.changes = changes
        self.orders = orders

    @classmethod
    def of(cls, till: Till) -> ReturnDesk | None:
        """The desk of this till; None when it has no outbox (its files failed at start)."""
        orders = till.orders
        if orders is None:
            return None
        returns = ReturnService(till.client, orders.outbox, till.settings.store)
        return cls(returns, OrderChanges(till.client, orders.outbox), orders)

    # --- finding the sale ---

    async def look_up(self, order_number: str) -> Found:
        """The order by number (Ongoing's, else this till's unsent row); ReturnError if none."""
        number = order_number.strip()
        try:
            return Found(await self.returns.find_order(number))
        except ReturnError:
            row = await self.changes.waiting_row(number) if number else None
            if row is None:
                raise
            return Found(_stored_order(row), stored_only=True)

    async def choices(self, order: SoldOrder) -> ReturnChoices:
        causes = await self.returns.causes()
        warehouses = await self.returns.client.get_warehouses()
        _, default = await self.returns.destination(order, None)
        destinations = tuple(
            Destination(w.id, w.code, w.name or w.code) for w in warehouses if w.code
        )
        return ReturnChoices(tuple(causes), destinations, default)

    # --- a return ---

    async def send_return(
        self,
        found: Found,
        wanted: Mapping[str, Decimal],
        cause_code: str,
        comment: str,
        choices: ReturnChoices,
        to_warehouse: str,
    ) -> ReturnOutcome:
        """Check, store with its final number, send; confirmed only with Ongoing's id."""
        try:
            plan = await self.returns.plan(
                found.order.order_number, wanted, cause_code, comment, to_warehouse
            )
        except UNREACHABLE:
            plan = self._plan_as_shown(found, wanted, cause_code, comment, choices, to_warehouse)
            log.info("event=return_planned_as_shown order_number=%s", found.order.order_number)
        stored = await self.returns.take(plan)
        sent = await self.returns.send(stored.checkout_id)
        return self._outcome(sent, plan.warehouse_code)

    @staticmethod
    def _plan_as_shown(
        found: Found,
        wanted: Mapping[str, Decimal],
        cause_code: str,
        comment: str,
        choices: ReturnChoices,
        to_warehouse: str,
    ) -> ReturnPlan:
        """Ongoing cannot be asked again: the rules applied to the order as shown."""
        destination = next((d for d in choices.destinations if d.code == to_warehouse), None)
        if destination is None:
            raise ReturnError(
                filled(translate("Returns", "Ongoing has no warehouse {code}."), code=to_warehouse),
                ReturnRefusal.BAD_INPUT,
            )
        return plan_return(
            found.order,
            wanted,
            choices.causes,
            cause_code,
            comment,
            (destination.warehouse_id, destination.code),
        )

    def _outcome(self, entry: OutboxEntry, warehouse_code: str) -> ReturnOutcome:
        confirmed = entry.state is OutboxState.SENT
        return ReturnOutcome(
            entry.order_number,
            confirmed,
            entry.ongoing_order_id if confirmed else None,
            entry.reason,
            warehouse_code,
            self.refund_text(),
            entry.checkout_id,
        )

    def refund_text(self) -> Text:
        """When the cashier refunds, in the store's own POS (store.refund_when)."""
        if self.returns.store.refund_when == "now":
            return translate("Returns", "Refund the customer now, in the store's POS.")
        return translate(
            "Returns",
            "Refund the customer in the store's POS when the warehouse has received the goods.",
        )

    # --- before the warehouse starts ---

    async def stored_return(self, checkout_id: str) -> OutboxEntry | None:
        """The return's outbox row as it is now: its slip is printed from it."""
        return await asyncio.to_thread(self.returns.outbox.get, checkout_id)

    async def cancel(self, found: Found) -> Text:
        """Cancel the whole order (in Ongoing, and its row here); the sentence to show."""
        number = found.order.order_number
        if found.stored_only:
            row = await self.changes.waiting_row(number)
            if row is not None:
                await self.orders.cancel(row.checkout_id)
        else:
            await self.returns.cancel(number)
        return filled(translate("Returns", "Order {number} is cancelled."), number=number)

    async def lower(self, found: Found, wanted: Mapping[int, Decimal]) -> Text:
        """Lower quantities (line id -> new quantity); all 0 is refused: cancel instead."""
        plan_lower(found.order, wanted)  # the rules first: nothing asked of anyone if wrong
        lowered = await self.changes.lower(found.order, wanted)
        if lowered.order_id is None:
            done = translate(
                "Returns",
                "Order {number} is changed on this PC; it goes to Ongoing with the new quantities.",
            )
        else:
            done = translate(
                "Returns", "Order {number} is changed in Ongoing: the quantities are lower now."
            )
        return filled(done, number=lowered.order_number)


def _stored_order(row: OutboxEntry) -> SoldOrder:
    """An order only this till holds (not yet confirmed by Ongoing): lines by position."""
    names: dict[str, str] = {}
    for line in row.slip.get("lines") or []:
        if isinstance(line, dict):
            names[str(line.get("article_number"))] = str(line.get("name") or "")
    lines = []
    for position, raw in enumerate(row.body.get("orderLines") or [], start=1):
        fields: Mapping[str, Any] = raw if isinstance(raw, dict) else {}
        article = str(fields.get("articleNumber") or "")
        ordered = Decimal(str(fields.get("numberOfItems") or 0))
        lines.append(
            SoldLine(position, article, names.get(article, ""), ordered, Decimal(0), Decimal(0))
        )
    warehouse = row.slip.get("warehouse")
    warehouse_name = warehouse.get("name") if isinstance(warehouse, dict) else None
    warehouse_id = row.body.get("warehouseId")
    return SoldOrder(
        0,
        row.order_number,
        0,
        "",
        warehouse_id if isinstance(warehouse_id, int) else 0,
        str(warehouse_name or ""),
        tuple(lines),
    )
