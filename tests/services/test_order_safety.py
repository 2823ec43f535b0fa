"""No order is overwritten or lost by the PC itself: taken numbers, full or read-only storage."""

from __future__ import annotations

import asyncio
import errno
import logging
import sqlite3
from datetime import UTC, datetime
from typing import Any

import pytest

from app.domain.order_number import OrderNumberFormat, stamp_at
from app.ongoing.models import PostOrder
from app.persistence.outbox import Outbox, OutboxState
from app.persistence.storage_errors import StorageProblem
from app.services.orders import OrderNotStoredError, OrderService
from tests.helpers.orders import STORE, plan_for
from tests.helpers.simulator import fast_client, stocked
from tests.helpers.storage import fail_writes, spoil_index_entry

NOW = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)
ORDERS_PATH = "/orders"


def other_pcs_order(simulator, number: str, article_number: str) -> dict[str, Any]:
    """Another till's customer order, already in Ongoing under `number`."""
    body = {
        "goodsOwnerId": simulator.goods_owner_id,
        "orderNumber": number,
        "deliveryDate": "2026-12-05T00:00:00",
        "consignee": {"name": "Other Customer"},
        "orderLines": [{"rowNumber": "1", "articleNumber": article_number, "numberOfItems": 1}],
    }

    async def put() -> None:
        async with fast_client(simulator) as client:
            await client.put_order(PostOrder.model_validate(body))

    asyncio.run(put())
    return body


def next_number(outbox: Outbox) -> str:
    """The number this outbox gives next with its clock standing still at NOW."""
    numbers = OrderNumberFormat.of(STORE.order_prefix, STORE.till_id)
    return numbers.number(outbox.installation_id(), stamp_at(NOW))


def consignee_of(simulator, number: str) -> str:
    [order] = [o for o in simulator.state.orders() if o.order_number == number]
    return str(order.body["consignee"]["name"])


def test_a_number_ongoing_already_holds_is_replaced_and_the_other_order_kept(
    simulator, tmp_path, caplog
):
    article, warehouse = stocked(simulator)
    outbox = Outbox(tmp_path / "outbox.sqlite", clock=lambda: NOW)
    taken = next_number(outbox)
    other_pcs_order(simulator, taken, article.article_number)

    async def scenario():
        async with fast_client(simulator) as client:
            orders = OrderService(client, outbox, STORE, clock=lambda: NOW)
            return await orders.place(plan_for(article, warehouse))

    with caplog.at_level(logging.INFO):
        entry = asyncio.run(scenario())
    assert entry.state is OutboxState.SENT
    assert entry.order_number != taken
    assert consignee_of(simulator, taken) == "Other Customer"  # never replaced
    assert simulator.state.count_orders_with_number(entry.order_number) == 1
    assert f"event=order_number_taken order_number={taken}" in caplog.text


def test_a_stored_never_checked_order_gets_a_new_number_before_its_first_send(
    simulator, tmp_path, caplog
):
    """Orders stored without asking Ongoing (an older outbox, or queued) are asked on sending."""
    article, warehouse = stocked(simulator)
    outbox = Outbox(tmp_path / "outbox.sqlite", clock=lambda: NOW)
    taken = next_number(outbox)
    other_pcs_order(simulator, taken, article.article_number)

    async def scenario():
        async with fast_client(simulator) as client:
            orders = OrderService(client, outbox, STORE, clock=lambda: NOW)
            plan = plan_for(article, warehouse)
            stored = await orders.queue(plan, await orders.warehouse(warehouse.code))
            assert stored.order_number == taken and not stored.number_checked
            return await orders.send(stored.checkout_id)

    with caplog.at_level(logging.INFO):
        entry = asyncio.run(scenario())
    assert entry.state is OutboxState.SENT and entry.order_number != taken
    assert entry.body["orderNumber"] == entry.order_number
    assert consignee_of(simulator, taken) == "Other Customer"
    assert "event=order_number_taken" in caplog.text


def test_a_number_this_outbox_sent_is_resent_as_an_upsert_without_asking(simulator, tmp_path):
    article, warehouse = stocked(simulator)
    simulator.faults.enqueue("5xx", count=100, method="PUT", path_suffix=ORDERS_PATH)

    async def first_try():
        async with fast_client(simulator) as client:
            return await OrderService(client, Outbox(tmp_path / "o.sqlite"), STORE).place(
                plan_for(article, warehouse)
            )

    waiting = asyncio.run(first_try())
    assert waiting.state is OutboxState.WAITING and waiting.number_checked
    simulator.faults.clear()
    simulator.requests.clear()

    async def resend():
        async with fast_client(simulator) as client:
            return await OrderService(client, Outbox(tmp_path / "o.sqlite"), STORE).send(
                waiting.checkout_id
            )

    sent = asyncio.run(resend())
    assert (sent.state, sent.order_number) == (OutboxState.SENT, waiting.order_number)
    asked = [r for r in simulator.requests if r.method == "GET" and r.path.endswith(ORDERS_PATH)]
    assert asked == []


def test_the_number_question_goes_out_with_the_stock_check_not_after_it(simulator, tmp_path):
    """Both requests are in flight at once, so the order still costs two round trips."""
    article, warehouse = stocked(simulator)
    started = {"stock": asyncio.Event(), "number": asyncio.Event()}

    async def scenario():
        async with fast_client(simulator) as client:
            stock_request, number_request = (
                client.get_inventory_per_warehouse,
                client.get_order_by_number,
            )

            async def stock(*args: Any, **kwargs: Any) -> Any:
                started["stock"].set()
                await asyncio.wait_for(started["number"].wait(), timeout=10)
                return await stock_request(*args, **kwargs)

            async def number(*args: Any, **kwargs: Any) -> Any:
                started["number"].set()
                await asyncio.wait_for(started["stock"].wait(), timeout=10)
                return await number_request(*args, **kwargs)

            client.get_inventory_per_warehouse = stock  # type: ignore[method-assign]
            client.get_order_by_number = number  # type: ignore[method-assign]
            orders = OrderService(client, Outbox(tmp_path / "o.sqlite"), STORE)
            return await orders.place(plan_for(article, warehouse))

    assert asyncio.run(scenario()).state is OutboxState.SENT  # one after the other: timeout


def sqlite_error(code: int, message: str) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code
    return error


@pytest.mark.parametrize(
    ("error", "problem", "words"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), StorageProblem.FULL, "disk is full"),
        (sqlite_error(13, "database or disk is full"), StorageProblem.FULL, "disk is full"),
        (OSError(errno.EROFS, "Read-only file system"), StorageProblem.READ_ONLY, "written to"),
        (sqlite_error(8, "attempt to write a readonly database"), StorageProblem.READ_ONLY, "IT:"),
        (sqlite_error(5, "database is locked"), StorageProblem.LOCKED, "in a moment"),
    ],
)
def test_an_order_that_cannot_be_stored_is_never_sent(simulator, tmp_path, error, problem, words):
    article, warehouse = stocked(simulator)
    outbox = Outbox(tmp_path / "outbox.sqlite")
    fail_writes(outbox, error)
    orders_before = len(simulator.state.orders())

    async def scenario():
        async with fast_client(simulator) as client:
            return await OrderService(client, outbox, STORE).place(plan_for(article, warehouse))

    with pytest.raises(OrderNotStoredError) as caught:
        asyncio.run(scenario())
    assert caught.value.storage.problem is problem
    assert words in str(caught.value) and "not sent" in str(caught.value)
    assert len(simulator.state.orders()) == orders_before
    assert not [r for r in simulator.requests if r.method == "PUT"]


def test_orders_recovered_from_a_damaged_outbox_are_sent_as_usual(simulator, tmp_path):
    article, warehouse = stocked(simulator)
    path = tmp_path / "outbox.sqlite"
    simulator.faults.enqueue("5xx", count=1000, method="PUT", path_suffix=ORDERS_PATH)

    async def place_while_ongoing_fails(count: int) -> list[str]:
        async with fast_client(simulator) as client:
            with Outbox(path) as outbox:  # closed: its writes are in the file itself
                orders = OrderService(client, outbox, STORE)
                return [
                    (await orders.place(plan_for(article, warehouse))).order_number
                    for _ in range(count)
                ]

    numbers = asyncio.run(place_while_ongoing_fails(3))
    simulator.faults.clear()
    spoil_index_entry(path, numbers[1])  # the integrity check fails; every row still reads

    async def restart_and_send():
        async with fast_client(simulator) as client:
            outbox = Outbox(path)
            return outbox.damage, await OrderService(client, outbox, STORE).send_waiting()

    damage, sent = asyncio.run(restart_and_send())
    assert damage is not None and damage.unsent == 3
    assert sorted(e.order_number for e in sent) == sorted(numbers)
    assert all(e.state is OutboxState.SENT for e in sent)
    assert all(simulator.state.count_orders_with_number(n) == 1 for n in numbers)


def test_free_space_again_and_the_same_order_goes(simulator, tmp_path):
    """Nothing is half-stored after a refusal: the next attempt is a normal order."""
    article, warehouse = stocked(simulator)
    outbox = Outbox(tmp_path / "outbox.sqlite")
    heal = fail_writes(outbox, OSError(errno.ENOSPC, "full"))

    async def scenario():
        async with fast_client(simulator) as client:
            orders = OrderService(client, outbox, STORE)
            with pytest.raises(OrderNotStoredError):
                await orders.place(plan_for(article, warehouse))
            heal()
            return await orders.place(plan_for(article, warehouse))

    entry = asyncio.run(scenario())
    assert entry.state is OutboxState.SENT
    assert [e.order_number for e in outbox.all()] == [entry.order_number]
