"""The rhythm of every loop that asks Ongoing again and again: poll, wait, back off.

The checkout's recovery, the order tracker and the pickup board each poll Ongoing. While
it answers they wait a fixed interval; while it fails each wait is twice the last, up to a
cap, so a till that lost Ongoing does not hammer it; a wait Ongoing asked for (Retry-After,
or the client's circuit breaker) is honoured even beyond the cap. `Backoff` keeps that
arithmetic and does the waiting, with an injectable sleep (tests need no real time) and an
optional event that ends a wait early (a webhook saying something changed); `asked_wait`
reads the wait Ongoing asked for off the client's error. The loops themselves stay with
their owners: what a poll is, and what a failure means, is theirs.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from app.ongoing.errors import CircuitOpenError, OngoingError, RateLimitedError
from app.services.tasks import first_of

Sleep = Callable[[float], Awaitable[None]]


def asked_wait(error: OngoingError) -> float:
    """Seconds Ongoing (429 Retry-After) or the client's circuit breaker asked us to wait."""
    if isinstance(error, RateLimitedError) and error.retry_after is not None:
        return error.retry_after
    if isinstance(error, CircuitOpenError):
        return error.retry_in
    return 0.0


class Backoff:
    """The wait before the next poll, and the waiting itself.

    `delay_s` is `interval_s` after a success; each failure doubles it up to `max_s`, and
    a longer wait asked for with that failure is taken once without raising the doubling.
    `failures` counts the polls failed in a row (0 while all is well).
    """

    def __init__(
        self,
        interval_s: float,
        max_s: float,
        *,
        sleep: Sleep = asyncio.sleep,
        wake: asyncio.Event | None = None,
    ) -> None:
        if interval_s <= 0 or max_s < interval_s:
            raise ValueError("Need 0 < interval_s <= max_s.")
        self.interval_s = interval_s
        self.max_s = max_s
        self.failures = 0
        self.delay_s = interval_s
        self._backed_off_s = interval_s  # the doubling, without any wait Ongoing asked for
        self._sleep = sleep
        self._wake = wake

    def succeeded(self) -> None:
        """Back to the interval."""
        self.failures = 0
        self._backed_off_s = self.delay_s = self.interval_s

    def failed(self, asked_s: float = 0.0) -> None:
        """Wait twice as long as before (at most `max_s`), or `asked_s` if that is longer."""
        self.failures += 1
        self._backed_off_s = min(self._backed_off_s * 2, self.max_s)
        self.delay_s = max(self._backed_off_s, asked_s)

    async def wait(self) -> None:
        """Sleep `delay_s`, or less when the wake event is set (it is cleared again)."""
        if self._wake is None:
            await self._sleep(self.delay_s)
            return
        await first_of(self._sleep(self.delay_s), self._wake.wait())
        self._wake.clear()
