"""The client's own errors: one root, one class per case the till treats differently.

`str(error)` is a short message a cashier can act on; the technical detail is kept in
attributes for logs. No message or repr ever contains the API password.
"""

from __future__ import annotations


class OngoingError(Exception):
    """Root of everything the Ongoing client raises."""

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class OngoingConnectionError(OngoingError):
    def __init__(self, detail: str = "") -> None:
        super().__init__("Ongoing cannot be reached. Check the network; retrying.", detail=detail)


class OngoingTimeoutError(OngoingConnectionError):
    def __init__(self, detail: str = "") -> None:
        OngoingError.__init__(self, "Ongoing did not answer in time; retrying.", detail=detail)


class AuthenticationError(OngoingError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "Ongoing refused the API user or password, or the goods owner. Tell IT.", detail=detail
        )


class RateLimitedError(OngoingError):
    def __init__(self, retry_after: float | None, detail: str = "") -> None:
        wait = f" for {retry_after:.0f} s" if retry_after is not None else ""
        super().__init__(f"Ongoing asks us to slow down{wait}; retrying.", detail=detail)
        self.retry_after = retry_after


class StatusError(OngoingError):
    """Ongoing answered with an error status; `message` is Ongoing's own text when it sent one."""

    def __init__(self, status_code: int, ongoing_message: str) -> None:
        text = ongoing_message or f"Ongoing answered with error {status_code}."
        super().__init__(text, detail=f"HTTP {status_code}")
        self.status_code = status_code
        self.ongoing_message = ongoing_message


class OrderLockedError(StatusError):
    """An update or cancel refused because the warehouse has started work on the order."""

    def __init__(self, status_code: int, ongoing_message: str) -> None:
        super().__init__(status_code, ongoing_message)
        self.message = (
            "The warehouse has already started on this order, so it can no longer be "
            "changed or cancelled here. Call the warehouse."
        )
        self.args = (self.message,)


class InvalidResponseError(OngoingError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "Ongoing sent an answer Tillside cannot read (a proxy page?). Tell IT.", detail=detail
        )


class CircuitOpenError(OngoingError):
    def __init__(self, retry_in: float) -> None:
        super().__init__(
            f"Ongoing failed several times in a row; pausing calls for {retry_in:.0f} s.",
            detail="circuit open",
        )
        self.retry_in = retry_in


_LOCKED_HINTS = ("started", "cannot be updated", "can not be updated", "not allowed to", "locked")


def is_order_locked_message(message: str) -> bool:
    """Ongoing's refusal to touch an order the warehouse has begun on (wording varies)."""
    lowered = message.lower()
    return any(hint in lowered for hint in _LOCKED_HINTS)
