"""The customer's order slip, made from an order as it stands after its first send."""

from __future__ import annotations

from datetime import UTC, datetime

from app.domain.order_body import FulfilmentKind
from app.domain.order_slip import OrderSlip, SlipLine
from app.services.order_desk import PlacedOrder


def slip_for(placed: PlacedOrder, store_name: str, now: datetime | None = None) -> OrderSlip:
    """What the slip says: the number, the warehouse, the items, for whom and where to."""
    entry, plan, warehouse = placed.entry, placed.planned.plan, placed.planned.warehouse
    customer = plan.customer
    delivery_lines: tuple[str, ...] = ()
    if customer is not None and plan.kind is FulfilmentKind.DELIVERY:
        town = " ".join(part for part in (customer.postcode, customer.city) if part)
        delivery_lines = tuple(
            part
            for part in (
                customer.name,
                customer.address1,
                customer.address2,
                town,
                customer.country,
            )
            if part
        )
    return OrderSlip(
        order_number=entry.order_number,
        ongoing_order_id=entry.ongoing_order_id,
        created_at=(now or datetime.now(UTC)).astimezone(),
        kind=plan.kind,
        warehouse_name=warehouse.name,
        items=tuple(
            SlipLine(
                line.article_number, line.name, line.quantity, line.unit_price, line.currency or ""
            )
            for line in plan.lines
        ),
        warehouse_address_lines=warehouse.address_lines,
        opening_hours=warehouse.opening_hours,
        customer_name=customer.name if customer else "",
        delivery_address_lines=delivery_lines,
        store_name=store_name,
        language=plan.language,
    )
