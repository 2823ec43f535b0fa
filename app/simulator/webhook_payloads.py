"""The webhook payloads the simulated Ongoing sends, in the shapes Ongoing documents.

Small on purpose, like Ongoing's: ids, numbers and the REST path; no warehouse on purchase
order and inbound events (the till reads the purchase order); a timestamp without a zone
with seven decimals.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.simulator.state import SimAdjustment, SimArticle, SimPurchaseOrder, WmsState

GOODS_OWNER_ID = 1  # the demo tenant's; the runner's listener rewrites it for another one


def ongoing_timestamp(at: datetime) -> str:
    """`2023-01-01T12:00:00.0000000`: the WMS's clock, no zone."""
    return at.strftime("%Y-%m-%dT%H:%M:%S.%f") + "0"


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _common(event_id: str, template: str, at: datetime) -> dict[str, Any]:
    return {
        "webhookEventId": event_id,
        "system": "ongoing-simulator",
        "timestamp": ongoing_timestamp(at),
        "goodsOwnerId": GOODS_OWNER_ID,
        "webhookTemplate": template,
        "byUser": {"userId": 1},
        "byComputer": {"computerId": 1, "computerName": "SIMULATOR"},
    }


def _article(article: SimArticle) -> dict[str, Any]:
    return {
        "articleSystemId": article.system_id,
        "articleNumber": article.article_number,
        "barCode": article.barcode,
    }


def inventory_event(
    event_id: str, adjustment: SimAdjustment, article: SimArticle, state: WmsState
) -> dict[str, Any]:
    warehouse = state.warehouse(adjustment.warehouse_id)
    return {
        **_common(event_id, "Inventory transaction has been performed", adjustment.at),
        "transaction": {
            "transactionNumberOfItems": _number(adjustment.change),
            "inventoryAdjustmentCause": {"id": 1, "code": adjustment.cause_code}
            if adjustment.cause_code
            else None,
        },
        "inventory": {
            "inventoryId": adjustment.inventory_id,
            "isCountInventory": adjustment.count_inventory,
            "inventoryComment": adjustment.comment,
        },
        "article": _article(article),
        "location": {
            "location": adjustment.location,
            "locationId": 1,
            "warehouse": {
                "warehouseId": adjustment.warehouse_id,
                "warehouseCode": warehouse.code if warehouse else None,
                "warehouseName": warehouse.name if warehouse else None,
            },
        },
    }


def inbound_event(
    event_id: str, order: SimPurchaseOrder, index: int, article: SimArticle, arrived: Decimal
) -> dict[str, Any]:
    return {
        **_common(event_id, "Inbound transaction has been performed", order.status_changed_at),
        "isReceive": True,
        "isMove": False,
        "article": _article(article),
        "articleItem": {"numberOfItems": _number(arrived)},
        "purchaseOrder": {
            "purchaseOrderId": order.purchase_order_id,
            "purchaseOrderNumber": order.number,
            "purchaseOrderLine": {
                "id": order.purchase_order_id * 100 + index,
                "rowNumber": index,
                "reportedNumberOfItems": 0,
            },
        },
        "movement": {"from": None, "to": {"location": "IN"}},
    }


def purchase_order_event(event_id: str, order: SimPurchaseOrder) -> dict[str, Any]:
    return {
        **_common(event_id, "Purchase order is received", order.status_changed_at),
        "purchaseOrderId": order.purchase_order_id,
        "purchaseOrderNumber": order.number,
        "path": f"/api/v1/purchaseOrders/{order.purchase_order_id}",
        "purchaseOrderStatus": {"number": order.status},
        "purchaseOrderType": None,
    }
