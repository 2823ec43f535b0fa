"""The simulated warehouse system: articles, stock per warehouse, orders and their statuses.

Pure data behind one lock, so the HTTP thread and a test thread can both touch it. Order
statuses move on by themselves, computed lazily from an injectable clock, so tests never
sleep: they move the clock.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from app.domain import purchase_order_status
from app.domain.order_status import (
    ALLOCATED,
    CANCELLED,
    COLLECTED,
    ERROR,
    OPEN,
    PICKED,
    RELEASED,
    RETURNED,
    SENT,
    is_ready,
    work_started,
)

STATUS_TEXT = {
    ERROR: "Error",
    OPEN: "Open",
    RELEASED: "Released",
    ALLOCATED: "Allocated",
    PICKED: "Picked",
    SENT: "Sent",
    COLLECTED: "Collected",
    RETURNED: "Returned",
    CANCELLED: "Cancelled",
}
# Ongoing's purchase order statuses (official example purchase-order-statuses-response.json).
PURCHASE_STATUS_TEXT = {
    purchase_order_status.NOTIFIED: "Notified",
    purchase_order_status.ARRIVAL_SPACE: "Arrival space",
    purchase_order_status.INBOUND: "Inbound",
    purchase_order_status.DEFLECTION: "Deflection",
    purchase_order_status.RECEIVED: "Received",
    purchase_order_status.CANCELLED: "Cancelled",
}
AUTO_STEPS = (OPEN, RELEASED, ALLOCATED, PICKED)
FIRST_ORDER_ID = 100001
FIRST_CUSTOMER_ID = 21001


class SimulatorError(Exception):
    """A request the simulated Ongoing refuses; becomes an HTTP error with a Message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


# Stable wording: clients (and their tests) recognise a locked order by this text.
ORDER_LOCKED_MESSAGE = (
    "The order cannot be updated because the warehouse has started working on it."
)
ORDER_CANCEL_LOCKED_MESSAGE = (
    "The order cannot be cancelled because the warehouse has started working on it."
)


@dataclass(frozen=True, slots=True)
class SimWarehouse:
    id: int
    code: str
    name: str
    address1: str
    post_code: str
    city: str
    country_code: str
    opening_hours: str = ""


@dataclass(frozen=True, slots=True)
class SimArticle:
    system_id: int
    article_number: str
    name: str
    barcode: str | None
    package_barcode: str | None = None
    alternative_barcodes: tuple[str, ...] = ()
    pallet_barcode: str | None = None
    price: Decimal | None = None
    currency: str = "SEK"
    unit_code: str = "st"
    updated_at: datetime = datetime(2026, 1, 1, tzinfo=UTC)
    active: bool = True  # Ongoing's isActive: false once the goods owner stops selling it
    obsolete: bool = False  # storageProperties.isObsolete

    def barcodes(self) -> tuple[str, ...]:
        """Every code a scanner may read for this article: main, package, pallet, alternatives."""
        main = tuple(c for c in (self.barcode, self.package_barcode, self.pallet_barcode) if c)
        return main + self.alternative_barcodes


@dataclass(slots=True)
class SimStock:
    physical: Decimal = Decimal(0)
    allocated: Decimal = Decimal(0)
    locked: Decimal = Decimal(0)

    @property
    def sellable(self) -> Decimal:
        return self.physical - self.allocated - self.locked


@dataclass(frozen=True, slots=True)
class SimOrderLine:
    row_number: str
    article_number: str
    quantity: Decimal
    customer_line_price: Decimal | None
    currency: str | None
    raw: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(slots=True)
class SimOrder:
    order_id: int
    order_number: str
    warehouse_id: int
    lines: list[SimOrderLine]
    body: dict[str, Any]
    created_at: datetime
    status: int = OPEN
    status_changed_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    picked: bool = False
    updated_at: datetime | None = None
    customer_id: int = 0
    customer_created: bool = False
    picked_at: datetime | None = None


@dataclass(slots=True)
class SimPurchaseOrder:
    purchase_order_id: int
    number: str
    warehouse_id: int
    status: int
    in_date: datetime
    status_changed_at: datetime
    supplier: str
    lines: list[tuple[str, Decimal, Decimal]]  # article number, advised, received


@dataclass(frozen=True, slots=True)
class SimAdjustment:
    """One stock correction: a stock-taking count or another adjustment (`GET
    /inventoryAdjustments`); `reported` is the flag every system of the goods owner shares."""

    inventory_id: int
    article_number: str
    warehouse_id: int
    change: Decimal
    at: datetime
    count_inventory: bool
    cause_code: str | None
    comment: str
    location: str = "A1"


# A webhook payload, handed to whoever listens (app/simulator/webhooks.py posts it).
EventListener = Callable[[dict[str, Any]], None]


class WmsState:
    """The warehouse system behind the API; every method is safe to call from any thread."""

    def __init__(
        self,
        warehouses: Iterable[SimWarehouse],
        articles: Iterable[SimArticle],
        stock: dict[tuple[str, int], SimStock],
        purchase_orders: Iterable[SimPurchaseOrder] = (),
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        status_step_seconds: float | None = None,
    ) -> None:
        self._lock = threading.RLock()
        self.clock = clock
        self.status_step_seconds = status_step_seconds
        self._warehouses = {w.id: w for w in warehouses}
        self._articles = sorted(articles, key=lambda a: a.system_id)
        self._by_number = {a.article_number: a for a in self._articles}
        self._by_barcode: dict[str, SimArticle] = {}
        for article in self._articles:
            for code in article.barcodes():
                self._by_barcode.setdefault(code, article)
        self._stock = stock
        self._orders: dict[int, SimOrder] = {}
        self._order_ids: dict[str, int] = {}
        self._next_order_id = FIRST_ORDER_ID
        self._customers: dict[str, int] = {}
        self._next_customer_id = FIRST_CUSTOMER_ID
        self._purchase_orders = sorted(purchase_orders, key=lambda p: p.purchase_order_id)
        self._adjustments: list[SimAdjustment] = []
        self._reported: set[tuple[int, int]] = set()  # (inventory id, article system id)
        self.event_listeners: list[EventListener] = []
        self._next_event = 1
        self._ways_of_delivery: dict[str, tuple[int, str]] = {
            "PICKUP": (1, "Pickup in store"),
            "HOME": (2, "Home delivery"),
            "STORE": (3, "Store sale"),
        }
        from app.simulator.returns import ReturnBook  # returns.py needs SimulatorError from here

        self.returns = ReturnBook(self)

    def transaction(self) -> AbstractContextManager[bool]:
        """Hold the state still while one request reads several things (the lock re-enters)."""
        return self._lock

    # --- reading, for handlers and tests ---

    def warehouses(self) -> list[SimWarehouse]:
        return list(self._warehouses.values())

    def warehouse(self, warehouse_id: int) -> SimWarehouse | None:
        return self._warehouses.get(warehouse_id)

    def articles(self) -> list[SimArticle]:
        return list(self._articles)

    def article(self, article_number: str) -> SimArticle | None:
        return self._by_number.get(article_number)

    def article_by_barcode(self, barcode: str) -> SimArticle | None:
        return self._by_barcode.get(barcode)

    def stock(self, article_number: str, warehouse_id: int) -> SimStock:
        with self._lock:
            self._advance()
            found = self._stock.get((article_number, warehouse_id))
            return SimStock(found.physical, found.allocated, found.locked) if found else SimStock()

    def stock_by_warehouse(self, article_numbers: Iterable[str]) -> dict[str, dict[int, SimStock]]:
        """Copies of every warehouse's figures for these articles, read under one lock."""
        with self._lock:
            self._advance()
            empty = SimStock()
            result: dict[str, dict[int, SimStock]] = {}
            for number in article_numbers:
                row: dict[int, SimStock] = {}
                for warehouse_id in self._warehouses:
                    found = self._stock.get((number, warehouse_id), empty)
                    row[warehouse_id] = SimStock(found.physical, found.allocated, found.locked)
                result[number] = row
            return result

    def put_article(self, article: SimArticle) -> None:
        """Create or change an article, as someone in the WMS would (tests: articles whose
        numbers differ only in case, an article created after the till loaded, one set
        inactive)."""
        self.put_articles([article])

    def put_articles(self, articles: Iterable[SimArticle]) -> None:
        """Create or change many articles at once (kept in system id order, found by number
        and barcode: a barcode an article no longer has stops finding it)."""
        with self._lock:
            ids = [a.system_id for a in self._articles]
            for article in articles:
                previous = self._by_number.get(article.article_number)
                if previous is not None:
                    at = bisect.bisect_left(ids, previous.system_id)
                    del self._articles[at], ids[at]
                    for code in previous.barcodes():
                        if self._by_barcode.get(code) is previous:
                            del self._by_barcode[code]
                at = bisect.bisect_left(ids, article.system_id)
                self._articles.insert(at, article)
                ids.insert(at, article.system_id)
                self._by_number[article.article_number] = article
                for code in article.barcodes():
                    self._by_barcode.setdefault(code, article)

    def next_article_system_id(self) -> int:
        with self._lock:
            return max((a.system_id for a in self._articles), default=0) + 1

    def stock_keys(self) -> set[tuple[str, int]]:
        """(article number, warehouse id) of every shelf the state knows, even empty ones."""
        with self._lock:
            return set(self._stock)

    def set_stock(
        self,
        article_number: str,
        warehouse_id: int,
        physical: Decimal | int,
        allocated: Decimal | int = 0,
        locked: Decimal | int = 0,
    ) -> None:
        """Put exact figures on a shelf, for tests and demos (sold out, oversold, locked)."""
        with self._lock:
            self._stock[(article_number, warehouse_id)] = SimStock(
                Decimal(physical), Decimal(allocated), Decimal(locked)
            )

    def return_to_shelf(self, article_number: str, warehouse_id: int, quantity: Decimal) -> None:
        """A received return goes back into stock where it was received."""
        with self._lock:
            self._stock.setdefault((article_number, warehouse_id), SimStock()).physical += quantity

    def orders(self) -> list[SimOrder]:
        with self._lock:
            self._advance()
            return list(self._orders.values())

    def order(self, order_id: int) -> SimOrder | None:
        with self._lock:
            self._advance()
            return self._orders.get(order_id)

    def count_orders_with_number(self, order_number: str) -> int:
        with self._lock:
            return sum(1 for o in self._orders.values() if o.order_number == order_number)

    def purchase_orders(self) -> list[SimPurchaseOrder]:
        return list(self._purchase_orders)

    def ways_of_delivery(self) -> list[tuple[int, str, str]]:
        with self._lock:
            return [(i, code, name) for code, (i, name) in self._ways_of_delivery.items()]

    def status_text(self, status: int) -> str:
        return STATUS_TEXT.get(status, str(status))

    # --- writing ---

    def upsert_order(self, body: dict[str, Any]) -> tuple[SimOrder, bool]:
        """Create, or update by order number; refuses once the warehouse started work."""
        number = str(body.get("orderNumber") or "").strip()
        if not number:
            raise SimulatorError(400, "OrderNumber is required.")
        warehouse_id = body.get("warehouseId") or min(self._warehouses)
        if not isinstance(warehouse_id, int) or warehouse_id not in self._warehouses:
            raise SimulatorError(400, f"Warehouse {warehouse_id} does not exist.")
        lines = self._parse_lines(body.get("orderLines") or [])
        with self._lock:
            self._advance()
            existing_id = self._order_ids.get(number)
            now = self.clock()
            if existing_id is not None:
                order = self._orders[existing_id]
                if work_started(order.status):
                    raise SimulatorError(400, ORDER_LOCKED_MESSAGE)
                self._allocate(order, -1)
                order.lines, order.body, order.warehouse_id = lines, body, warehouse_id
                order.updated_at = now
                order.customer_id, order.customer_created = self._customer(body)
                self._allocate(order, +1)
                return order, False
            order = SimOrder(
                self._next_order_id,
                number,
                warehouse_id,
                lines,
                body,
                now,
                status_changed_at=now,
                updated_at=now,
            )
            order.customer_id, order.customer_created = self._customer(body)
            self._next_order_id += 1
            self._orders[order.order_id] = order
            self._order_ids[number] = order.order_id
            self._allocate(order, +1)
            return order, True

    def cancel_order(self, order_id: int) -> SimOrder:
        with self._lock:
            self._advance()
            order = self._orders.get(order_id)
            if order is None:
                raise SimulatorError(404, f"Order {order_id} does not exist.")
            if order.status == CANCELLED:
                return order
            if work_started(order.status):
                raise SimulatorError(400, ORDER_CANCEL_LOCKED_MESSAGE)
            self._allocate(order, -1)
            self._set_status(order, CANCELLED)
            return order

    def advance_order(self, order_id: int, status: int) -> None:
        """Move an order on by hand (tests, demos): stock follows as in the warehouse."""
        with self._lock:
            self._advance()
            order = self._orders[order_id]
            if status == CANCELLED and order.status != CANCELLED:
                self._allocate(order, -1)  # a cancel frees what the order held
            self._set_status(order, status)

    def collect(self, order_id: int) -> None:
        """The customer took the parcel: a picked order moves on to Collected."""
        self.advance_order(order_id, COLLECTED)

    def put_way_of_delivery(self, code: str, name: str) -> tuple[int, bool]:
        """Create or rename by code, as Ongoing's PUT does: (id, created?)."""
        with self._lock:
            known = self._ways_of_delivery.get(code)
            if known is not None:
                type_id = known[0]
            else:
                type_id = max((i for i, _ in self._ways_of_delivery.values()), default=0) + 1
            self._ways_of_delivery[code] = (type_id, name)
            return type_id, known is None

    # --- goods received and stock-taking (the warehouse staff's side) ---

    def adjust_stock(
        self,
        article_number: str,
        warehouse_id: int,
        change: Decimal | int,
        *,
        count_inventory: bool = False,
        cause_code: str | None = None,
        comment: str = "",
    ) -> SimAdjustment:
        """A stock-taking count or another correction, as made in the WMS; the inventory
        webhook follows."""
        from app.simulator.webhook_payloads import inventory_event

        with self._lock:
            article = self._by_number.get(article_number)
            if article is None or warehouse_id not in self._warehouses:
                raise SimulatorError(400, f"No article {article_number!r} in {warehouse_id}.")
            stock = self._stock.setdefault((article_number, warehouse_id), SimStock())
            stock.physical += Decimal(change)
            adjustment = SimAdjustment(
                len(self._adjustments) + 101,
                article_number,
                warehouse_id,
                Decimal(change),
                self.clock(),
                count_inventory,
                cause_code,
                comment,
            )
            self._adjustments.append(adjustment)
            payload = inventory_event(self._event_id(), adjustment, article, self)
        self._emit(payload)
        return adjustment

    def receive_purchase_order(
        self, purchase_order_id: int, received: dict[str, Decimal | int] | None = None
    ) -> SimPurchaseOrder:
        """Goods arrive: each line's quantity (all advised by default) goes on the shelf, the
        purchase order becomes Received; one inbound webhook per line, then the purchase
        order's."""
        from app.simulator.webhook_payloads import inbound_event, purchase_order_event

        with self._lock:
            order = next(
                (p for p in self._purchase_orders if p.purchase_order_id == purchase_order_id),
                None,
            )
            if order is None:
                raise SimulatorError(404, f"Purchase order {purchase_order_id} does not exist.")
            order.status = purchase_order_status.RECEIVED
            order.status_changed_at = self.clock()
            payloads = []
            lines = []
            for index, (number, advised, already) in enumerate(order.lines, start=1):
                left = max(advised - already, Decimal(0))
                arrived = Decimal(received.get(number, 0) if received is not None else left)
                lines.append((number, advised, already + arrived))
                if arrived:
                    stock = self._stock.setdefault((number, order.warehouse_id), SimStock())
                    stock.physical += arrived
                    article = self._by_number[number]
                    payloads.append(inbound_event(self._event_id(), order, index, article, arrived))
            order.lines = lines
            payloads.append(purchase_order_event(self._event_id(), order))
        for payload in payloads:
            self._emit(payload)
        return order

    def adjustments(self) -> list[tuple[SimAdjustment, bool]]:
        """Every correction with its shared "reported" flag."""
        with self._lock:
            return [
                (a, (a.inventory_id, self._by_number[a.article_number].system_id) in self._reported)
                for a in self._adjustments
            ]

    def set_reported(self, inventory_id: int, article_system_id: int) -> None:
        with self._lock:
            if not any(
                a.inventory_id == inventory_id
                and self._by_number[a.article_number].system_id == article_system_id
                for a in self._adjustments
            ):
                raise SimulatorError(404, f"Inventory adjustment {inventory_id} does not exist.")
            self._reported.add((inventory_id, article_system_id))

    def _event_id(self) -> str:
        """A fresh webhookEventId; call under lock."""
        number = self._next_event
        self._next_event += 1
        return f"sim-{number:08d}"

    def _emit(self, payload: dict[str, Any]) -> None:
        for listener in list(self.event_listeners):
            listener(payload)

    # --- internals ---

    def _customer(self, body: dict[str, Any]) -> tuple[int, bool]:
        """Ongoing keeps a customer per customer number (id, just created?); call under lock."""
        consignee = body.get("consignee")
        number = consignee.get("customerNumber") if isinstance(consignee, dict) else None
        key = str(number) if number else f"order:{body.get('orderNumber')}"
        known = self._customers.get(key)
        if known is not None:
            return known, False
        self._customers[key] = self._next_customer_id
        self._next_customer_id += 1
        return self._customers[key], True

    def _parse_lines(self, raw_lines: list[Any]) -> list[SimOrderLine]:
        lines: list[SimOrderLine] = []
        for raw in raw_lines:
            if not isinstance(raw, dict):
                raise SimulatorError(400, "Each order line must be an object.")
            number = str(raw.get("articleNumber") or "")
            if number not in self._by_number:
                raise SimulatorError(400, f"Article {number!r} does not exist.")
            if not raw.get("rowNumber"):
                raise SimulatorError(400, "RowNumber is required on every order line.")
            prices = raw.get("prices") or {}
            price = prices.get("customerLinePrice")
            lines.append(
                SimOrderLine(
                    str(raw["rowNumber"]),
                    number,
                    Decimal(str(raw.get("numberOfItems") or 0)),
                    None if price is None else Decimal(str(price)),
                    prices.get("currencyCode"),
                    raw,
                )
            )
        return lines

    def _allocate(self, order: SimOrder, sign: int) -> None:
        if order.picked or order.status == CANCELLED:
            return
        for line in order.lines:
            stock = self._stock.setdefault((line.article_number, order.warehouse_id), SimStock())
            stock.allocated += sign * line.quantity

    def _set_status(self, order: SimOrder, status: int) -> None:
        if is_ready(status) and not order.picked:
            for line in order.lines:
                stock = self._stock.setdefault(
                    (line.article_number, order.warehouse_id), SimStock()
                )
                stock.allocated -= line.quantity
                stock.physical -= line.quantity
            order.picked = True
            order.picked_at = self.clock()
        order.status = status
        order.status_changed_at = self.clock()

    def _advance(self) -> None:
        step = self.status_step_seconds
        if not step:
            return
        now = self.clock()
        for order in self._orders.values():
            while order.status in AUTO_STEPS[:-1]:
                if (now - order.status_changed_at).total_seconds() < step:
                    break
                following = AUTO_STEPS[AUTO_STEPS.index(order.status) + 1]
                changed_at = order.status_changed_at
                self._set_status(order, following)
                order.status_changed_at = changed_at + timedelta(seconds=step)
                if following == PICKED:
                    order.picked_at = order.status_changed_at
