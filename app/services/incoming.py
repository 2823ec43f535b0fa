"""Goods on the way in to a warehouse: purchase orders with advised and received quantities.

Read with Ongoing's id cursor (`purchaseOrderIdFrom` + `maxPurchaseOrdersToGet`), page by
page, filtered by status and expected date on Ongoing's side; the warehouse is filtered here
(the API has no warehouse filter for purchase orders). Ongoing may leave a line's article
name empty (its own example does): the name is then the local catalogue's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from app.domain.purchase_order_status import is_received
from app.ongoing.client import OngoingClient
from app.ongoing.models import PurchaseOrder

PAGE_SIZE = 100
ArticleNames = Callable[[str], str]  # an article number's name in the local catalogue, or ""


def no_names(_: str) -> str:
    return ""


_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class IncomingLine:
    article_number: str
    name: str
    advised: Decimal
    received: Decimal


@dataclass(frozen=True, slots=True)
class IncomingOrder:
    purchase_order_id: int
    number: str
    supplier: str
    status_number: int
    status_text: str
    expected: datetime | None
    lines: tuple[IncomingLine, ...]

    @property
    def received(self) -> bool:
        return is_received(self.status_number)


def to_incoming(order: PurchaseOrder, names: ArticleNames = no_names) -> IncomingOrder | None:
    info = order.purchase_order_info
    if info is None:
        return None
    status = info.purchase_order_status
    return IncomingOrder(
        purchase_order_id=info.purchase_order_id,
        number=info.purchase_order_number or str(info.purchase_order_id),
        supplier=order.supplier_info.supplier_name or "" if order.supplier_info else "",
        status_number=status.number if status else 0,
        status_text=(status.text or str(status.number)) if status else "",
        expected=info.in_date,
        lines=tuple(
            IncomingLine(
                number,
                (line.article.article_name if line.article else None) or names(number),
                line.advised_number_of_items,
                line.received_number_of_items,
            )
            for line in order.purchase_order_lines or []
            if line is not None
            for number in [line.article.article_number or "" if line.article else ""]
        ),
    )


async def incoming_goods(
    client: OngoingClient,
    warehouse_code: str,
    *,
    status_from: int | None = None,
    status_to: int | None = None,
    expected_from: date | None = None,
    expected_to: date | None = None,
    page_size: int = PAGE_SIZE,
    names: ArticleNames = no_names,
) -> list[IncomingOrder]:
    """Purchase orders for this warehouse matching the filters, soonest expected first."""
    found: list[IncomingOrder] = []
    async for page in client.iter_purchase_orders(
        page_size,
        status_from=status_from,
        status_to=status_to,
        in_date_from=expected_from,
        in_date_to=expected_to,
    ):
        for order in page:
            info = order.purchase_order_info
            code = info.warehouse.code if info and info.warehouse else None
            incoming = to_incoming(order, names) if code == warehouse_code else None
            if incoming is not None:
                found.append(incoming)
    found.sort(
        key=lambda o: (o.expected or datetime.max.replace(tzinfo=None).astimezone(), o.number)
    )
    return found
