"""What the cashier hears about the orders this till placed: a pickup is ready, an order
was cancelled. Said once each, in the cashier's words; the window only shows them."""

from __future__ import annotations

from app.domain.order_status import CANCELLED
from app.domain.text_values import filled
from app.domain.texts import translate
from app.services.notices import Notice, NoticeLevel
from app.services.order_tracking import StatusChange


class PickupNotices:
    """Remembers where each pickup waits, and turns status changes into notices."""

    def __init__(self) -> None:
        self._places: dict[str, str] = {}  # order number -> the warehouse's name

    def placed(self, order_number: str, kind: str, warehouse_name: str) -> None:
        if kind == "pickup":
            self._places[order_number] = warehouse_name

    def notice_for(self, change: StatusChange) -> Notice | None:
        notice = None
        if change.kind == "pickup" and change.ready and change.order_number in self._places:
            place = self._places.pop(change.order_number)
            ready = translate("Orders", "✔ Pickup order {order} is picked and ready at {place}.")
            notice = Notice(NoticeLevel.INFO, filled(ready, order=change.order_number, place=place))
        elif change.status_number >= CANCELLED:
            cancelled = translate("Orders", "Order {order} was cancelled.")
            notice = Notice(NoticeLevel.WARNING, filled(cancelled, order=change.order_number))
        if change.finished:
            self._places.pop(change.order_number, None)
        return notice
