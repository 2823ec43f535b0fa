"""The body of `PUT /orders` built from a basket, a customer and how the order leaves.

Ongoing has no pickup flag: how an order leaves is said with a way-of-delivery code the
warehouse maps to its process. A pickup order also gets a high picking priority and a
warehouse instruction to pick at once, because the customer is on the way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from app.domain.basket import BasketLine
from app.domain.customer import Customer
from app.domain.stock import WarehouseInfo

PICKUP_PICKING_PRIORITY = 10
PICKUP_INSTRUCTION = "PICK NOW: customer collects in store. Pick at once and set aside."


class FulfilmentKind(Enum):
    PICKUP = "pickup"
    DELIVERY = "delivery"
    STORE_SALE = "store-sale"


@dataclass(frozen=True, slots=True)
class Fulfilment:
    kind: FulfilmentKind
    warehouse: WarehouseInfo
    way_of_delivery_code: str
    way_of_delivery_name: str


def _number(value: Decimal) -> int | float:
    """JSON numbers, not strings: whole quantities as integers, prices as floats."""
    return int(value) if value == value.to_integral_value() else float(value)


def build_order_body(
    *,
    goods_owner_id: int,
    order_number: str,
    receipt_number: str,
    lines: Sequence[BasketLine],
    customer: Customer | None,
    fulfilment: Fulfilment,
    delivery_date: date,
    language_code: str = "sv",
    store_name: str = "",
) -> dict[str, Any]:
    if not lines:
        raise ValueError("An order needs at least one line.")
    if customer is None and fulfilment.kind is FulfilmentKind.DELIVERY:
        raise ValueError("A delivery needs a customer with an address.")
    body: dict[str, Any] = {
        "goodsOwnerId": goods_owner_id,
        "orderNumber": order_number,
        "goodsOwnerOrderId": receipt_number,
        "deliveryDate": f"{delivery_date.isoformat()}T00:00:00",
        "warehouseId": fulfilment.warehouse.id,
        "wayOfDelivery": {
            "code": fulfilment.way_of_delivery_code,
            "name": fulfilment.way_of_delivery_name,
        },
        "languageCode": language_code,
        "consignee": _consignee(customer, fulfilment, store_name),
        "orderLines": [_line(row, line) for row, line in enumerate(lines, start=1)],
    }
    if fulfilment.kind is FulfilmentKind.PICKUP:
        body["pickingPriority"] = PICKUP_PICKING_PRIORITY
        body["warehouseInstruction"] = PICKUP_INSTRUCTION
    if customer is not None:
        if customer.delivery_instruction:
            body["deliveryInstruction"] = customer.delivery_instruction
        body["emailNotification"] = {
            "toBeNotified": customer.notify_email and bool(customer.email),
            "value": customer.email or None,
        }
        body["smsNotification"] = {
            "toBeNotified": customer.notify_sms and bool(customer.phone),
            "value": customer.phone or None,
        }
    return body


def _consignee(
    customer: Customer | None, fulfilment: Fulfilment, store_name: str
) -> dict[str, Any]:
    if fulfilment.kind is FulfilmentKind.STORE_SALE:
        # A sale over the counter: the store itself receives it, whoever the buyer is.
        return {"name": store_name or fulfilment.warehouse.name}
    if customer is None:
        # A pickup without a customer's name (the slip's order number is the proof) waits at
        # the pickup warehouse: addressed to it, which the pickup board knows is no customer.
        return {
            "name": fulfilment.warehouse.name,
            "remark": "Pickup at " + fulfilment.warehouse.name,
        }
    if fulfilment.kind is FulfilmentKind.DELIVERY:
        consignee = {
            "name": customer.name,
            "address1": customer.address1,
            "address2": customer.address2 or None,
            "postCode": customer.postcode,
            "city": customer.city,
            "countryCode": customer.country,
            "doorCode": customer.door_code or None,
        }
    else:
        consignee = {"name": customer.name, "remark": "Pickup at " + fulfilment.warehouse.name}
    return {key: value for key, value in consignee.items() if value is not None}


def _line(row: int, line: BasketLine) -> dict[str, Any]:
    result: dict[str, Any] = {
        "rowNumber": str(row),
        "articleNumber": line.article_number,
        "numberOfItems": line.quantity,
    }
    if line.unit_price is not None:
        prices: dict[str, Any] = {"customerLinePrice": _number(line.unit_price * line.quantity)}
        if line.currency:
            prices["currencyCode"] = line.currency
        result["prices"] = prices
    return result
