"""Submit-to-confirmed: the app's cost of placing an order beyond the network round trips.

Run: `make bench-order` (or `.venv/bin/python -m benchmarks.order_submit --orders 200`).
A simulator runs in its own process. Each round places one pickup order through the real
`OrderService` (a number taken in the outbox, the fresh stock check together with the
question whether Ongoing already holds that number, the outbox write with fsync, PUT
/orders, outbox update) and, after the same idle gap, makes two requests with a bare httpx
client (the stock check and a PUT of the same body). The difference per round is
Tillside's own cost, the concurrent number question included.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import httpx

from app.config.settings import StoreSection
from app.domain.basket import BasketLine
from app.domain.order_body import FulfilmentKind
from app.ongoing.client import OngoingClient
from app.ongoing.settings import ConnectionSettings
from app.persistence.outbox import Outbox, OutboxState
from app.services.orders import OrderPlan, OrderService
from app.simulator import DEMO_API_USER, DEMO_GOODS_OWNER_ID, DEMO_PASSWORD
from benchmarks.common import percentile, simulator_process

IDLE_GAP_S = 0.05


async def run(base_url: str, orders: int, folder: Path) -> dict[str, float]:
    settings = ConnectionSettings.from_target(
        base_url, DEMO_GOODS_OWNER_ID, DEMO_API_USER, DEMO_PASSWORD
    )
    store = StoreSection(order_prefix="BENCH", backorders_allowed=True)
    async with (
        OngoingClient(settings) as client,
        httpx.AsyncClient(base_url=base_url, auth=(DEMO_API_USER, DEMO_PASSWORD)) as bare,
    ):
        service = OrderService(client, Outbox(folder / "outbox.sqlite"), store)
        warehouses = await client.get_warehouses()
        warehouse = next(w for w in warehouses if w.code)
        number = ""
        async for page in client.iter_articles(page_size=20):
            number = next((a.article_number for a in page if a.article_number), "")
            break
        assert number, "the simulator has no articles"
        line = BasketLine(number, "Benchmark article", 1, Decimal("10.00"), "SEK")
        plan = OrderPlan((line,), FulfilmentKind.PICKUP, str(warehouse.code), None)
        await service.place(plan)  # warm-up: caches warehouses and the way of delivery
        totals, overheads = [], []
        for index in range(orders):
            await asyncio.sleep(IDLE_GAP_S)
            started = time.perf_counter()
            entry = await service.place(plan)
            total = time.perf_counter() - started
            assert entry.state is OutboxState.SENT, entry.reason

            body = copy.deepcopy(entry.body)
            body["orderNumber"] = f"BARE-{index}"
            body["consignee"] = {"name": "Benchmark"}
            await asyncio.sleep(IDLE_GAP_S)
            started = time.perf_counter()
            query: dict[str, str | int] = {
                "goodsOwnerId": DEMO_GOODS_OWNER_ID,
                "articleNumbers": number,
                "warehouseIds": warehouse.id,
            }
            (await bare.get("articles/inventoryPerWarehouse", params=query)).json()
            (await bare.put("orders", json=body)).json()
            round_trips = time.perf_counter() - started
            totals.append(total * 1000)
            overheads.append((total - round_trips) * 1000)
    return {
        "p50": statistics.median(totals),
        "p95": percentile(totals, 0.95),
        "overhead_p50": statistics.median(overheads),
        "overhead_p95": percentile(overheads, 0.95),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orders", type=int, default=200)
    args = parser.parse_args()
    with simulator_process() as base_url, tempfile.TemporaryDirectory() as folder:
        figures = asyncio.run(run(base_url, args.orders, Path(folder)))
    print(
        f"{args.orders} orders: submit-to-confirmed p50 {figures['p50']:.1f} ms, "
        f"p95 {figures['p95']:.1f} ms; beyond the two round trips (fresh stock check and "
        f"PUT /orders) p50 {figures['overhead_p50']:.1f} ms, p95 {figures['overhead_p95']:.1f} ms"
    )


if __name__ == "__main__":
    main()
