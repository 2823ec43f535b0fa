"""The one poll-with-backoff rhythm: doubling, the cap, Retry-After, reset, waking early."""

from __future__ import annotations

import asyncio

import pytest

from app.ongoing.errors import CircuitOpenError, OngoingConnectionError, RateLimitedError
from app.services.polling import Backoff, asked_wait
from tests.helpers.clocks import ManualSleep, Sleeps
from tests.helpers.waiting import run, until


def delays_after(backoff: Backoff, outcomes: str) -> list[float]:
    """`delay_s` after each outcome: "f" a failure, "s" a success."""
    delays = []
    for outcome in outcomes:
        if outcome == "f":
            backoff.failed()
        else:
            backoff.succeeded()
        delays.append(backoff.delay_s)
    return delays


def test_the_wait_is_the_interval_until_a_poll_fails() -> None:
    backoff = Backoff(10, 40)
    assert (backoff.delay_s, backoff.failures) == (10, 0)
    assert delays_after(backoff, "ss") == [10, 10]


def test_each_failure_doubles_the_wait_up_to_the_cap() -> None:
    backoff = Backoff(10, 40)
    assert delays_after(backoff, "ffff") == [20, 40, 40, 40]
    assert backoff.failures == 4


def test_a_success_goes_back_to_the_interval_and_the_next_outage_starts_afresh() -> None:
    backoff = Backoff(2, 30)
    assert delays_after(backoff, "fffsff") == [4, 8, 16, 2, 4, 8]
    assert backoff.failures == 2


def test_a_wait_ongoing_asked_for_beats_the_doubling_and_the_cap_once() -> None:
    backoff = Backoff(10, 40)
    backoff.failed(asked_s=120)
    assert backoff.delay_s == 120  # beyond the cap: Ongoing said so
    backoff.failed()
    assert backoff.delay_s == 40  # the doubling went on from 20, not from 120
    backoff.failed(asked_s=5)
    assert backoff.delay_s == 40  # a shorter ask does not shorten the backoff


def test_wait_sleeps_the_current_delay() -> None:
    sleeps = Sleeps()
    backoff = Backoff(10, 40, sleep=sleeps)

    async def scenario() -> None:
        await backoff.wait()
        backoff.failed()
        await backoff.wait()
        backoff.succeeded()
        await backoff.wait()

    run(scenario())
    assert sleeps.calls == [10, 20, 10]


def test_the_wake_event_ends_a_wait_early_and_is_cleared() -> None:
    sleep = ManualSleep()  # never returns unless released: only the event can end the wait
    wake = asyncio.Event()
    backoff = Backoff(10, 40, sleep=sleep, wake=wake)

    async def scenario() -> None:
        waiting = asyncio.ensure_future(backoff.wait())
        await until(lambda: sleep.calls == [10])
        assert not waiting.done()
        wake.set()
        await asyncio.wait_for(waiting, timeout=10)
        assert not wake.is_set()  # the next wait is a whole one again

        waiting = asyncio.ensure_future(backoff.wait())
        await until(lambda: len(sleep.calls) == 2)
        sleep.release()  # the interval ends by itself too
        await asyncio.wait_for(waiting, timeout=10)

    run(scenario())


def test_a_cancelled_wait_leaves_no_task_behind() -> None:
    sleep = ManualSleep()
    backoff = Backoff(10, 40, sleep=sleep, wake=asyncio.Event())

    async def scenario() -> None:
        waiting = asyncio.ensure_future(backoff.wait())
        await until(lambda: sleep.calls == [10])
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        assert asyncio.all_tasks() == {asyncio.current_task()}

    run(scenario())


@pytest.mark.parametrize(("interval", "most"), [(0, 10), (-1, 10), (10, 5)])
def test_an_impossible_rhythm_is_refused(interval: float, most: float) -> None:
    with pytest.raises(ValueError, match="interval"):
        Backoff(interval, most)


def test_the_wait_ongoing_asked_for() -> None:
    assert asked_wait(RateLimitedError(120.0)) == 120.0
    assert asked_wait(RateLimitedError(None)) == 0.0
    assert asked_wait(CircuitOpenError(29.5)) == 29.5
    assert asked_wait(OngoingConnectionError("ConnectError")) == 0.0
