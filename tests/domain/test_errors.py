"""The one error base: one translatable text, and `str()` its English."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.commands.order import UsageError
from app.config.loading import DamagedSettingsFileError, SettingsError
from app.config.secrets import PasswordUnavailableError
from app.config.settings import SettingValueError
from app.domain.basket import QuantityError
from app.domain.errors import TillsideError
from app.domain.text_values import filled
from app.domain.texts import Text, as_text, translate
from app.ongoing.errors import StatusError
from app.ongoing.settings import ConnectionSettingsError
from app.persistence.storage_errors import StorageError, StorageProblem
from app.services.orders import OrderError, OrderNotStoredError

WORDS = filled(translate("Test", "Quantity {n} is too many."), n=12)

EVERY_KIND: list[TillsideError] = [
    TillsideError(WORDS),
    QuantityError(WORDS),
    SettingValueError(WORDS),
    SettingsError(WORDS),
    DamagedSettingsFileError(WORDS),
    PasswordUnavailableError(WORDS),
    ConnectionSettingsError(WORDS),
    OrderError(WORDS),
    UsageError("Name at least one item as CODE=QTY."),
    StorageError(StorageProblem.FULL, Path("outbox.sqlite")),
    OrderNotStoredError(StorageError(StorageProblem.LOCKED, Path("outbox.sqlite"))),
    StatusError(500, "An error has occurred."),
]


@pytest.mark.parametrize("error", EVERY_KIND, ids=lambda e: type(e).__name__)
def test_every_error_has_one_text_and_str_is_its_english(error: TillsideError) -> None:
    assert isinstance(error.text, Text)
    assert str(error) == str(error.text)
    assert str(error) and "{" not in str(error)


def test_the_text_is_kept_as_given_translatable() -> None:
    error = QuantityError(WORDS)
    assert error.text is WORDS
    assert str(error) == "Quantity 12 is too many."
    assert error.args == ("Quantity 12 is too many.",)


def test_a_plain_string_is_an_untranslated_text() -> None:
    error = UsageError("Write CODE=QTY.")
    assert error.text == as_text("Write CODE=QTY.")
    assert str(error) == "Write CODE=QTY."


def test_str_follows_a_text_given_after_raising() -> None:
    """The Ongoing client words its errors on their way out: str() must say the same."""
    error = StatusError(404, "")
    error.text = translate("Test", "Check the number.")
    assert str(error) == "Check the number."


def test_value_errors_are_still_value_errors() -> None:
    """Callers that caught ValueError before still do."""
    for kind in (QuantityError, SettingValueError, SettingsError, ConnectionSettingsError):
        assert issubclass(kind, ValueError)
