"""The simulated warehouse's return orders and return causes.

Ongoing does not document whether `PUT /returnOrders` upserts on the return number; the
simulator plays it like orders (create, or update by number) so the till can resend safely.
Return statuses are not published either: the simulator's numbers (100 announced, 400
received, 1000 cancelled) are its own choice. The warehouse receives an announced return
after `receive_seconds` of the state's clock, or by hand (`receive`), so tests never sleep.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.simulator.state import SimulatorError

if TYPE_CHECKING:
    from app.simulator.state import SimOrder, WmsState

ANNOUNCED = 100
RECEIVED = 400
RETURN_CANCELLED = 1000
RETURN_STATUS_TEXT = {ANNOUNCED: "Announced", RECEIVED: "Received", RETURN_CANCELLED: "Cancelled"}
FIRST_RETURN_ORDER_ID = 700001
RETURN_RECEIVED_LOCKED_MESSAGE = (
    "The return order cannot be updated because the warehouse has received it."
)


@dataclass(frozen=True, slots=True)
class SimReturnCause:
    id: int
    code: str
    name: str
    is_remove_cause: bool = False
    is_change_cause: bool = False
    comment_mandatory: bool = False


DEFAULT_CAUSES = (
    SimReturnCause(1, "SIZE", "Wrong size", is_change_cause=True),
    SimReturnCause(2, "REGRET", "Changed mind"),
    SimReturnCause(3, "DAMAGED", "Damaged in transit", is_remove_cause=True),
    SimReturnCause(4, "OTHER", "Other reason", comment_mandatory=True),
)


@dataclass(frozen=True, slots=True)
class SimReturnLine:
    row_number: str
    order_line_id: int
    article_number: str
    quantity: Decimal
    cause: SimReturnCause | None
    comment: str | None


@dataclass(slots=True)
class SimReturnOrder:
    return_order_id: int
    number: str
    order_id: int
    warehouse_id: int
    lines: list[SimReturnLine]
    body: dict[str, Any]
    created_at: datetime
    status: int = ANNOUNCED
    arrived_at: datetime | None = None
    updates: int = 0
    received: dict[str, Decimal] = field(default_factory=dict)  # per row number

    def returned(self, row_number: str) -> Decimal:
        return self.received.get(row_number, Decimal(0))


class ReturnBook:
    """Return orders and causes of one simulated tenant, guarded by the state's lock."""

    def __init__(self, state: WmsState, receive_seconds: float | None = None) -> None:
        self._state = state
        self.receive_seconds = receive_seconds
        self._causes: dict[str, SimReturnCause] = {c.code: c for c in DEFAULT_CAUSES}
        self._returns: dict[int, SimReturnOrder] = {}
        self._ids: dict[str, int] = {}
        self._next_id = FIRST_RETURN_ORDER_ID

    # --- reading ---

    def causes(self) -> list[SimReturnCause]:
        with self._state.transaction():
            return list(self._causes.values())

    def all(self) -> list[SimReturnOrder]:
        with self._state.transaction():
            self._advance()
            return list(self._returns.values())

    def get(self, return_order_id: int) -> SimReturnOrder | None:
        with self._state.transaction():
            self._advance()
            return self._returns.get(return_order_id)

    def count_with_number(self, number: str) -> int:
        with self._state.transaction():
            return sum(1 for r in self._returns.values() if r.number == number)

    def announced_for_line(self, order_line_id: int, except_number: str = "") -> Decimal:
        """Items of one order line already on live return orders (other than this number)."""
        total = Decimal(0)
        for ret in self._returns.values():
            if ret.status == RETURN_CANCELLED or ret.number == except_number:
                continue
            total += sum(
                (ln.quantity for ln in ret.lines if ln.order_line_id == order_line_id), Decimal(0)
            )
        return total

    def returned_for_line(self, order_line_id: int) -> Decimal:
        """Items of one order line the warehouse has received back."""
        with self._state.transaction():
            self._advance()
            return sum(
                (
                    ret.returned(ln.row_number)
                    for ret in self._returns.values()
                    for ln in ret.lines
                    if ln.order_line_id == order_line_id
                ),
                Decimal(0),
            )

    # --- writing ---

    def put_cause(self, cause: SimReturnCause) -> SimReturnCause:
        """Create or change a cause by code (tests: a cause that needs a comment)."""
        with self._state.transaction():
            known = self._causes.get(cause.code)
            if known is not None:
                cause = SimReturnCause(
                    known.id,
                    cause.code,
                    cause.name,
                    cause.is_remove_cause,
                    cause.is_change_cause,
                    cause.comment_mandatory,
                )
            else:
                ids = [c.id for c in self._causes.values()]
                cause = SimReturnCause(
                    max(ids, default=0) + 1,
                    cause.code,
                    cause.name,
                    cause.is_remove_cause,
                    cause.is_change_cause,
                    cause.comment_mandatory,
                )
            self._causes[cause.code] = cause
            return cause

    def upsert(self, body: dict[str, Any]) -> tuple[SimReturnOrder, bool]:
        """Create, or update by return number; refuses what the order cannot give back."""
        number = str(body.get("returnOrderNumber") or "").strip()
        if not number:
            raise SimulatorError(400, "ReturnOrderNumber is required.")
        customer_order = body.get("customerOrder")
        order_id = customer_order.get("orderId") if isinstance(customer_order, dict) else None
        with self._state.transaction():
            self._advance()
            order = self._state.order(order_id) if isinstance(order_id, int) else None
            if order is None:
                raise SimulatorError(400, f"Customer order {order_id} does not exist.")
            if not order.picked:
                raise SimulatorError(400, "The customer order has not been picked.")
            warehouse_id = body.get("warehouseId") or order.warehouse_id
            if not isinstance(warehouse_id, int) or self._state.warehouse(warehouse_id) is None:
                raise SimulatorError(400, f"Warehouse {warehouse_id} does not exist.")
            lines = self._lines(order, number, body.get("returnOrderLines"))
            existing_id = self._ids.get(number)
            if existing_id is not None:
                ret = self._returns[existing_id]
                if ret.status != ANNOUNCED:
                    raise SimulatorError(400, RETURN_RECEIVED_LOCKED_MESSAGE)
                if ret.order_id != order.order_id:
                    raise SimulatorError(400, "A return order cannot move to another order.")
                ret.lines, ret.body, ret.warehouse_id = lines, body, warehouse_id
                ret.updates += 1
                return ret, False
            ret = SimReturnOrder(
                self._next_id, number, order.order_id, warehouse_id, lines, body, self._now()
            )
            self._next_id += 1
            self._returns[ret.return_order_id] = ret
            self._ids[number] = ret.return_order_id
            return ret, True

    def receive(self, return_order_id: int) -> None:
        """The warehouse received the parcel: every line comes back in full (tests, demos)."""
        with self._state.transaction():
            self._receive(self._returns[return_order_id], self._now())

    def delete(self, return_order_id: int) -> SimReturnOrder:
        with self._state.transaction():
            self._advance()
            ret = self._returns.get(return_order_id)
            if ret is None:
                raise SimulatorError(404, f"Return order {return_order_id} does not exist.")
            if ret.status == RECEIVED:
                raise SimulatorError(400, RETURN_RECEIVED_LOCKED_MESSAGE)
            ret.status = RETURN_CANCELLED
            return ret

    # --- internals (call under the state's lock) ---

    def _now(self) -> datetime:
        return self._state.clock()

    def _lines(self, order: SimOrder, number: str, raw_lines: Any) -> list[SimReturnLine]:
        if not isinstance(raw_lines, list) or not raw_lines:
            raise SimulatorError(400, "ReturnOrderLines is required.")
        by_id = {order.order_id * 100 + i: ln for i, ln in enumerate(order.lines, start=1)}
        asked: dict[int, Decimal] = {}
        lines: list[SimReturnLine] = []
        for raw in raw_lines:
            if not isinstance(raw, dict) or not raw.get("returnOrderRowNumber"):
                raise SimulatorError(400, "ReturnOrderRowNumber is required on every line.")
            ref = raw.get("customerOrderLine")
            line_id = ref.get("orderLineId") if isinstance(ref, dict) else None
            if not isinstance(line_id, int) or line_id not in by_id:
                raise SimulatorError(400, f"Order line {line_id} is not on the customer order.")
            quantity = Decimal(str(raw.get("toBeReturnedNumberOfItems") or 0))
            if quantity <= 0:
                raise SimulatorError(400, "ToBeReturnedNumberOfItems must be above zero.")
            cause = self._cause(raw.get("returnCause"))
            comment = raw.get("returnOrderLineComment")
            if cause is not None and cause.comment_mandatory and not comment:
                raise SimulatorError(400, f"Return cause {cause.code} requires a comment.")
            asked[line_id] = asked.get(line_id, Decimal(0)) + quantity
            picked = by_id[line_id].quantity
            if asked[line_id] + self.announced_for_line(line_id, number) > picked:
                raise SimulatorError(
                    400, f"More items would be returned than were picked on line {line_id}."
                )
            lines.append(
                SimReturnLine(
                    str(raw["returnOrderRowNumber"]),
                    line_id,
                    by_id[line_id].article_number,
                    quantity,
                    cause,
                    comment if isinstance(comment, str) else None,
                )
            )
        return lines

    def _cause(self, raw: Any) -> SimReturnCause | None:
        if raw is None:
            return None
        code = raw.get("code") if isinstance(raw, dict) else None
        cause = self._causes.get(code) if isinstance(code, str) else None
        if cause is None:
            raise SimulatorError(400, f"Return cause {code!r} does not exist.")
        return cause

    def _receive(self, ret: SimReturnOrder, when: datetime) -> None:
        if ret.status != ANNOUNCED:
            return
        for line in ret.lines:
            ret.received[line.row_number] = line.quantity
            if line.cause is None or not line.cause.is_remove_cause:
                self._state.return_to_shelf(line.article_number, ret.warehouse_id, line.quantity)
        ret.status = RECEIVED
        ret.arrived_at = when

    def _advance(self) -> None:
        step = self.receive_seconds
        if not step:
            return
        now = self._now()
        for ret in self._returns.values():
            due = ret.created_at + timedelta(seconds=step)
            if ret.status == ANNOUNCED and now >= due:
                self._receive(ret, due)
