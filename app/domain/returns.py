"""What a customer's order allows at the counter: cancel, or a return, and how much.

Pure rules, no I/O: the services read the order, its return orders and Ongoing's causes, and
ask here. Before the warehouse starts, an order is cancelled, not returned (Ongoing refuses
a return of what was never picked). Once picked, each line gives back at most what was
picked minus what is already on a return order (announced or received), so two returns of
one sale can never add up to more than was sold. Every refusal is a sentence for the
cashier and says whether it is bad input or an order that cannot be returned.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from app.domain.errors import TillsideError
from app.domain.order_status import CANCELLED, is_ready, work_started
from app.domain.text_values import filled
from app.domain.texts import Text, translate


class ReturnRefusal(Enum):
    BAD_INPUT = "bad_input"  # the cashier can correct it: a number, a cause, a comment
    NOT_RETURNABLE = "not_returnable"  # the order itself cannot be returned (yet)


class ReturnError(TillsideError):
    """A return (or cancel) that cannot go as asked; `text` says what to do instead."""

    def __init__(self, text: Text, refusal: ReturnRefusal) -> None:
        super().__init__(text)
        self.refusal = refusal


class OrderChoice(Enum):
    CANCEL = "cancel"  # not started: cancel (or lower quantities), nothing to return
    WAIT = "wait"  # started but not picked: neither cancel nor return yet
    RETURN = "return"  # picked, sent or collected
    NOTHING = "nothing"  # cancelled, or everything already returned


@dataclass(frozen=True, slots=True)
class SoldLine:
    """One line of the original order, as Ongoing tells it."""

    line_id: int
    article_number: str
    article_name: str
    ordered: Decimal
    picked: Decimal
    on_returns: Decimal  # already on a return order of this sale (announced or received)

    @property
    def returnable(self) -> Decimal:
        return max(self.picked - self.on_returns, Decimal(0))


@dataclass(frozen=True, slots=True)
class SoldOrder:
    order_id: int
    order_number: str
    status: int
    status_text: str
    warehouse_id: int
    warehouse_code: str
    lines: tuple[SoldLine, ...]

    @property
    def choice(self) -> OrderChoice:
        if self.status == CANCELLED:
            return OrderChoice.NOTHING
        if not work_started(self.status):
            return OrderChoice.CANCEL
        if not is_ready(self.status):
            return OrderChoice.WAIT
        if all(line.returnable <= 0 for line in self.lines):
            return OrderChoice.NOTHING
        return OrderChoice.RETURN


@dataclass(frozen=True, slots=True)
class Cause:
    code: str
    name: str
    comment_required: bool


@dataclass(frozen=True, slots=True)
class ReturnLine:
    line_id: int
    article_number: str
    article_name: str
    quantity: Decimal


@dataclass(frozen=True, slots=True)
class ReturnPlan:
    """A return the cashier asked for and the rules allow, ready to be stored and sent."""

    order: SoldOrder
    lines: tuple[ReturnLine, ...]
    cause: Cause
    comment: str
    warehouse_id: int
    warehouse_code: str


def why_not_returnable(order: SoldOrder) -> ReturnError | None:
    """None when the order can be returned now; otherwise what to tell the cashier."""
    choice = order.choice
    if choice is OrderChoice.RETURN:
        return None
    if choice is OrderChoice.CANCEL:
        text = filled(
            translate(
                "Returns",
                "The warehouse has not started on order {number}: cancel it instead of "
                "returning it.",
            ),
            number=order.order_number,
        )
    elif choice is OrderChoice.WAIT:
        text = filled(
            translate(
                "Returns",
                "The warehouse is working on order {number} ({status}): it can neither be "
                "cancelled nor returned until it has been picked.",
            ),
            number=order.order_number,
            status=order.status_text,
        )
    elif order.status == CANCELLED:
        text = filled(
            translate("Returns", "Order {number} is cancelled: there is nothing to return."),
            number=order.order_number,
        )
    else:
        text = filled(
            translate("Returns", "Everything on order {number} is already returned."),
            number=order.order_number,
        )
    return ReturnError(text, ReturnRefusal.NOT_RETURNABLE)


def plan_return(
    order: SoldOrder,
    wanted: Mapping[str, Decimal],
    causes: Sequence[Cause],
    cause_code: str,
    comment: str,
    destination: tuple[int, str],
) -> ReturnPlan:
    """The return the cashier asked for, checked line by line; raises ReturnError."""
    refused = why_not_returnable(order)
    if refused is not None:
        raise refused
    bad = ReturnRefusal.BAD_INPUT
    if not wanted:
        raise ReturnError(translate("Returns", "Choose at least one article to return."), bad)
    cause = next((c for c in causes if c.code.upper() == cause_code.strip().upper()), None)
    if cause is None:
        raise ReturnError(
            filled(
                translate(
                    "Returns",
                    "{code} is not one of Ongoing's return causes. Choose one of: {known}.",
                ),
                code=cause_code.strip() or "—",
                known=", ".join(c.code for c in causes),
            ),
            bad,
        )
    if cause.comment_required and not comment.strip():
        raise ReturnError(
            filled(
                translate("Returns", "The cause {cause} needs a comment: say what happened."),
                cause=cause.name or cause.code,
            ),
            bad,
        )
    lines: list[ReturnLine] = []
    for article, quantity in wanted.items():
        line = next((ln for ln in order.lines if ln.article_number == article), None)
        if line is None:
            raise ReturnError(
                filled(
                    translate("Returns", "Article {article} is not on order {number}."),
                    article=article,
                    number=order.order_number,
                ),
                bad,
            )
        if quantity <= 0 or quantity != quantity.to_integral_value():
            raise ReturnError(
                filled(
                    translate("Returns", "Return a whole number of {article}, at least 1."),
                    article=article,
                ),
                bad,
            )
        if quantity > line.returnable:
            raise ReturnError(
                filled(
                    translate(
                        "Returns",
                        "At most {most} of {article} can be returned ({picked} picked, "
                        "{returned} already on a return).",
                    ),
                    most=line.returnable,
                    article=article,
                    picked=line.picked,
                    returned=line.on_returns,
                ),
                bad,
            )
        lines.append(ReturnLine(line.line_id, article, line.article_name, quantity))
    return ReturnPlan(order, tuple(lines), cause, comment.strip(), destination[0], destination[1])
