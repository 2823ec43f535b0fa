"""What an Ongoing webhook event is about, read from its small JSON payload.

Ongoing's payloads name their template in words (`webhookTemplate`) and differ in shape;
neither is versioned, so the kind is read from the template's words first and the shape
second. Only ids and numbers are read: the details (a purchase order's lines, an article's
figures) are fetched from the REST API, as Ongoing recommends. Timestamps carry no time zone
(`2023-01-01T12:00:00.0000000`): they are shown as sent, never compared with this PC's clock;
the receiver's own arrival time (UTC) orders the events.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any


class EventKind(StrEnum):
    ORDER = "order"
    PURCHASE_ORDER = "purchase_order"
    INBOUND = "inbound"
    INVENTORY = "inventory"
    ARTICLE_ITEM = "article_item"
    OTHER = "other"  # kept (Ongoing would retry a refusal for a day), never acted on


# Words of Ongoing's template names, most specific first ("Purchase order is received"
# holds "order" too; "Inbound transaction" and "Inventory transaction" both hold "transaction").
_TEMPLATE_WORDS = (
    ("inventory", EventKind.INVENTORY),
    ("inbound", EventKind.INBOUND),
    ("move", EventKind.INBOUND),
    ("purchase", EventKind.PURCHASE_ORDER),
    ("article item", EventKind.ARTICLE_ITEM),
    ("articleitem", EventKind.ARTICLE_ITEM),
    ("order", EventKind.ORDER),
)


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def kind_of(event: dict[str, Any]) -> EventKind:
    template = event.get("webhookTemplate")
    words = str(template.get("name") or "") if isinstance(template, dict) else str(template or "")
    words = words.lower()
    for word, kind in _TEMPLATE_WORDS:
        if word in words:
            return kind
    if isinstance(event.get("inventory"), dict) or isinstance(event.get("transaction"), dict):
        return EventKind.INVENTORY
    if "isReceive" in event or "isMove" in event or isinstance(event.get("movement"), dict):
        return EventKind.INBOUND
    if "purchaseOrderId" in event:
        return EventKind.PURCHASE_ORDER
    if "orderId" in event:
        return EventKind.ORDER
    if isinstance(event.get("article"), dict):
        return EventKind.ARTICLE_ITEM
    return EventKind.OTHER


@dataclass(frozen=True, slots=True)
class StoreEvent:
    """One kept event as a till sees it: what changed, where, for which articles."""

    sequence: int
    event_id: str
    kind: EventKind
    received_at: datetime  # the receiver's clock, UTC
    sent_at: str  # Ongoing's timestamp as sent (no zone)
    article_numbers: tuple[str, ...]
    warehouse_id: int | None
    warehouse_code: str | None
    purchase_order_id: int | None
    purchase_order_number: str | None
    quantity: float | None  # received or adjusted, signed
    is_count_inventory: bool  # stock-taking, not another adjustment
    comment: str
    inventory_id: int | None = None

    @property
    def changes_stock(self) -> bool:
        return self.kind in (
            EventKind.PURCHASE_ORDER,
            EventKind.INBOUND,
            EventKind.INVENTORY,
            EventKind.ARTICLE_ITEM,
        )


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _integer(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _text(value: Any) -> str | None:
    return str(value) if isinstance(value, str | int) and str(value) else None


def read_event(
    sequence: int, event_id: str, received_at: datetime, event: dict[str, Any]
) -> StoreEvent:
    """The facts a till acts on; anything missing or odd is None, never an error."""
    kind = kind_of(event)
    article = _dict(event.get("article"))
    number = _text(article.get("articleNumber"))
    location = _dict(event.get("location")) or _dict(_dict(event.get("currentLocation")))
    warehouse = _dict(location.get("warehouse"))
    purchase = _dict(event.get("purchaseOrder"))
    transaction = _dict(event.get("transaction"))
    inventory = _dict(event.get("inventory"))
    item = _dict(event.get("articleItem"))
    if kind is EventKind.INVENTORY:
        quantity = _number(transaction.get("transactionNumberOfItems"))
    else:
        line = _dict(purchase.get("purchaseOrderLine"))
        quantity = _number(item.get("numberOfItems"))
        if quantity is None:
            quantity = _number(line.get("reportedNumberOfItems"))
    return StoreEvent(
        sequence=sequence,
        event_id=event_id,
        kind=kind,
        received_at=received_at,
        sent_at=str(event.get("timestamp") or ""),
        article_numbers=(number,) if number else (),
        warehouse_id=_integer(warehouse.get("warehouseId")),
        warehouse_code=_text(warehouse.get("warehouseCode")),
        purchase_order_id=_integer(event.get("purchaseOrderId"))
        or _integer(purchase.get("purchaseOrderId")),
        purchase_order_number=_text(event.get("purchaseOrderNumber"))
        or _text(purchase.get("purchaseOrderNumber")),
        quantity=quantity,
        is_count_inventory=inventory.get("isCountInventory") is True,
        comment=str(inventory.get("inventoryComment") or ""),
        inventory_id=_integer(inventory.get("inventoryId")),
    )


def parse_sent_time(text: str) -> datetime | None:
    """Ongoing's zone-less timestamp with up to seven decimals, as a naive datetime."""
    head, _, fraction = text.partition(".")
    try:
        parsed = datetime.fromisoformat(head)
    except ValueError:
        return None
    digits = "".join(c for c in fraction if c.isdigit())[:6]
    return parsed.replace(microsecond=int(digits.ljust(6, "0"))) if digits else parsed
