"""Background tasks: kept referenced, restarted by name, failures logged once.

Every widget and use case starts its asyncio work through a registry, never with a bare
`ensure_future` (a task nobody references can vanish mid-run, and its failure goes
unseen). Two kinds: a named task (a load the person can start again: starting it anew
cancels the old one) and a spawned task of a group (every scan, every order in flight:
each runs to its end; `wait_group` lets orders in flight finish on shutdown).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Coroutine
from typing import Any

log = logging.getLogger(__name__)


class TaskRegistry:
    """Starting a task under a name already running cancels the old one first."""

    def __init__(self) -> None:
        self._tasks: dict[str, asyncio.Task[Any]] = {}
        self._groups: dict[str, set[asyncio.Task[Any]]] = {}

    def start(self, name: str, coroutine: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        self.cancel(name)
        task = asyncio.get_running_loop().create_task(coroutine, name=name)
        self._tasks[name] = task
        task.add_done_callback(lambda done: self._finished(name, done))
        return task

    def spawn(self, group: str, coroutine: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """One more task of `group`, running beside the others until its end."""
        task = asyncio.get_running_loop().create_task(coroutine, name=group)
        members = self._groups.setdefault(group, set())
        members.add(task)
        task.add_done_callback(lambda done: self._spawned_finished(group, done))
        return task

    def running(self, name: str) -> bool:
        task = self._tasks.get(name)
        return task is not None and not task.done()

    def group(self, group: str) -> list[asyncio.Task[Any]]:
        return [task for task in self._groups.get(group, ()) if not task.done()]

    def cancel(self, name: str) -> None:
        task = self._tasks.pop(name, None)
        if task is not None and not task.done():
            task.cancel()

    async def wait_group(self, group: str, at_most_s: float) -> None:
        """Let the group's tasks finish, for at most `at_most_s` seconds."""
        members = self.group(group)
        if members:
            await asyncio.wait(members, timeout=at_most_s)

    async def close(self) -> None:
        """Cancel everything and wait for it, so nothing runs after the window closed."""
        tasks = list(self._tasks.values()) + [t for g in self._groups.values() for t in g]
        self._tasks.clear()
        self._groups.clear()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def _finished(self, name: str, task: asyncio.Task[Any]) -> None:
        if self._tasks.get(name) is task:
            del self._tasks[name]
        self._log_failure(name, task)

    def _spawned_finished(self, group: str, task: asyncio.Task[Any]) -> None:
        self._groups.get(group, set()).discard(task)
        self._log_failure(group, task)

    @staticmethod
    def _log_failure(name: str, task: asyncio.Task[Any]) -> None:
        if not task.cancelled() and task.exception() is not None:
            log.error("event=background_task_failed task=%s", name, exc_info=task.exception())


async def first_of(*waits: Awaitable[Any]) -> None:
    """Wait until the first of these is done; the others are cancelled (and awaited)."""
    tasks = [asyncio.ensure_future(wait) for wait in waits]
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
