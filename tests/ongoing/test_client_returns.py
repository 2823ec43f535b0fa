"""The client's return calls against the loopback simulator (real HTTP)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any, TypeVar

import pytest

from app.domain.order_status import PICKED
from app.ongoing.client import OngoingClient
from app.ongoing.errors import StatusError
from app.ongoing.models import CodeName, Consignee, PostOrder, PostOrderLine
from app.ongoing.return_models import (
    PostReturnOrder,
    PostReturnOrderLine,
    ReturnOrderLineRef,
    ReturnOrderRef,
)
from app.simulator import SimulatorThread
from tests.helpers.simulator import fast_client, stocked_in

T = TypeVar("T")


def run(simulator: SimulatorThread, call: Callable[[OngoingClient], Awaitable[T]]) -> T:
    async def main() -> T:
        async with fast_client(simulator) as ongoing:
            return await call(ongoing)

    return asyncio.run(main())


def picked(simulator: SimulatorThread, number: str, quantity: int = 3) -> Any:
    """An order put through the client, then picked by the warehouse; read back by number."""
    article = stocked_in(simulator, at_least=quantity).article_number
    body = PostOrder(
        goods_owner_id=simulator.goods_owner_id,
        order_number=number,
        delivery_date="2026-12-01T00:00:00",
        consignee=Consignee(name="Anna Svensson"),
        order_lines=[
            PostOrderLine(row_number="1", article_number=article, number_of_items=quantity)
        ],
    )
    made = run(simulator, lambda c: c.put_order(body))
    assert made.order_id is not None
    simulator.state.advance_order(made.order_id, PICKED)
    return run(simulator, lambda c: c.get_order_by_number(number))


def a_return(simulator: SimulatorThread, order: Any, number: str, quantity: int) -> PostReturnOrder:
    line = order.order_lines[0]
    return PostReturnOrder(
        goods_owner_id=simulator.goods_owner_id,
        return_order_number=number,
        customer_order=ReturnOrderRef(order_id=order.order_info.order_id),
        return_order_lines=[
            PostReturnOrderLine(
                return_order_row_number="1",
                customer_order_line=ReturnOrderLineRef(order_line_id=line.id),
                to_be_returned_number_of_items=Decimal(quantity),
                return_cause=CodeName(code="SIZE", name="Wrong size"),
            )
        ],
    )


def test_put_then_resend_keeps_one_return_order_and_reads_back_by_number(
    simulator: SimulatorThread,
) -> None:
    order = picked(simulator, "CR-1")
    first = run(simulator, lambda c: c.put_return_order(a_return(simulator, order, "CR-1-R1", 1)))
    again = run(simulator, lambda c: c.put_return_order(a_return(simulator, order, "CR-1-R1", 2)))
    assert first.return_order_id is not None
    assert again.return_order_id == first.return_order_id
    assert simulator.state.returns.count_with_number("CR-1-R1") == 1
    found = run(simulator, lambda c: c.get_return_order_by_number("CR-1-R1"))
    assert found is not None and found.return_order_info is not None
    assert found.return_order_info.return_order_id == first.return_order_id
    lines = [ln for ln in found.return_order_lines or [] if ln]
    assert [ln.to_be_returned_number_of_items for ln in lines] == [Decimal(2)]
    assert run(simulator, lambda c: c.get_return_order_by_number("CR-1-R9")) is None
    by_order = run(simulator, lambda c: c.get_return_orders(order_numbers=["CR-1"]))
    assert [r.return_order_info.return_order_number for r in by_order if r.return_order_info] == [
        "CR-1-R1"
    ]


def test_received_returns_show_on_the_order_line_and_the_return(
    simulator: SimulatorThread,
) -> None:
    order = picked(simulator, "CR-2")
    made = run(simulator, lambda c: c.put_return_order(a_return(simulator, order, "CR-2-R1", 2)))
    assert made.return_order_id is not None
    simulator.state.returns.receive(made.return_order_id)
    read = run(simulator, lambda c: c.get_return_order(made.return_order_id or 0))
    assert read.return_order_info is not None
    assert read.return_order_info.return_order_arrival_time is not None
    again = run(simulator, lambda c: c.get_order_by_number("CR-2"))
    assert again is not None and again.order_lines and again.order_lines[0]
    assert again.order_lines[0].returned_number_of_items == Decimal(2)


def test_a_refused_return_is_a_status_error_with_ongoings_words(
    simulator: SimulatorThread,
) -> None:
    order = picked(simulator, "CR-3", quantity=1)
    with pytest.raises(StatusError) as caught:
        run(simulator, lambda c: c.put_return_order(a_return(simulator, order, "CR-3-R1", 5)))
    assert "More items" in caught.value.ongoing_message
    assert simulator.state.returns.count_with_number("CR-3-R1") == 0


def test_causes_and_statuses(simulator: SimulatorThread) -> None:
    causes = run(simulator, lambda c: c.get_return_causes())
    assert {c.code for c in causes} >= {"SIZE", "OTHER"}
    assert next(c for c in causes if c.code == "OTHER").is_return_comment_mandatory
    statuses = run(simulator, lambda c: c.get_return_statuses())
    assert [s.number for s in statuses] == [100, 400, 1000]
