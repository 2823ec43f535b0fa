"""Orders Ongoing has not confirmed are sent again by themselves, every 30 seconds and
after a restart, and the F7 list is kept up to date. Each order whose state changed on the
way (confirmed at last, or now waiting for a person) is reported, so the cashier is told.
When Ongoing answers again after being away, `wake` sends what waits at once rather than
at the end of the pause: orders taken offline go out as soon as they can."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from app.persistence.outbox import OutboxEntry
from app.services.orders import OrderService

RESEND_INTERVAL_S = 30.0


class OutboxSender:
    def __init__(
        self,
        orders: OrderService,
        unsent_changed: Callable[[list[OutboxEntry]], None],
        *,
        sent: Callable[[OutboxEntry, OutboxEntry], None] = lambda before, after: None,
        interval_s: float = RESEND_INTERVAL_S,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.orders = orders
        self.unsent_changed = unsent_changed
        self.sent = sent
        self._woken = asyncio.Event()
        self.interval_s = interval_s
        self.sleep = sleep

    async def run(self) -> None:
        """Until cancelled: send whatever waits, tell the list, wait, again."""
        while True:
            self._woken.clear()
            await self.send_waiting()
            await self.refresh()
            await self._pause()

    async def _pause(self) -> None:
        """The interval, or less when woken. Nothing is awaited on the way out, so a task
        cancelled (or a coroutine closed) here ends at once."""
        waits = [
            asyncio.ensure_future(self.sleep(self.interval_s)),
            asyncio.ensure_future(self._woken.wait()),
        ]
        try:
            await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for wait in waits:
                wait.cancel()

    def wake(self) -> None:
        """Ongoing answers again: send what waits now (or right after a round under way)."""
        self._woken.set()

    async def send_waiting(self) -> None:
        """Send every unsent order, oldest first; report each (before, after)."""
        for before in await self.orders.unsent():
            after = await self.orders.send(before.checkout_id)
            if after.state is not before.state or str(after.reason) != str(before.reason):
                self.sent(before, after)

    async def refresh(self) -> None:
        self.unsent_changed(await self.orders.unsent())
