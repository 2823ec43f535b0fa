"""Webhook payloads in the shapes Ongoing documents for each template.

Field names and nesting follow Ongoing's developer pages (developer.ongoingwarehouse.com:
webhook-order, webhook-purchase-order, webhook-inbound-and-move, webhook-inventory,
webhook-article-item), including the zone-less seven-decimal timestamp; the values are
the demo tenant's (goods owner 1, warehouse 1, article numbers of the demo catalogue).
"""

from __future__ import annotations

from typing import Any

COMMON: dict[str, Any] = {
    "system": "ongoing",
    "timestamp": "2026-11-29T10:00:00.1234567",
    "goodsOwnerId": 1,
    "byUser": {"userId": 17},
    "byComputer": {"computerId": 3, "computerName": "RECEIVING-1"},
}


def order(event_id: str = "o-1") -> dict[str, Any]:
    return {
        **COMMON,
        "webhookEventId": event_id,
        "webhookTemplate": "Order is picked",
        "orderId": 100001,
        "orderNumber": "TS1-ABC",
        "path": "/api/v1/orders/100001",
        "orderStatus": {"number": 400},
        "goodsOwnerOrderId": "R-17",
        "tracking": [],
        "parcels": [],
    }


def purchase_order_received(event_id: str = "p-1", purchase_order_id: int = 5001) -> dict[str, Any]:
    return {
        **COMMON,
        "webhookEventId": event_id,
        "webhookTemplate": "Purchase order is received",
        "purchaseOrderId": purchase_order_id,
        "purchaseOrderNumber": f"PO-{purchase_order_id}",
        "path": f"/api/v1/purchaseOrders/{purchase_order_id}",
        "purchaseOrderStatus": {"number": 400},
        "purchaseOrderType": {"purchaseOrderTypeId": 1, "purchaseOrderTypeCode": "STD"},
    }


def inbound(
    event_id: str = "i-1", article_number: str = "TS-000001", items: float = 6
) -> dict[str, Any]:
    return {
        **COMMON,
        "webhookEventId": event_id,
        "webhookTemplate": "Inbound transaction has been performed",
        "isReceive": True,
        "isMove": False,
        "article": {"articleSystemId": 1, "articleNumber": article_number, "barCode": None},
        "articleItem": {"numberOfItems": items},
        "purchaseOrder": {
            "purchaseOrderId": 5001,
            "purchaseOrderNumber": "PO-5001",
            "purchaseOrderLine": {"id": 500100, "rowNumber": 1, "reportedNumberOfItems": 0},
        },
        "movement": {"from": None, "to": {"location": "IN-1"}},
    }


def inventory(
    event_id: str = "v-1",
    article_number: str = "TS-000001",
    change: float = -2,
    count: bool = True,
    warehouse_id: int = 1,
) -> dict[str, Any]:
    return {
        **COMMON,
        "webhookEventId": event_id,
        "webhookTemplate": "Inventory transaction has been performed",
        "transaction": {
            "transactionNumberOfItems": change,
            "inventoryAdjustmentCause": {"id": 2, "code": "COUNT"},
        },
        "inventory": {"inventoryId": 107, "isCountInventory": count, "inventoryComment": "Shelf A"},
        "article": {"articleSystemId": 1, "articleNumber": article_number, "barCode": None},
        "location": {
            "location": "A15",
            "locationId": 15,
            "warehouse": {
                "warehouseId": warehouse_id,
                "warehouseCode": "STO1",
                "warehouseName": "x",
            },
        },
    }


def article_item_status(event_id: str = "a-1", article_number: str = "TS-000001") -> dict[str, Any]:
    return {
        **COMMON,
        "webhookEventId": event_id,
        "webhookTemplate": "Article item status is changed",
        "article": {"articleSystemId": 1, "articleNumber": article_number, "barCode": None},
        "previousArticleItemStatus": None,
        "newArticleItemStatus": {"code": "LOCKED", "name": "Locked for sale"},
        "location": {"location": "A15", "warehouse": {"warehouseId": 1, "warehouseCode": "STO1"}},
    }
