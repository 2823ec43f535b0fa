"""The cashier's words for the client's errors: short, plain, and saying what to do.

Moved here from tests/ongoing/test_errors_and_retry.py with the words themselves: the
client keeps the facts, the services choose what a cashier reads.
"""

from __future__ import annotations

import pytest

from app.domain.texts import Text
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
from app.services.ongoing_words import describe, describe_for_it
from tests.helpers.scripted import LOCKED

EVERY_ERROR: list[OngoingError] = [
    OngoingConnectionError("ConnectError"),
    OngoingTimeoutError("ReadTimeout"),
    AuthenticationError("HTTP 401"),
    RateLimitedError(None),
    RateLimitedError(12.0),
    RateLimitedError(3600.0),
    StatusError(500, "An error has occurred."),
    StatusError(400, "x" * 5000),
    StatusError(404, ""),
    OrderLockedError(400, LOCKED),
    InvalidResponseError("3 problems parsing text/html from /demo/api/v1/warehouses"),
    CircuitOpenError(29.5),
    NothingAnswersError("ConnectError, connection refused"),
    HostNotFoundError("ConnectError, name not resolved"),
    UntrustedCertificateError("ConnectError, certificate not trusted"),
    GoodsOwnerRefusedError(12, "HTTP 401"),
    UnknownPathError(404, "No HTTP resource was found that matches the request URI 'x'."),
]
for _error in EVERY_ERROR:  # as the client leaves them: where it was calling, as whom
    _error.base_url = "https://api.ongoingsystems.se/mystore/api/v1/"
    if isinstance(_error, AuthenticationError):
        _error.api_user = "WSI-STORE"


@pytest.mark.parametrize("error", EVERY_ERROR, ids=lambda e: type(e).__name__)
def test_every_message_is_short_plain_and_says_what_to_do(error: OngoingError) -> None:
    shown = str(describe(error))
    assert shown[0].isupper() and shown.endswith("."), shown
    assert len(shown) <= 260, shown
    assert "Traceback" not in shown and "{" not in shown
    assert any(
        hint in shown for hint in ("Try again", "try again", "Tell IT", "tell IT", "Call", "Check")
    ), shown
    assert describe(error).context == "Ongoing"  # translatable, in the catalogues' context
    assert error.detail or isinstance(error, StatusError)


@pytest.mark.parametrize("error", EVERY_ERROR, ids=lambda e: type(e).__name__)
def test_it_is_told_the_cause_and_what_to_change(error: OngoingError) -> None:
    shown = str(describe_for_it(error))
    assert shown[0].isupper() and shown.endswith("."), shown
    assert len(shown) <= 300, shown
    assert "{" not in shown and "Traceback" not in shown
    assert describe_for_it(error).context == "Ongoing"
    if not isinstance(error, RateLimitedError | CircuitOpenError | OrderLockedError):
        assert "tell it" not in shown.lower(), shown  # IT is the reader
    assert any(hint in shown for hint in ("Check", "check", "Try again", "try again", "Call"))


def test_it_reads_the_address_user_and_goods_owner() -> None:
    by_type = {type(error): str(describe_for_it(error)) for error in EVERY_ERROR}
    assert "api.ongoingsystems.se on port 443" in by_type[NothingAnswersError]
    assert "api.ongoingsystems.se does not resolve" in by_type[HostNotFoundError]
    assert "certificate of api.ongoingsystems.se" in by_type[UntrustedCertificateError]
    assert "WSI-STORE may not use goods owner 12" in by_type[GoodsOwnerRefusedError]
    assert "https://api.ongoingsystems.se/mystore/api/v1/ (error 404)" in by_type[UnknownPathError]
    assert "refused API user WSI-STORE" in by_type[AuthenticationError]


def test_each_case_has_its_own_words() -> None:
    assert "Call the warehouse" in str(describe(OrderLockedError(400, LOCKED)))
    assert "12 s" in str(describe(RateLimitedError(12.0)))
    assert "60 min" in str(describe(RateLimitedError(3600.0)))
    assert "30 s" in str(describe(CircuitOpenError(29.5)))
    assert "did not answer in time" in str(describe(OngoingTimeoutError("ReadTimeout")))
    assert "cannot be reached" in str(describe(OngoingConnectionError("ConnectError")))
    assert "error 404" in str(describe(StatusError(404, "")))


def test_a_long_ongoing_message_is_clipped_for_the_cashier_but_kept_whole() -> None:
    error = StatusError(400, "y" * 5000)
    assert len(error.message) == 5000
    assert len(str(describe(error))) < 260


def test_ongoings_own_words_go_in_as_a_value_untranslated() -> None:
    words = describe(StatusError(400, "Artikel “A” saknas {x}."))
    assert words.values == {"status": 400, "message": "Artikel “A” saknas {x}"}
    assert isinstance(words, Text) and words.context == "Ongoing"


def test_a_pause_after_a_lasting_failure_still_names_it() -> None:
    refused = NothingAnswersError("ConnectError, connection refused")
    refused.base_url = "http://127.0.0.1:8799/demo/api/v1/"
    paused = CircuitOpenError(29.5, refused)
    assert str(describe(paused)).startswith("Nothing answers at 127.0.0.1:8799")
    assert str(describe_for_it(paused)).startswith("Nothing answers at 127.0.0.1 on port 8799")
    passing = CircuitOpenError(29.5, OngoingConnectionError("RemoteProtocolError"))
    assert "failed several times in a row" in str(describe(passing))


def test_ongoings_own_reason_for_a_refused_login_reaches_it() -> None:
    locked = AuthenticationError("HTTP 401", "The API user is locked after failed logins.")
    locked.api_user = "WSI-STORE"
    assert str(describe_for_it(locked)).startswith(
        "Ongoing refused API user WSI-STORE (error 401): The API user is locked after failed "
        "logins. Check the user"
    )
    generic = AuthenticationError("HTTP 401", "Authorization has been denied for this request.")
    generic.api_user = "WSI-STORE"
    assert "user name or password is wrong" in str(describe_for_it(generic))
