"""A return's slip, made from its row in this PC's outbox: at the counter, and again later.

`ReturnService.take` keeps beside the body for Ongoing what the slip prints
(`return_slip_facts`: the original order, the lines with their names, the cause, where the
goods go, the store, the language, when to refund); never anything of the customer's. The
return tracker notes there when the warehouse received it. `return_slip` reads all that and
the row's state back, so the till and `tillside slip` print the same slip.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.config.settings import StoreSection
from app.domain.return_slip import Refund, ReturnSlip, ReturnSlipLine, ReturnState
from app.domain.returns import ReturnPlan
from app.services.slips import stored_decimal, stored_mapping, whole_or_decimal

if TYPE_CHECKING:
    from app.persistence.outbox import OutboxEntry

RECEIVED_AT = "receivedAt"  # the slip facts' key the tracker fills in (ISO time)


def return_slip_facts(
    plan: ReturnPlan,
    *,
    store: StoreSection,
    language: str,
    warehouse_name: str = "",
) -> dict[str, Any]:
    """What the return's slip prints, as the outbox keeps it (JSON): no customer data."""
    return {
        "orderNumber": plan.order.order_number,
        "cause": plan.cause.name,
        "causeCode": plan.cause.code,
        "warehouse": plan.warehouse_code,
        "warehouseName": warehouse_name,
        "lines": [
            {
                "articleNumber": line.article_number,
                "name": line.article_name,
                "quantity": str(line.quantity),
            }
            for line in plan.lines
        ],
        "language": language,
        "storeName": store.name,
        "refundWhen": store.refund_when,
    }


def return_slip(entry: OutboxEntry, store: StoreSection, *, reprint: bool = False) -> ReturnSlip:
    """The slip of a stored return (kind "return"), as it stands now.

    Facts a row lacks (one stored before they were kept) are left out or taken from the
    body, never guessed; the refund follows what the cashier was told when the return was
    taken, else the store's setting now.
    """
    facts = stored_mapping(entry.slip)
    received_at = _time(facts.get(RECEIVED_AT))
    state_value = entry.state.value
    if state_value == "cancelled":
        state = ReturnState.WITHDRAWN
    elif entry.ongoing_order_id is None or state_value != "sent":
        state = ReturnState.WAITING
    elif received_at is not None:
        state = ReturnState.RECEIVED
    else:
        state = ReturnState.CONFIRMED
    code = str(facts.get("warehouse") or "")
    name = str(facts.get("warehouseName") or "")
    warehouse = f"{name} ({code})" if name and code and name != code else name or code
    return ReturnSlip(
        return_number=entry.order_number,
        order_number=str(facts.get("orderNumber") or ""),
        created_at=entry.created_at.astimezone(),
        lines=_lines(facts, entry.body),
        cause=str(facts.get("cause") or facts.get("causeCode") or ""),
        warehouse=warehouse,
        refund=_refund(facts.get("refundWhen"), store.refund_when),
        state=state,
        comment=str(entry.body.get("comment") or ""),
        return_order_id=entry.ongoing_order_id,
        received_at=received_at.astimezone() if received_at else None,
        store_name=str(facts.get("storeName") or store.name),
        language=str(facts.get("language") or "sv"),
        reprint=reprint,
    )


def refund_of(entry: OutboxEntry, store: StoreSection) -> Refund:
    """When this return is refunded: as the cashier was told when it was taken."""
    return _refund(stored_mapping(entry.slip).get("refundWhen"), store.refund_when)


def _refund(stored: object, setting: str) -> Refund:
    for value in (stored, setting):
        if value in (Refund.NOW.value, Refund.RECEIVED.value):
            return Refund(str(value))
    return Refund.RECEIVED


def _lines(facts: Mapping[str, Any], body: Mapping[str, Any]) -> tuple[ReturnSlipLine, ...]:
    stored = facts.get("lines")
    if isinstance(stored, list) and stored:
        return tuple(
            ReturnSlipLine(
                str(data.get("articleNumber") or ""), str(data.get("name") or ""), quantity
            )
            for data in (stored_mapping(raw) for raw in stored)
            if (quantity := _quantity(data.get("quantity"))) is not None
        )
    # An older row: the body's lines in the plan's order, the names beside them in the same
    # order (one line per article), so they pair up when they count alike.
    raw_lines: Sequence[Any] = body.get("returnOrderLines") or []
    names = list(stored_mapping(facts.get("names")).items())
    if len(names) != len(raw_lines):
        names = [("", "")] * len(raw_lines)
    found = []
    for (article, name), raw in zip(names, raw_lines, strict=True):
        quantity = _quantity(stored_mapping(raw).get("toBeReturnedNumberOfItems"))
        if quantity is not None:
            found.append(ReturnSlipLine(str(article), str(name), quantity))
    return tuple(found)


def _quantity(value: object) -> int | Decimal | None:
    number = stored_decimal(value)
    if number is None or number <= 0:
        return None
    return whole_or_decimal(number)


def _time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None
