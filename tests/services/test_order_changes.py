"""Lowering an order's quantities before the warehouse starts: the same order, fewer items.

Real loopback HTTP to the simulator; the outbox is a real SQLite file in tmp_path.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import pytest

from app.domain.order_status import RELEASED
from app.domain.returns import ReturnError, ReturnRefusal
from app.persistence.outbox import NewOrder, Outbox, OutboxState
from app.services.order_changes import OrderChanges
from app.services.orders import OrderService
from app.services.return_desk import Found, ReturnDesk
from app.services.returns import ReturnService
from app.services.slips import reprint_slip
from app.simulator import SimulatorThread
from tests.helpers.openapi_contract import validate_request_body
from tests.helpers.orders import STORE
from tests.helpers.sales import articles_in_stock, sold_order
from tests.helpers.simulator import fast_client
from tests.helpers.waiting import run

T = TypeVar("T")


@pytest.fixture
def outbox(tmp_path: Path) -> Outbox:
    return Outbox(tmp_path / "outbox.sqlite")


async def _desk(
    simulator: SimulatorThread, outbox: Outbox, work: Callable[[ReturnDesk], Awaitable[T]]
) -> T:
    async with fast_client(simulator) as client:
        desk = ReturnDesk(
            ReturnService(client, outbox, STORE),
            OrderChanges(client, outbox),
            OrderService(client, outbox, STORE),
        )
        return await work(desk)


def with_desk(
    simulator: SimulatorThread, outbox: Outbox, work: Callable[[ReturnDesk], Awaitable[T]]
) -> T:
    return run(_desk(simulator, outbox, work))


def test_a_lowered_line_is_the_same_order_in_ongoing_with_fewer_items_and_nothing_else_lost(
    simulator: SimulatorThread, outbox: Outbox
) -> None:
    first, second = sold_order(simulator, "L-1", [3, 2])
    [before] = simulator.state.orders()
    ids = [before.order_id * 100 + 1, before.order_id * 100 + 2]

    async def work(desk: ReturnDesk) -> object:
        found = await desk.look_up("L-1")
        assert [line.line_id for line in found.order.lines] == ids
        return await desk.lower(found, {ids[0]: Decimal(1)})

    said = with_desk(simulator, outbox, work)
    assert "changed in Ongoing" in str(said)
    [after] = simulator.state.orders()  # no second order
    assert after.order_id == before.order_id and after.order_number == "L-1"
    assert [(ln.row_number, ln.article_number, ln.quantity) for ln in after.lines] == [
        ("1", first, Decimal(1)),
        ("2", second, Decimal(2)),
    ]
    assert after.lines[0].customer_line_price == Decimal(10)  # 30 for 3, now 10 for 1
    assert after.body["orderRemark"] == "Gift wrap"
    assert after.body["consignee"]["address1"] == "Storgatan 1"
    [put] = [r for r in simulator.requests if r.method == "PUT" and r.path.endswith("/orders")][1:]
    validate_request_body("PUT", "/api/v1/orders", json.loads(put.body))


def test_this_pcs_copy_of_a_sent_order_reprints_the_lowered_quantities(
    simulator: SimulatorThread, outbox: Outbox
) -> None:
    """The order went to Ongoing from this PC; lowered there, its reprint must not promise
    the customer the old quantity, and a line lowered to 0 is left off the slip."""
    first, second = sold_order(simulator, "L-9", [3, 2])
    [order] = simulator.state.orders()
    slip = {
        "lines": [
            {"article_number": first, "name": "Kaffe", "quantity": "3"},
            {"article_number": second, "name": "Te", "quantity": "2"},
        ]
    }
    outbox.add_all([NewOrder("s9", "L-9", "pickup", {"orderNumber": "L-9"}, slip=slip)])
    outbox.mark_sent("s9", order.order_id)
    ids = [order.order_id * 100 + 1, order.order_id * 100 + 2]

    async def work(desk: ReturnDesk) -> object:
        found = await desk.look_up("L-9")
        return await desk.lower(found, {ids[0]: Decimal(1), ids[1]: Decimal(0)})

    with_desk(simulator, outbox, work)
    stored = outbox.get("s9")
    assert stored is not None
    items = reprint_slip([stored]).parts[0].items
    assert [(item.article_number, item.quantity) for item in items] == [(first, 1)]


def test_lowering_is_refused_once_the_warehouse_has_started_and_nothing_changes(
    simulator: SimulatorThread, outbox: Outbox
) -> None:
    sold_order(simulator, "L-2", [3])

    async def work(desk: ReturnDesk) -> None:
        found = await desk.look_up("L-2")
        [order] = simulator.state.orders()
        simulator.state.advance_order(order.order_id, RELEASED)  # started after the look-up
        await desk.lower(found, {found.order.lines[0].line_id: Decimal(1)})

    with pytest.raises(ReturnError) as refused:
        with_desk(simulator, outbox, work)
    assert refused.value.refusal is ReturnRefusal.NOT_RETURNABLE
    assert "has just started" in str(refused.value)
    [order] = simulator.state.orders()
    assert order.lines[0].quantity == 3


@pytest.mark.parametrize(
    ("new", "words"),
    [
        (Decimal(4), "from 0 to 3"),
        (Decimal(-1), "from 0 to 3"),
        (Decimal("1.5"), "whole number"),
        (Decimal(3), "Lower at least one"),
        (Decimal(0), "cancel the whole order instead"),
    ],
)
def test_a_quantity_never_goes_up_below_zero_or_nowhere_and_all_zero_is_a_cancel(
    simulator: SimulatorThread, outbox: Outbox, new: Decimal, words: str
) -> None:
    sold_order(simulator, "L-3", [3])

    async def work(desk: ReturnDesk) -> None:
        found = await desk.look_up("L-3")
        await desk.lower(found, {found.order.lines[0].line_id: new})

    with pytest.raises(ReturnError, match=words) as refused:
        with_desk(simulator, outbox, work)
    assert refused.value.refusal is ReturnRefusal.BAD_INPUT
    [order] = simulator.state.orders()
    assert order.lines[0].quantity == 3
    assert sum(1 for r in simulator.requests if r.method == "PUT") == 1  # the sale only


def test_an_order_still_waiting_in_the_outbox_is_lowered_there_and_sent_lowered(
    simulator: SimulatorThread, outbox: Outbox
) -> None:
    [article] = articles_in_stock(simulator, 1)
    body = {
        "goodsOwnerId": simulator.goods_owner_id,
        "orderNumber": "TT3-W1",
        "deliveryDate": "2026-12-04T00:00:00",
        "warehouseId": 1,
        "consignee": {"name": "Anna"},
        "orderLines": [
            {
                "rowNumber": "1",
                "articleNumber": article,
                "numberOfItems": 4,
                "prices": {"customerLinePrice": 40, "currencyCode": "SEK"},
            },
        ],
    }
    slip = {"lines": [{"article_number": article, "name": "Kaffe", "quantity": "4"}]}
    outbox.add_all([NewOrder("w1", "TT3-W1", "pickup", body, number_checked=True, slip=slip)])

    async def work(desk: ReturnDesk) -> Found:
        found = await desk.look_up("TT3-W1")
        assert found.stored_only
        await desk.lower(found, {1: Decimal(1)})
        return found

    with_desk(simulator, outbox, work)
    assert simulator.state.orders() == []  # nothing sent by the change itself
    stored = outbox.get("w1")
    assert stored is not None and stored.state is OutboxState.WAITING
    assert stored.body["orderLines"][0]["numberOfItems"] == 1
    assert stored.body["orderLines"][0]["prices"]["customerLinePrice"] == 10
    assert reprint_slip([stored]).parts[0].items[0].quantity == 1  # the slip says so too

    async def send(desk: ReturnDesk) -> None:
        await desk.orders.send_waiting()

    with_desk(simulator, outbox, send)
    [order] = simulator.state.orders()
    assert order.order_number == "TT3-W1" and order.lines[0].quantity == 1


def test_a_row_being_sent_by_the_till_is_not_changed_under_the_sender(
    simulator: SimulatorThread, outbox: Outbox
) -> None:
    [article] = articles_in_stock(simulator, 1)
    body = {
        "orderNumber": "TT3-W2",
        "orderLines": [{"rowNumber": "1", "articleNumber": article, "numberOfItems": 2}],
    }
    outbox.add_all([NewOrder("w2", "TT3-W2", "pickup", body)])
    assert outbox.claim("w2", "till-sender") is not None  # the sender took it: a PUT under way

    async def work(desk: ReturnDesk) -> None:
        found = await desk.look_up("TT3-W2")
        await desk.lower(found, {1: Decimal(1)})

    with pytest.raises(ReturnError, match="being sent"):
        with_desk(simulator, outbox, work)
    stored = outbox.get("w2")
    assert stored is not None and stored.body["orderLines"][0]["numberOfItems"] == 2


def test_cancel_of_a_not_started_order_cancels_it_in_ongoing(
    simulator: SimulatorThread, outbox: Outbox
) -> None:
    sold_order(simulator, "L-4", [2])

    async def work(desk: ReturnDesk) -> object:
        return await desk.cancel(await desk.look_up("L-4"))

    assert "cancelled" in str(with_desk(simulator, outbox, work))
    [order] = simulator.state.orders()
    assert order.status == 1000
