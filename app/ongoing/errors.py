"""The client's own errors: one root, one class per case the till treats differently.

Modelled on anthropic-sdk-python's `_exceptions.py`. `str(error)` is a short message a
cashier can act on (plain words, says what to do); the technical detail stays in attributes
(`detail`, `status_code`, `message`, `retry_after`) for logs and IT. No message, attribute or
repr ever contains the API password: errors are built from status codes, Ongoing's own error
text and exception class names, never from request headers.

`error.text` is the same message as a translatable `Text` (context "Ongoing"): the UI shows
it in the cashier's language. Ongoing's own words go into it as a value, untranslated.
"""

from __future__ import annotations

from app.domain.text_values import filled
from app.domain.texts import Text, as_text, translate

_SHOWN_LIMIT = 160  # characters of Ongoing's own text shown to a cashier


class OngoingError(Exception):
    """Root of everything the Ongoing client raises."""

    text: Text  # the cashier's message, translatable; str(error) is its English version

    def __init__(self, message: Text | str, *, detail: str = "") -> None:
        super().__init__(str(message))
        self.text = as_text(message)
        self.message = str(message)
        self.detail = detail


class OngoingConnectionError(OngoingError):
    """Ongoing could not be reached (DNS, refused, reset, TLS, dropped mid-answer)."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            translate(
                "Ongoing",
                "Ongoing cannot be reached. Check the network cable or Wi-Fi, then try again.",
            ),
            detail=detail,
        )


class OngoingTimeoutError(OngoingConnectionError):
    """Ongoing did not answer in time (connect, read, write or pool timeout)."""

    def __init__(self, detail: str = "") -> None:
        OngoingError.__init__(
            self,
            translate("Ongoing", "Ongoing did not answer in time. Try again in a moment."),
            detail=detail,
        )


class AuthenticationError(OngoingError):
    """401/403: the API user, password or goods owner is wrong; retrying cannot help."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            translate(
                "Ongoing", "Ongoing refused the API user or password, or the goods owner. Tell IT."
            ),
            detail=detail,
        )


class RateLimitedError(OngoingError):
    """429: Ongoing asks us to slow down; `retry_after` is its Retry-After in seconds."""

    def __init__(self, retry_after: float | None, detail: str = "") -> None:
        if retry_after is None:
            text = translate("Ongoing", "Ongoing is busy. Try again in a minute.")
        else:
            text = filled(
                translate("Ongoing", "Ongoing is busy. Try again in {wait}."),
                wait=_duration(retry_after),
            )
        super().__init__(text, detail=detail or "HTTP 429")
        self.retry_after = retry_after


class StatusError(OngoingError):
    """Ongoing answered with an error status.

    `message` is Ongoing's own text (from `Message` or `message` in the JSON body), or a
    short text naming the status when it sent none; `str(error)` is the cashier's version.
    """

    def __init__(self, status_code: int, ongoing_message: str) -> None:
        text = ongoing_message or f"HTTP {status_code} without an error text"
        super().__init__(_shown(status_code, ongoing_message), detail=f"HTTP {status_code}")
        self.message = text
        self.status_code = status_code
        self.ongoing_message = ongoing_message


class OrderLockedError(StatusError):
    """An update or cancel refused because the warehouse has started work on the order."""

    def __init__(self, status_code: int, ongoing_message: str) -> None:
        super().__init__(status_code, ongoing_message)
        self.text = translate(
            "Ongoing",
            "The warehouse has already started on this order, so it can no longer be "
            "changed or cancelled here. Call the warehouse.",
        )
        self.args = (str(self.text),)


class InvalidResponseError(OngoingError):
    """The answer is not JSON or not the expected shape (e.g. a proxy's HTML page)."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            translate(
                "Ongoing", "Ongoing sent an answer Tillside cannot read (a proxy page?). Tell IT."
            ),
            detail=detail,
        )


class CircuitOpenError(OngoingError):
    """The client stopped calling after a run of failures; `retry_in` seconds remain."""

    def __init__(self, retry_in: float) -> None:
        super().__init__(
            filled(
                translate(
                    "Ongoing",
                    "Ongoing failed several times in a row. Try again in {wait}; "
                    "if it keeps happening, tell IT.",
                ),
                wait=_duration(retry_in),
            ),
            detail="circuit open",
        )
        self.retry_in = retry_in


def _duration(seconds: float) -> Text:
    if seconds < 90:
        return filled(translate("Ongoing", "{seconds} s"), seconds=max(1, round(seconds)))
    return filled(translate("Ongoing", "{minutes} min"), minutes=round(seconds / 60))


def _shown(status_code: int, ongoing_message: str) -> Text:
    """The cashier's version of an error status; Ongoing's own text goes in as a value."""
    if status_code >= 500:
        return filled(
            translate(
                "Ongoing",
                "Ongoing has a problem right now (error {status}). Try again in a minute; "
                "if it keeps happening, tell IT.",
            ),
            status=status_code,
        )
    if status_code == 404:
        if ongoing_message:
            return filled(
                translate(
                    "Ongoing", "Ongoing could not find it (error 404): {message}. Check the number."
                ),
                message=_clip(ongoing_message),
            )
        return translate("Ongoing", "Ongoing could not find it (error 404). Check the number.")
    if ongoing_message:
        return filled(
            translate(
                "Ongoing",
                "Ongoing refused the request (error {status}): {message}. "
                "Check the details or tell IT.",
            ),
            status=status_code,
            message=_clip(ongoing_message),
        )
    return filled(
        translate(
            "Ongoing", "Ongoing refused the request (error {status}). Check the details or tell IT."
        ),
        status=status_code,
    )


def _clip(text: str) -> str:
    text = text.rstrip(". ")
    return text if len(text) <= _SHOWN_LIMIT else text[: _SHOWN_LIMIT - 1] + "…"


_LOCKED_HINTS = (
    "started work",
    "has started",
    "cannot be updated",
    "can not be updated",
    "cannot be cancelled",
    "cannot be canceled",
    "can not be cancelled",
    "is locked",
)


def is_order_locked(method: str, path: str, status_code: int, message: str) -> bool:
    """Ongoing's refusal to touch an order the warehouse has begun on.

    Undocumented, so recognised by wording: a 4xx answer to `PUT /orders` or
    `DELETE /orders/{id}` whose text says the order cannot be changed or work has started.
    """
    if not 400 <= status_code < 500 or status_code in (401, 403, 404, 408, 429):
        return False
    method = method.upper()
    path = path.strip("/")
    if not ((method == "PUT" and path == "orders") or (method == "DELETE" and _is_order(path))):
        return False
    lowered = message.lower()
    return any(hint in lowered for hint in _LOCKED_HINTS)


def _is_order(path: str) -> bool:
    head, _, order_id = path.partition("/")
    return head == "orders" and order_id.isdigit()
