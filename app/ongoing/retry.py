"""When to try a request again, how long to wait, and when to stop calling altogether.

Reads are always safe to repeat. `PUT /orders` is an upsert keyed on the order number and
`PUT /orders/wayOfDeliveryTypes` on the code, so repeating them updates rather than
duplicates; cancelling an order twice cancels it once. Nothing else is repeated.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.ongoing.constants import (
    BACKOFF_BASE_S,
    BACKOFF_MAX_S,
    CIRCUIT_COOL_DOWN_S,
    CONSECUTIVE_FAILURE_LIMIT,
    MAX_RETRIES,
    MAX_RETRY_AFTER_S,
)
from app.ongoing.errors import (
    CircuitOpenError,
    OngoingConnectionError,
    OngoingError,
    RateLimitedError,
    StatusError,
    UntrustedCertificateError,
)

_IDEMPOTENT_WRITES = {("PUT", "orders"), ("PUT", "orders/wayOfDeliveryTypes")}


def is_retryable_request(method: str, path: str) -> bool:
    """May this request be sent again when the answer is lost? Reads and upserts only."""
    method = method.upper()
    path = path.strip("/")
    if method == "GET":
        return True
    if (method, path) in _IDEMPOTENT_WRITES:
        return True
    head, _, order_id = path.partition("/")
    return method == "DELETE" and head == "orders" and (order_id == "" or order_id.isdigit())


def is_retryable_error(error: OngoingError) -> bool:
    """Passing trouble (network, timeouts, 5xx, 408, 429); never another 4xx, nor a
    certificate this PC does not trust (it will not be trusted a second later)."""
    if isinstance(error, UntrustedCertificateError):
        return False
    if isinstance(error, OngoingConnectionError | RateLimitedError):
        return True
    return isinstance(error, StatusError) and (error.status_code >= 500 or error.status_code == 408)


@dataclass
class RetryPolicy:
    """Exponential backoff with full jitter, Retry-After honoured up to a cap.

    A Retry-After longer than `max_retry_after_s` is not waited out: a customer is standing
    at the till, so the client raises `RateLimitedError` (with `retry_after`) at once and the
    till says when to try again. `jitter` is the random source (0 <= x < 1), injectable so
    tests are exact.
    """

    max_retries: int = MAX_RETRIES
    base_s: float = BACKOFF_BASE_S
    max_backoff_s: float = BACKOFF_MAX_S
    max_retry_after_s: float = MAX_RETRY_AFTER_S
    jitter: Callable[[], float] = random.random

    def delay(self, attempt: int, error: OngoingError) -> float | None:
        """Seconds to wait before attempt `attempt + 1`, or None to give up now."""
        if attempt > self.max_retries or not is_retryable_error(error):
            return None
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            if error.retry_after > self.max_retry_after_s:
                return None  # too long for a customer at the till: report it instead
            return max(0.0, error.retry_after)
        ceiling = min(self.max_backoff_s, self.base_s * 2.0 ** (attempt - 1))
        return ceiling * self.jitter()  # full jitter: tills that failed together spread out


@dataclass
class CircuitBreaker:
    """Opens after a run of consecutive failures; closes on the first success."""

    limit: int = CONSECUTIVE_FAILURE_LIMIT
    cool_down_s: float = CIRCUIT_COOL_DOWN_S
    clock: Callable[[], float] = time.monotonic
    failures: int = field(default=0, init=False)
    opened_at: float | None = field(default=None, init=False)
    last_error: OngoingError | None = field(default=None, init=False)

    def check(self) -> None:
        if self.opened_at is None:
            return
        remaining = self.opened_at + self.cool_down_s - self.clock()
        if remaining > 0:
            raise CircuitOpenError(remaining, self.last_error)
        self.opened_at = None  # half-open: let one call through to probe
        self.failures = self.limit - 1

    def record_success(self) -> None:
        self.failures = 0
        self.opened_at = None

    def record_failure(self, error: OngoingError | None = None) -> None:
        """One more failure in a row; `error` is kept, so a pause still names its cause."""
        self.failures += 1
        if error is not None:
            self.last_error = error
        if self.failures >= self.limit:
            self.opened_at = self.clock()
