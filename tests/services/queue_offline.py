"""Take one pickup order the way the till does while Ongoing is down, then try to send it.

`python -m tests.services.queue_offline DATA_DIR DEAD_URL ARTICLE WAREHOUSE_ID CODE RECEIPT
[TILL]`: the order is stored in DATA_DIR's outbox at once, its stock "not yet checked"
(`OrderService.take`, what the order form does), then sent to DEAD_URL, where nothing
answers, so it waits. The crash bench runs these and kills them anywhere; `tillside outbox
--send` later sends what they stored, with the fresh stock check, against the live Ongoing.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from app.config.settings import StoreSection
from app.domain.basket import BasketLine
from app.domain.order_body import FulfilmentKind
from app.domain.stock import WarehouseInfo
from app.ongoing.client import OngoingClient
from app.ongoing.retry import RetryPolicy
from app.ongoing.settings import ConnectionSettings
from app.persistence.outbox import Outbox
from app.services.ongoing_words import describe
from app.services.orders import OrderPlan, OrderService
from app.simulator import DEMO_API_USER, DEMO_GOODS_OWNER_ID, DEMO_PASSWORD


async def take_and_try(argv: list[str]) -> str:
    folder, dead_url, article, warehouse_id, code, receipt = argv[:6]
    till = argv[6] if len(argv) > 6 else "1"
    connection = ConnectionSettings.from_target(
        dead_url, DEMO_GOODS_OWNER_ID, DEMO_API_USER, DEMO_PASSWORD
    )
    store = StoreSection(order_prefix="CRASH", till_id=till, backorders_allowed=True)
    plan = OrderPlan(
        (BasketLine(article, article, 1),),
        FulfilmentKind.PICKUP,
        code,
        None,
        receipt_number=receipt,
    )
    warehouse = WarehouseInfo(int(warehouse_id), code, code)
    retries = RetryPolicy(max_retries=1, jitter=lambda: 0.0)
    async with OngoingClient(connection, retry_policy=retries, words=describe) as client:
        with Outbox(Path(folder) / "outbox.sqlite") as outbox:
            orders = OrderService(client, outbox, store)
            [entry] = await orders.take([(plan, warehouse)])
            print(entry.order_number, flush=True)
            await orders.send(entry.checkout_id)  # nothing answers: it waits
    return entry.order_number


if __name__ == "__main__":
    asyncio.run(take_and_try(sys.argv[1:]))
