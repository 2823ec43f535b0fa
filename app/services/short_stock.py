"""Orders at a warehouse that lack stock, with what is missing, for store staff to act on.

Ongoing accepts an order it cannot fill (a sale over the counter of goods the system did
not know were there, a miscount); its pickability says which lines cannot be picked. Two
requests per refresh: the warehouse's booked orders, then their pickability in one call.
An article name Ongoing leaves empty is the local catalogue's.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.domain.order_status import OPEN, PICKED
from app.ongoing.client import OngoingClient
from app.ongoing.models import PickabilityResult
from app.services.incoming import ArticleNames, no_names


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


async def orders_lacking_stock(
    client: OngoingClient, warehouse_code: str, names: ArticleNames = no_names
) -> list[ShortOrder]:
    orders = await client.get_orders(status_from=OPEN, status_to=PICKED - 1)
    ids = [
        o.order_info.order_id
        for o in orders
        if o.order_info and o.order_info.warehouse and o.order_info.warehouse.code == warehouse_code
    ]
    if not ids:
        return []
    result = await client.get_order_pickability(order_ids=ids)
    found = (to_short_order(item, names) for item in result.pickability_results or [] if item)
    return [order for order in found if order is not None]


def to_short_order(item: PickabilityResult, names: ArticleNames = no_names) -> ShortOrder | None:
    """The order with the lines it cannot pick; None when it can pick them all."""
    verdict = item.order_pickability.pickability if item.order_pickability else None
    if item.order_info is None or verdict == "Pickable":
        return None
    missing = []
    for line in item.order_lines or []:
        why = (
            line.order_line_pickability.pickability
            if line and line.order_line_pickability
            else None
        )
        if line is None or why == "Pickable":
            continue
        number = line.article.article_number or "" if line.article else ""
        name = (line.article.article_name if line.article else None) or names(number)
        missing.append(MissingLine(number, name, line.ordered_number_of_items, why or "?"))
    info = item.order_info
    status = info.order_status.text or "" if info.order_status else ""
    return ShortOrder(
        info.order_id, info.order_number or str(info.order_id), status, tuple(missing)
    )
