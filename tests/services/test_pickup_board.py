"""The pickup board's data against the simulator: incremental, filtered, one call per poll."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app.domain.basket import BasketLine
from app.domain.order_body import FulfilmentKind
from app.domain.order_status import COLLECTED, PICKED
from app.ongoing.models import PostOrder
from app.services.orders import OrderPlan
from app.services.pickup_board import BoardState, PickupBoard, first_name
from tests.helpers.orders import STORE, customer, pickup, service
from tests.helpers.simulator import fast_client, stocked


def test_a_pickup_order_appears_moves_on_and_leaves_when_collected(simulator, tmp_path: Path):
    article, warehouse = stocked(simulator, at_least=4)
    other = next(w for w in simulator.state.warehouses() if w.id != warehouse.id)

    async def scenario() -> list[BoardState]:
        async with fast_client(simulator) as client:
            orders = service(client, tmp_path)
            board = PickupBoard(client, warehouse.code, STORE.pickup_way_of_delivery)
            states = [await board.refresh()]  # empty board
            mine = await orders.place(pickup(article, warehouse, "Ann Berg"))
            delivery = OrderPlan(
                (BasketLine(article.article_number, article.name, 1, None, None),),
                FulfilmentKind.DELIVERY,
                warehouse.code,
                customer(),
            )
            await orders.place(delivery)  # not a pickup: not on the board
            simulator.state.set_stock(article.article_number, other.id, 10)
            await orders.place(pickup(article, other, "Bo Ek"))  # another warehouse
            states.append(await board.refresh())
            simulator.state.advance_order(mine.ongoing_order_id, PICKED)
            states.append(await board.refresh())
            simulator.state.advance_order(mine.ongoing_order_id, COLLECTED)
            states.append(await board.refresh())
            assert board.requests == 4  # one call per poll
            return states

    empty, placed, picked, collected = asyncio.run(scenario())
    assert empty.orders == []
    [order] = placed.orders
    assert order.first_name == "Ann"  # never the full name on a shared screen
    assert [(i.article_number, i.quantity) for i in order.items] == [
        (article.article_number, Decimal(2))
    ]
    assert not order.picked
    [ready] = picked.orders
    assert ready.picked and ready.arrived_at == order.arrived_at
    assert collected.orders == []


def test_the_first_poll_finds_orders_placed_before_the_board_started(simulator, tmp_path: Path):
    article, warehouse = stocked(simulator, at_least=4)

    async def scenario() -> BoardState:
        async with fast_client(simulator) as client:
            orders = service(client, tmp_path)
            await orders.place(pickup(article, warehouse, "Cy Lund"))
            await orders.place(pickup(article, warehouse, "Di Nord"))
            board = PickupBoard(client, warehouse.code, STORE.pickup_way_of_delivery)
            return await board.refresh()

    state = asyncio.run(scenario())
    assert [o.first_name for o in state.orders] == ["Cy", "Di"]  # oldest first


def test_orders_there_when_the_board_starts_are_not_new_and_the_time_of_the_answer_is_kept(
    simulator, tmp_path: Path
):
    """Switched on in the morning, the board marks nothing NEW that waited all night; an
    order placed afterwards arrived when the board first saw it. Each answer is timed."""
    article, warehouse = stocked(simulator, at_least=4)
    night = datetime.now(UTC) - timedelta(hours=9)
    poll_times = iter(datetime.now(UTC) + timedelta(seconds=10 * n) for n in range(10))

    async def scenario() -> tuple[BoardState, BoardState, list[datetime]]:
        async with fast_client(simulator) as client:
            orders = service(client, tmp_path)
            simulator.state.clock = lambda: night
            await orders.place(pickup(article, warehouse, "Cy Lund"))
            simulator.state.clock = lambda: datetime.now(UTC)
            asked: list[datetime] = []

            def clock() -> datetime:
                asked.append(next(poll_times))
                return asked[-1]

            board = PickupBoard(client, warehouse.code, STORE.pickup_way_of_delivery, clock=clock)
            first = await board.refresh()
            await orders.place(pickup(article, warehouse, "Di Nord"))
            return first, await board.refresh(), asked

    first, second, asked = asyncio.run(scenario())
    assert [o.first_name for o in second.orders] == ["Cy", "Di"]
    [waited] = first.orders
    assert waited.created_at is not None and abs(waited.created_at - night) < timedelta(seconds=1)
    assert waited.arrived_at == waited.created_at  # not "new" at the board's start
    assert first.updated_at == asked[1]  # when the answer came, not when it was asked
    assert second.orders[0].arrived_at == waited.arrived_at
    assert second.orders[1].arrived_at == asked[2]  # seen at the second poll: new from then
    assert second.updated_at == asked[3]


def test_connection_lost_is_reported_with_since_when_and_polling_backs_off(
    simulator, tmp_path: Path
):
    _, warehouse = stocked(simulator)
    sleeps: list[float] = []
    states: list[BoardState] = []

    async def scenario() -> None:
        async with fast_client(simulator) as client:

            async def recorded_sleep(seconds: float) -> None:
                sleeps.append(seconds)
                await asyncio.sleep(0)

            board = PickupBoard(
                client,
                warehouse.code,
                "PICKUP",
                interval_s=10,
                max_backoff_s=40,
                sleep=recorded_sleep,
            )
            await board.refresh()
            simulator.faults.enqueue("5xx", count=1000, path_suffix="/orders")
            runner = asyncio.ensure_future(board.run(states.append))
            while len(states) < 3:
                await asyncio.sleep(0)
            simulator.faults.clear()
            client.circuit.record_success()
            while states[-1].offline_since is not None:
                await asyncio.sleep(0)
            runner.cancel()
            await asyncio.gather(runner, return_exceptions=True)

    asyncio.run(scenario())
    assert states[0].offline_since is not None and "Ongoing" in str(states[0].reason)
    assert states[1].offline_since == states[0].offline_since  # since the first failure
    assert states[0].updated_at is not None  # the last answer before the loss, still said
    assert states[1].updated_at == states[0].updated_at
    assert states[-1].updated_at is not None and states[-1].updated_at > states[0].updated_at
    assert sleeps[:3] == [20, 40, 40]
    assert sleeps[-1] == 10


def test_a_webhook_wakes_the_board_before_the_interval_is_over(simulator, tmp_path: Path):
    _, warehouse = stocked(simulator)

    async def scenario() -> int:
        async with fast_client(simulator) as client:
            never = asyncio.Event()

            async def long_interval(_: float) -> None:
                await never.wait()  # the interval never ends by itself in this test

            board = PickupBoard(client, warehouse.code, "PICKUP", sleep=long_interval)
            states: list[BoardState] = []
            runner = asyncio.ensure_future(board.run(states.append))
            while len(states) < 1:
                await asyncio.sleep(0)
            board.wake.set()
            while len(states) < 2:
                await asyncio.sleep(0)
            runner.cancel()
            await asyncio.gather(runner, return_exceptions=True)
            return board.requests

    assert asyncio.run(scenario()) == 2


@pytest.mark.parametrize(
    ("consignee", "shown"),
    [
        ("Ann Berg", "Ann"),
        ("  anna-karin   Öberg ", "anna-karin"),
        ("Åsa", "Åsa"),
        (None, ""),
        ("   ", ""),
        ("Oslo Alnabru", ""),  # the warehouse: an order placed without a customer's name
        ("oslo  alnabru", ""),
        ("OSL", ""),
        ("Kungsgatan", ""),  # the store: what older tills addressed those orders to
        ("c/o Svensson", ""),
        ("Storgatan 5", ""),
        ("Box 1234", ""),
        ("- -", ""),
    ],
)
def test_the_board_shows_a_customers_first_name_or_nothing(
    consignee: str | None, shown: str
) -> None:
    assert first_name(consignee, ("Oslo Alnabru", "OSL", "Kungsgatan")) == shown


def test_a_pickup_placed_without_a_name_shows_no_customer(simulator, tmp_path: Path) -> None:
    """Not the warehouse's first word ("Oslo"), whether the order was placed by this version
    (addressed to the warehouse) or an older one (addressed to the store, or the warehouse)."""
    article, warehouse = stocked(simulator, at_least=6)
    named_store = STORE.model_copy(update={"name": "Kungsgatan"})

    async def scenario() -> tuple[BoardState, BoardState]:
        async with fast_client(simulator) as client:
            orders = service(client, tmp_path, named_store)
            anonymous = replace(pickup(article, warehouse), customer=None)
            await orders.place(anonymous)
            for older in ("Kungsgatan", warehouse.name):  # as earlier versions sent them
                number = f"OLD-{len(older)}"
                response = await client.put_order(
                    PostOrder.model_validate(
                        {
                            "goodsOwnerId": simulator.goods_owner_id,
                            "orderNumber": number,
                            "deliveryDate": "2026-12-01T00:00:00",
                            "warehouseId": warehouse.id,
                            "wayOfDelivery": {"code": STORE.pickup_way_of_delivery},
                            "consignee": {"name": older},
                            "orderLines": [
                                {
                                    "rowNumber": "1",
                                    "articleNumber": article.article_number,
                                    "numberOfItems": 1,
                                }
                            ],
                        }
                    )
                )
                assert response.order_id
            await orders.place(pickup(article, warehouse, "Vera Lind"))
            way = STORE.pickup_way_of_delivery
            elsewhere = PickupBoard(client, warehouse.code, way)  # knows no store's name
            told = PickupBoard(client, warehouse.code, way, not_customers=(named_store.name,))
            return await elsewhere.refresh(), await told.refresh()

    elsewhere, told = asyncio.run(scenario())
    # This version's order without a name: no customer on any board. An older till's,
    # addressed to its store: no customer where the board is told the store's name.
    assert [order.first_name for order in elsewhere.orders] == ["", "Kungsgatan", "", "Vera"]
    assert [order.first_name for order in told.orders] == ["", "", "", "Vera"]


def test_orders_to_pick_come_before_those_picked_each_oldest_first(simulator, tmp_path: Path):
    """A busy hour has forty orders up and a screen shows eight: the ones to pick first."""
    article, warehouse = stocked(simulator, at_least=10)

    async def scenario() -> BoardState:
        async with fast_client(simulator) as client:
            orders = service(client, tmp_path)
            placed = [
                await orders.place(pickup(article, warehouse, name))
                for name in ("Al Ek", "Bo Ek", "Cy Ek", "Di Ek")
            ]
            for entry in placed[:2]:
                assert entry.ongoing_order_id is not None
                simulator.state.advance_order(entry.ongoing_order_id, PICKED)
            board = PickupBoard(client, warehouse.code, STORE.pickup_way_of_delivery)
            return await board.refresh()

    state = asyncio.run(scenario())
    assert [(o.first_name, o.picked) for o in state.orders] == [
        ("Cy", False),
        ("Di", False),
        ("Al", True),
        ("Bo", True),
    ]
