"""What the cashier hears when the warehouse has received a return: once, and whether to
refund now (`store.refund_when`, as the cashier was told when the return was taken)."""

from __future__ import annotations

from app.config.settings import StoreSection
from app.domain.return_slip import Refund
from app.domain.text_values import filled
from app.domain.texts import translate
from app.services.notices import Notice, NoticeLevel
from app.services.return_slips import refund_of
from app.services.return_tracking import ReturnReceived


def received_notice(news: ReturnReceived, store: StoreSection) -> Notice:
    if refund_of(news.entry, store) is Refund.RECEIVED:
        text = translate(
            "Returns", "Return {number} received by the warehouse: refund the customer now."
        )
    else:
        text = translate("Returns", "Return {number} received by the warehouse.")
    return Notice(NoticeLevel.INFO, filled(text, number=news.return_number))
