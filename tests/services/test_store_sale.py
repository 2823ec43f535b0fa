"""Sales over the counter deduct stock in Ongoing; sales beyond the stock are listed."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path

from app.domain.basket import BasketLine
from app.domain.order_body import FulfilmentKind
from app.persistence.outbox import OutboxState
from app.services.orders import OrderPlan
from app.services.short_stock import orders_lacking_stock
from tests.helpers.orders import STORE, service
from tests.helpers.simulator import fast_client, stocked

STORE_SALE = STORE.model_copy(update={"store_sale": True})


def sale(article, warehouse, quantity: int) -> OrderPlan:
    line = BasketLine(article.article_number, article.name, quantity, Decimal("10.00"), "SEK")
    return OrderPlan((line,), FulfilmentKind.STORE_SALE, warehouse.code, None)


def test_a_sale_over_the_counter_deducts_stock_in_the_store_warehouse(simulator, tmp_path: Path):
    article, warehouse = stocked(simulator, at_least=3)
    before = simulator.state.stock(article.article_number, warehouse.id).sellable

    async def scenario():
        async with fast_client(simulator) as client:
            return await service(client, tmp_path, store=STORE_SALE).place(
                sale(article, warehouse, 2)
            )

    entry = asyncio.run(scenario())
    assert entry.state is OutboxState.SENT
    order = simulator.state.order(entry.ongoing_order_id)
    assert order is not None
    assert order.body["wayOfDelivery"]["code"] == STORE.store_sale_way_of_delivery
    assert order.body["consignee"]["name"] == STORE.name  # the store itself, no customer
    assert simulator.state.stock(article.article_number, warehouse.id).sellable == before - 2


def test_selling_more_than_ongoing_knows_of_is_recorded_and_listed_as_lacking_stock(
    simulator, tmp_path: Path
):
    article, warehouse = stocked(simulator, at_least=1)
    sellable = int(simulator.state.stock(article.article_number, warehouse.id).sellable)

    async def scenario():
        async with fast_client(simulator) as client:
            orders = service(client, tmp_path, store=STORE_SALE)
            entry = await orders.place(sale(article, warehouse, sellable + 3))
            return entry, await orders_lacking_stock(client, warehouse.code)

    entry, short = asyncio.run(scenario())
    assert entry.state is OutboxState.SENT  # never refused: the goods are already sold
    [listed] = [s for s in short if s.order_number == entry.order_number]
    assert [line.article_number for line in listed.missing] == [article.article_number]
    assert listed.missing[0].ordered == sellable + 3
