"""Ongoing's order status numbers, and the rules the till reads from them.

One place for the numbers (Ongoing's official order-statuses example) and for what they
mean here: when a pickup is ready, when the till stops following an order, when the
warehouse owns an order so it can no longer be changed. The client's queries, the tracker,
the pickup board and the simulator all read them from here, so they cannot drift apart.
"""

from __future__ import annotations

from typing import Final

from app.domain.order_body import FulfilmentKind

ERROR: Final = 150
OPEN: Final = 200
RELEASED: Final = 300
ALLOCATED: Final = 320
PICKED: Final = 400
SENT: Final = 450
COLLECTED: Final = 500
RETURNED: Final = 800  # not in the official example; the simulator knows it
CANCELLED: Final = 1000

WORK_STARTED: Final = RELEASED
"""From Released on the warehouse owns the order: Ongoing refuses updates and cancels."""

READY_FROM: Final = PICKED
"""The first status at which the goods are ready: Picked (400) means the warehouse has taken
them off the shelves; Sent (450) and Collected (500) come later. Open (200), Released (300)
and Allocated (320) are still in the warehouse's queue; Cancelled (1000) is never ready."""

FINISHED_DELIVERY_FROM: Final = SENT
"""A delivery needs nothing more from the till once it has left the warehouse (Sent)."""

FINISHED_FROM: Final = COLLECTED
"""Any other order (a pickup) is done once the customer has collected it."""


def is_ready(status: int) -> bool:
    """Picked or later, and not cancelled: the goods are off the shelves."""
    return status >= READY_FROM and status != CANCELLED


def is_finished(kind: str, status: int) -> bool:
    """Final for an order of this kind (a FulfilmentKind value): nothing more to follow."""
    if status == CANCELLED:
        return True
    final = FINISHED_DELIVERY_FROM if kind == FulfilmentKind.DELIVERY.value else FINISHED_FROM
    return status >= final


def work_started(status: int) -> bool:
    """The warehouse has begun on the order: no more updates or cancels from the till."""
    return status >= WORK_STARTED
