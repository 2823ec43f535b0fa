"""Following order statuses: one request per poll, ready once, finished forgotten, backoff."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from app.ongoing.client import OngoingClient
from app.ongoing.retry import RetryPolicy
from app.ongoing.settings import ConnectionSettings
from app.services.order_tracking import OrderTracker, StatusChange
from app.simulator.state import COLLECTED, PICKED, WORK_STARTED
from tests.services.test_orders import plan_for, service, stocked


class CountingTransport(httpx.AsyncHTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.paths: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path.rsplit("/api/v1/", 1)[-1])
        return await super().handle_async_request(request)


def counting_client(simulator, transport: CountingTransport) -> OngoingClient:
    settings = ConnectionSettings.from_target(
        simulator.base_url, simulator.goods_owner_id, simulator.api_user, simulator.password
    )

    async def no_wait(_: float) -> None:
        await asyncio.sleep(0)

    return OngoingClient(
        settings,
        transport=transport,
        retry_policy=RetryPolicy(max_retries=0),
        sleep=no_wait,
    )


async def place_pickups(client, tmp_path: Path, simulator, count: int):
    article, warehouse = stocked(simulator, at_least=count)
    orders = service(client, tmp_path)
    return [await orders.place(plan_for(article, warehouse)) for _ in range(count)]


def test_a_pickup_is_reported_ready_once_and_forgotten_when_collected(simulator, tmp_path):
    transport = CountingTransport()

    async def scenario() -> list[list[StatusChange]]:
        async with counting_client(simulator, transport) as client:
            [entry] = await place_pickups(client, tmp_path, simulator, 1)
            tracker = OrderTracker(client)
            tracker.track(entry.order_number, entry.ongoing_order_id, "pickup")
            polls = [await tracker.poll_once()]  # the first status seen
            polls.append(await tracker.poll_once())  # unchanged: nothing to report
            simulator.state.advance_order(entry.ongoing_order_id, WORK_STARTED)
            simulator.state.advance_order(entry.ongoing_order_id, PICKED)
            polls.append(await tracker.poll_once())
            polls.append(await tracker.poll_once())
            simulator.state.collect(entry.ongoing_order_id)
            polls.append(await tracker.poll_once())
            transport.paths.clear()
            polls.append(await tracker.poll_once())  # nothing followed: no request
            assert transport.paths == []
            assert tracker.followed == []
            return polls

    first, unchanged, picked, again, collected, idle = asyncio.run(scenario())
    assert [c.ready for c in first] == [False]
    assert unchanged == [] and again == [] and idle == []
    assert [(c.status_number, c.status_text, c.ready) for c in picked] == [(PICKED, "Picked", True)]
    assert [(c.status_number, c.finished) for c in collected] == [(COLLECTED, True)]


def test_one_request_per_poll_for_many_orders(simulator, tmp_path):
    transport = CountingTransport()

    async def scenario() -> None:
        async with counting_client(simulator, transport) as client:
            entries = await place_pickups(client, tmp_path, simulator, 3)
            tracker = OrderTracker(client)
            for entry in entries:
                tracker.track(entry.order_number, entry.ongoing_order_id, "pickup")
            await tracker.poll_once()  # also reads the status texts once
            transport.paths.clear()
            for entry in entries:
                simulator.state.advance_order(entry.ongoing_order_id, PICKED)
            changes = await tracker.poll_once()
            assert transport.paths == ["orders"]
            assert sorted(c.order_number for c in changes) == sorted(
                e.order_number for e in entries
            )

    asyncio.run(scenario())


def test_polling_backs_off_while_ongoing_fails_and_idles_without_orders(simulator, tmp_path):
    transport = CountingTransport()
    sleeps: list[float] = []

    async def scenario() -> None:
        async with counting_client(simulator, transport) as client:
            [entry] = await place_pickups(client, tmp_path, simulator, 1)
            changes: list[StatusChange] = []

            async def recorded_sleep(seconds: float) -> None:
                sleeps.append(seconds)
                await asyncio.sleep(0)

            tracker = OrderTracker(client, interval_s=10, max_backoff_s=40, sleep=recorded_sleep)
            runner = asyncio.ensure_future(tracker.run(changes.append))
            for _ in range(20):
                await asyncio.sleep(0)
            transport.paths.clear()
            assert not changes  # idle: waiting for something to follow, no requests
            simulator.faults.enqueue("5xx", count=4, path_suffix="/orders")
            tracker.track(entry.order_number, entry.ongoing_order_id, "pickup")
            while not changes:
                await asyncio.sleep(0)
            runner.cancel()
            await asyncio.gather(runner, return_exceptions=True)

    asyncio.run(scenario())
    assert sleeps[:5] == [20, 40, 40, 40, 10]  # doubled up to the cap, then back to normal
