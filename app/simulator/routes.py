"""The Ongoing API subset the till uses, answered from `WmsState` in Ongoing's own shapes.

Errors follow what is seen from the real service (an ASP.NET Web API): 401 with
`{"Message": "Authorization has been denied for this request."}` for bad credentials, and
the same for a goods owner that is not the API user's (the reference records no other
answer, so a client must not rely on the words to tell the two apart); 400 with
`{"Message": ...}` for bad input and refused updates; 404 with the framework's "No HTTP
resource was found that matches the request URI" for unknown paths (a wrong warehouse name
included) and a `Message` for unknown order ids; 500 `{"Message": "An error has occurred."}`.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from app.domain import purchase_order_status
from app.domain.order_status import CANCELLED, COLLECTED, PICKED, SENT
from app.simulator.replies import Reply
from app.simulator.return_routes import RETURN_ROUTES, ReturnRoutes
from app.simulator.state import (
    PURCHASE_STATUS_TEXT,
    STATUS_TEXT,
    SimAdjustment,
    SimArticle,
    SimOrder,
    SimOrderLine,
    SimPurchaseOrder,
    SimStock,
    SimulatorError,
    SimWarehouse,
    WmsState,
)

log = logging.getLogger(__name__)
Query = list[tuple[str, str]]


@dataclass(frozen=True, slots=True)
class Credentials:
    api_user: str
    password: str
    goods_owner_id: int


DENIED = "Authorization has been denied for this request."


def no_resource(uri: str) -> str:
    """ASP.NET Web API's answer for a path no route matches."""
    return f"No HTTP resource was found that matches the request URI '{uri}'."


def message(status: int, text: str) -> Reply:
    return Reply(status, {"Message": text})


def number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def parse_time(text: str) -> datetime:
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


class Params:
    """Query parameters as Ongoing reads them: repeated keys are arrays, ints must be ints."""

    def __init__(self, query: Query) -> None:
        self.query = query

    def all(self, key: str) -> list[str]:
        return [v for k, v in self.query if k.lower() == key.lower()]

    def one(self, key: str) -> str | None:
        values = self.all(key)
        return values[-1] if values else None

    def integer(self, key: str, minimum: int | None = None) -> int | None:
        text = self.one(key)
        if text is None:
            return None
        try:
            value = int(text)
        except ValueError:
            raise SimulatorError(400, f"The value '{text}' is not valid for {key}.") from None
        if minimum is not None and value < minimum:
            raise SimulatorError(400, f"{key} must be at least {minimum}.")
        return value

    def boolean(self, key: str) -> bool:
        text = self.one(key)
        if text is None:
            return False
        if text.lower() not in ("true", "false"):
            raise SimulatorError(400, f"The value '{text}' is not valid for {key}.")
        return text.lower() == "true"

    def time(self, key: str) -> datetime | None:
        text = self.one(key)
        if text is None:
            return None
        try:
            return parse_time(text)
        except ValueError:
            raise SimulatorError(400, f"The value '{text}' is not valid for {key}.") from None


def page(items: list[Any], params: Params, id_of: Callable[[Any], int], prefix: str) -> list[Any]:
    """Ongoing's id cursor: ids >= `{prefix}IdFrom`, at most `max{Prefix}sToGet`."""
    start = params.integer(f"{prefix}IdFrom")
    limit_key = {
        "articleSystem": "maxArticlesToGet",
        "order": "maxOrdersToGet",
        "purchaseOrder": "maxPurchaseOrdersToGet",
    }[prefix]
    limit = params.integer(limit_key, minimum=1)
    items = sorted(items, key=id_of)
    if start is not None:
        items = [item for item in items if id_of(item) >= start]
    return items[:limit] if limit is not None else items


# --- shapes ---
#
# Every field the API document lists is emitted, null where the simulator has nothing and
# the field is nullable, so a client meets the same shapes as against the real service.


def nulls(*names: str) -> dict[str, None]:
    return dict.fromkeys(names)


def obj(raw: Any) -> dict[str, Any]:
    return raw if isinstance(raw, dict) else {}


def code_name(raw: Any) -> dict[str, Any] | None:
    """A `{code, name}` pair (wayOfDelivery, orderType, ...) from a request, or null."""
    if isinstance(raw, str) and raw:
        return {"code": raw, "name": None}
    if isinstance(raw, dict) and (raw.get("code") or raw.get("name")):
        return {"code": raw.get("code"), "name": raw.get("name")}
    return None


def notification(raw: Any) -> dict[str, Any]:
    raw = obj(raw)
    return {"toBeNotified": bool(raw.get("toBeNotified")), "value": raw.get("value")}


def number_or_none(raw: Any) -> float | None:
    return float(raw) if isinstance(raw, int | float) and not isinstance(raw, bool) else None


def warehouse_json(w: SimWarehouse) -> dict[str, Any]:
    """Opening hours travel in `address.addressFreeText1`, where stores usually keep them."""
    empty_notification = {"toBeNotified": False, "value": None}
    return {
        "id": w.id,
        "code": w.code,
        "name": w.name,
        "address": {
            "name": w.name,
            "address1": w.address1,
            "address2": None,
            "address3": None,
            "postCode": w.post_code,
            "city": w.city,
            "countryCode": w.country_code,
            "countryStateCode": None,
            "deliveryInstruction": None,
            "addressFreeText1": w.opening_hours or None,
            "addressFreeText2": None,
            "telephoneNotification": empty_notification,
            "emailNotification": empty_notification,
            "smsNotification": empty_notification,
        },
    }


def article_json(
    a: SimArticle, stock: dict[int, SimStock], goods_owner: dict[str, Any]
) -> dict[str, Any]:
    physical = sum((s.physical for s in stock.values()), Decimal(0))
    allocated = sum((s.allocated for s in stock.values()), Decimal(0))
    locked = sum((s.locked for s in stock.values()), Decimal(0))
    return {
        "goodsOwner": goods_owner,
        "articleSystemId": a.system_id,
        "articleNumber": a.article_number,
        "articleName": a.name,
        "productCode": a.article_number,
        "unitCode": a.unit_code,
        "description": None,
        "isStockArticle": True,
        "isActive": a.active,
        "supplierInfo": None,
        "barCodeInfo": {
            "barCode": a.barcode,
            "barCodePackage": a.package_barcode,
            "barCodePallet": a.pallet_barcode,
            "alternativeBarCodes": [
                {"barCode": code, "quantityPerBarCode": 1.0, "barCodeType": None}
                for code in a.alternative_barcodes
            ],
        },
        "quantityPerPackage": 6 if a.package_barcode else None,
        "quantityPerPallet": 240 if a.pallet_barcode else None,
        **nulls("weight", "length", "width", "height", "volume"),
        **nulls("purchasePrice", "stockValuationPrice"),
        "customerPrice": number(a.price),
        "purcaseCurrencyCode": a.currency,  # sic: Ongoing's own spelling
        **nulls("countryOfOriginCode", "statisticsNumber", "articleGroup", "articleCategory"),
        "inventoryInfo": {
            "numberOfItems": float(physical),
            "numberOfBookedItems": float(allocated),
            "numberOfLockedItems": float(locked),
            "toReceiveNumberOfItems": 0.0,
            "allocatedNumberOfItems": float(allocated),
            "lockedForSaleNumberOfItems": 0.0,
            "pickedToBeCollectedNumberOfItems": 0.0,
            "receivedToBeFinishedNumberOfItems": 0.0,
            "lastInDate": None,
            "sellableNumberOfItems": float(physical - allocated - locked),
            "totalStockValue": 0.0,
            "reported": {
                "pickedToBeReportedNumberOfItems": 0.0,
                "returnedToBeReportedNumberOfItems": 0.0,
                "receivedToBeReportedNumberOfItems": 0.0,
            },
        },
        "articleDataLastUpdated": iso(a.updated_at),
        "articleKind": "Standard",
        **nulls("stockLimit", "minimumReorderQuantity", "netWeight"),
        "freeValues": {
            **nulls("freeDecimal1", "freeDecimal2", "freeDecimal3"),
            "freeBoolean1": False,
            "freeBoolean2": False,
            "freeBoolean3": False,
            **nulls(*(f"freeText{i}" for i in range(1, 9))),
        },
        "subQuantityPerItem": None,
        "classes": [],
        **nulls("customsDescription", "taricNumbersInfo"),
        **nulls("defaultLocationMaxNumberOfItems", "defaultLocationStockLimit", "linkToPicture"),
        "storageProperties": {
            "isObsolete": a.obsolete,
            "isSerialNumberArticle": False,
            "isBatchArticle": False,
            "isExpiryDateArticle": False,
        },
        **nulls("defaultLocation", "minDaysToExpiryDateAllowedOnDelivery"),
        **nulls("articleColor", "articleSize", "additionalStatisticsNumber"),
        "customsExportConditions": None,
        "articleNameTranslations": [],
        **nulls("articleHandlingComments", "storageClass"),
    }


def inventory_json(
    a: SimArticle, stock: dict[int, SimStock], warehouse_ids: list[int]
) -> dict[str, Any]:
    rows = []
    for warehouse_id in warehouse_ids:
        s = stock.get(warehouse_id) or SimStock()
        rows.append(
            {
                "warehouseId": warehouse_id,
                "numberOfItems": float(s.physical),
                "numberOfLockedItems": float(s.locked),
                "sellableNumberOfItems": float(s.sellable),
                "availableForSaleNumberOfItems": float(max(s.sellable, Decimal(0))),
                "reported": {
                    "pickedToBeReportedNumberOfItems": 0.0,
                    "returnedToBeReportedNumberOfItems": 0.0,
                    "receivedToBeReportedNumberOfItems": 0.0,
                },
                "allocatedNumberOfItems": float(s.allocated),
            }
        )
    return {
        "articleSystemId": a.system_id,
        "articleNumber": a.article_number,
        "inventoryPerWarehouse": rows,
    }


# The goods owner's transporter contracts, as GET /transporterContracts lists them.
TRANSPORTERS: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    (
        "PostNord Sweden AB",
        "PLAB",
        (("PostNord MyPack Home", "P17"), ("PostNord MyPack Collect", "P19")),
    ),
    ("Budbee", "BUDBEE", (("Budbee Home", "HOME"),)),
)
# Ongoing's catalogue, for naming what an order names (also services without a contract).
TRANSPORTER_NAMES = {"PLAB": "PostNord Sweden AB", "BUDBEE": "Budbee", "SBTL": "DB Schenker"}
SERVICE_NAMES = {
    ("PLAB", "P17"): "PostNord MyPack Home",
    ("PLAB", "P18"): "PostNord Parcel (Nordic)",
    ("PLAB", "P19"): "PostNord MyPack Collect",
    ("PLAB", "P24"): "PostNord Return Drop Off (within Sweden)",
    ("BUDBEE", "HOME"): "Budbee Home",
}


def transporter_json(raw: Any) -> dict[str, Any] | None:
    raw = obj(raw)
    code, service = raw.get("transporterCode"), raw.get("transporterServiceCode")
    if not code:
        return None
    return {
        "transporterName": TRANSPORTER_NAMES.get(code),
        "name": SERVICE_NAMES.get((code, service)),
        "code": code,
        "serviceCode": service,
        "transporterContract": None,
        "serviceComment": None,
    }


def consignee_json(raw: Any, customer_id: int) -> dict[str, Any]:
    consignee = obj(raw)
    advanced = obj(consignee.get("advanced"))
    invoice = consignee.get("invoiceAddress")
    fields = ("customerNumber", "name", "address1", "address2", "address3", "postCode", "city")
    return {
        **{key: consignee.get(key) for key in fields},
        "countryCode": consignee.get("countryCode"),
        "countryStateCode": consignee.get("countryStateCode"),
        "remark": consignee.get("remark"),
        "doorCode": consignee.get("doorCode"),
        "advanced": {
            "telephoneNotification": notification(advanced.get("telephoneNotification")),
            "emailNotification": notification(advanced.get("emailNotification")),
            "smsNotification": notification(advanced.get("smsNotification")),
        },
        "invoiceAddress": (
            {
                **{key: obj(invoice).get(key) for key in (*fields[1:], "countryCode")},
                "countryStateCode": obj(invoice).get("countryStateCode"),
                "advanced": None,
            }
            if isinstance(invoice, dict)
            else None
        ),
        "id": customer_id,
    }


def picked_item_json(order: SimOrder, index: int, line: SimOrderLine) -> dict[str, Any]:
    """What left the shelf for one line: one article item, like a warehouse scan."""
    picked_at = iso(order.picked_at)
    return {
        "secondNumberOfItems": None,
        "articleItemId": order.order_id * 1000 + index,
        "numberOfItems": float(line.quantity),
        "inDate": iso((order.picked_at or order.created_at) - timedelta(days=30)),
        "serial": line.raw.get("serialNumber") or "",
        **dict.fromkeys(("caseNumber", "batchNumber", "container", "comment"), ""),
        "weight": None,
        "volume": None,
        "isPicked": True,
        "isReturned": False,
        "expiryDate": None,
        "returnDate": None,
        "pickedTime": picked_at,
        "returnCause": None,
        "location": f"A{index + 10}",
        "locationTypeCode": "",
        "articleItemStatus": None,
        "freeText1": "",
        "packedTime": iso(order.status_changed_at) if order.status >= SENT else None,
        **nulls("handling", "parcel", "zoneName", "purchaseOrderInfo"),
        "originalArticleItemId": order.order_id * 1000 + index,
        "productionDateDate": None,
    }


def order_line_json(
    order: SimOrder, index: int, line: SimOrderLine, article: SimArticle | None
) -> dict[str, Any]:
    raw = line.raw
    quantity = float(line.quantity)
    cancelled = order.status == CANCELLED
    prices = obj(raw.get("prices"))
    free = raw.get("lineFreeValues")
    vat = raw.get("vat")
    return {
        "id": order.order_id * 100 + index,
        "rowNumber": line.row_number,
        "article": {
            "articleSystemId": article.system_id if article else 0,
            "articleNumber": line.article_number,
            "articleName": article.name if article else "",
            "productCode": line.article_number,
            "articleKind": "Standard",
        },
        "comment": raw.get("comment"),
        "orderedNumberOfItems": quantity,
        "allocatedNumberOfItems": 0.0 if cancelled else quantity,
        "pickedNumberOfItems": quantity if order.picked else 0.0,
        "packedNumberOfItems": quantity if order.picked and order.status >= SENT else 0.0,
        "reportedNumberOfItems": None,
        "shouldBePicked": raw.get("shouldBePicked") is not False,
        "pickedArticleItems": [picked_item_json(order, index, line)] if order.picked else [],
        "subOrderLines": None,
        "serialNumber": raw.get("serialNumber"),
        "lineTotalCustomsValue": number_or_none(raw.get("lineTotalCustomsValue")),
        "batchNumber": raw.get("batchNumber"),
        "reportedReturnedNumberOfItems": None,
        "lineType": code_name(raw.get("lineType")),
        "prices": {
            "linePrice": number_or_none(prices.get("linePrice")),
            "customerLinePrice": number(line.customer_line_price),
            "currencyCode": line.currency,
            "discountPercentage": number_or_none(prices.get("discountPercentage")),
        },
        "customerArticleNumber": raw.get("customerArticleNumber"),
        "externalId": raw.get("externalId"),
        "returnedNumberOfItems": 0.0,
        "freeValues": (
            {
                "freeText1": obj(free).get("freeText1"),
                "freeDecimal1": number_or_none(obj(free).get("freeDecimal1")),
            }
            if isinstance(free, dict)
            else None
        ),
        "minDaysToExpiryDate": raw.get("minDaysToExpiryDate"),
        "maxDaysToExpiryDate": raw.get("maxDaysToExpiryDate"),
        "deliveryDate": raw.get("deliveryDate"),
        "warehouseInstruction": raw.get("warehouseInstruction"),
        "vat": (
            {"code": vat.get("code"), "percent": number_or_none(vat.get("percent")) or 0.0}
            if isinstance(vat, dict)
            else None
        ),
        "pickOrderInfo": None,
    }


def order_json(order: SimOrder, state: WmsState, goods_owner: dict[str, Any]) -> dict[str, Any]:
    """`GetOrderModel`, mostly echoing what the till sent, as Ongoing does."""
    body = order.body
    warehouse = state.warehouse(order.warehouse_id)
    ordered = sum((line.quantity for line in order.lines), Decimal(0))
    picked = ordered if order.picked else Decimal(0)
    allocated = Decimal(0) if order.status == CANCELLED else ordered
    market = body.get("marketPlace")
    text_lines = obj(body.get("advanced")).get("orderTextLines")
    return {
        "goodsOwner": goods_owner,
        "orderInfo": {
            "orderId": order.order_id,
            "orderNumber": order.order_number,
            **{
                key: body.get(key)
                for key in (
                    "goodsOwnerOrderId",
                    "referenceNumber",
                    "salesCode",
                    "orderRemark",
                    "deliveryInstruction",
                    "servicePointCode",
                    "freeText1",
                    "freeText2",
                    "freeText3",
                )
            },
            "orderType": code_name(body.get("orderType")),
            "wayOfDelivery": code_name(body.get("wayOfDelivery")),
            "deliveryDate": body.get("deliveryDate"),
            "createdDate": iso(order.created_at),
            "shippedTime": (
                iso(order.status_changed_at) if order.status in (SENT, COLLECTED) else None
            ),
            "wayBill": None,
            "returnWayBill": None,
            "orderStatus": {"number": order.status, "text": STATUS_TEXT.get(order.status)},
            "emailNotification": notification(body.get("emailNotification")),
            "smsNotification": notification(body.get("smsNotification")),
            "telephoneNotification": notification(body.get("telephoneNotification")),
            "orderedNumberOfItems": float(ordered),
            "allocatedNumberOfItems": float(allocated),
            "pickedNumberOfItems": float(picked),
            "customsInfo": (
                {
                    "customsValueCurrencyCode": obj(body["customsInfo"]).get(
                        "customsValueCurrencyCode"
                    )
                }
                if isinstance(body.get("customsInfo"), dict)
                else None
            ),
            "preparedTransportDocumentId": body.get("preparedTransportDocumentId"),
            "warehouse": {
                "id": order.warehouse_id,
                "code": warehouse.code if warehouse else None,
                "name": warehouse.name if warehouse else None,
            },
            "termsOfDeliveryType": code_name(body.get("termsOfDeliveryType")),
            "customerPrice": number_or_none(body.get("customerPrice")),
            "consigneeOrderNumber": body.get("consigneeOrderNumber"),
            "warehouseInstruction": body.get("warehouseInstruction"),
            "marketPlace": (
                {
                    "marketPlace": obj(market).get("marketPlace"),
                    "marketPlaceOrderNumber": obj(market).get("marketPlaceOrderNumber"),
                }
                if isinstance(market, dict)
                else None
            ),
            "pickingPriority": body.get("pickingPriority"),
            "productionCode": body.get("productionCode"),
            "advanced": {
                "invoiceNumber": None,
                "arrivalDate": None,
                "deliveryDateWithTime": body.get("deliveryDate"),
                "backOrderInfo": None,
                "orderHeaderUpdated": iso(order.updated_at),
                "transportPaymentType": None,
            },
            "freightPrice": number_or_none(body.get("freightPrice")),
            "invoiceUrl": body.get("invoiceUrl"),
            "orderFreeDateTime1": body.get("orderFreeDateTime1"),
            "sortLocation": None,
        },
        "consignee": consignee_json(body.get("consignee"), order.customer_id),
        "parcels": (
            [
                {
                    "id": order.order_id,
                    "parcelNumber": f"00373{order.order_id:012d}",
                    "isReturnParcel": False,
                    "tracking": None,
                    "advanced": None,
                }
            ]
            if order.status in (SENT, COLLECTED)
            else []
        ),
        "orderLines": [
            {
                **order_line_json(order, index, line, state.article(line.article_number)),
                "returnedNumberOfItems": float(
                    state.returns.returned_for_line(order.order_id * 100 + index)
                ),
            }
            for index, line in enumerate(order.lines, start=1)
        ],
        "transporter": transporter_json(body.get("transporter")),
        "returnTransporter": transporter_json(body.get("returnTransporter")),
        "tracking": [],
        "classes": [
            {"code": c.get("code"), "name": c.get("name")}
            for c in body.get("classes") or []
            if isinstance(c, dict)
        ],
        "shipmentInfo": None,
        "returnTracking": [],
        "advanced": {
            "orderTextLines": [
                {
                    "rowNumber": obj(t).get("rowNumber"),
                    "comment": obj(t).get("comment"),
                    "numberOfItems": number_or_none(obj(t).get("numberOfItems")),
                }
                for t in (text_lines if isinstance(text_lines, list) else [])
            ]
        },
    }


def purchase_order_json(
    p: SimPurchaseOrder, state: WmsState, goods_owner: dict[str, Any]
) -> dict[str, Any]:
    """`GetPurchaseOrderModel`; each received quantity is one article item on a location."""
    warehouse = state.warehouse(p.warehouse_id)
    received_at = iso(p.status_changed_at) if p.status >= purchase_order_status.INBOUND else None
    return {
        "goodsOwner": goods_owner,
        "supplierInfo": {
            "supplierNumber": f"SUP{sum(map(ord, p.supplier)) % 900 + 100}",
            "supplierName": p.supplier,
        },
        "purchaseOrderInfo": {
            "purchaseOrderId": p.purchase_order_id,
            "purchaseOrderNumber": p.number,
            **nulls("supplierOrderNumber", "goodsOwnerReference", "referenceNumber"),
            "purchaseOrderStatus": {
                "number": p.status,
                "text": PURCHASE_STATUS_TEXT.get(p.status),
            },
            "purchaseOrderType": None,
            "inDate": iso(p.in_date),
            "purchaseOrderRemark": None,
            "warehouse": {
                "id": p.warehouse_id,
                "code": warehouse.code if warehouse else None,
                "name": warehouse.name if warehouse else None,
            },
            "createdDate": iso(p.in_date - timedelta(days=14)),
            "advanced": {
                "arrivalDate": received_at,
                "orderDate": iso(p.in_date - timedelta(days=14)),
                "container": None,
                "purchaseOrderIsReturnType": False,
                "advisedDate": iso(p.in_date - timedelta(days=7)),
            },
            "freeValues": None,
            "invoiceNumber": None,
            "createdByUser": {"userName": "WSI-DEMO"},
        },
        "purchaseOrderLines": [
            {
                "id": p.purchase_order_id * 100 + index,
                "rowNumber": str(index),
                "article": {
                    "articleSystemId": article.system_id if article else 0,
                    "articleNumber": article_number,
                    "articleName": article.name if article else "",
                    "productCode": article_number,
                },
                "comment": None,
                "rowPrice": None,
                "advisedNumberOfItems": float(advised),
                "receivedNumberOfItems": float(received),
                "reportedNumberOfItems": None,
                "articleItems": [
                    {
                        "originalArticleItemId": p.purchase_order_id * 1000 + index,
                        "numberOfItems": float(received),
                        "inDate": received_at,
                        **nulls("serial", "caseNumber", "batchNumber", "container", "comment"),
                        "weight": None,
                        "expiryDate": None,
                        "location": f"A{index:02d}",
                        "articleItemStatus": None,
                        "receivedByUser": None,
                        "isLocked": False,
                        "isLockedForSale": False,
                        "articleItemFreeText1": None,
                    }
                ]
                if received and received_at
                else [],
                "subPurchaseOrderLines": None,
                "externalOrderLineId": None,
                "lineType": None,
                "freeValues": None,
                "inDate": received_at,
                "textLines": [],
            }
            for index, (article_number, advised, received) in enumerate(p.lines, start=1)
            for article in [state.article(article_number)]
        ],
        "sellerInfo": None,
        "classes": [],
        "textLines": [],
    }


def adjustment_json(adjustment: SimAdjustment, state: WmsState) -> dict[str, Any]:
    """`GetInventoryAdjustment` as in Ongoing's example, with the newer `warehouse`."""
    warehouse = state.warehouse(adjustment.warehouse_id)
    return {
        "inventoryId": adjustment.inventory_id,
        "numberOfItems": number(adjustment.change),
        "inventoryTime": iso(adjustment.at),
        "articleItemComment": "",
        "inventoryItemComment": adjustment.comment,
        "inventoryAdjustmentCause": {"code": adjustment.cause_code, "name": adjustment.cause_code}
        if adjustment.cause_code
        else None,
        "location": adjustment.location,
        "batchNumber": "",
        "serial": "",
        "articleItemStatus": None,
        "expiryDate": None,
        "warehouse": {
            "id": adjustment.warehouse_id,
            "code": warehouse.code if warehouse else None,
            "name": warehouse.name if warehouse else None,
        },
    }


def pickability_json(order: SimOrder, state: WmsState) -> dict[str, Any]:
    """Ongoing accepts orders it cannot fill; pickability is where a short shelf shows."""
    stock = state.stock_by_warehouse(line.article_number for line in order.lines)
    lines = []
    pickable = 0
    for index, line in enumerate(order.lines, start=1):
        shelf = stock[line.article_number][order.warehouse_id]
        ok = order.picked or order.status == CANCELLED or shelf.sellable >= 0
        pickable += ok
        article = state.article(line.article_number)
        quantity = float(line.quantity)
        lines.append(
            {
                "id": order.order_id * 100 + index,
                "article": {
                    "id": article.system_id if article else 0,
                    "articleNumber": line.article_number,
                    "articleName": article.name if article else "",
                    "productCode": line.article_number,
                    "articleKind": "Standard",
                },
                "shouldBePicked": True,
                "rowNumber": line.row_number,
                "orderLinePickability": {
                    "pickability": "Pickable" if ok else "NotPickable",
                    "pickabilityWithMove": "Pickable" if ok else "NotPickable",
                    "pickabilityFromPickingLocations": "Pickable" if ok else "NotPickable",
                    "expectedPickable": {"expectedInDate": None, "isPickableByAdvised": False},
                },
                "orderedNumberOfItems": quantity,
                "allocatedNumberOfItems": 0.0 if order.status == CANCELLED else quantity,
                "pickedNumberOfItems": quantity if order.picked else 0.0,
            }
        )
    if pickable == len(lines):
        verdict = "Pickable"
    else:
        verdict = "PartlyPickable" if pickable else "NotPickable"
    return {
        "orderInfo": {
            "orderId": order.order_id,
            "orderNumber": order.order_number,
            "goodsOwnerOrderId": order.body.get("goodsOwnerOrderId"),
            "orderStatus": {"number": order.status, "text": STATUS_TEXT.get(order.status)},
        },
        "orderPickability": {
            "pickability": verdict,
            "pickabilityWithMove": verdict,
            "pickabilityFromPickingLocations": verdict,
            "expectedPickable": {"expectedInDate": None, "isPickableByAdvised": False},
        },
        "orderLines": lines,
    }


def changed_article(article: SimArticle, data: dict[str, Any], now: datetime) -> SimArticle:
    """The article with what a `PUT /articles` body says of it; the rest kept."""
    changes: dict[str, Any] = {"updated_at": now}
    if isinstance(data.get("articleName"), str):
        changes["name"] = data["articleName"]
    if isinstance(data.get("isActive"), bool):
        changes["active"] = data["isActive"]
    price = data.get("customerPrice")
    if isinstance(price, int | float) and not isinstance(price, bool):
        changes["price"] = Decimal(str(price))
    codes = obj(data.get("barCodeInfo"))
    if isinstance(codes.get("barCode"), str):
        changes["barcode"] = codes["barCode"] or None
    storage = obj(data.get("storageProperties"))
    if isinstance(storage.get("isObsolete"), bool):
        changes["obsolete"] = storage["isObsolete"]
    return dataclasses.replace(article, **changes)


# --- the API ---

ROUTES = (
    ("GET", r"/warehouses", "get_warehouses"),
    ("GET", r"/articles", "get_articles"),
    ("PUT", r"/articles", "put_article"),
    ("GET", r"/articles/inventoryPerWarehouse", "get_inventory"),
    ("PUT", r"/orders", "put_order"),
    ("GET", r"/orders", "get_orders"),
    ("GET", r"/orders/statuses", "get_statuses"),
    ("GET", r"/orders/pickability", "get_pickability"),
    ("GET", r"/orders/wayOfDeliveryTypes", "get_ways"),
    ("PUT", r"/orders/wayOfDeliveryTypes", "put_way"),
    ("GET", r"/orders/(\d+)", "get_order"),
    ("DELETE", r"/orders/(\d+)", "delete_order"),
    ("GET", r"/transporterContracts", "get_contracts"),
    ("GET", r"/purchaseOrders", "get_purchase_orders"),
    ("GET", r"/inventoryAdjustments", "get_adjustments"),
    ("PATCH", r"/inventoryAdjustments/(\d+)/articles/(\d+)/setReported", "set_reported"),
    *RETURN_ROUTES,
)
# Reads that take no goods owner: they are the same for every goods owner of the tenant.
NO_GOODS_OWNER = re.compile(
    r"/warehouses|/orders/statuses|/orders/\d+|/returnOrders/statuses|/returnOrders/\d+"
)


class OngoingApi(ReturnRoutes):
    """Routes one request to a handler; authentication and goods owner checked first.

    A goods owner that is not the API user's answers 401 with the very words a wrong
    password gets: Ongoing ties each API user to one goods owner, so asking for another is
    an authorisation failure, not a malformed request. A missing goodsOwnerId is a 400.
    """

    def __init__(self, state: WmsState, credentials: Credentials) -> None:
        self.state = state
        self.credentials = credentials
        self.goods_owner = {"id": credentials.goods_owner_id, "name": "Tillside demo"}
        self._routes: list[tuple[str, re.Pattern[str], Callable[..., Reply]]] = [
            (method, re.compile(pattern), getattr(self, name)) for method, pattern, name in ROUTES
        ]

    def authorised(self, authorization: str | None) -> bool:
        if not authorization or not authorization.lower().startswith("basic "):
            return False
        try:
            decoded = base64.b64decode(authorization[6:].strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return False
        user, _, password = decoded.partition(":")
        return (user, password) == (self.credentials.api_user, self.credentials.password)

    def handle(self, method: str, path: str, query: Query, body: bytes, auth: str | None) -> Reply:
        """One answer, never an exception: a bug in a handler is Ongoing's generic 500."""
        if not self.authorised(auth):
            return message(401, DENIED)
        params = Params(query)
        try:
            for route_method, pattern, handler in self._routes:
                match = pattern.fullmatch(path)
                if match and route_method == method:
                    self._check_goods_owner(method, path, params)
                    with self.state.transaction():
                        return handler(params, body, *match.groups())
            if any(p.fullmatch(path) for _, p, _ in self._routes):
                return message(
                    405, f"The requested resource does not support http method '{method}'."
                )
            return message(404, no_resource(path))
        except SimulatorError as error:
            return message(error.status, error.message)
        except Exception:
            log.exception("simulator handler failed for %s %s", method, path)
            return message(500, "An error has occurred.")

    def _check_goods_owner(self, method: str, path: str, params: Params) -> None:
        if method != "GET" or NO_GOODS_OWNER.fullmatch(path):
            return  # writes carry goodsOwnerId in the body; checked by their handlers
        owner = params.integer("goodsOwnerId")
        if owner is None:
            raise SimulatorError(400, "The goodsOwnerId parameter is required.")
        self._owner_is_ours(owner)

    def _owner_is_ours(self, owner: object) -> None:
        if owner != self.credentials.goods_owner_id:
            raise SimulatorError(401, DENIED)

    @staticmethod
    def _json_body(body: bytes) -> dict[str, Any]:
        try:
            data = json.loads(body or b"null")
        except ValueError:
            raise SimulatorError(400, "The request body is not valid JSON.") from None
        if not isinstance(data, dict):
            raise SimulatorError(400, "The request body must be a JSON object.")
        return data

    # handlers

    def get_warehouses(self, params: Params, body: bytes) -> Reply:
        return Reply(200, [warehouse_json(w) for w in self.state.warehouses()])

    def get_articles(self, params: Params, body: bytes) -> Reply:
        articles = self.state.articles()
        numbers = params.all("articleNumbers") + params.all("articleNumber")
        if numbers:
            found = (self.state.article(n) for n in dict.fromkeys(numbers))
            articles = [a for a in found if a]
        codes = params.all("productCodes") + params.all("productCode")
        if codes:
            wanted = set(codes)
            articles = [a for a in articles if a.article_number in wanted]
        barcodes = params.all("barCodes")
        if barcodes:
            found = (self.state.article_by_barcode(code) for code in dict.fromkeys(barcodes))
            by_id = {a.system_id: a for a in articles}
            articles = [a for a in found if a and a.system_id in by_id]
        contains = [text.lower() for text in params.all("articleNameContains")]
        if contains:
            articles = [a for a in articles if any(t in a.name.lower() for t in contains)]
        changed = params.time("articleDataLastUpdatedFrom")
        if changed is not None:
            articles = [a for a in articles if a.updated_at >= changed]
        articles = page(articles, params, lambda a: a.system_id, "articleSystem")
        stock = self.state.stock_by_warehouse(a.article_number for a in articles)
        if params.boolean("onlyArticlesInStock"):
            articles = [
                a for a in articles if any(s.physical > 0 for s in stock[a.article_number].values())
            ]
        return Reply(
            200, [article_json(a, stock[a.article_number], self.goods_owner) for a in articles]
        )

    def put_article(self, params: Params, body: bytes) -> Reply:
        """Create or update an article, keyed on its number, as Ongoing's `PUT /articles`
        does: what the body leaves out stays as it was; the article's data changes now."""
        data = self._json_body(body)
        if "goodsOwnerId" not in data:
            raise SimulatorError(400, "GoodsOwnerId is required.")
        self._owner_is_ours(data.get("goodsOwnerId"))
        number = data.get("articleNumber")
        if not isinstance(number, str) or not number.strip():
            raise SimulatorError(400, "ArticleNumber is required.")
        with self.state.transaction():
            previous = self.state.article(number)
            article = previous or SimArticle(
                self.state.next_article_system_id(), number, number, barcode=None
            )
            article = changed_article(article, data, self.state.clock())
            self.state.put_article(article)
        message = f"Article {article.article_number} {article.name} Updated/Created"
        return Reply(200, {"articleSystemId": article.system_id, "message": message})

    def get_inventory(self, params: Params, body: bytes) -> Reply:
        articles = self.state.articles()
        numbers = params.all("articleNumbers")
        if numbers:
            found = (self.state.article(n) for n in dict.fromkeys(numbers))
            articles = [a for a in found if a]
        warehouse_ids = sorted(w.id for w in self.state.warehouses())
        wanted = params.all("warehouseIds")
        if wanted:
            try:
                chosen = {int(w) for w in wanted}
            except ValueError:
                raise SimulatorError(400, "The value is not valid for warehouseIds.") from None
            warehouse_ids = [w for w in warehouse_ids if w in chosen]
        articles = page(articles, params, lambda a: a.system_id, "articleSystem")
        stock = self.state.stock_by_warehouse(a.article_number for a in articles)
        if params.boolean("onlyArticlesInStock"):
            articles = [
                a
                for a in articles
                if any(stock[a.article_number][w].physical > 0 for w in warehouse_ids)
            ]
        return Reply(
            200, [inventory_json(a, stock[a.article_number], warehouse_ids) for a in articles]
        )

    def put_order(self, params: Params, body: bytes) -> Reply:
        data = self._json_body(body)
        if "goodsOwnerId" not in data:
            raise SimulatorError(400, "GoodsOwnerId is required.")
        self._owner_is_ours(data.get("goodsOwnerId"))
        for required in ("orderNumber", "deliveryDate", "consignee"):
            if data.get(required) in (None, ""):
                raise SimulatorError(400, f"{required[0].upper()}{required[1:]} is required.")
        if not isinstance(data["consignee"], dict):
            raise SimulatorError(400, "Consignee must be an object.")
        order, created = self.state.upsert_order(data)
        customer_number = obj(data["consignee"]).get("customerNumber")
        who = f"customer number '{customer_number}' and ID" if customer_number else "ID"
        verb = "created" if order.customer_created else "updated"
        text = (
            f"Customer with {who} '{order.customer_id}' {verb}. <br/> <br/>"
            f"Order number {order.order_number} created/updated"
        )
        return Reply(201 if created else 200, {"orderId": order.order_id, "message": text})

    def get_orders(self, params: Params, body: bytes) -> Reply:
        orders = self.state.orders()
        numbers = params.all("orderNumbers") + params.all("orderNumber")
        if numbers:
            wanted = set(numbers)
            orders = [o for o in orders if o.order_number in wanted]
        references = set(params.all("referenceNumbers"))
        if references:
            orders = [o for o in orders if o.body.get("referenceNumber") in references]
        articles = set(params.all("articleNumbers"))
        if articles:
            orders = [o for o in orders if any(ln.article_number in articles for ln in o.lines)]
        low, high = params.integer("orderStatusFrom"), params.integer("orderStatusTo")
        if low is not None:
            orders = [o for o in orders if o.status >= low]
        if high is not None:
            orders = [o for o in orders if o.status <= high]
        changed = params.time("orderStatusChangedTimeFrom")
        if changed is not None:
            orders = [o for o in orders if o.status_changed_at >= changed]
        created_from = params.time("orderCreatedTimeFrom")
        if created_from is not None:
            orders = [o for o in orders if o.created_at >= created_from]
        created_to = params.time("orderCreatedTimeTo")
        if created_to is not None:
            orders = [o for o in orders if o.created_at <= created_to]
        orders = page(orders, params, lambda o: o.order_id, "order")
        return Reply(200, [order_json(o, self.state, self.goods_owner) for o in orders])

    def get_order(self, params: Params, body: bytes, order_id: str) -> Reply:
        order = self.state.order(int(order_id))
        if order is None:
            raise SimulatorError(404, f"Order {order_id} does not exist.")
        return Reply(200, order_json(order, self.state, self.goods_owner))

    def delete_order(self, params: Params, body: bytes, order_id: str) -> Reply:
        order = self.state.cancel_order(int(order_id))
        text = f"Order number {order.order_number} cancelled"
        return Reply(200, {"orderId": order.order_id, "message": text})

    def get_statuses(self, params: Params, body: bytes) -> Reply:
        statuses = [{"number": n, "text": t} for n, t in STATUS_TEXT.items()]
        return Reply(200, {"orderStatuses": statuses})

    def get_pickability(self, params: Params, body: bytes) -> Reply:
        orders = self.state.orders()
        try:
            ids = {int(i) for i in params.all("orderIds")}
        except ValueError:
            raise SimulatorError(400, "The value is not valid for orderIds.") from None
        numbers = set(params.all("orderNumbers"))
        if ids or numbers:
            orders = [o for o in orders if o.order_id in ids or o.order_number in numbers]
        if params.boolean("onlyBookedOrders"):
            orders = [o for o in orders if o.status < PICKED]
        orders = page(orders, params, lambda o: o.order_id, "order")
        return Reply(200, {"pickabilityResults": [pickability_json(o, self.state) for o in orders]})

    def get_ways(self, params: Params, body: bytes) -> Reply:
        ways = [{"id": i, "code": c, "name": n} for i, c, n in self.state.ways_of_delivery()]
        return Reply(200, {"wayOfDeliveryTypes": ways})

    def put_way(self, params: Params, body: bytes) -> Reply:
        data = self._json_body(body)
        self._owner_is_ours(data.get("goodsOwnerId"))
        code, name = data.get("code"), data.get("name")
        if not isinstance(code, str) or not code or not isinstance(name, str) or not name:
            raise SimulatorError(400, "Code and Name are required.")
        type_id, created = self.state.put_way_of_delivery(code, name)
        verb = "created" if created else "updated"
        text = f"Way of delivery type '{code}' {verb}."
        return Reply(200, {"wayOfDeliveryTypeId": type_id, "success": True, "message": text})

    def get_contracts(self, params: Params, body: bytes) -> Reply:
        return Reply(
            200,
            [
                {
                    "ediCode": "",
                    "transporterName": name,
                    "transporterCode": code,
                    "transporterServiceCode": "",
                    "transporterServices": [
                        {"transporterServiceName": service, "transporterServiceCode": service_code}
                        for service, service_code in services
                    ],
                }
                for name, code, services in TRANSPORTERS
            ],
        )

    def get_purchase_orders(self, params: Params, body: bytes) -> Reply:
        items = self.state.purchase_orders()
        low = params.integer("purchaseOrderStatusFrom")
        high = params.integer("purchaseOrderStatusTo")
        if low is not None:
            items = [p for p in items if p.status >= low]
        if high is not None:
            items = [p for p in items if p.status <= high]
        in_from, in_to = params.time("inDateFrom"), params.time("inDateTo")
        if in_from is not None:
            items = [p for p in items if p.in_date >= in_from]
        if in_to is not None:
            items = [p for p in items if p.in_date <= in_to]
        changed = params.time("purchaseOrderStatusChangedTimeFrom")
        if changed is not None:
            items = [p for p in items if p.status_changed_at >= changed]
        numbers = set(params.all("purchaseOrderNumbers") + params.all("purchaseOrderNumber"))
        if numbers:
            items = [p for p in items if p.number in numbers]
        articles = set(params.all("articleNumbers"))
        if articles:
            items = [p for p in items if articles.intersection(n for n, _, _ in p.lines)]
        items = page(items, params, lambda p: p.purchase_order_id, "purchaseOrder")
        return Reply(200, [purchase_order_json(p, self.state, self.goods_owner) for p in items])

    def get_adjustments(self, params: Params, body: bytes) -> Reply:
        """Per article, its corrections in the window (`from`, `to`/`toTime`, `isReported`)."""
        since = params.time("from")
        until = params.time("to") or params.time("toTime")
        reported = params.one("isReported")
        wanted = None if reported is None else params.boolean("isReported")
        by_article: dict[str, list[dict[str, Any]]] = {}
        for adjustment, is_reported in self.state.adjustments():
            if since is not None and adjustment.at < since:
                continue
            if until is not None and adjustment.at > until:
                continue
            if wanted is not None and is_reported != wanted:
                continue
            by_article.setdefault(adjustment.article_number, []).append(
                adjustment_json(adjustment, self.state)
            )
        answer = []
        for number, rows in by_article.items():
            article = self.state.article(number)
            assert article is not None  # adjustments are made on known articles only
            answer.append(
                {
                    "article": {
                        "articleSystemId": article.system_id,
                        "articleNumber": article.article_number,
                        "articleName": article.name,
                        "productCode": "",
                    },
                    "inventoryAdjustments": rows,
                }
            )
        return Reply(200, answer)

    def set_reported(
        self, params: Params, body: bytes, inventory_id: str, article_system_id: str
    ) -> Reply:
        self.state.set_reported(int(inventory_id), int(article_system_id))
        return Reply(200, {"message": None, "items": []})
