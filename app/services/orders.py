"""Place an order from the till: checked, stored, sent exactly once, followed.

The order is written to the outbox, with its final order number, before the first byte goes
to Ongoing. Every later send of that row (a retry, `tillside outbox --send`, a restart
after a crash) repeats the same number, and `PUT /orders` is an upsert on it, so Ongoing
holds one order whatever happened in between. The cashier sees "confirmed" only once
Ongoing answered with its orderId.

The till stores an order first and asks Ongoing afterwards (`take`): whether Ongoing
answers at once, slowly or not at all, the order is on this PC the moment the cashier
sends it. Such a row's stock is "not yet checked"; `send` makes the fresh stock check
before its first send, and an order the warehouse can no longer supply waits for a person
with the shortage as its reason instead of going out.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from app.config.settings import StoreSection
from app.domain.basket import BasketLine
from app.domain.customer import Customer
from app.domain.errors import TillsideError
from app.domain.order_body import Fulfilment, FulfilmentKind, build_order_body
from app.domain.order_number import OrderNumberFormat
from app.domain.returns import ReturnError
from app.domain.stock import WarehouseInfo
from app.domain.text_values import filled, joined
from app.domain.texts import Text, translate
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
from app.persistence.outbox import NewOrder, Outbox, OutboxEntry, OutboxState, this_process
from app.persistence.storage_errors import StorageError, StorageProblem
from app.services.catalogue import to_warehouse_info
from app.services.returns import RETURN_KIND, ReturnService
from app.services.stock_lookup import to_snapshot

log = logging.getLogger(__name__)

WAY_OF_DELIVERY_NAMES = {
    FulfilmentKind.PICKUP: "Pickup in store (Tillside)",
    FulfilmentKind.DELIVERY: "Home delivery (Tillside)",
    FulfilmentKind.STORE_SALE: "Sale over the counter (Tillside)",
}


class OrderError(TillsideError):
    """The order cannot go as asked; `text` tells the cashier what to do instead."""


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


class OrderNotStoredError(OrderError):
    """This PC could not store the order, so nothing was sent; what was typed stays.

    `storage` is the PC's own problem (a full disk, a read-only folder, ...), which the
    command line words its own way.
    """

    def __init__(self, storage: StorageError) -> None:
        super().__init__(_not_stored_text(storage))
        self.storage = storage


def _not_stored_text(storage: StorageError) -> Text:
    if storage.problem is StorageProblem.FULL:
        return translate(
            "Orders",
            "This PC's disk is full, so the order was not sent. "
            "Free some space, then send it again.",
        )
    if storage.problem is StorageProblem.READ_ONLY:
        return filled(
            translate(
                "Orders",
                "This PC's data folder cannot be written to ({folder}), so the order was not "
                "sent. IT: give the till's user write access to the folder; then send it again.",
            ),
            folder=str(storage.path.parent),
        )
    if storage.problem is StorageProblem.LOCKED:
        return translate(
            "Orders",
            "Another Tillside program on this PC is holding the list of orders, so the order "
            "was not sent. Send it again in a moment.",
        )
    if storage.problem is StorageProblem.DAMAGED:
        return translate(
            "Orders",
            "The list of unsent orders on this PC is damaged, so the order was not sent. "
            "Restart Tillside (it recovers the list), then send it again.",
        )
    return filled(
        translate(
            "Orders",
            "This PC could not store the order ({detail}), so it was not sent. "
            "Tell IT; then send it again.",
        ),
        detail=storage.detail or storage.problem.value,
    )


def new_checkout_id() -> str:
    """The id the parts of one checkout share (the outbox, the log, `tillside slip`)."""
    return uuid.uuid4().hex


# A number Ongoing already holds is replaced by a fresh one; more than this in a row means
# something other than chance (a cloned data folder?) and the order is not sent.
MOST_NUMBERS_TRIED = 5


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
        self.numbers = OrderNumberFormat.of(store.order_prefix, store.till_id)
        self._warehouses: dict[str, WarehouseInfo] = {}
        self._ways_known: set[str] = set()
        self._sending: set[str] = set()  # rows a task of this process is sending now

    def use_store(self, store: StoreSection) -> None:
        """New store settings (prefix, till id, ways of delivery) for orders from now on."""
        self.store = store
        self.numbers = OrderNumberFormat.of(store.order_prefix, store.till_id)

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
        return await self._shortages(warehouse, wanted)

    async def _shortages(
        self, warehouse: WarehouseInfo, wanted: dict[str, Decimal]
    ) -> list[Shortage]:
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
        [entry] = await self.prepare([plan])
        return await self.send(entry.checkout_id)

    async def prepare(self, plans: Sequence[OrderPlan]) -> list[OutboxEntry]:
        """Check and store every part of a checkout; nothing is sent yet.

        Each part gets its number first, so the fresh stock check and the question whether
        Ongoing already holds that number (for an order this PC never sent) go out together:
        one round trip. Then every part is stored in one durable write, all or none. Raises
        OrderError (NotEnoughStockError, OrderNotStoredError, ...) or OngoingError; then
        nothing was stored or sent.
        """
        if not plans or any(not plan.lines for plan in plans):
            raise OrderError(translate("Orders", "The basket is empty."))
        warehouses = [await self.warehouse(plan.warehouse_code) for plan in plans]
        numbers = [await self._allocate_number() for _ in plans]
        shortages, taken = await asyncio.gather(
            asyncio.gather(
                *(self.shortages(w, p.lines) for w, p in zip(warehouses, plans, strict=True))
            ),
            asyncio.gather(*(self._held_by_ongoing(number) for number in numbers)),
        )
        for plan, warehouse, missing in zip(plans, warehouses, shortages, strict=True):
            if missing and plan.kind is FulfilmentKind.STORE_SALE:
                # The goods are already in the customer's hands: record the sale anyway;
                # Ongoing lists the order as lacking stock and the staff list shows what to
                # recount.
                log.warning("event=store_sale_short articles=%d", len(missing))
            elif missing and not self.store.backorders_allowed:
                log.info("event=order_refused reason=not_enough_stock warehouse=%s", warehouse.code)
                raise NotEnoughStockError(warehouse, missing)
        numbers = [
            await self._free_number(number) if held else number
            for number, held in zip(numbers, taken, strict=True)
        ]
        checkout = new_checkout_id()  # shared by every part: one slip, one line of the log
        orders = [
            NewOrder(
                uuid.uuid4().hex,
                number,
                plan.kind.value,
                self._body(plan, warehouse, number),
                number_checked=True,
                checkout=checkout,
                slip=self._slip_facts(plan, warehouse),
            )
            for plan, warehouse, number in zip(plans, warehouses, numbers, strict=True)
        ]
        entries = await self._store(orders)
        for entry in entries:
            log.info(
                "event=order_queued order_number=%s kind=%s checkout=%s parts=%d",
                entry.order_number,
                entry.kind,
                entry.checkout,
                len(entries),
            )
        return entries

    async def place_all(self, plans: Sequence[OrderPlan]) -> list[OutboxEntry]:
        """Check and store every part of a checkout (all or none), then send each; each
        returned entry says where its part stands (`tillside order --split`)."""
        return [await self.send(entry.checkout_id) for entry in await self.prepare(plans)]

    async def queue(self, plan: OrderPlan, warehouse: WarehouseInfo) -> OutboxEntry:
        """Store an order without asking Ongoing anything: checked on sending."""
        [entry] = await self.take([(plan, warehouse)])
        return entry

    async def take(self, parts: Sequence[tuple[OrderPlan, WarehouseInfo]]) -> list[OutboxEntry]:
        """Store every part of a checkout now, asking Ongoing nothing (all or none).

        Each part is stored with its final number, its stock and its number "not yet
        checked": `send` checks both before the first send. Nothing here waits for the
        network, so the order is safe on this PC however Ongoing is doing. Raises OrderError
        (OrderNotStoredError when this PC cannot store it); then nothing was stored.
        """
        if not parts or any(not plan.lines for plan, _ in parts):
            raise OrderError(translate("Orders", "The basket is empty."))
        checkout = new_checkout_id()
        orders = []
        for plan, warehouse in parts:
            number = await self._allocate_number()
            orders.append(
                NewOrder(
                    uuid.uuid4().hex,
                    number,
                    plan.kind.value,
                    self._body(plan, warehouse, number),
                    checkout=checkout,
                    slip=self._slip_facts(plan, warehouse),
                    stock_checked=False,
                )
            )
        entries = await self._store(orders)
        for entry in entries:
            log.info(
                "event=order_queued order_number=%s kind=%s checkout=%s parts=%d checked=no",
                entry.order_number,
                entry.kind,
                entry.checkout,
                len(entries),
            )
        return entries

    def _slip_facts(self, plan: OrderPlan, warehouse: WarehouseInfo) -> dict[str, Any]:
        from app.services.slips import slip_facts  # the slip's code only once an order is made

        return slip_facts(
            plan.lines,
            warehouse,
            language=plan.language,
            store_name=self.store.name,
            has_customer=plan.customer is not None,
        )

    def _body(self, plan: OrderPlan, warehouse: WarehouseInfo, order_number: str) -> dict[str, Any]:
        fulfilment = Fulfilment(
            plan.kind,
            warehouse,
            self.way_of_delivery_code(plan.kind),
            WAY_OF_DELIVERY_NAMES[plan.kind],
        )
        return build_order_body(
            goods_owner_id=self.client.settings.goods_owner_id,
            order_number=order_number,
            receipt_number=plan.receipt_number or order_number,
            lines=plan.lines,
            customer=plan.customer,
            fulfilment=fulfilment,
            delivery_date=self.clock().astimezone().date(),
            language_code=plan.language,
            store_name=self.store.name,
        )

    async def _allocate_number(self) -> str:
        try:
            return await asyncio.to_thread(self.outbox.allocate_number, self.numbers)
        except StorageError as error:
            raise OrderNotStoredError(error) from error

    async def _store(self, orders: Sequence[NewOrder]) -> list[OutboxEntry]:
        try:
            return await asyncio.to_thread(self.outbox.add_all, orders)
        except StorageError as error:
            log.error("event=order_not_stored problem=%s", error.problem.value)
            raise OrderNotStoredError(error) from error

    async def _held_by_ongoing(self, order_number: str) -> bool:
        """Ongoing already has an order with this number, which this PC never sent."""
        return await self.client.get_order_by_number(order_number) is not None

    async def _free_number(self, taken: str) -> str:
        """A fresh number Ongoing does not hold, so no customer's order is ever replaced."""
        for _ in range(MOST_NUMBERS_TRIED):
            number = await self._allocate_number()
            log.warning("event=order_number_taken order_number=%s new_number=%s", taken, number)
            if not await self._held_by_ongoing(number):
                return number
            taken = number
        raise OrderError(
            translate(
                "Orders",
                "Ongoing already holds every order number this till tried, so the order was "
                "not sent. Tell IT: this PC may share its data folder with another till.",
            )
        )

    def way_of_delivery_code(self, kind: FulfilmentKind) -> str:
        return {
            FulfilmentKind.PICKUP: self.store.pickup_way_of_delivery,
            FulfilmentKind.DELIVERY: self.store.delivery_way_of_delivery,
            FulfilmentKind.STORE_SALE: self.store.store_sale_way_of_delivery,
        }[kind]

    # --- sending ---

    async def send(self, checkout_id: str) -> OutboxEntry:
        """Send one stored order (again); safe to repeat, from any till process.

        Within this process one send of a row at a time: the claim keeps other processes
        out, but this process holds it for all its tasks (the form's send and the resend
        loop), and two first sends at once could each ask whether Ongoing holds the number,
        the second hearing "yes" from the first's order and renumbering a second one.
        """
        if checkout_id in self._sending:  # another task of this till is sending it now
            return await self._get(checkout_id)
        self._sending.add(checkout_id)
        try:
            return await self._send(checkout_id)
        finally:
            self._sending.discard(checkout_id)

    async def _send(self, checkout_id: str) -> OutboxEntry:
        try:
            entry = await asyncio.to_thread(self.outbox.claim, checkout_id, self.claimant)
        except StorageError as error:
            # Stored, but this PC cannot note the send now (a full disk): sending without
            # the claim could send it twice at once, so it waits and goes once it can.
            log.warning("event=order_send_deferred problem=%s", error.problem.value)
            waiting = await self._get(checkout_id)
            return replace(waiting, reason=error.text)
        if entry is None:  # sent already, cancelled, or another live sender has it now
            current = await asyncio.to_thread(self.outbox.get, checkout_id)
            if current is None:
                raise OrderError(translate("Orders", "No such order in the outbox."))
            return current
        if entry.kind == RETURN_KIND:  # returns wait in the same outbox; they go their way
            returns = ReturnService(self.client, self.outbox, self.store, claimant=self.claimant)
            return await returns.send_claimed(entry)
        try:
            if not (entry.stock_checked and entry.number_checked):
                # Both questions of a first send in one round trip, as `prepare` asks them.
                short, held = await asyncio.gather(
                    self._check_stock_before_first_send(entry),
                    self._held_by_ongoing(entry.order_number)
                    if not entry.number_checked
                    else _answer(False),
                )
                if short is not None:
                    return await self._park(entry, short, attention=True)
                if not entry.number_checked:
                    entry = await self._settle_number(entry, held)
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
        except OrderError as error:  # no free number found
            return await self._park(entry, error.text, attention=True)
        if response.order_id is None:
            return await self._park(
                entry, translate("Orders", "Ongoing did not return an order id."), attention=True
            )
        log.info(
            "event=order_confirmed order_number=%s order_id=%d attempts=%d checkout=%s",
            entry.order_number,
            response.order_id,
            entry.attempts,
            entry.checkout,
        )
        try:
            await asyncio.to_thread(self.outbox.mark_sent, checkout_id, response.order_id)
        except StorageError as error:
            # Ongoing has it; the row stays waiting until the disk lets us note it, and the
            # next send is an upsert of the same order that notes it then.
            log.warning("event=order_confirmation_not_noted problem=%s", error.problem.value)
            return replace(entry, state=OutboxState.SENT, ongoing_order_id=response.order_id)
        return await self._get(checkout_id)

    async def _settle_number(self, entry: OutboxEntry, held: bool) -> OutboxEntry:
        """A stored order never sent, and whether Ongoing holds another order with its number.

        Orders stored without asking (before this check existed, or taken by `take`) get the
        question before their first send; a number Ongoing holds is replaced, in the row and
        its body, before anything is sent. From then on every send of the row is an upsert of
        our own order.
        """
        if held:
            number = await self._free_number(entry.order_number)
            body = renumbered(entry.body, entry.order_number, number)
            await asyncio.to_thread(self.outbox.renumber, entry.checkout_id, number, body)
        else:
            await asyncio.to_thread(self.outbox.mark_number_checked, entry.checkout_id)
        return await self._get(entry.checkout_id)

    async def _check_stock_before_first_send(self, entry: OutboxEntry) -> Text | None:
        """The fresh stock check of an order stored before it was made; why it cannot go.

        None when the warehouse has everything (or the order may go short: a sale over the
        counter, or backorders allowed), and the row remembers the check; None at once when
        it was made already. Otherwise the shortage, as the reason the order waits for a
        person; it is checked again on the next send. Raises OngoingError when Ongoing cannot
        be asked (the order waits).
        """
        if entry.stock_checked:
            return None
        warehouse = await self._warehouse_of(entry.body)
        missing = await self._shortages(warehouse, _wanted(entry.body))
        may_go_short = entry.kind == FulfilmentKind.STORE_SALE.value
        if missing and not (may_go_short or self.store.backorders_allowed):
            log.info(
                "event=order_held reason=not_enough_stock order_number=%s warehouse=%s",
                entry.order_number,
                warehouse.code,
            )
            return filled(
                translate(
                    "Orders",
                    "the stock check before sending found that {shortage} "
                    "In F7, Enter checks again and Delete cancels the order.",
                ),
                shortage=NotEnoughStockError(warehouse, missing).text,
            )
        await asyncio.to_thread(self.outbox.mark_stock_checked, entry.checkout_id)
        return None

    async def _warehouse_of(self, body: dict[str, Any]) -> WarehouseInfo:
        """The warehouse an order body names (by Ongoing's id), asked of Ongoing if unknown."""
        warehouse_id = body.get("warehouseId")
        found = next((w for w in self._warehouses.values() if w.id == warehouse_id), None)
        if found is None:
            infos = [to_warehouse_info(w) for w in await self.client.get_warehouses()]
            self._warehouses = {info.code: info for info in infos}
            found = next((w for w in infos if w.id == warehouse_id), None)
        if found is None:
            raise OrderError(
                filled(
                    translate("Orders", "Ongoing has no warehouse with id {id} any more."),
                    id=str(warehouse_id),
                )
            )
        return found

    async def entry(self, checkout_id: str) -> OutboxEntry | None:
        return await asyncio.to_thread(self.outbox.get, checkout_id)

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
        try:
            await asyncio.to_thread(
                self.outbox.release, entry.checkout_id, reason, attention=attention
            )
        except StorageError as error:  # its claim expires; the reason is told, not kept
            log.warning("event=order_release_not_noted problem=%s", error.problem.value)
            return replace(entry, reason=reason)
        log.warning(
            "event=order_failed order_number=%s attention=%s attempts=%d checkout=%s",
            entry.order_number,
            attention,
            entry.attempts,
            entry.checkout,
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
        if entry.kind == RETURN_KIND:
            return await self._withdraw_return(entry)
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

    async def _withdraw_return(self, entry: OutboxEntry) -> OutboxEntry:
        """A return row in the outbox: withdrawn by the return service, in the words of an
        order's cancel for the window."""
        returns = ReturnService(self.client, self.outbox, self.store, claimant=self.claimant)
        try:
            return await returns.withdraw(entry)
        except ReturnError as error:
            raise OrderError(error.text) from None
        except OngoingError as error:
            raise OrderError(
                filled(translate("Orders", "Could not cancel now: {error}"), error=error.text)
            ) from None


async def _answer(value: bool) -> bool:
    return value


def _wanted(body: dict[str, Any]) -> dict[str, Decimal]:
    """The quantity of each article an order body asks for."""
    wanted: dict[str, Decimal] = {}
    for line in body.get("orderLines") or []:
        number = str(line.get("articleNumber") or "")
        try:
            quantity = Decimal(str(line.get("numberOfItems") or 0))
        except ArithmeticError:
            continue
        if number and quantity > 0:
            wanted[number] = wanted.get(number, Decimal(0)) + quantity
    return wanted


def renumbered(body: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    """The order body under a new number (the receipt number too, where it was the number)."""
    updated = {**body, "orderNumber": new}
    if updated.get("goodsOwnerOrderId") == old:
        updated["goodsOwnerOrderId"] = new
    return updated
