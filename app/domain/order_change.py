"""Lowering the quantities of an order the warehouse has not started: the rules and the body.

Ongoing's `PUT /orders` is an upsert on the order number until the warehouse starts work
(then it refuses). What an update does with lines and fields it is not given is not
documented (the simulator replaces the whole order), so the update carries the whole order
as Ongoing holds it: every header field that `PUT /orders` takes, the consignee, and every
line under its own row number at its new quantity. A line lowered to 0 stays on the order
at 0, so the other lines keep their row numbers and ids. A line's customer price is a total
for the line and is lowered with it. Lowering every line to 0 is a cancel, not an update.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app.domain.returns import OrderChoice, ReturnError, ReturnRefusal, SoldOrder
from app.domain.text_values import filled
from app.domain.texts import translate

# Fields of Ongoing's order (GetOrderModel.orderInfo) that PUT /orders takes as they are.
HEADER_FIELDS = (
    "orderNumber",
    "goodsOwnerOrderId",
    "referenceNumber",
    "salesCode",
    "orderRemark",
    "deliveryInstruction",
    "servicePointCode",
    "freeText1",
    "freeText2",
    "freeText3",
    "deliveryDate",
    "preparedTransportDocumentId",
    "customerPrice",
    "consigneeOrderNumber",
    "warehouseInstruction",
    "pickingPriority",
    "productionCode",
    "freightPrice",
    "invoiceUrl",
    "orderFreeDateTime1",
)
CODE_NAME_FIELDS = ("orderType", "wayOfDelivery", "termsOfDeliveryType")
NOTIFICATION_FIELDS = ("emailNotification", "smsNotification", "telephoneNotification")
CONSIGNEE_FIELDS = (
    "customerNumber",
    "name",
    "address1",
    "address2",
    "address3",
    "postCode",
    "city",
    "countryCode",
    "countryStateCode",
    "remark",
    "doorCode",
)
LINE_FIELDS = (
    "comment",
    "shouldBePicked",
    "serialNumber",
    "lineTotalCustomsValue",
    "batchNumber",
    "customerArticleNumber",
    "externalId",
    "minDaysToExpiryDate",
    "maxDaysToExpiryDate",
    "deliveryDate",
    "warehouseInstruction",
)
PRICE_FIELDS = ("linePrice", "customerLinePrice", "currencyCode", "discountPercentage")


@dataclass(frozen=True, slots=True)
class LowerPlan:
    """New quantities per line id, every line of the order named; checked by `plan_lower`."""

    order: SoldOrder
    quantities: Mapping[int, Decimal]

    @property
    def cancels(self) -> bool:
        """Every line at 0: the order is cancelled instead of updated."""
        return all(quantity == 0 for quantity in self.quantities.values())


def plan_lower(order: SoldOrder, wanted: Mapping[int, Decimal]) -> LowerPlan:
    """The cashier's new quantities (line id -> quantity; lines left out stay as they are),
    checked: never up, never below 0, whole numbers, at least one lower. Raises ReturnError."""
    if order.choice is not OrderChoice.CANCEL:
        raise ReturnError(
            filled(
                translate(
                    "Returns",
                    "The quantities of order {number} cannot be changed now ({status}): "
                    "the warehouse has started on it or it is cancelled.",
                ),
                number=order.order_number,
                status=order.status_text or "—",
            ),
            ReturnRefusal.NOT_RETURNABLE,
        )
    known = {line.line_id for line in order.lines}
    unknown = sorted(set(wanted) - known)
    if unknown:
        raise ReturnError(
            filled(
                translate("Returns", "Line {line} is not on order {number}."),
                line=unknown[0],
                number=order.order_number,
            ),
            ReturnRefusal.BAD_INPUT,
        )
    quantities: dict[int, Decimal] = {}
    for line in order.lines:
        quantity = wanted.get(line.line_id, line.ordered)
        if quantity < 0 or quantity > line.ordered or quantity != quantity.to_integral_value():
            raise ReturnError(
                filled(
                    translate(
                        "Returns",
                        "{article}: the new quantity must be a whole number from 0 to {ordered}.",
                    ),
                    article=line.article_number,
                    ordered=line.ordered,
                ),
                ReturnRefusal.BAD_INPUT,
            )
        quantities[line.line_id] = quantity
    if all(quantities[line.line_id] == line.ordered for line in order.lines):
        raise ReturnError(
            translate("Returns", "Lower at least one quantity, or close without changing."),
            ReturnRefusal.BAD_INPUT,
        )
    return LowerPlan(order, quantities)


def update_body(
    held: Mapping[str, Any], goods_owner_id: int, quantities: Mapping[int, Decimal]
) -> dict[str, Any]:
    """`PUT /orders` for the order Ongoing holds (`GET /orders/{id}`), lines at their new
    quantities (by line id; a line not named keeps its quantity)."""
    info = _obj(held.get("orderInfo"))
    body: dict[str, Any] = {"goodsOwnerId": goods_owner_id}
    body.update({k: info[k] for k in HEADER_FIELDS if info.get(k) is not None})
    for key in CODE_NAME_FIELDS:
        value = _obj(info.get(key))
        if value.get("code"):
            body[key] = {"code": value["code"], "name": value.get("name")}
    for key in NOTIFICATION_FIELDS:
        value = _obj(info.get(key))
        if value:
            body[key] = {
                "toBeNotified": bool(value.get("toBeNotified")),
                "value": value.get("value"),
            }
    warehouse = _obj(info.get("warehouse"))
    if isinstance(warehouse.get("id"), int):
        body["warehouseId"] = warehouse["id"]
    consignee = _obj(held.get("consignee"))
    body["consignee"] = {k: consignee[k] for k in CONSIGNEE_FIELDS if consignee.get(k) is not None}
    for key in ("transporter", "returnTransporter"):
        carrier = _obj(held.get(key))
        if carrier.get("code"):
            body[key] = {
                "transporterCode": carrier["code"],
                "transporterServiceCode": carrier.get("serviceCode"),
            }
    classes = [_obj(c) for c in held.get("classes") or []]
    if classes:
        body["classes"] = [{"code": c.get("code"), "name": c.get("name")} for c in classes]
    body["orderLines"] = [
        _held_line(_obj(line), quantities) for line in held.get("orderLines") or [] if line
    ]
    return body


def _held_line(line: Mapping[str, Any], quantities: Mapping[int, Decimal]) -> dict[str, Any]:
    ordered = Decimal(str(line.get("orderedNumberOfItems") or 0))
    quantity = quantities.get(line.get("id") or 0, ordered)
    result: dict[str, Any] = {
        "rowNumber": line.get("rowNumber"),
        "articleNumber": _obj(line.get("article")).get("articleNumber"),
        "numberOfItems": _number(quantity),
    }
    result.update({k: line[k] for k in LINE_FIELDS if line.get(k) is not None})
    for key in ("lineType", "vat"):
        value = _obj(line.get(key))
        if value:
            result[key] = dict(value)
    prices = {k: v for k, v in _obj(line.get("prices")).items() if k in PRICE_FIELDS}
    prices = {k: v for k, v in prices.items() if v is not None}
    if prices:
        result["prices"] = _scaled(prices, ordered, quantity)
    return result


def lowered_stored_body(
    body: Mapping[str, Any], quantities: Mapping[int, Decimal]
) -> dict[str, Any]:
    """A body this till stored and has not sent, its lines (by position, from 1) lowered."""
    lowered = dict(body)
    lines = []
    for position, raw in enumerate(body.get("orderLines") or [], start=1):
        line = dict(_obj(raw))
        ordered = Decimal(str(line.get("numberOfItems") or 0))
        quantity = quantities.get(position, ordered)
        line["numberOfItems"] = _number(quantity)
        if isinstance(line.get("prices"), dict):
            line["prices"] = _scaled(line["prices"], ordered, quantity)
        lines.append(line)
    lowered["orderLines"] = lines
    return lowered


def _scaled(prices: Mapping[str, Any], ordered: Decimal, quantity: Decimal) -> dict[str, Any]:
    """The line's total prices for the new quantity (a unit price times the items)."""
    scaled = dict(prices)
    for key in ("linePrice", "customerLinePrice"):
        value = prices.get(key)
        if isinstance(value, int | float) and ordered > 0:
            scaled[key] = _number(
                (Decimal(str(value)) * quantity / ordered).quantize(Decimal("0.01"))
            )
    return scaled


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _obj(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}
