"""The return dialog's sentences about an order and about a return sent: in the till's
language when drawn (the dialog draws them again after a language switch)."""

from __future__ import annotations

from app.domain.order_status import CANCELLED
from app.domain.returns import OrderChoice
from app.qt import QtCore
from app.services.return_desk import Found, ReturnOutcome
from app.ui.i18n import shown

translate = QtCore.QCoreApplication.translate


def about(found: Found) -> str:
    """What the order is and what it allows, in the till's language."""
    order = found.order
    if found.stored_only:
        head = translate(
            "ReturnDialog", "Order {number}: not yet in Ongoing, waiting on this PC (F7)."
        ).format(number=order.order_number)
    else:
        head = translate("ReturnDialog", "Order {number}: {status}, warehouse {warehouse}.").format(
            number=order.order_number,
            status=order.status_text or "—",
            warehouse=order.warehouse_code or "—",
        )
    mode = order.choice
    if mode is OrderChoice.CANCEL:
        then = translate(
            "ReturnDialog",
            "The warehouse has not started on it: cancel the whole order, or type lower "
            "quantities and choose Lower quantities.",
        )
    elif mode is OrderChoice.WAIT:
        then = translate(
            "ReturnDialog",
            "The warehouse has started on it: it can neither be changed nor returned now. "
            "A return is possible once it has been picked.",
        )
    elif mode is OrderChoice.RETURN:
        then = translate(
            "ReturnDialog",
            "Type how many of each article come back, choose the cause and where the "
            "goods go, then Send return.",
        )
    elif order.status == CANCELLED:
        then = translate("ReturnDialog", "It is cancelled: there is nothing to return.")
    else:
        then = translate(
            "ReturnDialog", "Everything on it is already returned: there is nothing left."
        )
    return " ".join((head, then))


def outcome_text(outcome: ReturnOutcome) -> str:
    """What became of the return, and when to refund."""
    if outcome.confirmed:
        head = translate(
            "ReturnDialog",
            "Return {number} is confirmed by Ongoing (return order id {id}); the goods go "
            "to {warehouse}.",
        ).format(
            number=outcome.return_number,
            id=outcome.return_order_id,
            warehouse=outcome.warehouse_code,
        )
    else:
        head = translate(
            "ReturnDialog",
            "Return {number} is stored on this PC and waits for Ongoing ({reason}); it is "
            "sent again by itself and waits in F7 meanwhile. The goods go to {warehouse}.",
        ).format(
            number=outcome.return_number,
            reason=shown(outcome.reason) or translate("ReturnDialog", "not sent yet"),
            warehouse=outcome.warehouse_code,
        )
    return "\n".join((head, shown(outcome.refund)))
