"""What the checkout tells the window: notices, the connection's state, the callbacks.

Kept apart from `app.services.checkout` (which brings the HTTP client and asyncio with it)
so the till window can be built and shown before any of that is imported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING

from app.domain.texts import Text, as_text

_NO_REASON = as_text("")

if TYPE_CHECKING:
    from app.persistence.outbox import OutboxEntry


class NoticeLevel(Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Notice:
    """A short message for the cashier, translated where it is shown; never blocks the till."""

    level: NoticeLevel
    text: Text


@dataclass(frozen=True, slots=True)
class ConnectionState:
    online: bool = True
    since: datetime | None = None
    reason: Text = _NO_REASON  # why Ongoing is away, once offline


@dataclass(frozen=True, slots=True)
class ScanFailure:
    """A code that did not go into the basket, and why: the till makes it unmistakable."""

    code: str
    text: Text
    not_found: bool = False  # a well-formed code Ongoing does not know


@dataclass
class CheckoutListeners:
    """Callbacks the window sets; each is cheap and called on the event loop's thread."""

    basket_changed: Callable[[], None] = lambda: None
    stock_changed: Callable[[], None] = lambda: None
    notice: Callable[[Notice], None] = lambda notice: None
    connection_changed: Callable[[ConnectionState], None] = lambda state: None
    catalogue_loaded: Callable[[], None] = lambda: None
    scan_failed: Callable[[ScanFailure], None] = lambda failure: None
    scan_accepted: Callable[[str], None] = lambda article_number: None


@dataclass
class TillListeners(CheckoutListeners):
    """The checkout's callbacks, and the list of orders Ongoing has not confirmed."""

    unsent_changed: Callable[[list[OutboxEntry]], None] = lambda unsent: None
