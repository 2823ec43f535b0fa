"""The customer's slip of one checkout: every part, made from what was just placed, or again
later from this PC's outbox (`tillside slip`). A part Ongoing has not confirmed yet (queued
while it was away, or still on its way) is printed as "not yet confirmed", with what that
means for the customer.

When an order is stored, its row keeps beside the body for Ongoing what the slip prints that
is not the customer's (`slip_facts`: the warehouse, its address and hours, the article names
and prices, the language, the store). A reprint reads those and the body; the customer's
name and address are there only until Ongoing confirms the order (the outbox removes them
then, so the PC keeps no more customer data than it needs), and the copy says so.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from app.domain.basket import BasketLine
from app.domain.customer import Customer
from app.domain.order_body import FulfilmentKind
from app.domain.order_slip import OrderSlip, SlipLine, SlipPart
from app.domain.stock import WarehouseInfo

if TYPE_CHECKING:
    from app.persistence.outbox import OutboxEntry
    from app.services.order_desk import PlacedOrder


def checkout_slip(
    placed: Sequence[PlacedOrder], store_name: str, now: datetime | None = None
) -> OrderSlip:
    """One slip for every part of a checkout, as placed a moment ago: the numbers, the
    warehouses, the items, for whom and where to."""
    if not placed:
        raise ValueError("A checkout slip needs at least one placed order.")
    plan = placed[0].planned.plan
    customer = plan.customer
    delivery = plan.kind is FulfilmentKind.DELIVERY
    has_customer = customer is not None and plan.kind is not FulfilmentKind.STORE_SALE
    return OrderSlip(
        parts=tuple(
            SlipPart(
                order_number=part.entry.order_number,
                warehouse_name=part.planned.warehouse.name,
                items=_slip_lines(part.planned.plan.lines),
                ongoing_order_id=part.entry.ongoing_order_id,
                warehouse_address_lines=part.planned.warehouse.address_lines,
                opening_hours=part.planned.warehouse.opening_hours,
                queued=part.entry.ongoing_order_id is None,
            )
            for part in placed
        ),
        created_at=(now or datetime.now(UTC)).astimezone(),
        kind=plan.kind,
        customer_name=customer.name if customer is not None and has_customer else "",
        delivery_address_lines=_address_lines(customer) if delivery else (),
        store_name=store_name,
        language=plan.language,
        checkout_id=placed[0].entry.checkout,
    )


def _slip_lines(lines: Sequence[BasketLine]) -> tuple[SlipLine, ...]:
    return tuple(
        SlipLine(
            line.article_number, line.name, line.quantity, line.unit_price, line.currency or ""
        )
        for line in lines
    )


def _address_lines(customer: Customer | None) -> tuple[str, ...]:
    if customer is None:
        return ()
    town = " ".join(part for part in (customer.postcode, customer.city) if part)
    return tuple(
        part for part in (customer.address1, customer.address2, town, customer.country) if part
    )


# --- what the outbox keeps for a reprint ---


def slip_facts(
    lines: Sequence[BasketLine],
    warehouse: WarehouseInfo,
    *,
    language: str,
    store_name: str,
    has_customer: bool,
) -> dict[str, Any]:
    """What a part's slip prints that is not the customer's, as the outbox keeps it (JSON).

    Never the customer's name, address, phone or e-mail: these rows outlive the order's
    confirmation, and the customer's details must not.
    """
    return {
        "warehouse": {
            "name": warehouse.name,
            "address_lines": list(warehouse.address_lines),
            "opening_hours": warehouse.opening_hours,
        },
        "lines": [
            {
                "article_number": line.article_number,
                "name": line.name,
                "quantity": str(line.quantity),
                "unit_price": None if line.unit_price is None else str(line.unit_price),
                "currency": line.currency or "",
            }
            for line in lines
        ],
        "language": language,
        "store_name": store_name,
        "has_customer": has_customer,
    }


def lowered_slip_facts(
    slip: Mapping[str, Any], quantities: Mapping[str, Decimal]
) -> dict[str, Any]:
    """A row's slip facts after its quantities were lowered at the till (by article number):
    a reprint prints what the customer now gets; a line lowered to 0 is left off."""
    lines = []
    for raw in slip.get("lines") or []:
        line = dict(raw) if isinstance(raw, Mapping) else {}
        article = str(line.get("article_number") or "")
        if article in quantities:
            if quantities[article] <= 0:
                continue
            line["quantity"] = str(quantities[article])
        lines.append(line)
    return {**slip, "lines": lines}


def reprint_slip(parts: Sequence[OutboxEntry], store_name: str = "") -> OrderSlip:
    """The slip of a stored checkout again, from this PC's outbox (every part given).

    Whatever a row lacks (a row stored before the slip's facts were kept, a damaged one
    salvaged) is left out rather than guessed: the order numbers are always there. The
    customer's name and address come only from parts Ongoing has not confirmed yet.
    """
    if not parts:
        raise ValueError("A reprint needs at least one stored order.")
    first = parts[0]
    kind = _kind(first.kind)
    facts = [stored_mapping(entry.slip) for entry in parts]
    language = next(
        (str(f["language"]) for f in facts if f.get("language")),
        str(first.body.get("languageCode") or "en"),
    )
    customer_name = ""
    address: tuple[str, ...] = ()
    has_customer = any(f.get("has_customer", True) for f in facts)
    kept = kind is FulfilmentKind.STORE_SALE or not has_customer
    if kind is not FulfilmentKind.STORE_SALE and has_customer:
        consignee = next(
            (stored_mapping(e.body.get("consignee")) for e in parts if e.body.get("consignee")),
            None,
        )
        if consignee is not None:
            kept = True
            customer_name = str(consignee.get("name") or "")
            if kind is FulfilmentKind.DELIVERY:
                address = _consignee_address(consignee)
    return OrderSlip(
        parts=tuple(_part(entry, f) for entry, f in zip(parts, facts, strict=True)),
        created_at=first.created_at.astimezone(),
        kind=kind,
        customer_name=customer_name,
        delivery_address_lines=address,
        store_name=next((str(f["store_name"]) for f in facts if f.get("store_name")), store_name),
        language=language,
        checkout_id=first.checkout,
        reprint=True,
        customer_details_kept=kept,
    )


def _kind(value: str) -> FulfilmentKind:
    try:
        return FulfilmentKind(value)
    except ValueError:
        return FulfilmentKind.STORE_SALE  # neither a place nor an address to print


def stored_mapping(value: object) -> Mapping[str, Any]:
    """A stored row's object, or an empty one when the row holds something else there."""
    return value if isinstance(value, Mapping) else {}


def _part(entry: OutboxEntry, facts: Mapping[str, Any]) -> SlipPart:
    warehouse = stored_mapping(facts.get("warehouse"))
    return SlipPart(
        order_number=entry.order_number,
        warehouse_name=str(warehouse.get("name") or ""),
        items=_stored_lines(facts.get("lines")) or _body_lines(entry.body.get("orderLines")),
        ongoing_order_id=entry.ongoing_order_id,
        warehouse_address_lines=tuple(
            str(line) for line in warehouse.get("address_lines") or () if line
        ),
        opening_hours=str(warehouse.get("opening_hours") or ""),
        queued=entry.ongoing_order_id is None and entry.state.value != "cancelled",
    )


def _stored_lines(lines: object) -> tuple[SlipLine, ...]:
    found = []
    for line in lines if isinstance(lines, list) else []:
        data = stored_mapping(line)
        quantity = stored_decimal(data.get("quantity"))
        if quantity is None or quantity <= 0:
            continue
        found.append(
            SlipLine(
                str(data.get("article_number") or ""),
                str(data.get("name") or ""),
                whole_or_decimal(quantity),
                stored_decimal(data.get("unit_price")),
                str(data.get("currency") or ""),
            )
        )
    return tuple(found)


def _body_lines(lines: object) -> tuple[SlipLine, ...]:
    """Lines from the order body Ongoing got (no names there): an older row's reprint."""
    found = []
    for line in lines if isinstance(lines, list) else []:
        data = stored_mapping(line)
        quantity = stored_decimal(data.get("numberOfItems"))
        if quantity is None or quantity <= 0:
            continue
        prices = stored_mapping(data.get("prices"))
        line_price = stored_decimal(prices.get("customerLinePrice"))
        found.append(
            SlipLine(
                str(data.get("articleNumber") or ""),
                "",
                whole_or_decimal(quantity),
                None if line_price is None else line_price / quantity,
                str(prices.get("currencyCode") or ""),
            )
        )
    return tuple(found)


def stored_decimal(value: object) -> Decimal | None:
    """A number as a stored row keeps it (JSON), or None when it is not a finite number."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def whole_or_decimal(value: Decimal) -> int | Decimal:
    return int(value) if value == value.to_integral_value() else value


def _consignee_address(consignee: Mapping[str, Any]) -> tuple[str, ...]:
    town = " ".join(str(consignee.get(key) or "") for key in ("postCode", "city")).strip()
    return tuple(
        str(part)
        for part in (
            consignee.get("address1"),
            consignee.get("address2"),
            town,
            consignee.get("countryCode"),
        )
        if part
    )
