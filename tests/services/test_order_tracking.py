"""Following order statuses against the simulator: one request per poll, each change reported
once, finished orders forgotten, backoff while Ongoing fails, and no requests while idle."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from urllib.parse import parse_qs

import httpx
import pytest

from app.domain.order_body import FulfilmentKind
from app.domain.order_status import CANCELLED, COLLECTED, PICKED, SENT, WORK_STARTED
from app.ongoing.client import OngoingClient
from app.ongoing.constants import MAX_URL_BYTES
from app.ongoing.retry import CircuitBreaker, RetryPolicy
from app.persistence.outbox import OutboxEntry
from app.services.order_tracking import OrderTracker, StatusChange
from app.simulator import SimulatorThread
from tests.helpers.clocks import ManualSleep
from tests.helpers.orders import plan_for, service
from tests.helpers.simulator import connection_to, stocked
from tests.helpers.waiting import until

PICKUP = FulfilmentKind.PICKUP.value
DELIVERY = FulfilmentKind.DELIVERY.value


class CountingTransport(httpx.AsyncBaseTransport):
    """Passes every request to a real transport and keeps its URL, to count requests."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.urls: list[httpx.URL] = []

    @property
    def paths(self) -> list[str]:
        return [url.path.rsplit("/api/v1/", 1)[-1] for url in self.urls]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.urls.append(request.url)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def counting_client(simulator: SimulatorThread, transport: CountingTransport) -> OngoingClient:
    """No retries inside the client, so each failed poll is exactly one failed request."""
    return OngoingClient(
        connection_to(simulator),
        transport=transport,
        retry_policy=RetryPolicy(max_retries=0),
        circuit=CircuitBreaker(limit=1000),
    )


async def place(
    client: OngoingClient,
    tmp_path: Path,
    simulator: SimulatorThread,
    count: int,
    kind: FulfilmentKind = FulfilmentKind.PICKUP,
) -> list[OutboxEntry]:
    article, warehouse = stocked(simulator, at_least=count)
    orders = service(client, tmp_path)
    entries = [await orders.place(plan_for(article, warehouse, kind=kind)) for _ in range(count)]
    assert all(e.ongoing_order_id is not None for e in entries)
    return entries


def order_id(entry: OutboxEntry) -> int:
    assert entry.ongoing_order_id is not None
    return entry.ongoing_order_id


def track(tracker: OrderTracker, entry: OutboxEntry) -> None:
    tracker.track(entry.order_number, order_id(entry), entry.kind)


def test_a_pickup_is_reported_ready_once_and_forgotten_once_collected(
    simulator: SimulatorThread, tmp_path: Path
) -> None:
    transport = CountingTransport()

    async def scenario() -> list[list[StatusChange]]:
        async with counting_client(simulator, transport) as client:
            [entry] = await place(client, tmp_path, simulator, 1)
            tracker = OrderTracker(client)
            track(tracker, entry)
            transport.urls.clear()
            polls = [await tracker.poll_once()]  # the first status seen: Open
            assert transport.paths == ["orders", "orders/statuses"]
            polls.append(await tracker.poll_once())  # unchanged
            simulator.state.advance_order(order_id(entry), PICKED)
            polls.append(await tracker.poll_once())
            polls.append(await tracker.poll_once())  # still picked: not again
            simulator.state.collect(order_id(entry))
            polls.append(await tracker.poll_once())
            assert tracker.followed == []
            transport.urls.clear()
            polls.append(await tracker.poll_once())  # nothing followed: no request at all
            assert transport.urls == []
            return polls

    first, unchanged, picked, again, collected, idle = asyncio.run(scenario())
    assert [(c.status_number, str(c.status_text), c.ready, c.finished) for c in first] == [
        (200, "Open", False, False)
    ]
    assert unchanged == again == idle == []
    [change] = picked
    assert (change.status_number, str(change.status_text), change.ready, change.finished) == (
        PICKED,
        "Picked",
        True,
        False,
    )
    assert (change.kind, change.order_id) == (PICKUP, first[0].order_id)
    assert [(c.status_number, str(c.status_text), c.finished) for c in collected] == [
        (COLLECTED, "Collected", True)
    ]


def test_one_request_per_poll_for_three_orders_and_status_texts_read_once(
    simulator: SimulatorThread, tmp_path: Path
) -> None:
    transport = CountingTransport()

    async def scenario() -> None:
        async with counting_client(simulator, transport) as client:
            entries = await place(client, tmp_path, simulator, 3)
            tracker = OrderTracker(client)
            for entry in entries:
                track(tracker, entry)
            transport.urls.clear()
            assert len(await tracker.poll_once()) == 3
            for entry in entries:
                simulator.state.advance_order(order_id(entry), WORK_STARTED)
            transport.urls.clear()
            changes = await tracker.poll_once()
            assert transport.paths == ["orders"]
            asked = parse_qs(transport.urls[0].query.decode())["orderNumbers"]
            assert sorted(asked) == sorted(e.order_number for e in entries)
            assert sorted(c.order_number for c in changes) == sorted(
                e.order_number for e in entries
            )
            assert {(str(c.status_text), c.ready) for c in changes} == {("Released", False)}

    asyncio.run(scenario())


def test_a_delivery_is_finished_when_sent_a_pickup_when_collected_any_when_cancelled(
    simulator: SimulatorThread, tmp_path: Path
) -> None:
    transport = CountingTransport()

    async def scenario() -> None:
        async with counting_client(simulator, transport) as client:
            pickup, cancelled = await place(client, tmp_path, simulator, 2)
            [delivery] = await place(client, tmp_path, simulator, 1, FulfilmentKind.DELIVERY)
            tracker = OrderTracker(client)
            for entry in (pickup, cancelled, delivery):
                track(tracker, entry)
            await tracker.poll_once()
            simulator.state.advance_order(order_id(pickup), SENT)
            simulator.state.advance_order(order_id(delivery), SENT)
            simulator.state.advance_order(order_id(cancelled), CANCELLED)
            changes = {c.order_number: c for c in await tracker.poll_once()}
            assert (changes[pickup.order_number].ready, changes[pickup.order_number].finished) == (
                True,
                False,
            )
            assert changes[delivery.order_number].kind == DELIVERY
            assert (
                changes[delivery.order_number].ready,
                changes[delivery.order_number].finished,
            ) == (
                True,
                True,
            )
            assert (
                changes[cancelled.order_number].ready,
                changes[cancelled.order_number].finished,
                str(changes[cancelled.order_number].status_text),
            ) == (False, True, "Cancelled")
            assert tracker.followed == [pickup.order_number]

    asyncio.run(scenario())


def test_at_most_max_tracked_orders_are_followed_oldest_dropped_first(
    simulator: SimulatorThread,
) -> None:
    async def scenario() -> None:
        async with counting_client(simulator, CountingTransport()) as client:
            tracker = OrderTracker(client, max_tracked=2)
            for number in ("A-1", "A-2", "A-3"):
                tracker.track(number, 1, PICKUP)
            assert tracker.followed == ["A-2", "A-3"]
            tracker.track("A-2", 1, PICKUP)  # followed again: now the newest
            tracker.track("A-4", 1, PICKUP)
            assert tracker.followed == ["A-2", "A-4"]
            tracker.forget("A-2")
            assert tracker.followed == ["A-4"]
            with pytest.raises(ValueError, match="empty"):
                tracker.track(" ", 1, PICKUP)

    asyncio.run(scenario())


def test_the_most_orders_allowed_fit_in_requests_ongoing_accepts(
    simulator: SimulatorThread,
) -> None:
    """200 long order numbers are more than one URL holds: split, never refused."""
    transport = CountingTransport()

    async def scenario() -> None:
        async with counting_client(simulator, transport) as client:
            tracker = OrderTracker(client)
            numbers = [f"ABCDEF123456-{i:010d}" for i in range(200)]
            for number in numbers:
                tracker.track(number, 1, PICKUP)
            assert await tracker.poll_once() == []  # Ongoing has none of them
            asked = [transport.urls[i] for i, p in enumerate(transport.paths) if p == "orders"]
            assert 1 < len(asked) <= 3
            assert all(len(str(url)) < MAX_URL_BYTES for url in asked)
            got = [n for url in asked for n in parse_qs(url.query.decode())["orderNumbers"]]
            assert got == numbers

    asyncio.run(scenario())


def test_run_idles_without_requests_backs_off_while_failing_and_recovers(
    simulator: SimulatorThread, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    transport = CountingTransport()
    sleep = ManualSleep()
    changes: list[StatusChange] = []

    async def next_sleep(count: int) -> float:
        await until(lambda: len(sleep.calls) == count)
        return sleep.calls[-1]

    async def scenario() -> None:
        async with counting_client(simulator, transport) as client:
            [entry] = await place(client, tmp_path, simulator, 1)
            tracker = OrderTracker(client, interval_s=10, max_interval_s=40, sleep=sleep)
            transport.urls.clear()
            runner = asyncio.create_task(tracker.run(changes.append))
            for _ in range(50):
                await asyncio.sleep(0)
            assert transport.urls == [] and sleep.calls == []  # idle: waits, asks nothing

            simulator.faults.enqueue("5xx", count=4, method="GET", path_suffix="/orders")
            track(tracker, entry)
            delays = [await next_sleep(1)]
            for count in range(2, 6):
                sleep.release()
                delays.append(await next_sleep(count))
            assert delays == [20, 40, 40, 40, 10]  # doubled to the cap, then back to normal
            assert transport.paths.count("orders") == 5
            assert [(c.status_number, c.ready) for c in changes] == [(200, False)]

            simulator.state.advance_order(order_id(entry), PICKED)
            sleep.release()
            await next_sleep(6)
            assert [(c.status_number, c.ready) for c in changes[1:]] == [(PICKED, True)]

            simulator.state.collect(order_id(entry))
            sleep.release()
            await until(lambda: len(changes) == 3)
            assert changes[-1].finished and tracker.followed == []
            requests = len(transport.urls)
            for _ in range(50):
                await asyncio.sleep(0)
            assert len(transport.urls) == requests and len(sleep.calls) == 6  # idle again
            runner.cancel()
            with pytest.raises(asyncio.CancelledError):
                await runner

    with caplog.at_level(logging.INFO, logger="app.services.order_tracking"):
        asyncio.run(scenario())
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert [r.getMessage().split()[0] for r in warnings] == ["event=order_tracking_failing"]
    assert "recovered failed_polls=4" in caplog.text


def test_run_waits_as_long_as_ongoing_asks_and_survives_a_failing_listener(
    simulator: SimulatorThread, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    transport = CountingTransport()
    sleep = ManualSleep()
    seen: list[StatusChange] = []

    def listener(change: StatusChange) -> None:
        seen.append(change)
        raise RuntimeError("a broken screen")

    async def scenario() -> None:
        async with counting_client(simulator, transport) as client:
            first, second = await place(client, tmp_path, simulator, 2)
            tracker = OrderTracker(client, interval_s=10, max_interval_s=40, sleep=sleep)
            simulator.faults.retry_after_s = 120
            simulator.faults.enqueue("429", count=1, method="GET", path_suffix="/orders")
            track(tracker, first)
            track(tracker, second)
            runner = asyncio.create_task(tracker.run(listener))
            await until(lambda: len(sleep.calls) == 1)
            assert sleep.calls == [120]  # Retry-After beats the doubled interval
            sleep.release()
            await until(lambda: len(sleep.calls) == 2)
            assert len(seen) == 2  # the listener raised on the first; the second still came
            assert sleep.calls[-1] == 10
            runner.cancel()
            await asyncio.gather(runner, return_exceptions=True)

    with caplog.at_level(logging.INFO, logger="app.services.order_tracking"):
        asyncio.run(scenario())
    assert caplog.text.count("event=order_status_listener_failed") == 2
