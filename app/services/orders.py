"""Place an order from the till: checked, stored, sent exactly once, followed.

The order is written to the outbox, with its final order number, before the first byte goes
to Ongoing. Every later send of that row (a retry, `tillside outbox --send`, a restart
after a crash) repeats the same number, and `PUT /orders` is an upsert on it, so Ongoing
holds one order whatever happened in between. The cashier sees "confirmed" only once
Ongoing answered with its orderId.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from app.config.settings import StoreSection
from app.domain.basket import BasketLine
from app.domain.customer import Customer
from app.domain.order_body import Fulfilment, FulfilmentKind, build_order_body
from app.domain.order_number import OrderNumbers
from app.domain.stock import WarehouseInfo
from app.domain.text_values import filled, joined
from app.domain.texts import Text, as_text, translate
from app.ongoing.client import OngoingClient
from app.ongoing.errors import (
    AuthenticationError,
    CircuitOpenError,
    InvalidResponseError,
    OngoingConnectionError,
    OngoingError,
    OrderLockedError,
    RateLimitedError,
    StatusError,
)
from app.ongoing.models import PostOrder
from app.services.catalogue import to_warehouse_info
from app.services.stock_lookup import to_snapshot
from app.store.outbox import Outbox, OutboxEntry, OutboxState, this_process

log = logging.getLogger(__name__)

WAY_OF_DELIVERY_NAMES = {
    FulfilmentKind.PICKUP: "Pickup in store (Tillside)",
    FulfilmentKind.DELIVERY: "Home delivery (Tillside)",
    FulfilmentKind.STORE_SALE: "Sale over the counter (Tillside)",
}


class OrderError(Exception):
    """The order cannot go as asked; `text` tells the cashier what to do instead.

    `text` is translated where it is shown; `str(error)` is its English version.
    """

    def __init__(self, text: Text | str) -> None:
        super().__init__(str(text))
        self.text = as_text(text)


@dataclass(frozen=True, slots=True)
class Shortage:
    article_number: str
    wanted: Decimal
    sellable: Decimal


class NotEnoughStockError(OrderError):
    def __init__(self, warehouse: WarehouseInfo, shortages: Sequence[Shortage]) -> None:
        items = [
            filled(
                translate("Orders", "{article} (wanted {wanted}, sellable {sellable})"),
                article=s.article_number,
                wanted=s.wanted,
                sellable=max(s.sellable, Decimal(0)),
            )
            for s in shortages
        ]
        super().__init__(
            filled(
                translate("Orders", "{warehouse} cannot supply everything: {items}."),
                warehouse=warehouse.name,
                items=joined(", ", items),
            )
        )
        self.warehouse = warehouse
        self.shortages = tuple(shortages)


@dataclass(frozen=True, slots=True)
class OrderPlan:
    """What the cashier chose: the lines, how they leave, from where, for whom."""

    lines: tuple[BasketLine, ...]
    kind: FulfilmentKind
    warehouse_code: str
    customer: Customer | None
    receipt_number: str = ""
    language: str = "sv"


class OrderService:
    def __init__(
        self,
        client: OngoingClient,
        outbox: Outbox,
        store: StoreSection,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        claimant: str | None = None,
    ) -> None:
        self.client = client
        self.outbox = outbox
        self.store = store
        self.clock = clock
        self.claimant = claimant or this_process()
        self.numbers = OrderNumbers(store.order_prefix.upper(), store.till_id.upper())
        self._warehouses: dict[str, WarehouseInfo] = {}
        self._ways_known: set[str] = set()

    def use_store(self, store: StoreSection) -> None:
        """New store settings (prefix, till id, ways of delivery) for orders from now on."""
        self.store = store
        self.numbers = OrderNumbers(store.order_prefix.upper(), store.till_id.upper())

    # --- checking ---

    async def warehouse(self, code: str) -> WarehouseInfo:
        if code not in self._warehouses:
            infos = [to_warehouse_info(w) for w in await self.client.get_warehouses()]
            self._warehouses = {info.code: info for info in infos}
        try:
            return self._warehouses[code]
        except KeyError:
            known = ", ".join(sorted(self._warehouses)) or translate("Orders", "none")
            raise OrderError(
                filled(
                    translate("Orders", "No warehouse with code {code}; known: {known}."),
                    code=repr(code),
                    known=known,
                )
            ) from None

    async def shortages(
        self, warehouse: WarehouseInfo, lines: Sequence[BasketLine]
    ) -> list[Shortage]:
        """Fresh sellable stock for these lines in this warehouse, asked right now."""
        wanted: dict[str, Decimal] = {}
        for line in lines:
            wanted[line.article_number] = wanted.get(line.article_number, Decimal(0)) + Decimal(
                line.quantity
            )
        rows = await self.client.get_inventory_per_warehouse(list(wanted), [warehouse.id])
        sellable = {number: Decimal(0) for number in wanted}
        for row in rows:
            figure = to_snapshot(row, self.clock()).figures.get(warehouse.id)
            if figure is not None and row.article_number in sellable:
                sellable[row.article_number] += figure.sellable
        return [
            Shortage(number, quantity, sellable[number])
            for number, quantity in wanted.items()
            if sellable[number] < quantity
        ]

    # --- placing ---

    async def place(self, plan: OrderPlan) -> OutboxEntry:
        """Check stock, store the order, send it; the returned entry says where it stands."""
        if not plan.lines:
            raise OrderError(translate("Orders", "The basket is empty."))
        warehouse = await self.warehouse(plan.warehouse_code)
        missing = await self.shortages(warehouse, plan.lines)
        if missing and plan.kind is FulfilmentKind.STORE_SALE:
            # The goods are already in the customer's hands: record the sale anyway; Ongoing
            # lists the order as lacking stock and the staff list shows what to recount.
            log.warning("event=store_sale_short articles=%d", len(missing))
        elif missing and not self.store.backorders_allowed:
            raise NotEnoughStockError(warehouse, missing)
        entry = await self.queue(plan, warehouse)
        return await self.send(entry.checkout_id)

    async def queue(self, plan: OrderPlan, warehouse: WarehouseInfo) -> OutboxEntry:
        """Fix the order number and store the full order before anything is sent."""
        fulfilment = Fulfilment(
            plan.kind,
            warehouse,
            self.way_of_delivery_code(plan.kind),
            WAY_OF_DELIVERY_NAMES[plan.kind],
        )
        now = self.clock()
        order_number = self.numbers.next(now)
        body = build_order_body(
            goods_owner_id=self.client.settings.goods_owner_id,
            order_number=order_number,
            receipt_number=plan.receipt_number or order_number,
            lines=plan.lines,
            customer=plan.customer,
            fulfilment=fulfilment,
            delivery_date=now.astimezone().date(),
            language_code=plan.language,
            store_name=self.store.name,
        )
        entry = await asyncio.to_thread(
            self.outbox.add, uuid.uuid4().hex, order_number, plan.kind.value, body
        )
        log.info("event=order_queued order_number=%s kind=%s", order_number, plan.kind.value)
        return entry

    def way_of_delivery_code(self, kind: FulfilmentKind) -> str:
        return {
            FulfilmentKind.PICKUP: self.store.pickup_way_of_delivery,
            FulfilmentKind.DELIVERY: self.store.delivery_way_of_delivery,
            FulfilmentKind.STORE_SALE: self.store.store_sale_way_of_delivery,
        }[kind]

    # --- sending ---

    async def send(self, checkout_id: str) -> OutboxEntry:
        """Send one stored order (again); safe to repeat, from any till process."""
        entry = await asyncio.to_thread(self.outbox.claim, checkout_id, self.claimant)
        if entry is None:  # sent already, cancelled, or another live sender has it now
            current = await asyncio.to_thread(self.outbox.get, checkout_id)
            if current is None:
                raise OrderError(translate("Orders", "No such order in the outbox."))
            return current
        try:
            await self._ensure_way_of_delivery(entry)
            response = await self.client.put_order(PostOrder.model_validate(entry.body))
        except OrderLockedError:
            # Ongoing has the order and the warehouse has started on it: it arrived.
            return await self._confirm_from_ongoing(entry)
        except (OngoingConnectionError, RateLimitedError, CircuitOpenError) as error:
            return await self._park(entry, error.text, attention=False)
        except StatusError as error:
            return await self._park(entry, error.text, attention=error.status_code < 500)
        except (AuthenticationError, InvalidResponseError) as error:
            return await self._park(entry, error.text, attention=True)
        if response.order_id is None:
            return await self._park(
                entry, translate("Orders", "Ongoing did not return an order id."), attention=True
            )
        await asyncio.to_thread(self.outbox.mark_sent, checkout_id, response.order_id)
        log.info(
            "event=order_confirmed order_number=%s order_id=%d attempts=%d",
            entry.order_number,
            response.order_id,
            entry.attempts,
        )
        return await self._get(checkout_id)

    async def unsent(self) -> list[OutboxEntry]:
        return await asyncio.to_thread(self.outbox.unsent)

    async def send_waiting(self) -> list[OutboxEntry]:
        """Send every unsent order, oldest first (after a restart, or from the command line)."""
        return [
            await self.send(entry.checkout_id)
            for entry in await asyncio.to_thread(self.outbox.unsent)
        ]

    async def _ensure_way_of_delivery(self, entry: OutboxEntry) -> None:
        way = entry.body.get("wayOfDelivery") or {}
        code = way.get("code")
        if not code or code in self._ways_known:
            return
        existing = {w.code for w in await self.client.get_ways_of_delivery() if w.code}
        if code not in existing:
            await self.client.create_way_of_delivery(code, way.get("name") or code)
            log.info("event=way_of_delivery_created code=%s", code)
        self._ways_known.add(code)

    async def _confirm_from_ongoing(self, entry: OutboxEntry) -> OutboxEntry:
        order = await self.client.get_order_by_number(entry.order_number)
        if order is None or order.order_info is None or order.order_info.order_id is None:
            return await self._park(
                entry,
                translate("Orders", "Ongoing refused the order and does not have it."),
                attention=True,
            )
        await asyncio.to_thread(self.outbox.mark_sent, entry.checkout_id, order.order_info.order_id)
        return await self._get(entry.checkout_id)

    async def _park(self, entry: OutboxEntry, reason: Text, *, attention: bool) -> OutboxEntry:
        await asyncio.to_thread(self.outbox.release, entry.checkout_id, reason, attention=attention)
        log.warning(
            "event=order_failed order_number=%s attention=%s attempts=%d",
            entry.order_number,
            attention,
            entry.attempts,
        )
        return await self._get(entry.checkout_id)

    async def _get(self, checkout_id: str) -> OutboxEntry:
        """SQLite work runs in a worker thread: an fsync must not stall the till's loop."""
        entry = await asyncio.to_thread(self.outbox.get, checkout_id)
        assert entry is not None
        return entry

    # --- cancelling ---

    async def cancel(self, checkout_id: str) -> OutboxEntry:
        """Cancel in Ongoing if it got there (even if we never heard back), then locally.

        Raises OrderError with the warehouse's reason when it has already started.
        """
        entry = await self._get(checkout_id)
        if entry.state is OutboxState.CANCELLED:
            return entry
        order_id = entry.ongoing_order_id
        if order_id is None:  # a timeout may have hidden a success: ask Ongoing
            order = await self.client.get_order_by_number(entry.order_number)
            order_id = order.order_info.order_id if order and order.order_info else None
        if order_id is not None:
            try:
                await self.client.cancel_order(order_id)
            except OrderLockedError as error:
                raise OrderError(error.text) from None
            except OngoingError as error:
                raise OrderError(
                    filled(translate("Orders", "Could not cancel now: {error}"), error=error.text)
                ) from None
        await asyncio.to_thread(
            self.outbox.mark_cancelled, checkout_id, translate("Orders", "cancelled at the till")
        )
        log.info("event=order_cancelled order_number=%s", entry.order_number)
        return await self._get(checkout_id)
