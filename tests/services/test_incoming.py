"""Goods on the way in (paged with the id cursor, filtered, only the store's warehouse) and
orders lacking stock: article names from the local catalogue where Ongoing gives none."""

from __future__ import annotations

import asyncio
import json
import math
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from app.domain.purchase_order_status import RECEIVED
from app.ongoing.models import PickabilityResult, PurchaseOrder
from app.services.incoming import incoming_goods, to_incoming
from app.services.short_stock import to_short_order
from tests.helpers.simulator import fast_client


def test_purchase_orders_are_paged_filtered_and_limited_to_the_warehouse(simulator):
    everything = simulator.state.purchase_orders()
    with_received = next(p.warehouse_id for p in everything if p.status == RECEIVED)
    warehouse = simulator.state.warehouse(with_received)
    assert warehouse is not None
    mine = [p for p in everything if p.warehouse_id == warehouse.id]

    async def scenario():
        async with fast_client(simulator) as client:
            simulator.requests.clear()
            all_of_mine = await incoming_goods(client, warehouse.code, page_size=4)
            requests = len(simulator.requests)
            received = await incoming_goods(
                client, warehouse.code, status_from=RECEIVED, status_to=RECEIVED
            )
            return all_of_mine, requests, received

    all_of_mine, requests, received = asyncio.run(scenario())
    assert sorted(o.number for o in all_of_mine) == sorted(p.number for p in mine)
    # id-cursor pages of 4 over every purchase order: never one request for all at once
    assert requests == math.floor(len(everything) / 4) + 1
    expected = [o.expected for o in all_of_mine]
    assert expected == sorted(expected)  # soonest first
    assert received and all(o.received for o in received)
    assert {o.number for o in received} == {p.number for p in mine if p.status == RECEIVED}
    line = all_of_mine[0].lines[0]
    assert line.advised > 0 and line.received >= 0


def test_the_expected_date_filter_is_applied_by_ongoing(simulator):
    warehouse = simulator.state.warehouses()[0]
    mine = [p for p in simulator.state.purchase_orders() if p.warehouse_id == warehouse.id]
    cut = sorted(p.in_date for p in mine)[len(mine) // 2].date()

    async def scenario():
        async with fast_client(simulator) as client:
            return await incoming_goods(client, warehouse.code, expected_from=cut)

    later = asyncio.run(scenario())
    assert later and all(o.expected is not None and o.expected.date() >= cut for o in later)
    assert len(later) < len(mine)
    assert date.today() - timedelta(days=3650) < cut


EXAMPLES = Path(__file__).parents[1] / "contract" / "ongoing-official-examples"
CATALOGUE = {"CK2": "Kaffe mellanrost 450 g", "CK5": "Te Earl Grey 100 g"}


def test_an_article_name_ongoing_leaves_empty_is_the_local_catalogues():
    """Ongoing's own example purchase order has `articleName: ""` on every line."""
    raw = json.loads((EXAMPLES / "purchase-order-get-response.json").read_text(encoding="utf-8"))
    order = PurchaseOrder.model_validate(raw)
    incoming = to_incoming(order, lambda number: CATALOGUE.get(number, ""))
    assert incoming is not None
    assert [(line.article_number, line.name) for line in incoming.lines] == list(CATALOGUE.items())
    raw["purchaseOrderLines"][0]["article"]["articleName"] = "Coffee (Ongoing's name)"
    named = to_incoming(PurchaseOrder.model_validate(raw), lambda number: CATALOGUE[number])
    assert named is not None and named.lines[0].name == "Coffee (Ongoing's name)"  # Ongoing's wins
    unknown = to_incoming(order)  # neither Ongoing nor the catalogue knows: the number alone
    assert unknown is not None and [line.name for line in unknown.lines] == ["", ""]


def test_a_line_lacking_stock_takes_its_name_from_the_local_catalogue():
    result = PickabilityResult.model_validate(
        {
            "orderInfo": {"orderId": 7, "orderNumber": "KG2-1", "orderStatus": {"number": 200}},
            "orderPickability": {"pickability": "NotPickable"},
            "orderLines": [
                {
                    "article": {"articleNumber": "CK2", "articleName": ""},
                    "orderedNumberOfItems": 3,
                    "orderLinePickability": {"pickability": "NotPickable"},
                },
                {
                    "article": {"articleNumber": "CK5", "articleName": "Tea"},
                    "orderedNumberOfItems": 1,
                    "orderLinePickability": {"pickability": "Pickable"},
                },
            ],
        }
    )
    short = to_short_order(result, lambda number: CATALOGUE[number])
    assert short is not None
    assert [(m.article_number, m.article_name, m.ordered) for m in short.missing] == [
        ("CK2", "Kaffe mellanrost 450 g", Decimal(3))
    ]
    whole = result.model_copy(update={"order_pickability": None})
    assert to_short_order(whole.model_copy(update={"order_info": None})) is None
