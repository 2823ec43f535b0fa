"""Fake time: clocks that move only when the test moves them, sleeps that end when it says.

Code under test takes its clock and its sleep as arguments, so a test never waits for real
time to pass and never depends on how fast the machine is.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta


class ManualClock:
    """A monotonic clock in whatever unit the caller counts (the scanner: ms; the circuit: s).

    It starts at 0: like `time.monotonic`, only the differences between readings mean anything.
    """

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def advance(self, amount: float) -> None:
        self.now += amount


class ManualWallClock:
    """An aware date and time, for what stamps or ages things (stock figures, the outbox)."""

    def __init__(self, start: datetime = datetime(2026, 11, 28, 13, 0, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class Sleeps:
    """An injected `sleep` that records and returns at once: the delays a loop asked for."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


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


async def no_wait(_seconds: float) -> None:
    """A sleep that only lets the loop turn once: retries go on at once, other tasks still run."""
    await asyncio.sleep(0)
