"""The Ongoing API subset the till uses, answered from `WmsState` in Ongoing's own shapes."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from app.simulator.state import (
    STATUS_TEXT,
    SimArticle,
    SimOrder,
    SimPurchaseOrder,
    SimulatorError,
    SimWarehouse,
    WmsState,
)

Query = list[tuple[str, str]]
PURCHASE_STATUS_TEXT = {200: "Avviserad", 300: "Ankommen", 400: "Avvikelse", 500: "Inlevererad"}


@dataclass(frozen=True, slots=True)
class Credentials:
    api_user: str
    password: str
    goods_owner_id: int


@dataclass(slots=True)
class Reply:
    status: int
    body: Any
    headers: tuple[tuple[str, str], ...] = ()


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


def warehouse_json(w: SimWarehouse) -> dict[str, Any]:
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


def article_json(a: SimArticle, state: WmsState, goods_owner_id: int) -> dict[str, Any]:
    totals = [state.stock(a.article_number, w.id) for w in state.warehouses()]
    physical = sum((s.physical for s in totals), Decimal(0))
    allocated = sum((s.allocated for s in totals), Decimal(0))
    return {
        "goodsOwner": {"id": goods_owner_id, "name": "Tillside demo"},
        "articleSystemId": a.system_id,
        "articleNumber": a.article_number,
        "articleName": a.name,
        "productCode": a.article_number,
        "unitCode": a.unit_code,
        "description": None,
        "isStockArticle": True,
        "isActive": True,
        "supplierInfo": None,
        "barCodeInfo": {
            "barCode": a.barcode,
            "barCodePackage": a.package_barcode,
            "barCodePallet": None,
            "alternativeBarCodes": [
                {"barCode": code, "quantityPerBarCode": 1.0, "barCodeType": None}
                for code in a.alternative_barcodes
            ],
        },
        "quantityPerPackage": None,
        "quantityPerPallet": None,
        "weight": None,
        "customerPrice": number(a.price),
        "purcaseCurrencyCode": a.currency,
        "articleGroup": None,
        "articleCategory": None,
        "inventoryInfo": {
            "numberOfItems": float(physical),
            "numberOfBookedItems": float(allocated),
            "numberOfLockedItems": 0.0,
            "toReceiveNumberOfItems": 0.0,
            "allocatedNumberOfItems": float(allocated),
            "lockedForSaleNumberOfItems": 0.0,
            "pickedToBeCollectedNumberOfItems": 0.0,
            "receivedToBeFinishedNumberOfItems": 0.0,
            "lastInDate": None,
            "sellableNumberOfItems": float(physical - allocated),
            "totalStockValue": 0.0,
            "reported": None,
        },
        "articleDataLastUpdated": iso(a.updated_at),
        "articleKind": "Standard",
        "classes": [],
        "linkToPicture": None,
    }


def inventory_json(a: SimArticle, state: WmsState, warehouse_ids: list[int]) -> dict[str, Any]:
    rows = []
    for warehouse_id in warehouse_ids:
        s = state.stock(a.article_number, warehouse_id)
        rows.append(
            {
                "warehouseId": warehouse_id,
                "numberOfItems": float(s.physical),
                "numberOfLockedItems": float(s.locked),
                "sellableNumberOfItems": float(s.sellable),
                "availableForSaleNumberOfItems": float(max(s.sellable, Decimal(0))),
                "allocatedNumberOfItems": float(s.allocated),
                "reported": {
                    "pickedToBeReportedNumberOfItems": 0.0,
                    "returnedToBeReportedNumberOfItems": 0.0,
                    "receivedToBeReportedNumberOfItems": 0.0,
                },
            }
        )
    return {
        "articleSystemId": a.system_id,
        "articleNumber": a.article_number,
        "inventoryPerWarehouse": rows,
    }


def notification_json(raw: Any) -> dict[str, Any]:
    raw = raw if isinstance(raw, dict) else {}
    return {"toBeNotified": bool(raw.get("toBeNotified")), "value": raw.get("value")}


def order_json(order: SimOrder, state: WmsState, goods_owner_id: int) -> dict[str, Any]:
    body = order.body
    warehouse = state.warehouse(order.warehouse_id)
    raw_consignee = body.get("consignee")
    consignee: dict[str, Any] = raw_consignee if isinstance(raw_consignee, dict) else {}
    ordered = sum((line.quantity for line in order.lines), Decimal(0))
    picked = ordered if order.picked else Decimal(0)
    allocated = Decimal(0) if order.status == 1000 else ordered
    return {
        "goodsOwner": {"id": goods_owner_id, "name": "Tillside demo"},
        "orderInfo": {
            "orderId": order.order_id,
            "orderNumber": order.order_number,
            "goodsOwnerOrderId": body.get("goodsOwnerOrderId"),
            "referenceNumber": body.get("referenceNumber"),
            "orderRemark": body.get("orderRemark"),
            "deliveryInstruction": body.get("deliveryInstruction"),
            "orderType": None,
            "wayOfDelivery": body.get("wayOfDelivery"),
            "deliveryDate": body.get("deliveryDate"),
            "createdDate": iso(order.created_at),
            "shippedTime": None,
            "orderStatus": {"number": order.status, "text": STATUS_TEXT.get(order.status)},
            "emailNotification": notification_json(body.get("emailNotification")),
            "smsNotification": notification_json(body.get("smsNotification")),
            "telephoneNotification": notification_json(body.get("telephoneNotification")),
            "orderedNumberOfItems": float(ordered),
            "allocatedNumberOfItems": float(allocated),
            "pickedNumberOfItems": float(picked),
            "warehouse": {
                "id": order.warehouse_id,
                "code": warehouse.code if warehouse else None,
                "name": warehouse.name if warehouse else None,
            },
            "warehouseInstruction": body.get("warehouseInstruction"),
            "pickingPriority": body.get("pickingPriority"),
        },
        "consignee": {
            "customerNumber": consignee.get("customerNumber"),
            "name": consignee.get("name"),
            "address1": consignee.get("address1"),
            "address2": consignee.get("address2"),
            "address3": consignee.get("address3"),
            "postCode": consignee.get("postCode"),
            "city": consignee.get("city"),
            "countryCode": consignee.get("countryCode"),
            "countryStateCode": None,
            "remark": consignee.get("remark"),
            "doorCode": consignee.get("doorCode"),
            "invoiceAddress": None,
        },
        "parcels": [],
        "orderLines": [
            {
                "id": order.order_id * 100 + index,
                "rowNumber": line.row_number,
                "article": {
                    "articleSystemId": article.system_id if article else 0,
                    "articleNumber": line.article_number,
                    "articleName": article.name if article else "",
                    "productCode": line.article_number,
                },
                "comment": None,
                "orderedNumberOfItems": float(line.quantity),
                "allocatedNumberOfItems": 0.0 if order.status == 1000 else float(line.quantity),
                "pickedNumberOfItems": float(line.quantity) if order.picked else 0.0,
                "packedNumberOfItems": 0.0,
                "reportedNumberOfItems": None,
                "shouldBePicked": True,
                "prices": {
                    "linePrice": None,
                    "customerLinePrice": number(line.customer_line_price),
                    "currencyCode": line.currency,
                    "discountPercentage": None,
                },
            }
            for index, line in enumerate(order.lines, start=1)
            for article in [state.article(line.article_number)]
        ],
        "transporter": None,
        "tracking": [],
        "classes": [],
    }


def purchase_order_json(
    p: SimPurchaseOrder, state: WmsState, goods_owner_id: int
) -> dict[str, Any]:
    warehouse = state.warehouse(p.warehouse_id)
    return {
        "goodsOwner": {"id": goods_owner_id, "name": "Tillside demo"},
        "supplierInfo": {"supplierNumber": None, "supplierName": p.supplier},
        "purchaseOrderInfo": {
            "purchaseOrderId": p.purchase_order_id,
            "purchaseOrderNumber": p.number,
            "purchaseOrderStatus": {
                "number": p.status,
                "text": PURCHASE_STATUS_TEXT.get(p.status),
            },
            "purchaseOrderType": None,
            "inDate": iso(p.in_date),
            "warehouse": {
                "id": p.warehouse_id,
                "code": warehouse.code if warehouse else None,
                "name": warehouse.name if warehouse else None,
            },
            "createdDate": iso(p.status_changed_at),
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
                "advisedNumberOfItems": float(advised),
                "receivedNumberOfItems": float(received),
                "reportedNumberOfItems": None,
            }
            for index, (article_number, advised, received) in enumerate(p.lines, start=1)
            for article in [state.article(article_number)]
        ],
    }


# --- the API ---


class OngoingApi:
    """Routes one request to a handler; authentication and goods owner checked first."""

    def __init__(self, state: WmsState, credentials: Credentials) -> None:
        self.state = state
        self.credentials = credentials
        self._routes: list[tuple[str, re.Pattern[str], Callable[..., Reply]]] = [
            ("GET", re.compile(r"/warehouses"), self.get_warehouses),
            ("GET", re.compile(r"/articles"), self.get_articles),
            ("GET", re.compile(r"/articles/inventoryPerWarehouse"), self.get_inventory),
            ("PUT", re.compile(r"/orders"), self.put_order),
            ("GET", re.compile(r"/orders"), self.get_orders),
            ("GET", re.compile(r"/orders/statuses"), self.get_statuses),
            ("GET", re.compile(r"/orders/pickability"), self.get_pickability),
            ("GET", re.compile(r"/orders/wayOfDeliveryTypes"), self.get_ways),
            ("PUT", re.compile(r"/orders/wayOfDeliveryTypes"), self.put_way),
            ("GET", re.compile(r"/orders/(\d+)"), self.get_order),
            ("DELETE", re.compile(r"/orders/(\d+)"), self.delete_order),
            ("GET", re.compile(r"/transporterContracts"), self.get_contracts),
            ("GET", re.compile(r"/purchaseOrders"), self.get_purchase_orders),
        ]

    def authorised(self, authorization: str | None) -> bool:
        if not authorization or not authorization.lower().startswith("basic "):
            return False
        try:
            decoded = base64.b64decode(authorization[6:], validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return False
        user, _, password = decoded.partition(":")
        return (user, password) == (self.credentials.api_user, self.credentials.password)

    def handle(self, method: str, path: str, query: Query, body: bytes, auth: str | None) -> Reply:
        if not self.authorised(auth):
            return message(401, "Authorization has been denied for this request.")
        params = Params(query)
        try:
            for route_method, pattern, handler in self._routes:
                match = pattern.fullmatch(path)
                if match and route_method == method:
                    self._check_goods_owner(method, path, params, body)
                    return handler(params, body, *match.groups())
            if any(p.fullmatch(path) for _, p, _ in self._routes):
                return message(
                    405, f"The requested resource does not support http method '{method}'."
                )
            return message(
                404, f"No HTTP resource was found that matches the request URI '{path}'."
            )
        except SimulatorError as error:
            return message(error.status, error.message)

    def _check_goods_owner(self, method: str, path: str, params: Params, body: bytes) -> None:
        if (
            method != "GET"
            or path in ("/warehouses", "/orders/statuses")
            or re.fullmatch(r"/orders/\d+", path)
        ):
            return
        owner = params.integer("goodsOwnerId")
        if owner is None:
            raise SimulatorError(400, "The goodsOwnerId parameter is required.")
        if owner != self.credentials.goods_owner_id:
            raise SimulatorError(401, "Authorization has been denied for this goods owner.")

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
            wanted = set(numbers)
            articles = [a for a in articles if a.article_number in wanted]
        barcodes = params.all("barCodes")
        if barcodes:
            wanted = set(barcodes)
            articles = [a for a in articles if wanted.intersection(a.barcodes())]
        changed = params.time("articleDataLastUpdatedFrom")
        if changed is not None:
            articles = [a for a in articles if a.updated_at >= changed]
        articles = page(articles, params, lambda a: a.system_id, "articleSystem")
        owner = self.credentials.goods_owner_id
        return Reply(200, [article_json(a, self.state, owner) for a in articles])

    def get_inventory(self, params: Params, body: bytes) -> Reply:
        articles = self.state.articles()
        numbers = params.all("articleNumbers")
        if numbers:
            found = [self.state.article(n) for n in dict.fromkeys(numbers)]
            articles = sorted((a for a in found if a), key=lambda a: a.system_id)
        warehouse_ids = [w.id for w in self.state.warehouses()]
        wanted = params.all("warehouseIds")
        if wanted:
            try:
                chosen = {int(w) for w in wanted}
            except ValueError:
                raise SimulatorError(400, "warehouseIds must be integers.") from None
            warehouse_ids = [w for w in warehouse_ids if w in chosen]
        articles = page(articles, params, lambda a: a.system_id, "articleSystem")
        return Reply(200, [inventory_json(a, self.state, warehouse_ids) for a in articles])

    def put_order(self, params: Params, body: bytes) -> Reply:
        data = self._json_body(body)
        if data.get("goodsOwnerId") != self.credentials.goods_owner_id:
            raise SimulatorError(401, "Authorization has been denied for this goods owner.")
        for required in ("deliveryDate", "consignee"):
            if data.get(required) in (None, ""):
                raise SimulatorError(400, f"{required} is required.")
        order, created = self.state.upsert_order(data)
        verb = "created" if created else "updated"
        text = f"Order {order.order_number} was {verb}.<br/>Order id: {order.order_id}<br/>"
        return Reply(201 if created else 200, {"orderId": order.order_id, "message": text})

    def get_orders(self, params: Params, body: bytes) -> Reply:
        orders = self.state.orders()
        numbers = params.all("orderNumbers") + params.all("orderNumber")
        if numbers:
            orders = [o for o in orders if o.order_number in set(numbers)]
        low, high = params.integer("orderStatusFrom"), params.integer("orderStatusTo")
        if low is not None:
            orders = [o for o in orders if o.status >= low]
        if high is not None:
            orders = [o for o in orders if o.status <= high]
        changed = params.time("orderStatusChangedTimeFrom")
        if changed is not None:
            orders = [o for o in orders if o.status_changed_at >= changed]
        created = params.time("orderCreatedTimeFrom")
        if created is not None:
            orders = [o for o in orders if o.created_at >= created]
        orders = page(orders, params, lambda o: o.order_id, "order")
        owner = self.credentials.goods_owner_id
        return Reply(200, [order_json(o, self.state, owner) for o in orders])

    def get_order(self, params: Params, body: bytes, order_id: str) -> Reply:
        order = self.state.order(int(order_id))
        if order is None:
            raise SimulatorError(404, f"Order {order_id} does not exist.")
        return Reply(200, order_json(order, self.state, self.credentials.goods_owner_id))

    def delete_order(self, params: Params, body: bytes, order_id: str) -> Reply:
        order = self.state.cancel_order(int(order_id))
        text = f"Order {order.order_number} was cancelled.<br/>"
        return Reply(200, {"orderId": order.order_id, "message": text})

    def get_statuses(self, params: Params, body: bytes) -> Reply:
        statuses = [{"number": n, "text": t} for n, t in STATUS_TEXT.items()]
        return Reply(200, {"orderStatuses": statuses})

    def get_pickability(self, params: Params, body: bytes) -> Reply:
        orders = self.state.orders()
        ids = {int(i) for i in params.all("orderIds") if i.isdigit()}
        numbers = set(params.all("orderNumbers"))
        if ids or numbers:
            orders = [o for o in orders if o.order_id in ids or o.order_number in numbers]
        orders = page(orders, params, lambda o: o.order_id, "order")
        results = []
        for order in orders:
            lines = []
            all_ok = True
            for line in order.lines:
                stock = self.state.stock(line.article_number, order.warehouse_id)
                ok = order.picked or stock.physical - stock.locked >= stock.allocated
                all_ok = all_ok and ok
                lines.append(
                    {
                        "rowNumber": line.row_number,
                        "article": {"articleNumber": line.article_number},
                        "shouldBePicked": True,
                        "orderedNumberOfItems": float(line.quantity),
                        "allocatedNumberOfItems": float(line.quantity),
                        "pickedNumberOfItems": float(line.quantity) if order.picked else 0.0,
                        "orderLinePickability": {
                            "pickability": "Pickable" if ok else "NotPickable"
                        },
                    }
                )
            results.append(
                {
                    "orderInfo": {
                        "orderId": order.order_id,
                        "orderNumber": order.order_number,
                        "goodsOwnerOrderId": order.body.get("goodsOwnerOrderId"),
                        "orderStatus": {
                            "number": order.status,
                            "text": STATUS_TEXT.get(order.status),
                        },
                    },
                    "orderPickability": {"pickability": "Pickable" if all_ok else "NotPickable"},
                    "orderLines": lines,
                }
            )
        return Reply(200, {"pickabilityResults": results})

    def get_ways(self, params: Params, body: bytes) -> Reply:
        ways = [{"id": i, "code": c, "name": n} for i, c, n in self.state.ways_of_delivery()]
        return Reply(200, {"wayOfDeliveryTypes": ways})

    def put_way(self, params: Params, body: bytes) -> Reply:
        data = self._json_body(body)
        if data.get("goodsOwnerId") != self.credentials.goods_owner_id:
            raise SimulatorError(401, "Authorization has been denied for this goods owner.")
        code, name = data.get("code"), data.get("name")
        if not isinstance(code, str) or not code or not isinstance(name, str) or not name:
            raise SimulatorError(400, "code and name are required.")
        type_id = self.state.put_way_of_delivery(code, name)
        return Reply(200, {"wayOfDeliveryTypeId": type_id, "success": True, "message": "Saved."})

    def get_contracts(self, params: Params, body: bytes) -> Reply:
        return Reply(
            200,
            [
                {
                    "ediCode": "",
                    "transporterName": "PostNord Sweden AB",
                    "transporterCode": "PLAB",
                    "transporterServiceCode": "",
                    "transporterServices": [
                        {
                            "transporterServiceName": "PostNord MyPack Home",
                            "transporterServiceCode": "P17",
                        },
                        {
                            "transporterServiceName": "PostNord MyPack Collect",
                            "transporterServiceCode": "P19",
                        },
                    ],
                },
                {
                    "ediCode": "",
                    "transporterName": "Budbee",
                    "transporterCode": "BUDBEE",
                    "transporterServiceCode": "",
                    "transporterServices": [
                        {"transporterServiceName": "Budbee Home", "transporterServiceCode": "HOME"}
                    ],
                },
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
        numbers = set(params.all("purchaseOrderNumbers"))
        if numbers:
            items = [p for p in items if p.number in numbers]
        articles = set(params.all("articleNumbers"))
        if articles:
            items = [p for p in items if articles.intersection(n for n, _, _ in p.lines)]
        items = page(items, params, lambda p: p.purchase_order_id, "purchaseOrder")
        owner = self.credentials.goods_owner_id
        return Reply(200, [purchase_order_json(p, self.state, owner) for p in items])
