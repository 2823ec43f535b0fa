"""Follow this till's returns until the warehouse has received them, and say so once.

What is followed comes from the outbox, not from memory: every return row Ongoing
confirmed (it has a return order id), stored in the last `follow_days`, not yet noted as
received. So the till follows them again after a restart, and a return the outbox sender
confirms later joins at the next poll. One `GET /returnOrders?returnOrderNumbers=...` per
poll covers every followed return (split only when the URL would be too long). Received is
what Ongoing says: the return order's arrival time, or items counted back on a line. It is
noted on the row (`receivedAt` in its slip facts: the slip then says it, and the till does
not say it again). Polls back off while Ongoing fails; while nothing is followed nothing is
asked of Ongoing: the outbox is read again each interval, or at once on `wake` (a return
just confirmed).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Final

from app.ongoing.client import OngoingClient, batches
from app.ongoing.constants import MAX_CODES_PER_CALL, MAX_URL_BYTES
from app.ongoing.errors import OngoingError
from app.ongoing.return_models import ReturnOrder
from app.persistence.outbox import Outbox, OutboxEntry
from app.persistence.storage_errors import StorageError
from app.services.polling import Backoff, asked_wait
from app.services.return_slips import RECEIVED_AT
from app.services.returns import RETURN_CANCELLED_STATUS, RETURN_KIND
from app.services.tasks import first_of

log = logging.getLogger(__name__)

POLL_INTERVAL_S: Final = 60.0  # a parcel takes days; a minute is soon enough to be told
MAX_INTERVAL_S: Final = 600.0
FOLLOW_DAYS: Final = 60  # older returns the warehouse never received are not asked for
MAX_FOLLOWED: Final = 200  # the newest ones, so a long year stays one request
WITHDRAWN_IN_ONGOING = "withdrawnInOngoing"  # a slip fact: cancelled in Ongoing itself
_NUMBERS_KEY = "returnOrderNumbers"


@dataclass(frozen=True, slots=True)
class ReturnReceived:
    """A return the warehouse has received, told once."""

    entry: OutboxEntry  # the return's row, as it was before it was noted received
    return_order_id: int
    order_number: str  # the original order
    received_at: datetime

    @property
    def return_number(self) -> str:
        return self.entry.order_number


class ReturnTracker:
    """Follows the till's confirmed returns; `run` is its background loop (pure asyncio)."""

    def __init__(
        self,
        client: OngoingClient,
        outbox: Outbox,
        *,
        interval_s: float = POLL_INTERVAL_S,
        max_interval_s: float = MAX_INTERVAL_S,
        follow_days: int = FOLLOW_DAYS,
        max_followed: int = MAX_FOLLOWED,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        if interval_s <= 0 or max_interval_s < interval_s:
            raise ValueError("Need 0 < interval_s <= max_interval_s.")
        self.client = client
        self.outbox = outbox
        self.interval_s = interval_s
        self.max_interval_s = max_interval_s
        self.follow_days = follow_days
        self.max_followed = max_followed
        self._sleep = sleep
        self._clock = clock
        self._now = now
        self._wake = asyncio.Event()
        self._told: set[str] = set()  # said this session, even if the row could not note it
        self.following = 0  # returns still followed after the last poll
        self.idle = False  # waiting for `wake`, asking nothing

    def wake(self) -> None:
        """A return was confirmed (or the till wants news now): poll soon."""
        self._wake.set()

    async def followed(self) -> list[OutboxEntry]:
        """The returns to ask about now, oldest first (from the outbox)."""
        since = self._now() - timedelta(days=self.follow_days)
        rows = await asyncio.to_thread(self.outbox.sent_of_kind, RETURN_KIND, since)
        open_rows = [
            row
            for row in rows
            if row.ongoing_order_id is not None
            and RECEIVED_AT not in row.slip
            and WITHDRAWN_IN_ONGOING not in row.slip
            and row.order_number not in self._told
        ]
        return open_rows[-self.max_followed :]

    async def poll_once(self) -> list[ReturnReceived]:
        """Ask Ongoing once about every followed return; those received since.

        Raises OngoingError when Ongoing cannot be read and StorageError when the outbox
        cannot; nothing is noted then, so the next poll asks again.
        """
        entries = await self.followed()
        self.following = len(entries)
        if not entries:
            return []
        by_number = {entry.order_number: entry for entry in entries}
        held: list[ReturnOrder] = []
        for batch in self._batches(list(by_number)):
            held.extend(await self.client.get_return_orders(return_order_numbers=batch))
        received = []
        for ret in held:
            info = ret.return_order_info
            entry = by_number.get(info.return_order_number or "") if info else None
            if info is None or entry is None:
                continue
            status = info.return_order_status.number if info.return_order_status else 0
            if status == RETURN_CANCELLED_STATUS:
                await self._note(entry, {WITHDRAWN_IN_ONGOING: True})
                log.info("event=return_withdrawn_in_ongoing return_number=%s", entry.order_number)
                self.following -= 1
                continue
            when = _received_at(ret, self._now())
            if when is None:
                continue
            self._told.add(entry.order_number)
            self.following -= 1
            await self._note(entry, {RECEIVED_AT: when.isoformat()})
            log.info(
                "event=return_received return_number=%s return_order_id=%d",
                entry.order_number,
                info.return_order_id,
            )
            received.append(
                ReturnReceived(
                    entry,
                    info.return_order_id,
                    str(entry.slip.get("orderNumber") or ""),
                    when,
                )
            )
        return received

    async def run(self, listener: Callable[[ReturnReceived], None]) -> None:
        """Poll while returns are followed, every `interval_s`; while none are, only this
        PC's outbox is read again (no requests), every `interval_s` or at `wake`. While
        Ongoing fails the wait doubles up to `max_interval_s`, with one warning per outage.
        Cancel the task to stop."""
        backoff = Backoff(self.interval_s, self.max_interval_s, sleep=self._sleep, wake=self._wake)
        outage_started = 0.0
        while True:
            self._wake.clear()  # a wake-up from here on means: look again
            try:
                received = await self.poll_once()
            except (OngoingError, StorageError) as error:
                if not backoff.failures:
                    outage_started = self._clock()
                    log.warning(
                        "event=return_tracking_failing error=%s followed=%d",
                        type(error).__name__,
                        self.following,
                    )
                backoff.failed(asked_wait(error) if isinstance(error, OngoingError) else 0.0)
            else:
                if backoff.failures:
                    log.info(
                        "event=return_tracking_recovered failed_polls=%d after_s=%.0f",
                        backoff.failures,
                        self._clock() - outage_started,
                    )
                backoff.succeeded()
                for news in received:
                    _deliver(listener, news)
                if self.following <= 0:
                    # Nothing to follow: no requests. The outbox is read again after the
                    # interval (a return sent by `tillside return` or the return desk), or
                    # at once when woken.
                    self.idle = True
                    await first_of(self._sleep(self.interval_s), self._wake.wait())
                    self.idle = False
                    continue
            await backoff.wait()

    # --- internals ---

    async def _note(self, entry: OutboxEntry, facts: dict[str, object]) -> None:
        """Noted on the row so a restart does not ask (or tell) again; a disk that cannot
        note it only means asking again after a restart."""
        try:
            await asyncio.to_thread(self.outbox.note_slip, entry.checkout_id, facts)
        except StorageError as error:
            log.warning(
                "event=return_state_not_noted return_number=%s problem=%s",
                entry.order_number,
                error.problem.value,
            )

    def _batches(self, numbers: list[str]) -> Iterator[list[str]]:
        budget = MAX_URL_BYTES - len(self.client.settings.base_url) - 200
        return batches(numbers, _NUMBERS_KEY, budget, MAX_CODES_PER_CALL)


def _received_at(ret: ReturnOrder, now: datetime) -> datetime | None:
    """When the warehouse received the return, or None while it has not."""
    info = ret.return_order_info
    if info is not None and info.return_order_arrival_time is not None:
        return info.return_order_arrival_time
    lines = [line for line in ret.return_order_lines or [] if line is not None]
    if any(line.returned_number_of_items > 0 for line in lines):
        return now
    return None


def _deliver(listener: Callable[[ReturnReceived], None], news: ReturnReceived) -> None:
    """A failing listener must not stop the till from following its other returns."""
    try:
        listener(news)
    except Exception:
        log.exception("event=return_received_listener_failed return_number=%s", news.return_number)
