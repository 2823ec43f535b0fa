"""Shared helpers for use-case tests: a real client on the loopback simulator."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from app.ongoing.client import OngoingClient
from app.ongoing.settings import ConnectionSettings
from app.services.ongoing_words import describe

T = TypeVar("T")


def run(coroutine: Awaitable[T]) -> T:
    async def wrapper() -> T:
        return await coroutine

    return asyncio.run(wrapper())


def client_for(simulator: object) -> OngoingClient:
    settings = ConnectionSettings.from_target(
        simulator.base_url,  # type: ignore[attr-defined]
        simulator.goods_owner_id,  # type: ignore[attr-defined]
        simulator.api_user,  # type: ignore[attr-defined]
        simulator.password,  # type: ignore[attr-defined]
    )
    return OngoingClient(settings, words=describe)


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 28, 13, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class ManualSleep:
    """A sleep that waits for the test to release it, so retry loops run without real time."""

    def __init__(self) -> None:
        self.calls: list[float] = []
        self._gates: list[asyncio.Event] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
        gate = asyncio.Event()
        self._gates.append(gate)
        await gate.wait()

    def release(self) -> None:
        """Wake every sleeper waiting now."""
        gates, self._gates = self._gates, []
        for gate in gates:
            gate.set()


async def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Yield to the loop until the condition holds; fail after the timeout."""
    async with asyncio.timeout(timeout):
        while not condition():
            await asyncio.sleep(0.005)
