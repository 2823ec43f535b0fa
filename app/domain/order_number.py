"""Order numbers unique across every till of every store, made once per checkout.

`{store prefix}{till id}-{installation}{stamp}`, all capital letters and digits:

- the prefix and till id come from the settings, so people can read where an order came from;
- the installation id is four random base-36 characters made when this PC's outbox is first
  created and kept only there, so two PCs that IT preseeded with the same config file (the
  same prefix and till id) still draw from different spaces;
- the stamp is milliseconds since 2020 in base 36, but never less than the last stamp issued
  on this PC plus one (kept in the outbox too), so numbers keep increasing across processes,
  restarts and a clock that steps back.

The outbox takes the next stamp inside one write transaction (`app/persistence/outbox.py`); this
module only does the arithmetic and the spelling. The number is stored with the order before
the first send and reused on every retry, which makes `PUT /orders` an update, never a
duplicate.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

EPOCH = datetime(2020, 1, 1, tzinfo=UTC)
INSTALLATION_ID_LENGTH = 4
_PART = re.compile(r"^[A-Z0-9]{1,6}$")
_INSTALLATION = re.compile(rf"^[A-Z0-9]{{{INSTALLATION_ID_LENGTH}}}$")
_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def base36(value: int) -> str:
    digits = ""
    while True:
        value, remainder = divmod(value, 36)
        digits = _ALPHABET[remainder] + digits
        if value == 0:
            return digits


def from_base36(digits: str) -> int:
    return int(digits, 36)


def check_part(name: str, value: str) -> str:
    if not _PART.match(value):
        raise ValueError(f"{name} must be 1 to 6 capital letters or digits, not {value[:20]!r}.")
    return value


def new_installation_id() -> str:
    """Four random base-36 characters (1.7 million values), from the OS's secure source."""
    return "".join(secrets.choice(_ALPHABET) for _ in range(INSTALLATION_ID_LENGTH))


def is_installation_id(value: object) -> bool:
    return isinstance(value, str) and bool(_INSTALLATION.match(value))


def stamp_at(now: datetime) -> int:
    """Milliseconds since 2020 (never negative, even for a clock set far back)."""
    return max(0, int((now - EPOCH).total_seconds() * 1000))


def next_stamp(last: int, now: datetime) -> int:
    """The clock's stamp, or one past the last issued when the clock is behind it."""
    return max(stamp_at(now), last + 1)


@dataclass(frozen=True, slots=True)
class OrderNumberFormat:
    """How this till spells its numbers: checked once, when the settings are read."""

    store_prefix: str
    till_id: str

    def __post_init__(self) -> None:
        check_part("The store's order-number prefix", self.store_prefix)
        check_part("The till id", self.till_id)

    @classmethod
    def of(cls, store_prefix: str, till_id: str) -> OrderNumberFormat:
        """From the settings as written (any case)."""
        return cls(store_prefix.upper(), till_id.upper())

    def number(self, installation_id: str, stamp: int) -> str:
        if not is_installation_id(installation_id):
            raise ValueError(f"Not an installation id: {installation_id[:10]!r}.")
        return f"{self.store_prefix}{self.till_id}-{installation_id}{base36(stamp)}"


def stamp_of(order_number: str) -> int | None:
    """The stamp inside a number of this format, or None for any other number."""
    _, dash, rest = order_number.rpartition("-")
    if not dash or len(rest) <= INSTALLATION_ID_LENGTH:
        return None
    digits = rest[INSTALLATION_ID_LENGTH:]
    if not all(c in _ALPHABET for c in digits):
        return None
    return from_base36(digits)
