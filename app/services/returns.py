"""Returns and cancellations of a till's orders, into Ongoing, as safe as orders.

A return is stored in the outbox (kind "return") with its final return number before the
first send. Ongoing does not document whether `PUT /returnOrders` is an upsert on that
number, so before every send the till asks Ongoing by number first: a return that arrived
(an answer lost to a timeout or a crash) is confirmed from what Ongoing holds, and is never
put a second time. A return shows as confirmed only with Ongoing's return order id. Rows
waiting to go are resent with orders (the order service hands return rows here), and sit in
the F7 list with them.

Cancelling goes straight to Ongoing (`DELETE /orders/{id}` is safe to repeat); a row of the
order still waiting in this till's outbox is cancelled with it, so it never goes out later.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from app.config.settings import StoreSection
from app.domain.order_number import OrderNumberFormat
from app.domain.order_status import CANCELLED
from app.domain.returns import (
    Cause,
    ReturnError,
    ReturnPlan,
    ReturnRefusal,
    SoldLine,
    SoldOrder,
    plan_return,
    why_not_returnable,
)
from app.domain.text_values import filled
from app.domain.texts import Text, translate
from app.ongoing.client import OngoingClient
from app.ongoing.errors import (
    AuthenticationError,
    CircuitOpenError,
    InvalidResponseError,
    OngoingConnectionError,
    OrderLockedError,
    RateLimitedError,
    StatusError,
)
from app.ongoing.models import CodeName, Order
from app.ongoing.return_models import (
    PostReturnOrder,
    PostReturnOrderLine,
    ReturnOrder,
    ReturnOrderLineRef,
    ReturnOrderRef,
)
from app.persistence.outbox import NewOrder, Outbox, OutboxEntry, OutboxState, this_process
from app.persistence.storage_errors import StorageError
from app.services.return_slips import return_slip_facts

log = logging.getLogger(__name__)

RETURN_KIND = "return"
DEFAULT_SLIP_LANGUAGE = "sv"  # as `tillside order --language`
RETURN_CANCELLED_STATUS = 1000  # the simulator's; a cancelled return gives nothing back


@dataclass(frozen=True, slots=True)
class Cancelled:
    order_number: str
    order_id: int


class ReturnService:
    """Finds the sale, plans and stores the return, sends it (again) until confirmed."""

    def __init__(
        self,
        client: OngoingClient,
        outbox: Outbox,
        store: StoreSection,
        *,
        claimant: str | None = None,
    ) -> None:
        self.client = client
        self.outbox = outbox
        self.store = store
        self.claimant = claimant or this_process()
        self.numbers = OrderNumberFormat.of(store.order_prefix, store.till_id)
        self._warehouse_names: dict[str, str] = {}  # code -> name, for the slip

    # --- reading the sale ---

    async def find_order(self, order_number: str) -> SoldOrder:
        """The order by number (this goods owner's only), with what is already returned."""
        number = order_number.strip()
        if not number:
            raise ReturnError(translate("Returns", "Type or scan the order number."), _BAD)
        order, returns, stored = await asyncio.gather(
            self.client.get_order_by_number(number),
            self.client.get_return_orders(order_numbers=[number]),
            asyncio.to_thread(self.outbox.unsent),
        )
        if order is None or order.order_info is None:
            raise ReturnError(
                filled(
                    translate(
                        "Returns", "Ongoing has no order {number} for this store's goods owner."
                    ),
                    number=number,
                ),
                _BAD,
            )
        return _sold(order, _on_returns(order.order_info.order_id, returns, stored))

    async def causes(self) -> list[Cause]:
        return [
            Cause(c.code, c.name or c.code, c.is_return_comment_mandatory)
            for c in await self.client.get_return_causes()
            if c.code
        ]

    async def destination(self, order: SoldOrder, code: str | None) -> tuple[int, str]:
        """Where the goods go: the warehouse asked for, else the store's own warehouse when
        Ongoing has it, else the order's warehouse."""
        known = [w for w in await self.client.get_warehouses() if w.code]
        warehouses = {w.code: w.id for w in known if w.code}
        self._warehouse_names.update({w.code: w.name for w in known if w.code and w.name})
        if code:
            wanted = code.strip().upper()
            found = next((c for c in warehouses if c.upper() == wanted), None)
            if found is None:
                raise ReturnError(
                    filled(translate("Returns", "Ongoing has no warehouse {code}."), code=code),
                    _BAD,
                )
            return warehouses[found], found
        own = self.store.store_warehouse
        if own and own in warehouses:
            return warehouses[own], own
        return order.warehouse_id, order.warehouse_code

    async def plan(
        self,
        order_number: str,
        wanted: Mapping[str, Decimal],
        cause_code: str,
        comment: str = "",
        to_warehouse: str | None = None,
    ) -> ReturnPlan:
        """Everything checked against Ongoing before anything is stored; ReturnError if not."""
        order = await self.find_order(order_number)
        causes = await self.causes()
        refused = why_not_returnable(order)
        if refused is not None:
            raise refused
        destination = await self.destination(order, to_warehouse)
        return plan_return(order, wanted, causes, cause_code, comment, destination)

    # --- storing and sending ---

    async def take(self, plan: ReturnPlan, *, language: str = "") -> OutboxEntry:
        """Store the return with its final number; nothing has been sent yet.

        Its slip speaks `language`, else the original order's language when this PC
        placed it, else Swedish (as `tillside order`).
        """
        number = "R" + await asyncio.to_thread(self.outbox.allocate_number, self.numbers)
        body = return_body(self.client.goods_owner[1], number, plan)
        slip = return_slip_facts(
            plan,
            store=self.store,
            language=language or await self._language_of(plan.order.order_number),
            warehouse_name=self._warehouse_names.get(plan.warehouse_code, ""),
        )
        row = NewOrder(uuid.uuid4().hex, number, RETURN_KIND, body, slip=slip)
        [entry] = await asyncio.to_thread(self.outbox.add_all, [row])
        log.info(
            "event=return_stored return_number=%s order_number=%s lines=%d",
            number,
            plan.order.order_number,
            len(plan.lines),
        )
        return entry

    async def _language_of(self, order_number: str) -> str:
        """The language the original order's slip spoke, when this PC placed it."""
        try:
            parts = await asyncio.to_thread(self.outbox.checkout_parts, order_number)
        except StorageError:
            parts = []
        for part in parts:
            if part.order_number == order_number and part.slip.get("language"):
                return str(part.slip["language"])
        return DEFAULT_SLIP_LANGUAGE

    async def send(self, checkout_id: str) -> OutboxEntry:
        """Send one stored return (again); safe to repeat from any process."""
        try:
            entry = await asyncio.to_thread(self.outbox.claim, checkout_id, self.claimant)
        except StorageError as error:
            waiting = await self._get(checkout_id)
            return replace(waiting, reason=error.text)
        if entry is None:
            return await self._get(checkout_id)
        return await self.send_claimed(entry)

    async def send_claimed(self, entry: OutboxEntry) -> OutboxEntry:
        """A claimed return row: ask by number first, put it only if Ongoing lacks it."""
        try:
            held = await self.client.get_return_order_by_number(entry.order_number)
            held_id = (
                held.return_order_info.return_order_id if held and held.return_order_info else None
            )
            if held_id is not None:
                log.info("event=return_found_in_ongoing return_number=%s", entry.order_number)
                return await self._confirm(entry, held_id)
            post = PostReturnOrder.model_validate(entry.body)
            response = await self.client.put_return_order(post)
        except (OngoingConnectionError, RateLimitedError, CircuitOpenError) as error:
            return await self._park(entry, error.text, attention=False)
        except StatusError as error:
            return await self._park(entry, error.text, attention=error.status_code < 500)
        except (AuthenticationError, InvalidResponseError) as error:
            return await self._park(entry, error.text, attention=True)
        if response.return_order_id is None:
            text = translate("Returns", "Ongoing did not return a return order id.")
            return await self._park(entry, text, attention=True)
        return await self._confirm(entry, response.return_order_id)

    async def _confirm(self, entry: OutboxEntry, return_order_id: int) -> OutboxEntry:
        log.info(
            "event=return_confirmed return_number=%s return_order_id=%d attempts=%d",
            entry.order_number,
            return_order_id,
            entry.attempts,
        )
        try:
            await asyncio.to_thread(self.outbox.mark_sent, entry.checkout_id, return_order_id)
        except StorageError as error:
            log.warning("event=return_confirmation_not_noted problem=%s", error.problem.value)
            return replace(entry, state=OutboxState.SENT, ongoing_order_id=return_order_id)
        return await self._get(entry.checkout_id)

    async def _park(self, entry: OutboxEntry, reason: Text, *, attention: bool) -> OutboxEntry:
        try:
            await asyncio.to_thread(
                self.outbox.release, entry.checkout_id, reason, attention=attention
            )
        except StorageError as error:
            log.warning("event=return_release_not_noted problem=%s", error.problem.value)
            return replace(entry, reason=reason)
        log.warning(
            "event=return_failed return_number=%s attention=%s attempts=%d",
            entry.order_number,
            attention,
            entry.attempts,
        )
        return await self._get(entry.checkout_id)

    async def _get(self, checkout_id: str) -> OutboxEntry:
        entry = await asyncio.to_thread(self.outbox.get, checkout_id)
        if entry is None:
            raise ReturnError(translate("Returns", "No such return in the outbox."), _BAD)
        return entry

    async def status(self, return_order_id: int) -> tuple[int, bool]:
        """The return's status number in Ongoing and whether the warehouse received it."""
        found = await self.client.get_return_order(return_order_id)
        info = found.return_order_info
        if info is None or info.return_order_status is None:
            return 0, False
        return info.return_order_status.number, info.return_order_arrival_time is not None

    # --- cancelling ---

    async def withdraw(self, entry: OutboxEntry) -> OutboxEntry:
        """Withdraw a stored return (F7's Delete): in Ongoing too if it got there, even if
        the answer was lost; ReturnError once the warehouse has received it."""
        held = await self.client.get_return_order_by_number(entry.order_number)
        info = held.return_order_info if held else None
        if info is not None:
            try:
                await self.client.delete_return_order(info.return_order_id)
            except StatusError as error:
                if error.status_code >= 500:
                    raise
                raise ReturnError(
                    filled(
                        translate(
                            "Returns",
                            "Return {number} cannot be withdrawn now: {reason}",
                        ),
                        number=entry.order_number,
                        reason=error.text,
                    ),
                    ReturnRefusal.NOT_RETURNABLE,
                ) from None
        await asyncio.to_thread(
            self.outbox.mark_cancelled,
            entry.checkout_id,
            translate("Returns", "withdrawn at the till"),
        )
        log.info("event=return_withdrawn return_number=%s", entry.order_number)
        return await self._get(entry.checkout_id)

    async def cancel(self, order_number: str) -> Cancelled:
        """Cancel an order the warehouse has not started; ReturnError says why not."""
        order = await self.find_order(order_number)
        if order.status == CANCELLED:
            return Cancelled(order.order_number, order.order_id)
        try:
            await self.client.cancel_order(order.order_id)
        except OrderLockedError:
            raise ReturnError(
                filled(
                    translate(
                        "Returns",
                        "The warehouse has started on order {number} ({status}): it cannot be "
                        "cancelled now; return it once it has been picked.",
                    ),
                    number=order.order_number,
                    status=order.status_text,
                ),
                ReturnRefusal.NOT_RETURNABLE,
            ) from None
        for entry in await asyncio.to_thread(self.outbox.unsent):
            if entry.order_number == order.order_number:
                await asyncio.to_thread(
                    self.outbox.mark_cancelled,
                    entry.checkout_id,
                    translate("Orders", "cancelled at the till"),
                )
        log.info("event=order_cancelled order_number=%s via=return_desk", order.order_number)
        return Cancelled(order.order_number, order.order_id)


_BAD = ReturnRefusal.BAD_INPUT


def return_body(goods_owner_id: int, number: str, plan: ReturnPlan) -> dict[str, Any]:
    """The `PUT /returnOrders` body: lines point at the original order's line ids."""
    post = PostReturnOrder(
        goods_owner_id=goods_owner_id,
        return_order_number=number,
        customer_order=ReturnOrderRef(order_id=plan.order.order_id),
        warehouse_id=plan.warehouse_id,
        comment=plan.comment or None,
        return_order_lines=[
            PostReturnOrderLine(
                return_order_row_number=str(index),
                customer_order_line=ReturnOrderLineRef(order_line_id=line.line_id),
                to_be_returned_number_of_items=line.quantity,
                return_cause=CodeName(code=plan.cause.code, name=plan.cause.name),
                return_order_line_comment=plan.comment or None,
            )
            for index, line in enumerate(plan.lines, start=1)
        ],
    )
    return post.to_body()


def _on_returns(
    order_id: int, returns: list[ReturnOrder], stored: list[OutboxEntry]
) -> dict[int, Decimal]:
    """Items per order line already on a return: Ongoing's live returns, plus this till's
    stored returns Ongoing does not hold yet (so a second return cannot exceed the sale)."""
    totals: dict[int, Decimal] = {}
    known: set[str] = set()
    for ret in returns:
        info = ret.return_order_info
        if info is None:
            continue
        known.add(info.return_order_number or "")
        status = info.return_order_status.number if info.return_order_status else 0
        if status == RETURN_CANCELLED_STATUS:
            continue
        for line in ret.return_order_lines or []:
            if line is None or line.customer_order_line is None:
                continue
            line_id = line.customer_order_line.order_line_id
            totals[line_id] = totals.get(line_id, Decimal(0)) + line.to_be_returned_number_of_items
    for entry in stored:
        if entry.kind != RETURN_KIND or entry.order_number in known:
            continue
        if (entry.body.get("customerOrder") or {}).get("orderId") != order_id:
            continue
        for raw in entry.body.get("returnOrderLines") or []:
            ref = (raw.get("customerOrderLine") or {}).get("orderLineId")
            if not isinstance(ref, int):
                continue
            line_id = ref
            quantity = Decimal(str(raw.get("toBeReturnedNumberOfItems") or 0))
            totals[line_id] = totals.get(line_id, Decimal(0)) + quantity
    return totals


def _sold(order: Order, on_returns: Mapping[int, Decimal]) -> SoldOrder:
    info = order.order_info
    assert info is not None
    lines = tuple(
        SoldLine(
            line.id or 0,
            (line.article.article_number if line.article else None) or "",
            (line.article.article_name if line.article else None) or "",
            line.ordered_number_of_items,
            line.picked_number_of_items,
            max(on_returns.get(line.id or 0, Decimal(0)), line.returned_number_of_items),
        )
        for line in order.order_lines or []
        if line is not None
    )
    status = info.order_status
    warehouse = info.warehouse
    return SoldOrder(
        info.order_id,
        info.order_number or "",
        status.number if status else 0,
        (status.text if status else None) or "",
        warehouse.id if warehouse else 0,
        (warehouse.code if warehouse else None) or "",
        lines,
    )
