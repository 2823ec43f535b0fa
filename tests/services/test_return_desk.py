"""The return desk the window asks (Ctrl+R): its choices, a return sent or stored, the refund.

Real loopback HTTP to the simulator; the outbox is a real SQLite file in tmp_path.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import pytest

from app.config.settings import StoreSection
from app.domain.order_status import PICKED
from app.domain.returns import ReturnError
from app.persistence.outbox import Outbox, OutboxState
from app.services.order_changes import OrderChanges
from app.services.orders import OrderService
from app.services.return_desk import ReturnDesk, ReturnOutcome
from app.services.returns import ReturnService
from app.simulator import SimulatorThread
from tests.helpers.orders import STORE
from tests.helpers.sales import sold_order
from tests.helpers.simulator import fast_client, started_again
from tests.helpers.waiting import run

T = TypeVar("T")


@pytest.fixture
def outbox(tmp_path: Path) -> Outbox:
    return Outbox(tmp_path / "outbox.sqlite")


async def _desk(
    simulator: SimulatorThread,
    outbox: Outbox,
    work: Callable[[ReturnDesk], Awaitable[T]],
    store: StoreSection = STORE,
) -> T:
    async with fast_client(simulator, read_timeout=2.0) as client:
        desk = ReturnDesk(
            ReturnService(client, outbox, store),
            OrderChanges(client, outbox),
            OrderService(client, outbox, store),
        )
        return await work(desk)


def with_desk(
    simulator: SimulatorThread,
    outbox: Outbox,
    work: Callable[[ReturnDesk], Awaitable[T]],
    store: StoreSection = STORE,
) -> T:
    return run(_desk(simulator, outbox, work, store))


def test_the_goods_go_to_the_stores_own_warehouse_when_ongoing_has_it_else_the_orders(
    simulator: SimulatorThread, outbox: Outbox
) -> None:
    sold_order(simulator, "D-1", [2], PICKED)
    own = simulator.state.warehouses()[-1]
    store = StoreSection(name="S", till_id="3", order_prefix="TT", store_warehouse=own.code)

    async def work(desk: ReturnDesk) -> tuple[str, str]:
        found = await desk.look_up("D-1")
        choices = await desk.choices(found.order)
        assert {d.code for d in choices.destinations} == {
            w.code for w in simulator.state.warehouses()
        }
        assert any(c.comment_required for c in choices.causes)
        return choices.default_code, found.order.warehouse_code

    assert with_desk(simulator, outbox, work, store)[0] == own.code
    default, orders = with_desk(simulator, outbox, work)
    assert default == orders


def test_a_return_is_confirmed_with_ongoings_id_and_says_when_to_refund(
    simulator: SimulatorThread, outbox: Outbox
) -> None:
    first, _ = sold_order(simulator, "D-2", [2, 1], PICKED)

    async def work(desk: ReturnDesk) -> ReturnOutcome:
        found = await desk.look_up("D-2")
        choices = await desk.choices(found.order)
        return await desk.send_return(
            found, {first: Decimal(1)}, "SIZE", "", choices, choices.default_code
        )

    outcome = with_desk(simulator, outbox, work)
    [ret] = simulator.state.returns.all()
    assert outcome.confirmed and outcome.return_order_id == ret.return_order_id
    assert outcome.return_number == ret.number and outcome.return_number.startswith("R")
    assert "received the goods" in str(outcome.refund)


def test_ongoing_down_at_send_stores_the_return_as_shown_and_it_goes_later_exactly_once(
    simulator: SimulatorThread, outbox: Outbox
) -> None:
    first, _ = sold_order(simulator, "D-3", [2, 1], PICKED)

    async def work(desk: ReturnDesk) -> ReturnOutcome:
        found = await desk.look_up("D-3")
        choices = await desk.choices(found.order)
        simulator.stop()  # Ongoing goes away while the cashier fills in the form
        return await desk.send_return(
            found, {first: Decimal(2)}, "DAMAGED", "Torn", choices, choices.default_code
        )

    outcome = with_desk(simulator, outbox, work)
    assert not outcome.confirmed and outcome.return_order_id is None
    [waiting] = outbox.unsent()
    assert waiting.order_number == outcome.return_number and waiting.state is OutboxState.WAITING
    with started_again(simulator) as back:

        async def resend(desk: ReturnDesk) -> None:
            await desk.orders.send_waiting()
            await desk.orders.send_waiting()  # a second round finds nothing to send

        with_desk(back, outbox, resend)
        assert back.state.returns.count_with_number(outcome.return_number) == 1
        assert outbox.unsent() == []


def test_a_second_return_cannot_take_more_than_is_left(
    simulator: SimulatorThread, outbox: Outbox
) -> None:
    [article] = sold_order(simulator, "D-4", [2], PICKED)

    async def work(desk: ReturnDesk) -> None:
        for _ in range(2):
            found = await desk.look_up("D-4")
            choices = await desk.choices(found.order)
            await desk.send_return(
                found, {article: Decimal(2)}, "SIZE", "", choices, choices.default_code
            )

    with pytest.raises(ReturnError, match="Everything on order D-4 is already returned"):
        with_desk(simulator, outbox, work)
    assert len(simulator.state.returns.all()) == 1
