"""Returns and cancels from the till: decided below the UI, stored before sending, never twice.

Real loopback HTTP to the simulator; the outbox is a real SQLite file in tmp_path.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import pytest

from app.domain.order_status import PICKED, RELEASED
from app.domain.returns import ReturnError, ReturnRefusal
from app.ongoing.models import Consignee, PostOrder, PostOrderLine
from app.persistence.outbox import Outbox, OutboxState
from app.services.orders import OrderService
from app.services.returns import RETURN_KIND, ReturnService
from app.simulator import SimulatorThread
from app.simulator.returns import SimReturnCause
from tests.helpers.orders import STORE
from tests.helpers.simulator import fast_client, stocked_in

T = TypeVar("T")


def with_returns(
    simulator: SimulatorThread, outbox: Outbox, work: Callable[[ReturnService], Awaitable[T]]
) -> T:
    async def main() -> T:
        async with fast_client(simulator) as client:
            return await work(ReturnService(client, outbox, STORE))

    return asyncio.run(main())


def sold(simulator: SimulatorThread, number: str, quantity: int = 3, status: int = PICKED) -> str:
    """An order of the till in Ongoing, moved on to `status`; its article number."""
    article = stocked_in(simulator, at_least=quantity).article_number
    body = PostOrder(
        goods_owner_id=simulator.goods_owner_id,
        order_number=number,
        delivery_date="2026-12-04T00:00:00",
        consignee=Consignee(name="Anna Svensson"),
        warehouse_id=1,
        order_lines=[
            PostOrderLine(row_number="1", article_number=article, number_of_items=quantity)
        ],
    )

    async def put() -> int:
        async with fast_client(simulator) as client:
            made = await client.put_order(body)
            assert made.order_id is not None
            return made.order_id

    order_id = asyncio.run(put())
    if status != 200:
        simulator.state.advance_order(order_id, status)
    return article


def refusal(simulator: SimulatorThread, outbox: Outbox, **asked: object) -> ReturnError:
    args = {"wanted": {}, "cause_code": "SIZE", "comment": "", **asked}
    with pytest.raises(ReturnError) as caught:
        with_returns(simulator, outbox, lambda r: r.plan(**args))  # type: ignore[arg-type]
    return caught.value


@pytest.fixture
def outbox(tmp_path: Path) -> Outbox:
    return Outbox(tmp_path / "outbox.sqlite")


def test_a_picked_order_is_returned_once_stored_first_and_confirmed_with_ongoings_id(
    simulator: SimulatorThread, outbox: Outbox
) -> None:
    article = sold(simulator, "S-1")

    async def work(returns: ReturnService) -> tuple[object, object]:
        plan = await returns.plan("S-1", {article: Decimal(2)}, "size")
        stored = await returns.take(plan)
        assert simulator.state.returns.count_with_number(stored.order_number) == 0
        return stored, await returns.send(stored.checkout_id)

    stored, sent = with_returns(simulator, outbox, work)
    assert stored.state is OutboxState.WAITING and stored.kind == RETURN_KIND  # type: ignore[attr-defined]
    assert sent.state is OutboxState.SENT  # type: ignore[attr-defined]
    [ret] = simulator.state.returns.all()
    assert sent.ongoing_order_id == ret.return_order_id  # type: ignore[attr-defined]
    assert ret.number == stored.order_number  # type: ignore[attr-defined]
    assert [(ln.article_number, ln.quantity) for ln in ret.lines] == [(article, Decimal(2))]


def test_an_answer_lost_after_ongoing_stored_the_return_is_confirmed_not_sent_twice(
    simulator: SimulatorThread, outbox: Outbox
) -> None:
    article = sold(simulator, "S-2")
    simulator.faults.enqueue("drop-after-commit", method="PUT", path_suffix="/returnOrders")

    async def first(returns: ReturnService) -> object:
        stored = await returns.take(await returns.plan("S-2", {article: Decimal(1)}, "SIZE"))
        return await returns.send(stored.checkout_id)

    waiting = with_returns(simulator, outbox, first)
    assert waiting.state is not OutboxState.SENT  # type: ignore[attr-defined]

    async def resend_through_the_order_outbox() -> list[object]:
        async with fast_client(simulator) as client:
            return list(await OrderService(client, outbox, STORE).send_waiting())

    [again] = asyncio.run(resend_through_the_order_outbox())
    assert again.state is OutboxState.SENT  # type: ignore[attr-defined]
    number = waiting.order_number  # type: ignore[attr-defined]
    assert simulator.state.returns.count_with_number(number) == 1
    [ret] = simulator.state.returns.all()
    assert ret.updates == 0  # found by number, never put again
    assert again.ongoing_order_id == ret.return_order_id  # type: ignore[attr-defined]


def test_unreachable_ongoing_leaves_the_return_waiting_in_the_outbox(
    simulator: SimulatorThread, outbox: Outbox
) -> None:
    article = sold(simulator, "S-3")

    async def work(returns: ReturnService) -> object:
        stored = await returns.take(await returns.plan("S-3", {article: Decimal(1)}, "SIZE"))
        simulator.faults.enqueue("drop", count=50, method="GET", path_suffix="/returnOrders")
        return await returns.send(stored.checkout_id)

    waiting = with_returns(simulator, outbox, work)
    assert waiting.state is OutboxState.WAITING  # type: ignore[attr-defined]
    assert [e.kind for e in outbox.unsent()] == [RETURN_KIND]
    assert simulator.state.returns.all() == []


def test_quantities_are_capped_by_what_was_picked_and_already_on_returns(
    simulator: SimulatorThread, outbox: Outbox
) -> None:
    article = sold(simulator, "S-4", quantity=3)

    async def first(returns: ReturnService) -> None:
        await returns.take(await returns.plan("S-4", {article: Decimal(2)}, "SIZE"))

    with_returns(simulator, outbox, first)  # stored, not sent: still counts
    error = refusal(simulator, outbox, order_number="S-4", wanted={article: Decimal(2)})
    assert error.refusal is ReturnRefusal.BAD_INPUT
    assert "At most 1" in str(error)


@pytest.mark.parametrize(
    ("asked", "words"),
    [
        ({"order_number": "NOPE-1"}, "no order NOPE-1"),
        ({"wanted": {"NOT-ON-ORDER": Decimal(1)}}, "is not on order"),
        ({"cause_code": "BOGUS"}, "not one of Ongoing's return causes"),
        ({"cause_code": "OTHER"}, "needs a comment"),
        ({"to_warehouse": "NOWHERE"}, "no warehouse NOWHERE"),
    ],
)
def test_bad_input_gets_a_sentence_and_nothing_is_stored_or_sent(
    simulator: SimulatorThread, outbox: Outbox, asked: dict[str, object], words: str
) -> None:
    article = sold(simulator, "S-5")
    asked = {"order_number": "S-5", "wanted": {article: Decimal(1)}, **asked}
    error = refusal(simulator, outbox, **asked)
    assert error.refusal is ReturnRefusal.BAD_INPUT
    assert words in str(error)
    assert outbox.all() == [] and simulator.state.returns.all() == []


def test_a_comment_makes_a_cause_that_requires_one_acceptable(
    simulator: SimulatorThread, outbox: Outbox
) -> None:
    article = sold(simulator, "S-6")
    simulator.state.returns.put_cause(SimReturnCause(0, "BROKE", "Broken", comment_mandatory=True))

    async def work(returns: ReturnService) -> object:
        plan = await returns.plan("S-6", {article: Decimal(1)}, "BROKE", "Zip broken")
        return await returns.send((await returns.take(plan)).checkout_id)

    assert with_returns(simulator, outbox, work).state is OutboxState.SENT  # type: ignore[attr-defined]
    [ret] = simulator.state.returns.all()
    assert ret.lines[0].comment == "Zip broken"


def test_an_order_not_started_is_cancelled_not_returned(
    simulator: SimulatorThread, outbox: Outbox
) -> None:
    article = sold(simulator, "S-7", status=200)
    error = refusal(simulator, outbox, order_number="S-7", wanted={article: Decimal(1)})
    assert error.refusal is ReturnRefusal.NOT_RETURNABLE
    assert "cancel it instead" in str(error)
    done = with_returns(simulator, outbox, lambda r: r.cancel("S-7"))
    order = simulator.state.order(done.order_id)
    assert order is not None and order.status == 1000


def test_an_order_in_the_warehouses_hands_can_neither_be_cancelled_nor_returned(
    simulator: SimulatorThread, outbox: Outbox
) -> None:
    article = sold(simulator, "S-8", status=RELEASED)
    error = refusal(simulator, outbox, order_number="S-8", wanted={article: Decimal(1)})
    assert error.refusal is ReturnRefusal.NOT_RETURNABLE and "until it has been picked" in str(
        error
    )
    with pytest.raises(ReturnError) as caught:
        with_returns(simulator, outbox, lambda r: r.cancel("S-8"))
    assert caught.value.refusal is ReturnRefusal.NOT_RETURNABLE


def test_goods_go_to_the_stores_own_warehouse_when_ongoing_has_it(
    simulator: SimulatorThread, outbox: Outbox
) -> None:
    article = sold(simulator, "S-9")
    own = next(w for w in simulator.state.warehouses() if w.id != 1)

    async def work(returns: ReturnService) -> tuple[int, str]:
        returns.store = STORE.model_copy(update={"store_warehouse": own.code})
        plan = await returns.plan("S-9", {article: Decimal(1)}, "SIZE")
        return plan.warehouse_id, plan.warehouse_code

    assert with_returns(simulator, outbox, work) == (own.id, own.code)


def test_the_till_follows_a_return_until_the_warehouse_has_received_it(
    simulator: SimulatorThread, outbox: Outbox
) -> None:
    article = sold(simulator, "S-10")

    async def send(returns: ReturnService) -> int | None:
        plan = await returns.plan("S-10", {article: Decimal(1)}, "SIZE")
        return (await returns.send((await returns.take(plan)).checkout_id)).ongoing_order_id

    return_id = with_returns(simulator, outbox, send)
    assert return_id is not None
    assert with_returns(simulator, outbox, lambda r: r.status(return_id)) == (100, False)
    simulator.state.returns.receive(return_id)
    assert with_returns(simulator, outbox, lambda r: r.status(return_id)) == (400, True)


def test_withdrawing_a_return_whose_answer_was_lost_cancels_it_in_ongoing_too(
    simulator: SimulatorThread, outbox: Outbox
) -> None:
    article = sold(simulator, "S-11")
    simulator.faults.enqueue("drop-after-commit", method="PUT", path_suffix="/returnOrders")

    async def work(returns: ReturnService) -> object:
        plan = await returns.plan("S-11", {article: Decimal(1)}, "SIZE")
        waiting = await returns.send((await returns.take(plan)).checkout_id)
        assert waiting.state is OutboxState.WAITING
        return await OrderService(returns.client, outbox, STORE).cancel(waiting.checkout_id)

    withdrawn = with_returns(simulator, outbox, work)
    assert withdrawn.state is OutboxState.CANCELLED  # type: ignore[attr-defined]
    [ret] = simulator.state.returns.all()
    assert ret.status == 1000


def test_a_received_return_cannot_be_withdrawn(simulator: SimulatorThread, outbox: Outbox) -> None:
    article = sold(simulator, "S-12")

    async def send(returns: ReturnService) -> object:
        plan = await returns.plan("S-12", {article: Decimal(1)}, "SIZE")
        return await returns.send((await returns.take(plan)).checkout_id)

    sent = with_returns(simulator, outbox, send)
    simulator.state.returns.receive(sent.ongoing_order_id)  # type: ignore[attr-defined]
    with pytest.raises(ReturnError) as caught:
        with_returns(simulator, outbox, lambda r: r.withdraw(sent))  # type: ignore[arg-type]
    assert "cannot be withdrawn" in str(caught.value)
