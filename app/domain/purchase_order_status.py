"""Ongoing's purchase-order status numbers (goods on the way in), and when goods are in.

A sibling of `app.domain.order_status`: the same kind of fact (Ongoing's numbers, from its
official purchase-order-statuses example) with its own, separate numbering.
"""

from __future__ import annotations

from typing import Final

NOTIFIED: Final = 100
ARRIVAL_SPACE: Final = 200
INBOUND: Final = 300
DEFLECTION: Final = 400
RECEIVED: Final = 500
CANCELLED: Final = 900


def is_received(status: int) -> bool:
    """The goods have arrived (Received or a later step), and the order was not cancelled."""
    return RECEIVED <= status < CANCELLED
