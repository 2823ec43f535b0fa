"""Speaking the simulator's HTTP API directly, without the till's client: paths and bodies."""

from __future__ import annotations

import ssl
from typing import Any

from app.simulator import SimulatorThread

V1 = "/api/v1"
# Loopback is plain HTTP, but httpx builds a TLS context per client; build it once.
TLS = ssl.create_default_context()


def owner(simulator: SimulatorThread) -> dict[str, int]:
    return {"goodsOwnerId": simulator.goods_owner_id}


def order_body(
    simulator: SimulatorThread,
    number: str,
    article: str,
    quantity: int = 1,
    warehouse: int = 1,
) -> dict[str, Any]:
    return {
        "goodsOwnerId": simulator.goods_owner_id,
        "orderNumber": number,
        "deliveryDate": "2026-11-28T00:00:00",
        "warehouseId": warehouse,
        "consignee": {"name": "Anna Svensson"},
        "orderLines": [{"rowNumber": "1", "articleNumber": article, "numberOfItems": quantity}],
    }
