"""Orders at a warehouse that lack stock, with what is missing, for store staff to act on.

Ongoing accepts an order it cannot fill (a sale over the counter of goods the system did
not know were there, a miscount); its pickability says which lines cannot be picked. Two
requests per refresh: the warehouse's booked orders, then their pickability in one call.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.domain.order_status import OPEN, PICKED
from app.ongoing.client import OngoingClient


@dataclass(frozen=True, slots=True)
class MissingLine:
    article_number: str
    article_name: str
    ordered: Decimal
    pickability: str


@dataclass(frozen=True, slots=True)
class ShortOrder:
    order_id: int
    order_number: str
    status_text: str
    missing: tuple[MissingLine, ...]


async def orders_lacking_stock(client: OngoingClient, warehouse_code: str) -> list[ShortOrder]:
    orders = await client.get_orders(status_from=OPEN, status_to=PICKED - 1)
    ids = [
        o.order_info.order_id
        for o in orders
        if o.order_info and o.order_info.warehouse and o.order_info.warehouse.code == warehouse_code
    ]
    if not ids:
        return []
    result = await client.get_order_pickability(order_ids=ids)
    short: list[ShortOrder] = []
    for item in result.pickability_results or []:
        if item is None or item.order_info is None:
            continue
        verdict = item.order_pickability.pickability if item.order_pickability else None
        if verdict == "Pickable":
            continue
        missing = tuple(
            MissingLine(
                line.article.article_number or "" if line.article else "",
                line.article.article_name or "" if line.article else "",
                line.ordered_number_of_items,
                line.order_line_pickability.pickability or "?"
                if line.order_line_pickability
                else "?",
            )
            for line in item.order_lines or []
            if line is not None
            and (
                line.order_line_pickability is None
                or line.order_line_pickability.pickability != "Pickable"
            )
        )
        info = item.order_info
        status = info.order_status.text or "" if info.order_status else ""
        short.append(
            ShortOrder(info.order_id, info.order_number or str(info.order_id), status, missing)
        )
    return short
