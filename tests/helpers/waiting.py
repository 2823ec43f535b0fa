"""Running a coroutine from a plain test, and waiting for a condition on whichever loop runs.

`until` serves plain asyncio and the Qt loop alike (see tests.helpers.qt_loop): it yields to
the loop, so the code under test and Qt's events go on while the test waits.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")


def run(awaitable: Awaitable[T]) -> T:
    """`asyncio.run` for any awaitable, not only a coroutine."""

    async def wrapper() -> T:
        return await awaitable

    return asyncio.run(wrapper())


async def until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Yield to the loop until the condition holds; fail the test after the timeout."""
    async with asyncio.timeout(timeout):
        while not condition():
            await asyncio.sleep(0.005)
