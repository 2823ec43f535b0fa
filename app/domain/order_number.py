"""Order numbers unique across every till of every store, made once per checkout.

`{store prefix}{till id}-{time-ordered id}`: the prefix and till id are unique by
configuration, and the id is milliseconds since 2020 in base 36 plus a per-till counter,
so two checkouts on one till never collide even within one millisecond. The number is
stored in the outbox before the first send and reused on every retry, which makes
`PUT /orders` an update, never a duplicate.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

EPOCH = datetime(2020, 1, 1, tzinfo=UTC)
_PART = re.compile(r"^[A-Z0-9]{1,6}$")
_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def base36(value: int) -> str:
    digits = ""
    while True:
        value, remainder = divmod(value, 36)
        digits = _ALPHABET[remainder] + digits
        if value == 0:
            return digits


def check_part(name: str, value: str) -> str:
    if not _PART.match(value):
        raise ValueError(f"{name} must be 1 to 6 capital letters or digits, not {value[:20]!r}.")
    return value


class OrderNumbers:
    """Makes order numbers for one till; strictly increasing even if the clock steps back."""

    def __init__(self, store_prefix: str, till_id: str) -> None:
        self.store_prefix = check_part("The store's order-number prefix", store_prefix)
        self.till_id = check_part("The till id", till_id)
        self._last = 0

    def next(self, now: datetime) -> str:
        stamp = max(int((now - EPOCH).total_seconds() * 1000) * 36, self._last + 1)
        self._last = stamp
        return f"{self.store_prefix}{self.till_id}-{base36(stamp)}"
