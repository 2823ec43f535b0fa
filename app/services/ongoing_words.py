"""What a person is told when Ongoing fails: the real cause, and what to do about it.

The client's errors carry facts (which failure, the address, a status, Ongoing's own
message, a Retry-After); the words are chosen here, for whoever reads them:

- `describe(error)`: the cashier at the till, who can try again or tell IT;
- `describe_for_it(error)`: IT in the setup dialog, the command line and the self-test,
  who can fix the URL, the user, the goods owner or the PC's trust store.

Each is a translatable `Text` in context "Ongoing", with Ongoing's own words going in as a
value, untranslated. Every composition root gives one to its client
(`OngoingClient(settings, words=describe)`), so each error reaches the services and the
window with these words as `error.text`.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from app.domain.text_values import filled
from app.domain.texts import Text, translate
from app.ongoing.errors import (
    AuthenticationError,
    CircuitOpenError,
    GoodsOwnerRefusedError,
    HostNotFoundError,
    InvalidResponseError,
    NothingAnswersError,
    OngoingConnectionError,
    OngoingError,
    OngoingTimeoutError,
    OrderLockedError,
    RateLimitedError,
    StatusError,
    UnknownPathError,
    UntrustedCertificateError,
)

_SHOWN_LIMIT = 160  # characters of Ongoing's own text shown to a person
_DEFAULT_PORTS = {"https": 443, "http": 80}


def describe(error: OngoingError) -> Text:
    """The cashier's message for one of the client's errors."""
    if isinstance(error, CircuitOpenError) and error.last_error is not None:
        error = _cause_of_pause(error)
    if isinstance(error, NothingAnswersError):
        return filled(
            translate(
                "Ongoing",
                "Nothing answers at {address}, where this till reaches Ongoing. "
                "Try again in a moment; if it keeps happening, tell IT.",
            ),
            address=address_of(error),
        )
    if isinstance(error, HostNotFoundError):
        return filled(
            translate(
                "Ongoing",
                "The name {host} cannot be found on the network. Check the network cable or "
                "Wi-Fi; if it keeps happening, tell IT.",
            ),
            host=host_of(error),
        )
    if isinstance(error, UntrustedCertificateError):
        return filled(
            translate(
                "Ongoing",
                "This PC does not trust the certificate of {host}, so the till will not talk "
                "to it. Tell IT.",
            ),
            host=host_of(error),
        )
    if isinstance(error, GoodsOwnerRefusedError):
        return filled(
            translate(
                "Ongoing",
                "Ongoing refused goods owner {owner} for this till's API user. Tell IT.",
            ),
            owner=error.goods_owner_id,
        )
    if isinstance(error, AuthenticationError):
        return translate("Ongoing", "Ongoing refused this till's API user or password. Tell IT.")
    if isinstance(error, UnknownPathError):
        return translate(
            "Ongoing", "There is no Ongoing API at the address this till uses (error 404). Tell IT."
        )
    if isinstance(error, OrderLockedError):
        return translate(
            "Ongoing",
            "The warehouse has already started on this order, so it can no longer be "
            "changed or cancelled here. Call the warehouse.",
        )
    if isinstance(error, StatusError):
        return _status(error.status_code, error.ongoing_message)
    if isinstance(error, OngoingTimeoutError):
        return translate("Ongoing", "Ongoing did not answer in time. Try again in a moment.")
    if isinstance(error, RateLimitedError):
        if error.retry_after is None:
            return translate("Ongoing", "Ongoing is busy. Try again in a minute.")
        return filled(
            translate("Ongoing", "Ongoing is busy. Try again in {wait}."),
            wait=_duration(error.retry_after),
        )
    if isinstance(error, InvalidResponseError):
        return translate(
            "Ongoing", "Ongoing sent an answer Tillside cannot read (a proxy page?). Tell IT."
        )
    if isinstance(error, CircuitOpenError):
        return filled(
            translate(
                "Ongoing",
                "Ongoing failed several times in a row. Try again in {wait}; "
                "if it keeps happening, tell IT.",
            ),
            wait=_duration(error.retry_in),
        )
    return translate(  # OngoingConnectionError, and any other failure to reach Ongoing
        "Ongoing",
        "Ongoing cannot be reached. Check the network cable or Wi-Fi, then try again.",
    )


def describe_for_it(error: OngoingError) -> Text:
    """IT's message: the cause with the address, user or goods owner, and what to change."""
    if isinstance(error, CircuitOpenError) and error.last_error is not None:
        error = _cause_of_pause(error)
    if isinstance(error, NothingAnswersError):
        return filled(
            translate(
                "Ongoing",
                "Nothing answers at {host} on port {port}. Check the host and port of the "
                "API URL, and that this PC may reach them (firewall, proxy).",
            ),
            host=host_of(error),
            port=port_of(error),
        )
    if isinstance(error, HostNotFoundError):
        return filled(
            translate(
                "Ongoing",
                "The name {host} does not resolve (DNS). Check the warehouse name or API URL "
                "for typing errors, and this PC's network.",
            ),
            host=host_of(error),
        )
    if isinstance(error, UntrustedCertificateError):
        return filled(
            translate(
                "Ongoing",
                "The certificate of {host} is not trusted by this PC. Check the API URL; if "
                "the store's network inspects TLS, add its root certificate to this PC's "
                "trust store.",
            ),
            host=host_of(error),
        )
    if isinstance(error, GoodsOwnerRefusedError):
        return filled(
            translate(
                "Ongoing",
                "API user {user} may not use goods owner {owner}: an API user belongs to one "
                "goods owner. Check the goods owner id in Ongoing (Administration, API for "
                "goods owners).",
            ),
            user=error.api_user,
            owner=error.goods_owner_id,
        )
    if isinstance(error, AuthenticationError):
        if _says_more_than_denied(error.ongoing_message):
            return filled(
                translate(
                    "Ongoing",
                    "Ongoing refused API user {user} (error {status}): {message}. Check the "
                    "user in Ongoing (Administration, API for goods owners).",
                ),
                user=error.api_user,
                status=error.detail.removeprefix("HTTP "),
                message=_clip(error.ongoing_message),
            )
        return filled(
            translate(
                "Ongoing",
                "Ongoing refused API user {user}: the user name or password is wrong "
                "(error {status}). Check both in Ongoing (Administration, API for goods "
                "owners).",
            ),
            user=error.api_user,
            status=error.detail.removeprefix("HTTP "),
        )
    if isinstance(error, UnknownPathError):
        return filled(
            translate(
                "Ongoing",
                "There is no Ongoing API at {url} (error 404). Check the warehouse name, or "
                "the path of the API URL (it ends in /api/v1/).",
            ),
            url=error.base_url,
        )
    if isinstance(error, StatusError) and not isinstance(error, OrderLockedError):
        return _status_for_it(error.status_code, error.ongoing_message)
    if isinstance(error, OngoingTimeoutError):
        return filled(
            translate(
                "Ongoing",
                "Ongoing at {host} did not answer in time. Check this PC's network and proxy, "
                "then try again.",
            ),
            host=host_of(error),
        )
    if isinstance(error, InvalidResponseError):
        return filled(
            translate(
                "Ongoing",
                "The answer from {host} is not Ongoing's (a proxy or login page?). Check the "
                "API URL and this PC's proxy.",
            ),
            host=host_of(error),
        )
    if isinstance(error, OngoingConnectionError):
        return filled(
            translate(
                "Ongoing",
                "Ongoing at {host} cannot be reached ({detail}). Check this PC's network, "
                "proxy and firewall.",
            ),
            host=host_of(error),
            detail=error.detail,
        )
    return describe(error)  # busy, paused, a locked order: the same for IT


def _cause_of_pause(error: CircuitOpenError) -> OngoingError:
    """A pause after repeated failures is said as what failed: that is what to fix.

    The circuit may have been opened by a failure that can pass (a dropped connection); then
    the pause itself is the news, with when calls resume.
    """
    last = error.last_error
    assert last is not None  # untranslated: for developers
    lasting = (
        NothingAnswersError,
        HostNotFoundError,
        UntrustedCertificateError,
        AuthenticationError,
        UnknownPathError,
    )
    return last if isinstance(last, lasting) else error


def host_of(error: OngoingError) -> str:
    """The host the client was calling (from the error's base URL), or "Ongoing"."""
    return urlsplit(error.base_url).hostname or "Ongoing"


def port_of(error: OngoingError) -> int:
    parts = urlsplit(error.base_url)
    try:
        port = parts.port
    except ValueError:
        port = None
    return port or _DEFAULT_PORTS.get(parts.scheme, 443)


def address_of(error: OngoingError) -> str:
    """`host:port`, as IT would type it."""
    host = host_of(error)
    return f"[{host}]:{port_of(error)}" if ":" in host else f"{host}:{port_of(error)}"


def _duration(seconds: float) -> Text:
    if seconds < 90:
        return filled(translate("Ongoing", "{seconds} s"), seconds=max(1, round(seconds)))
    return filled(translate("Ongoing", "{minutes} min"), minutes=round(seconds / 60))


def _status(status_code: int, ongoing_message: str) -> Text:
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


def _status_for_it(status_code: int, ongoing_message: str) -> Text:
    """IT's version: Ongoing's own message when it gave one, and whom to ask."""
    said = _clip(ongoing_message) if ongoing_message else ""
    if status_code >= 500:
        if said:
            return filled(
                translate(
                    "Ongoing",
                    "Ongoing failed (error {status}): {message}. Try again later; if it "
                    "keeps happening, contact Ongoing's support.",
                ),
                status=status_code,
                message=said,
            )
        return filled(
            translate(
                "Ongoing",
                "Ongoing failed (error {status}). Try again later; if it keeps happening, "
                "contact Ongoing's support.",
            ),
            status=status_code,
        )
    if said:
        return filled(
            translate(
                "Ongoing",
                "Ongoing refused the request (error {status}): {message}. Check what it names.",
            ),
            status=status_code,
            message=said,
        )
    return filled(
        translate(
            "Ongoing",
            "Ongoing refused the request (error {status}) without saying why. Check the "
            "settings, or ask Ongoing's support.",
        ),
        status=status_code,
    )


def _says_more_than_denied(message: str) -> bool:
    """Ongoing's own reason for a refusal (a locked user, say), not the framework's
    "Authorization has been denied for this request." that every wrong login gets."""
    return bool(message) and not message.lower().startswith("authorization has been denied")


def _clip(text: str) -> str:
    text = text.rstrip(". ")
    return text if len(text) <= _SHOWN_LIMIT else text[: _SHOWN_LIMIT - 1] + "…"
