"""Lowering an order's quantities before the warehouse starts: the same order number, fewer items.

An order still waiting in this till's outbox (never confirmed by Ongoing) is changed where it
waits: its stored body is lowered and goes out with the next send, an upsert on its number,
so nothing extra is sent now. Otherwise the order is read back from Ongoing whole and put
again under its own number with the lines lowered (app/domain/order_change.py builds the
body); Ongoing refuses once the warehouse has started, and the cashier is told so.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from app.domain.order_change import LowerPlan, lowered_stored_body, plan_lower, update_body
from app.domain.returns import ReturnError, ReturnRefusal, SoldOrder
from app.domain.text_values import filled
from app.domain.texts import translate
from app.ongoing.client import OngoingClient
from app.ongoing.errors import OrderLockedError
from app.persistence.outbox import Outbox, OutboxEntry, this_process
from app.persistence.storage_errors import StorageError
from app.services.slips import lowered_slip_facts

log = logging.getLogger(__name__)

ORDER_KINDS_NOT_CHANGED = frozenset({"return"})  # a return row is withdrawn, never lowered


@dataclass(frozen=True, slots=True)
class Lowered:
    order_number: str
    order_id: int | None  # Ongoing's, when the change went there (None: changed in the outbox)
    quantities: Mapping[int, Decimal]


class OrderChanges:
    """Lowers quantities of a till's order, in the outbox or in Ongoing."""

    def __init__(self, client: OngoingClient, outbox: Outbox, claimant: str | None = None):
        self.client = client
        self.outbox = outbox
        # Not the sender's claimant: a send of this row under way in this process must
        # keep the row from being changed under it (Outbox.replace_body).
        self.claimant = claimant or this_process() + ":order-change"

    async def waiting_row(self, order_number: str) -> OutboxEntry | None:
        """This till's unsent row of the order, if it waits in the outbox."""
        unsent = await asyncio.to_thread(self.outbox.unsent)
        return next(
            (
                e
                for e in unsent
                if e.order_number == order_number and e.kind not in ORDER_KINDS_NOT_CHANGED
            ),
            None,
        )

    async def lower(self, order: SoldOrder, wanted: Mapping[int, Decimal]) -> Lowered:
        """Lower the lines (line id -> new quantity); ReturnError says why not. Every line
        at 0 is a cancel: the caller cancels instead (`plan.cancels`)."""
        plan = plan_lower(order, wanted)
        if plan.cancels:
            raise ReturnError(
                translate("Returns", "Every quantity is 0: cancel the whole order instead."),
                ReturnRefusal.BAD_INPUT,
            )
        row = await self.waiting_row(order.order_number)
        if row is not None:
            return await self._lower_stored(row, plan)
        return await self._lower_in_ongoing(plan)

    async def _lower_stored(self, row: OutboxEntry, plan: LowerPlan) -> Lowered:
        body = lowered_stored_body(row.body, plan.quantities)
        slip = lowered_slip_facts(row.slip, _by_article(plan))
        changed = await asyncio.to_thread(
            self.outbox.replace_body, row.checkout_id, self.claimant, body, slip
        )
        if not changed:
            raise ReturnError(
                filled(
                    translate(
                        "Returns",
                        "Order {number} is being sent to Ongoing right now: try again in a moment.",
                    ),
                    number=row.order_number,
                ),
                ReturnRefusal.BAD_INPUT,
            )
        log.info("event=order_lowered order_number=%s where=outbox", row.order_number)
        return Lowered(row.order_number, None, plan.quantities)

    async def _lower_in_ongoing(self, plan: LowerPlan) -> Lowered:
        order = plan.order
        held = await self.client.get_order_document(order.order_id)
        body = update_body(held, self.client.goods_owner[1], plan.quantities)
        try:
            answer = await self.client.update_order(body)
        except OrderLockedError:
            raise ReturnError(
                filled(
                    translate(
                        "Returns",
                        "The warehouse has just started on order {number}: its quantities "
                        "cannot be changed now; return what is not wanted once it is picked.",
                    ),
                    number=order.order_number,
                ),
                ReturnRefusal.NOT_RETURNABLE,
            ) from None
        await self._note_on_slip(plan)
        log.info(
            "event=order_lowered order_number=%s order_id=%s where=ongoing",
            order.order_number,
            answer.order_id,
        )
        return Lowered(order.order_number, answer.order_id or order.order_id, plan.quantities)

    async def _note_on_slip(self, plan: LowerPlan) -> None:
        """This PC's copy of the order (sent earlier) reprints the lowered quantities; the
        change in Ongoing stands even if the note cannot be written."""
        number = plan.order.order_number
        try:
            parts = await asyncio.to_thread(self.outbox.checkout_parts, number)
            for row in parts:
                if row.order_number == number:
                    slip = lowered_slip_facts(row.slip, _by_article(plan))
                    await asyncio.to_thread(self.outbox.note_slip, row.checkout_id, slip)
        except StorageError as error:
            log.warning("event=order_lowered_slip_not_noted problem=%s", error.problem.value)


def _by_article(plan: LowerPlan) -> dict[str, Decimal]:
    """The new quantities by article number (the slip's facts name articles, not lines)."""
    return {
        line.article_number: plan.quantities[line.line_id]
        for line in plan.order.lines
        if line.line_id in plan.quantities
    }
