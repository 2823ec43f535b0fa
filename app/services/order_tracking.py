"""Follow the orders this till placed, so the cashier sees when a pickup is picked and ready.

One `GET /orders?orderNumbers=...` per poll covers every followed order, and the status texts
from `/orders/statuses` are read once. Polls back off while Ongoing fails and stop entirely
while nothing is followed, so an idle till costs Ongoing nothing.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Final

from app.domain.order_status import is_finished, is_ready
from app.domain.text_values import filled
from app.domain.texts import Text, as_text, translate
from app.ongoing.client import OngoingClient, batches, check_codes
from app.ongoing.constants import MAX_CODES_PER_CALL, MAX_URL_BYTES
from app.ongoing.errors import OngoingError
from app.ongoing.models import Order
from app.services.polling import Backoff, asked_wait

log = logging.getLogger(__name__)

POLL_INTERVAL_S: Final = 15.0
MAX_INTERVAL_S: Final = 300.0
MAX_TRACKED: Final = 200
_NUMBERS_KEY = "orderNumbers"


@dataclass(frozen=True, slots=True)
class StatusChange:
    """An order's status as first seen, or as it changed since the previous poll."""

    order_number: str
    order_id: int
    kind: str
    status_number: int
    status_text: Text  # Ongoing's own words as they are, or our "Status 400", translated
    ready: bool  # picked or later, not cancelled (app.domain.order_status.is_ready)
    finished: bool  # final for its kind (is_finished); the tracker has forgotten the order


@dataclass(slots=True)
class _Followed:
    order_id: int
    kind: str
    status: int | None = None  # last status reported; None until the first poll sees it


class OrderTracker:
    """Follows order statuses for one till; `run` is its background loop (pure asyncio)."""

    def __init__(
        self,
        client: OngoingClient,
        *,
        interval_s: float = POLL_INTERVAL_S,
        max_interval_s: float = MAX_INTERVAL_S,
        max_tracked: int = MAX_TRACKED,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if interval_s <= 0 or max_interval_s < interval_s:
            raise ValueError("Need 0 < interval_s <= max_interval_s.")
        if max_tracked < 1:
            raise ValueError("max_tracked must be at least 1.")
        self.client = client
        self.interval_s = interval_s
        self.max_interval_s = max_interval_s
        self.max_tracked = max_tracked
        self._sleep = sleep
        self._clock = clock
        self._followed: OrderedDict[str, _Followed] = OrderedDict()
        self._texts: dict[int, str] | None = None  # from /orders/statuses, once it answered
        self._wake = asyncio.Event()

    @property
    def followed(self) -> list[str]:
        """Order numbers followed now, oldest first."""
        return list(self._followed)

    def track(self, order_number: str, order_id: int, kind: str) -> None:
        """Follow an order; over `max_tracked`, the oldest is dropped (a long day stays bounded).

        Tracking an order again keeps its last reported status, so nothing is reported twice.
        """
        check_codes([order_number], "order numbers")  # refused now, not on every later poll
        known = self._followed.pop(order_number, None)
        status = known.status if known else None
        self._followed[order_number] = _Followed(order_id, kind, status)
        while len(self._followed) > self.max_tracked:
            dropped, _ = self._followed.popitem(last=False)
            log.info("event=order_tracking_dropped order_number=%s", dropped)
        self._wake.set()

    def forget(self, order_number: str) -> None:
        self._followed.pop(order_number, None)

    async def poll_once(self) -> list[StatusChange]:
        """Ask Ongoing once for every followed order; the changes since the last poll.

        Finished orders are forgotten after being reported. Raises OngoingError when the
        orders cannot be read; nothing is changed then, so the next poll reports it all.
        """
        numbers = list(self._followed)
        if not numbers:
            return []
        orders: list[Order] = []
        for batch in self._batches(numbers):  # one batch unless the URL would be too long
            orders.extend(await self.client.get_orders(order_numbers=batch))
        await self._load_status_texts()
        changes = [change for order in orders if (change := self._update(order)) is not None]
        for change in changes:
            log.info(
                "event=order_status order_number=%s status=%d ready=%s finished=%s",
                change.order_number,
                change.status_number,
                change.ready,
                change.finished,
            )
        return changes

    async def run(self, listener: Callable[[StatusChange], None]) -> None:
        """Poll forever: every `interval_s` while orders are followed, never while none are.

        While Ongoing fails, the wait doubles up to `max_interval_s` (longer if Ongoing asks
        for it) and one warning is logged per outage. Cancel the task to stop.
        """
        backoff = Backoff(self.interval_s, self.max_interval_s, sleep=self._sleep)
        outage_started = 0.0
        while True:
            if not self._followed:
                self._wake.clear()
                await self._wake.wait()  # set by track(): no requests while idle
                continue
            try:
                changes = await self.poll_once()
            except OngoingError as error:
                if not backoff.failures:
                    outage_started = self._clock()
                    log.warning(
                        "event=order_tracking_failing error=%s detail=%s followed=%d",
                        type(error).__name__,
                        error.detail,
                        len(self._followed),
                    )
                backoff.failed(asked_wait(error))
            else:
                if backoff.failures:
                    log.info(
                        "event=order_tracking_recovered failed_polls=%d after_s=%.0f",
                        backoff.failures,
                        self._clock() - outage_started,
                    )
                backoff.succeeded()
                for change in changes:
                    self._deliver(listener, change)
            if self._followed:
                await backoff.wait()

    # --- internals ---

    def _batches(self, numbers: list[str]) -> Iterator[list[str]]:
        """Split as the client's URL check does (same budget), so no batch is refused."""
        budget = MAX_URL_BYTES - len(self.client.settings.base_url) - 200
        return batches(numbers, _NUMBERS_KEY, budget, MAX_CODES_PER_CALL)

    async def _load_status_texts(self) -> None:
        """Once per session; texts are cosmetic, so a failure only means asking again later."""
        if self._texts is not None:
            return
        try:
            statuses = await self.client.get_order_statuses()
        except OngoingError as error:
            log.info("event=order_statuses_unavailable error=%s", type(error).__name__)
            return
        self._texts = {s.number: s.text for s in statuses if s.text}

    def _update(self, order: Order) -> StatusChange | None:
        info = order.order_info
        if info is None or info.order_number is None or info.order_status is None:
            return None
        followed = self._followed.get(info.order_number)
        status = info.order_status.number
        if followed is None or status == followed.status:
            return None
        followed.status = status
        ongoing_text = (self._texts or {}).get(status) or info.order_status.text
        label = (
            as_text(ongoing_text)
            if ongoing_text
            else filled(translate("OrderStatus", "Status {number}"), number=status)
        )
        finished = is_finished(followed.kind, status)
        if finished:
            self.forget(info.order_number)
        return StatusChange(
            order_number=info.order_number,
            order_id=info.order_id,
            kind=followed.kind,
            status_number=status,
            status_text=label,
            ready=is_ready(status),
            finished=finished,
        )

    @staticmethod
    def _deliver(listener: Callable[[StatusChange], None], change: StatusChange) -> None:
        """A failing listener must not stop the till from following its other orders."""
        try:
            listener(change)
        except Exception:
            log.exception("event=order_status_listener_failed order_number=%s", change.order_number)
