"""Follow the orders this till placed, so the cashier sees when a pickup is ready.

One request per poll for every followed order (`GET /orders` with repeated `orderNumbers`),
status texts from `/orders/statuses` read once. Polls back off while Ongoing fails and stop
entirely while nothing is followed, so an idle till costs Ongoing nothing.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from app.ongoing.client import OngoingClient
from app.ongoing.errors import OngoingError

log = logging.getLogger(__name__)

# Ongoing's order statuses: 200 Open, 300 Released, 320 Allocated, 400 Picked, 450 Sent,
# 500 Collected, 1000 Cancelled (read from /orders/statuses; the numbers are Ongoing's).
PICKED = 400  # picked and set aside: a pickup is ready for the customer
SENT = 450  # left the warehouse: a delivery needs nothing more from the till
COLLECTED = 500
CANCELLED = 1000
POLL_INTERVAL_S = 15.0
MAX_BACKOFF_S = 300.0
MAX_FOLLOWED = 200


@dataclass(frozen=True, slots=True)
class StatusChange:
    order_number: str
    order_id: int
    kind: str
    status_number: int
    status_text: str
    ready: bool  # a pickup the customer can collect now
    finished: bool  # nothing left to follow


@dataclass(slots=True)
class _Followed:
    order_id: int
    kind: str
    status: int | None = None


def is_finished(kind: str, status: int) -> bool:
    if status >= CANCELLED or status >= COLLECTED:
        return True
    return kind != "pickup" and status >= SENT


class OrderTracker:
    def __init__(
        self,
        client: OngoingClient,
        *,
        interval_s: float = POLL_INTERVAL_S,
        max_backoff_s: float = MAX_BACKOFF_S,
        max_followed: int = MAX_FOLLOWED,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.client = client
        self.interval_s = interval_s
        self.max_backoff_s = max_backoff_s
        self.max_followed = max_followed
        self._sleep = sleep
        self._followed: OrderedDict[str, _Followed] = OrderedDict()
        self._texts: dict[int, str] = {}
        self._wake = asyncio.Event()
        self.delay_s = interval_s

    @property
    def followed(self) -> list[str]:
        return list(self._followed)

    def track(self, order_number: str, order_id: int, kind: str) -> None:
        self._followed[order_number] = _Followed(order_id, kind)
        while len(self._followed) > self.max_followed:
            self._followed.popitem(last=False)  # the oldest: bounded over a long day
        self._wake.set()

    def forget(self, order_number: str) -> None:
        self._followed.pop(order_number, None)

    async def poll_once(self) -> list[StatusChange]:
        """One request for every followed order; the changes since the last poll."""
        if not self._followed:
            return []
        if not self._texts:
            self._texts = {s.number: s.text or "" for s in await self.client.get_order_statuses()}
        orders = await self.client.get_orders(order_numbers=list(self._followed))
        changes: list[StatusChange] = []
        for order in orders:
            info = order.order_info
            number = info.order_number if info else None
            if info is None or number is None or number not in self._followed:
                continue
            followed = self._followed[number]
            status = info.order_status.number if info.order_status else None
            if status is None or status == followed.status:
                continue
            followed.status = status
            text = (info.order_status.text if info.order_status else None) or self._texts.get(
                status, str(status)
            )
            finished = is_finished(followed.kind, status)
            ready = followed.kind == "pickup" and PICKED <= status < CANCELLED
            changes.append(
                StatusChange(number, info.order_id, followed.kind, status, text, ready, finished)
            )
            if finished:
                self.forget(number)
        return changes

    async def run(self, listener: Callable[[StatusChange], None]) -> None:
        """Poll while there is something to follow; back off while Ongoing fails."""
        failing = False
        while True:
            if not self._followed:
                self._wake.clear()
                await self._wake.wait()
            try:
                changes = await self.poll_once()
            except OngoingError as error:
                if not failing:
                    log.warning("event=order_status_unavailable error=%s", type(error).__name__)
                failing = True
                self.delay_s = min(self.delay_s * 2, self.max_backoff_s)
            else:
                failing = False
                self.delay_s = self.interval_s
                for change in changes:
                    log.info(
                        "event=order_status order_number=%s status=%d",
                        change.order_number,
                        change.status_number,
                    )
                    listener(change)
            await self._sleep(self.delay_s)
