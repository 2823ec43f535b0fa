"""Placing orders through the outbox against the simulator: one order in Ongoing, always."""

from __future__ import annotations

import asyncio

import pytest

from app.config.settings import StoreSection
from app.domain.basket import BasketLine
from app.domain.order_body import PICKUP_PICKING_PRIORITY, FulfilmentKind
from app.domain.order_status import WORK_STARTED
from app.persistence.outbox import Outbox, OutboxState
from app.services.orders import NotEnoughStockError, OrderError, OrderPlan
from tests.helpers.orders import STORE, customer, plan_for, service
from tests.helpers.simulator import fast_client, stocked


def test_a_pickup_order_is_confirmed_with_its_id_and_reserves_stock(simulator, tmp_path):
    article, warehouse = stocked(simulator)
    before = simulator.state.stock(article.article_number, warehouse.id).sellable

    async def scenario():
        async with fast_client(simulator) as client:
            return await service(client, tmp_path).place(plan_for(article, warehouse, 2))

    entry = asyncio.run(scenario())
    assert entry.state is OutboxState.SENT and entry.ongoing_order_id is not None
    assert entry.order_number.startswith("TT3-")
    order = simulator.state.order(entry.ongoing_order_id)
    assert order is not None and order.order_number == entry.order_number
    assert order.body["pickingPriority"] == PICKUP_PICKING_PRIORITY
    assert order.body["wayOfDelivery"]["code"] == STORE.pickup_way_of_delivery
    assert STORE.pickup_way_of_delivery in {c for _, c, _ in simulator.state.ways_of_delivery()}
    after = simulator.state.stock(article.article_number, warehouse.id).sellable
    assert after == before - 2
    # customer data is not kept once Ongoing has the order
    stored = Outbox(tmp_path / "outbox.sqlite").get(entry.checkout_id)
    assert stored is not None and "consignee" not in stored.body


@pytest.mark.parametrize(
    ("fault", "count"),
    [("5xx", 2), ("429", 2), ("drop", 1), ("drop-after-commit", 1), ("drop-after-commit", 3)],
)
def test_faults_while_sending_still_give_exactly_one_order(simulator, tmp_path, fault, count):
    article, warehouse = stocked(simulator)
    simulator.faults.retry_after_s = 0
    simulator.faults.enqueue(fault, count=count, method="PUT", path_suffix="/orders")

    async def scenario():
        async with fast_client(simulator) as client:
            return await service(client, tmp_path).place(plan_for(article, warehouse))

    entry = asyncio.run(scenario())
    assert entry.state is OutboxState.SENT
    assert simulator.state.count_orders_with_number(entry.order_number) == 1


def test_a_timeout_after_ongoing_committed_is_resent_as_the_same_order(simulator, tmp_path):
    article, warehouse = stocked(simulator)
    simulator.faults.slow_commit_s = 1.5
    simulator.faults.enqueue("slow-commit", count=1, method="PUT", path_suffix="/orders")

    async def first_attempt():
        async with fast_client(simulator, read_timeout=0.5) as client:
            return await service(client, tmp_path).place(plan_for(article, warehouse))

    async def resend(checkout_id: str):
        async with fast_client(simulator) as client:  # e.g. the till restarted
            return await service(client, tmp_path).send(checkout_id)

    async def scenario():
        first = await first_attempt()
        if first.state is not OutboxState.SENT:
            # Ongoing writes one at a time per goods owner: the client's own retries
            # queued behind the slow commit and timed out too. The order waits; the
            # next send is an update of the order Ongoing already has.
            assert "Ongoing" in str(first.reason)
            assert simulator.state.count_orders_with_number(first.order_number) == 1
            return first, await resend(first.checkout_id)
        return first, first

    first, entry = asyncio.run(scenario())
    assert entry.state is OutboxState.SENT, entry.reason
    assert entry.order_number == first.order_number
    assert simulator.state.count_orders_with_number(entry.order_number) == 1


def test_when_ongoing_stays_down_the_order_waits_and_is_sent_later(simulator, tmp_path):
    article, warehouse = stocked(simulator)

    async def first_try():
        async with fast_client(simulator) as client:
            orders = service(client, tmp_path)
            known = await orders.warehouse(warehouse.code)  # learnt while Ongoing was up
            await orders.shortages(known, plan_for(article, warehouse).lines)
            simulator.faults.enqueue("5xx", count=100, method="PUT", path_suffix="/orders")
            return await orders.place(plan_for(article, warehouse))

    waiting = asyncio.run(first_try())
    assert waiting.state is OutboxState.WAITING
    assert "Ongoing has a problem" in str(waiting.reason)
    assert simulator.state.count_orders_with_number(waiting.order_number) == 0
    simulator.faults.clear()

    async def later():
        async with fast_client(simulator) as client:
            return await service(client, tmp_path).send_waiting()

    [sent] = asyncio.run(later())
    assert sent.order_number == waiting.order_number and sent.state is OutboxState.SENT
    assert simulator.state.count_orders_with_number(sent.order_number) == 1


def test_two_senders_at_once_give_one_order(simulator, tmp_path):
    article, warehouse = stocked(simulator)

    async def scenario():
        async with fast_client(simulator) as one, fast_client(simulator) as two:
            first = service(one, tmp_path, claimant="till-a")
            second = service(two, tmp_path, claimant="till-b")
            entry = await first.queue(
                plan_for(article, warehouse), await first.warehouse(warehouse.code)
            )
            return await asyncio.gather(
                first.send(entry.checkout_id),
                second.send(entry.checkout_id),
                first.send(entry.checkout_id),  # a double press
            )

    results = asyncio.run(scenario())
    number = results[0].order_number
    assert simulator.state.count_orders_with_number(number) == 1
    assert all(r.order_number == number for r in results)


def test_an_order_claimed_by_a_till_process_that_died_is_sent_at_once(simulator, tmp_path):
    article, warehouse = stocked(simulator)
    import socket

    dead = f"{socket.gethostname()}:999999999"

    async def scenario():
        async with fast_client(simulator) as client:
            crashed = service(client, tmp_path, claimant=dead)
            entry = await crashed.queue(
                plan_for(article, warehouse), await crashed.warehouse(warehouse.code)
            )
            assert crashed.outbox.claim(entry.checkout_id, dead) is not None  # then SIGKILL
            alive = service(client, tmp_path)
            return await alive.send(entry.checkout_id)

    entry = asyncio.run(scenario())
    assert entry.state is OutboxState.SENT


def test_not_enough_stock_is_refused_before_anything_is_stored(simulator, tmp_path):
    article, warehouse = stocked(simulator)
    sellable = simulator.state.stock(article.article_number, warehouse.id).sellable

    async def scenario(store: StoreSection):
        async with fast_client(simulator) as client:
            orders = service(client, tmp_path, store=store)
            return await orders.place(plan_for(article, warehouse, int(sellable) + 5))

    with pytest.raises(NotEnoughStockError) as caught:
        asyncio.run(scenario(STORE))
    assert caught.value.shortages[0].article_number == article.article_number
    assert warehouse.name in str(caught.value)
    assert Outbox(tmp_path / "outbox.sqlite").all() == []
    allowed = STORE.model_copy(update={"backorders_allowed": True})
    assert asyncio.run(scenario(allowed)).state is OutboxState.SENT


def test_an_unknown_warehouse_code_lists_the_known_ones(simulator, tmp_path):
    article, _ = stocked(simulator)

    async def scenario():
        async with fast_client(simulator) as client:
            line = BasketLine(article.article_number, article.name, 1, None, None)
            plan = OrderPlan((line,), FulfilmentKind.PICKUP, "NOPE", customer())
            return await service(client, tmp_path).place(plan)

    with pytest.raises(OrderError, match=r"NOPE.*known: "):
        asyncio.run(scenario())


def test_cancel_before_work_started_deletes_it_and_a_refused_cancel_says_why(simulator, tmp_path):
    article, warehouse = stocked(simulator, at_least=2)

    async def scenario():
        async with fast_client(simulator) as client:
            orders = service(client, tmp_path)
            first = await orders.place(plan_for(article, warehouse))
            cancelled = await orders.cancel(first.checkout_id)
            second = await orders.place(plan_for(article, warehouse))
            simulator.state.advance_order(second.ongoing_order_id, WORK_STARTED)
            with pytest.raises(OrderError, match="already started"):
                await orders.cancel(second.checkout_id)
            return first, cancelled

    first, cancelled = asyncio.run(scenario())
    assert cancelled.state is OutboxState.CANCELLED
    assert simulator.state.order(first.ongoing_order_id).status == 1000
