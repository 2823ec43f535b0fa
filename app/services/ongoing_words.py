"""What a cashier is told when Ongoing fails: plain words that say what to do.

The client's errors carry facts (a status, Ongoing's own message, a Retry-After); the till
chooses its words here. `describe(error)` is a translatable `Text` in context "Ongoing",
with Ongoing's own words going in as a value, untranslated. Every composition root gives
it to its client (`OngoingClient(settings, words=describe)`), so each error reaches the
services and the window with these words as `error.text`.
"""

from __future__ import annotations

from app.domain.text_values import filled
from app.domain.texts import Text, translate
from app.ongoing.errors import (
    AuthenticationError,
    CircuitOpenError,
    InvalidResponseError,
    OngoingError,
    OngoingTimeoutError,
    OrderLockedError,
    RateLimitedError,
    StatusError,
)

_SHOWN_LIMIT = 160  # characters of Ongoing's own text shown to a cashier


def describe(error: OngoingError) -> Text:
    """The cashier's message for one of the client's errors."""
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
    if isinstance(error, AuthenticationError):
        return translate(
            "Ongoing", "Ongoing refused the API user or password, or the goods owner. Tell IT."
        )
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


def _clip(text: str) -> str:
    text = text.rstrip(". ")
    return text if len(text) <= _SHOWN_LIMIT else text[: _SHOWN_LIMIT - 1] + "…"
