"""What arrived today at the store's warehouse: purchase order, article, quantity, time.

Read from Ongoing: purchase orders whose status changed since the start of the day (Ongoing's
`purchaseOrderStatusChangedTimeFrom`), each line's article items that arrived since then
(`articleItems[].inDate`). The till asks again when a webhook or its polling says goods
arrived, so the list follows the warehouse within seconds either way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from app.domain import purchase_order_status
from app.ongoing.client import OngoingClient
from app.services.incoming import PAGE_SIZE, ArticleNames, no_names


@dataclass(frozen=True, slots=True)
class ReceivedLine:
    purchase_order_number: str
    article_number: str
    name: str
    quantity: Decimal
    received_at: datetime  # UTC, the latest arrival on this line today


async def received_since(
    client: OngoingClient,
    warehouse_code: str,
    since: datetime,
    names: ArticleNames = no_names,
) -> list[ReceivedLine]:
    """Every line with goods put in since `since` (an aware time), newest first."""
    found: list[ReceivedLine] = []
    async for page in client.iter_purchase_orders(
        PAGE_SIZE, status_from=purchase_order_status.INBOUND, status_changed_from=since
    ):
        for order in page:
            info = order.purchase_order_info
            if info is None or info.warehouse is None or info.warehouse.code != warehouse_code:
                continue
            number = info.purchase_order_number or str(info.purchase_order_id)
            for line in order.purchase_order_lines or []:
                if line is None or line.article is None or not line.article.article_number:
                    continue
                items = [
                    item
                    for item in line.article_items or []
                    if item is not None and item.in_date is not None and item.in_date >= since
                ]
                quantity = sum((item.number_of_items for item in items), Decimal(0))
                if not items or quantity <= 0:
                    continue
                article = line.article.article_number
                found.append(
                    ReceivedLine(
                        number,
                        article,
                        line.article.article_name or names(article),
                        quantity,
                        max(item.in_date for item in items if item.in_date is not None),
                    )
                )
    found.sort(key=lambda r: (r.received_at, r.purchase_order_number), reverse=True)
    return found
