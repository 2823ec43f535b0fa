"""Goods arrive and stock is counted over simulated time, for demos and IT checks.

Every `every_s` seconds the simulated warehouse receives the next purchase order still
waiting for goods, and every other time counts one shelf (a stock-taking adjustment of -1
or +1): each posts its webhooks when a sender listens, and shows in `GET
/inventoryAdjustments` and `GET /purchaseOrders` for tills that poll.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Awaitable, Callable

from app.domain import purchase_order_status
from app.simulator.state import WmsState

log = logging.getLogger(__name__)


def next_arrival(state: WmsState, step: int) -> str:
    """One thing happening in the warehouse; what happened, for the log."""
    if step % 2 == 0:
        waiting = [p for p in state.purchase_orders() if p.status < purchase_order_status.RECEIVED]
        if waiting:
            order = state.receive_purchase_order(waiting[0].purchase_order_id)
            return f"purchase order {order.number} received"
    article = state.articles()[step % len(state.articles())]
    warehouse = state.warehouses()[0]
    change = -1 if step % 4 == 1 else 1
    state.adjust_stock(
        article.article_number, warehouse.id, change, count_inventory=True, comment="Demo count"
    )
    return f"{article.article_number} counted at {warehouse.code}: {change:+d}"


async def arrive_over_time(
    state: WmsState,
    every_s: float,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> None:
    for step in itertools.count():
        await sleep(every_s)
        log.info("event=sim_arrival what=%s", next_arrival(state, step))
