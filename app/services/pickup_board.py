"""The pickup board's data: a warehouse's pickup orders that still need work, those to pick
first, then those picked; oldest first in each.

Incremental: the first poll reads open orders from the last days; every later poll asks
only for orders whose status changed since the previous poll (with a small overlap), one
request each time, so a board left on for days costs Ongoing a fixed number of calls per
hour. Collected and cancelled orders leave the board; failures back off and are shown as
"connection lost since".
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from app.domain.order_status import COLLECTED, OPEN, PICKED
from app.domain.texts import Text, as_text
from app.ongoing.client import OngoingClient
from app.ongoing.errors import OngoingError
from app.ongoing.models import Order
from app.services.polling import Backoff

log = logging.getLogger(__name__)

LOOK_BACK = timedelta(days=7)  # a pickup older than a week is a case for the office
OVERLAP = timedelta(seconds=5)  # clocks differ a little between the till and Ongoing
POLL_INTERVAL_S = 10.0
MAX_BACKOFF_S = 300.0


@dataclass(frozen=True, slots=True)
class BoardItem:
    article_number: str
    name: str
    quantity: Decimal


@dataclass(frozen=True, slots=True)
class BoardOrder:
    order_id: int
    order_number: str
    first_name: str
    items: tuple[BoardItem, ...]
    status_number: int
    status_text: str
    created_at: datetime | None
    arrived_at: datetime  # when the board first saw it: "new" is relative to this

    @property
    def picked(self) -> bool:
        return self.status_number >= PICKED


@dataclass
class BoardState:
    orders: list[BoardOrder] = field(default_factory=list)
    offline_since: datetime | None = None
    reason: Text = field(default_factory=lambda: as_text(""))  # why it is offline
    updated_at: datetime | None = None  # the last answer from Ongoing: the board says it


def first_name(name: str | None, not_customers: Collection[str] = ()) -> str:
    """The customer's first name, or nothing: the whole warehouse reads this screen.

    Nothing when the consignee is no person: an order placed without a customer's name is
    addressed to the pickup warehouse (older ones to the store), so a name that is one of
    `not_customers` (the warehouses' names and codes, the store's name) is no customer; nor
    is one with a digit, or a first word with a slash: part of an address ("c/o", "Box 12").
    """
    words = (name or "").split()
    if not words or _plain(name or "") in {_plain(other) for other in not_customers if other}:
        return ""
    first = words[0]
    if any(char.isdigit() for char in name or "") or "/" in first:
        return ""
    return first if any(char.isalpha() for char in first) else ""


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


def _work_first(order: BoardOrder) -> tuple[bool, datetime, int]:
    """Orders still to pick first, then those picked and waiting for their customer; each
    oldest first. At a busy hour forty orders are up and a screen shows eight: the ones to
    pick must be the ones in sight."""
    return (order.picked, order.created_at or order.arrived_at, order.order_id)


class PickupBoard:
    def __init__(
        self,
        client: OngoingClient,
        warehouse_code: str,
        pickup_way_of_delivery: str,
        *,
        not_customers: Collection[str] = (),
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        interval_s: float = POLL_INTERVAL_S,
        max_backoff_s: float = MAX_BACKOFF_S,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.client = client
        self.warehouse_code = warehouse_code
        self.pickup_way_of_delivery = pickup_way_of_delivery
        self.not_customers = not_customers  # consignee names that are no person: first_name
        self.clock = clock
        self.interval_s = interval_s
        self.max_backoff_s = max_backoff_s
        self._sleep = sleep
        self._orders: dict[int, BoardOrder] = {}
        self._changed_since: datetime | None = None
        self.state = BoardState()
        self.requests = 0
        self.wake = asyncio.Event()  # set by a webhook: poll now instead of at the interval

    async def refresh(self) -> BoardState:
        """One request: everything on first use, then what changed since the last poll."""
        started = self.clock()
        self.requests += 1
        first = self._changed_since is None
        if self._changed_since is None:
            orders = await self.client.get_orders(
                status_from=OPEN,
                status_to=COLLECTED - 1,
                created_from=started - LOOK_BACK,
            )
        else:
            orders = await self.client.get_orders(status_changed_from=self._changed_since)
        for order in orders:
            self._apply(order, started, first=first)
        self._changed_since = started - OVERLAP
        board = sorted(self._orders.values(), key=_work_first)
        self.state = BoardState(board, updated_at=self.clock())
        return self.state

    def _apply(self, order: Order, now: datetime, *, first: bool = False) -> None:
        """Keep, update or drop one order. Orders already there when the board starts
        arrived when they were placed (not "new" because the board was just switched on)."""
        info = order.order_info
        if info is None or info.order_status is None:
            return
        warehouse = info.warehouse
        if warehouse is None or warehouse.code != self.warehouse_code:
            return
        way = info.way_of_delivery.code if info.way_of_delivery else None
        if way != self.pickup_way_of_delivery:
            return
        status = info.order_status.number
        if status >= COLLECTED:  # collected or cancelled: done with
            self._orders.pop(info.order_id, None)
            return
        known = self._orders.get(info.order_id)
        arrived = now
        if known is not None:
            arrived = known.arrived_at
        elif first and info.created_date is not None:
            arrived = min(now, info.created_date)
        items = tuple(
            BoardItem(
                line.article.article_number or "" if line.article else "",
                line.article.article_name or "" if line.article else "",
                line.ordered_number_of_items,
            )
            for line in order.order_lines or []
            if line is not None
        )
        self._orders[info.order_id] = BoardOrder(
            order_id=info.order_id,
            order_number=info.order_number or str(info.order_id),
            first_name=first_name(
                order.consignee.name if order.consignee else None,
                (*self.not_customers, self.warehouse_code, warehouse.name or ""),
            ),
            items=items,
            status_number=status,
            status_text=info.order_status.text or str(status),
            created_at=info.created_date,
            arrived_at=arrived,
        )

    async def run(self, listener: Callable[[BoardState], None]) -> None:
        """Poll for ever; after a failure wait longer each time and say since when."""
        backoff = Backoff(self.interval_s, self.max_backoff_s, sleep=self._sleep, wake=self.wake)
        offline_since: datetime | None = None
        while True:
            try:
                state = await self.refresh()
            except OngoingError as error:
                if offline_since is None:
                    offline_since = self.clock()
                    log.warning("event=board_offline error=%s", type(error).__name__)
                backoff.failed()
                self.state = BoardState(
                    list(self.state.orders), offline_since, error.text, self.state.updated_at
                )
                listener(self.state)
            else:
                if offline_since is not None:
                    log.info("event=board_online")
                offline_since = None
                backoff.succeeded()
                listener(state)
            await backoff.wait()  # the interval, or less when a webhook says something changed
