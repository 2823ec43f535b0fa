"""Goods on the way in: paged with the id cursor, filtered, only the store's warehouse."""

from __future__ import annotations

import asyncio
import math
from datetime import date, timedelta

from app.domain.purchase_order_status import RECEIVED
from app.services.incoming import incoming_goods
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
