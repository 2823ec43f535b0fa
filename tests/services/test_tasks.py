"""The task registry every widget and use case starts its async work through."""

from __future__ import annotations

import asyncio
import logging

import pytest

from app.services.tasks import TaskRegistry


def test_starting_a_name_again_cancels_the_old_task() -> None:
    async def scenario() -> tuple[bool, bool]:
        tasks = TaskRegistry()
        first = tasks.start("load", asyncio.sleep(10))
        second = tasks.start("load", asyncio.sleep(10))
        await asyncio.sleep(0)
        cancelled, running = first.cancelled(), tasks.running("load")
        await tasks.close()
        assert second.cancelled()
        return cancelled, running

    assert asyncio.run(scenario()) == (True, True)


def test_spawned_tasks_of_a_group_run_side_by_side_and_can_be_waited_for() -> None:
    async def scenario() -> list[int]:
        tasks = TaskRegistry()
        done: list[int] = []
        gate = asyncio.Event()

        async def order(number: int) -> None:
            await gate.wait()
            done.append(number)

        for number in (1, 2, 3):
            tasks.spawn("orders", order(number))
        assert len(tasks.group("orders")) == 3
        gate.set()
        await tasks.wait_group("orders", at_most_s=10)
        assert tasks.group("orders") == []
        await tasks.close()
        return sorted(done)

    assert asyncio.run(scenario()) == [1, 2, 3]


def test_waiting_for_a_group_gives_up_after_its_time() -> None:
    async def scenario() -> bool:
        tasks = TaskRegistry()
        stuck = tasks.spawn("orders", asyncio.Event().wait())
        await tasks.wait_group("orders", at_most_s=0.01)
        still = not stuck.done()
        await tasks.close()
        return still and stuck.cancelled()

    assert asyncio.run(scenario())


def test_a_failing_task_is_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    async def boom() -> None:
        raise RuntimeError("broken")

    async def scenario() -> None:
        tasks = TaskRegistry()
        failing = tasks.spawn("scans", boom())
        await asyncio.gather(failing, return_exceptions=True)
        await asyncio.sleep(0)  # its done-callbacks run on the next turn of the loop
        await tasks.close()

    with caplog.at_level(logging.ERROR):
        asyncio.run(scenario())
    assert caplog.text.count("event=background_task_failed task=scans") == 1


def test_first_of_returns_with_the_first_and_cancels_the_rest() -> None:
    from app.services.tasks import first_of

    async def scenario() -> bool:
        gate, never = asyncio.Event(), asyncio.Event()
        cancelled = []

        async def forever() -> None:
            try:
                await never.wait()
            except asyncio.CancelledError:
                cancelled.append(True)
                raise

        gate.set()
        await first_of(gate.wait(), forever())
        return cancelled == [True]

    assert asyncio.run(scenario())
