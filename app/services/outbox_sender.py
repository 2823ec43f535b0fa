"""Orders Ongoing has not confirmed are sent again by themselves, every 30 seconds and
after a restart, and the F7 list is kept up to date."""

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
        interval_s: float = RESEND_INTERVAL_S,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.orders = orders
        self.unsent_changed = unsent_changed
        self.interval_s = interval_s
        self.sleep = sleep

    async def run(self) -> None:
        """Until cancelled: send whatever waits, tell the list, wait, again."""
        while True:
            if await self.orders.unsent():
                await self.orders.send_waiting()
            await self.refresh()
            await self.sleep(self.interval_s)

    async def refresh(self) -> None:
        self.unsent_changed(await self.orders.unsent())
