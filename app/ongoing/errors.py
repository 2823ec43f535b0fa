"""The client's own errors: one root, one class per case the till treats differently.

Modelled on anthropic-sdk-python's `_exceptions.py`. An error carries the facts: what
failed (`request`, e.g. "PUT /orders"), `status_code`, Ongoing's own `message`,
`retry_after`, `retry_in`, and a `detail` for logs and IT. What a cashier is told is not
the client's choice: the services word it (`app.services.ongoing_words.describe`), and a
client given those words (`OngoingClient(..., words=describe)`) puts them in `error.text`
before the error leaves it. Until then `text` is the facts in plain English. No message,
attribute or repr ever contains the API password: errors are built from status codes,
Ongoing's own error text and exception class names, never from request headers.
"""

from __future__ import annotations

from collections.abc import Callable

from app.domain.errors import TillsideError
from app.domain.texts import Text


def _facts(what: str, detail: str) -> str:
    return f"{what} ({detail})." if detail else f"{what}."


class OngoingError(TillsideError):
    """Root of everything the Ongoing client raises.

    `message` states what happened in English (for a status error, Ongoing's own text);
    `text` is what a person is told: that message until the client words it.
    """

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail
        self.request = ""  # the call that failed, "GET /orders"; set by the client
        self.base_url = ""  # where the client was sending it; set by the client


Words = Callable[[OngoingError], Text]
"""What to tell a person about an error: chosen by the services, applied by the client."""


class OngoingConnectionError(OngoingError):
    """Ongoing could not be reached (DNS, refused, reset, TLS, dropped mid-answer)."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(_facts("Ongoing could not be reached", detail), detail=detail)


class NothingAnswersError(OngoingConnectionError):
    """Nothing answers at that host and port: the connection was refused or never answered."""


class HostNotFoundError(OngoingConnectionError):
    """The host name in the URL does not resolve (DNS)."""


class UntrustedCertificateError(OngoingConnectionError):
    """The server's TLS certificate is not trusted by this PC (or is for another name)."""


class OngoingTimeoutError(OngoingConnectionError):
    """Ongoing did not answer in time (connect, read, write or pool timeout)."""

    def __init__(self, detail: str = "") -> None:
        OngoingError.__init__(self, _facts("Ongoing did not answer in time", detail), detail=detail)


class AuthenticationError(OngoingError):
    """401/403: Ongoing refused the API user and password; retrying cannot help.

    `api_user` is the user it refused (a name, not a secret; set by the client) and
    `ongoing_message` Ongoing's own text, if it sent one.
    """

    def __init__(self, detail: str = "", ongoing_message: str = "") -> None:
        super().__init__(_facts("Ongoing refused the API user or password", detail), detail=detail)
        self.api_user = ""
        self.ongoing_message = ongoing_message


class GoodsOwnerRefusedError(AuthenticationError):
    """The login is good (a call without a goods owner succeeds), but this goods owner is
    refused: each API user belongs to one goods owner, and this is not the user's."""

    def __init__(self, goods_owner_id: int, detail: str = "", ongoing_message: str = "") -> None:
        OngoingError.__init__(
            self,
            _facts(f"Ongoing refused goods owner {goods_owner_id} for this API user", detail),
            detail=detail,
        )
        self.api_user = ""
        self.ongoing_message = ongoing_message
        self.goods_owner_id = goods_owner_id


class RateLimitedError(OngoingError):
    """429: Ongoing asks us to slow down; `retry_after` is its Retry-After in seconds."""

    def __init__(self, retry_after: float | None, detail: str = "") -> None:
        wait = "" if retry_after is None else f", retry after {retry_after:.0f} s"
        super().__init__(
            f"Ongoing is limiting requests (HTTP 429{wait}).", detail=detail or "HTTP 429"
        )
        self.retry_after = retry_after


class StatusError(OngoingError):
    """Ongoing answered with an error status.

    `message` is Ongoing's own text (from `Message` or `message` in the JSON body), or a
    short text naming the status when it sent none; `ongoing_message` is its text as sent.
    """

    def __init__(self, status_code: int, ongoing_message: str) -> None:
        message = ongoing_message or f"HTTP {status_code} without an error text"
        super().__init__(
            f"Ongoing answered HTTP {status_code}: {message}", detail=f"HTTP {status_code}"
        )
        self.message = message
        self.status_code = status_code
        self.ongoing_message = ongoing_message


class UnknownPathError(StatusError):
    """404 for a path every Ongoing API has: no such warehouse name or URL path."""


class OrderLockedError(StatusError):
    """An update or cancel refused because the warehouse has started work on the order."""


class InvalidResponseError(OngoingError):
    """The answer is not JSON or not the expected shape (e.g. a proxy's HTML page)."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(_facts("Ongoing's answer could not be read", detail), detail=detail)


class CircuitOpenError(OngoingError):
    """The client stopped calling after a run of failures; `retry_in` seconds remain.

    `last_error` is the failure that opened it: what is wrong, for the words.
    """

    def __init__(self, retry_in: float, last_error: OngoingError | None = None) -> None:
        super().__init__(
            f"Calls to Ongoing are paused after repeated failures, for {retry_in:.0f} s more.",
            detail="circuit open",
        )
        self.retry_in = retry_in
        self.last_error = last_error


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


_ROUTE_MISSING = "no http resource was found"  # ASP.NET Web API's words for an unknown path


def is_unknown_path(path: str, status_code: int, message: str, web_page: bool) -> bool:
    """A 404 that says the URL is wrong, not that a thing is missing.

    Every path the client calls exists at a right base URL, except a single order by id,
    which is 404 when that order is not there. So: a 404 for any other path, or a 404 that
    is a web server's page (not Ongoing's JSON) or the framework's "no resource matches".
    """
    if status_code != 404:
        return False
    if not _has_id(path) or web_page:
        return True
    return _ROUTE_MISSING in message.lower()


def _has_id(path: str) -> bool:
    return any(part.isdigit() for part in path.strip("/").split("/"))
