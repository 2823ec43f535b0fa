"""The till's language: Qt translators, the locale, and texts made below the UI.

The cashier's language (`display.language`, switched at runtime with Ctrl+L) decides the
window's words and how numbers, prices, dates and times are written. Installing a
translator makes Qt send every widget a LanguageChange event; widgets answer it by setting
their texts again (`retranslate`), so switching loses nothing on screen.

The order slip follows the customer instead: `slip_translator(language)` loads that
language's catalogue without installing it, so the till's own language stays as it is.

Catalogues are `resources/translations/tillside_<lang>.qm` (the package app.resource_files
once installed: app/resources.py), built from the `.ts` sources by `make translations`, the
bundle's spec and a wheel's build. Qt's own texts (Yes/No/Cancel in dialogs,
the print dialog) come from Qt's `qtbase_<lang>.qm`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.domain.errors import TillsideError
from app.domain.money import DEFAULT_DECIMALS, currency_decimals
from app.domain.texts import Text
from app.qt import QtCore
from app.resources import resource_path

log = logging.getLogger(__name__)

UI_LANGUAGES: Mapping[str, str] = {"en": "English", "sv": "Svenska"}
"""Languages the whole window speaks, in the order Ctrl+L cycles through them."""

SLIP_LANGUAGES: Mapping[str, str] = {
    "sv": "Svenska",
    "en": "English",
    "nb": "Norsk bokmål",
    "da": "Dansk",
    "fi": "Suomi",
}
"""Languages the order slip and other customer-facing texts are complete in."""

LOCALES: Mapping[str, str] = {
    "en": "en_GB",  # day-month-year and 24-hour times, as Nordic stores expect in English
    "sv": "sv_SE",
    "nb": "nb_NO",
    "da": "da_DK",
    "fi": "fi_FI",
}
Rendered = Callable[[], str]
"""A text as how to write it now, not as written: called again on a language switch, so what
a window keeps showing (a status, a field's problem) follows Ctrl+L."""

SOURCE_LANGUAGE = "en"  # the language the code is written in: needs no catalogue


def catalogue_path(language: str) -> Path:
    return resource_path("translations", f"tillside_{language}.qm")


def _load(translator: QtCore.QTranslator, path: Path) -> bool:
    return path.is_file() and translator.load(str(path))


def _qt_catalogue(language: str) -> Path:
    folder = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    return Path(folder) / f"qtbase_{language}.qm"


class MissingCatalogueError(TillsideError, RuntimeError):
    """A language's `.qm` file is not there: the build did not run `make translations`."""


class Language:
    """Installs the till's language into the running QApplication; one per application."""

    def __init__(self) -> None:
        self.code = SOURCE_LANGUAGE
        self._installed: list[QtCore.QTranslator] = []
        self._applied = False  # the locale is set only by the first switch

    def switch(self, code: str) -> None:
        """Translate every widget to `code` now; English removes the translators."""
        if code not in UI_LANGUAGES:
            raise ValueError(f"No user interface language {code!r}; known: {list(UI_LANGUAGES)}")
        if self._applied and code == self.code:
            return  # every widget would translate itself again for nothing
        translators: list[QtCore.QTranslator] = []
        if code != SOURCE_LANGUAGE:
            own = QtCore.QTranslator()
            if not _load(own, catalogue_path(code)):
                raise MissingCatalogueError(
                    f"The {UI_LANGUAGES[code]} translation is missing "
                    f"({catalogue_path(code).name})."
                )
            translators.append(own)
            qt_own = QtCore.QTranslator()
            if _load(qt_own, _qt_catalogue(code)):
                translators.append(qt_own)
        for translator in self._installed:
            QtCore.QCoreApplication.removeTranslator(translator)
        for translator in translators:
            QtCore.QCoreApplication.installTranslator(translator)
        self._installed = translators
        self.code = code
        self._applied = True
        QtCore.QLocale.setDefault(QtCore.QLocale(LOCALES[code]))
        if not translators:
            # Removing the last translator sends no LanguageChange; widgets still need one.
            application = QtCore.QCoreApplication.instance()
            if application is not None:
                QtCore.QCoreApplication.sendEvent(
                    application, QtCore.QEvent(QtCore.QEvent.Type.LanguageChange)
                )
        log.info("event=language_switched language=%s", code)

    def next_code(self) -> str:
        codes = list(UI_LANGUAGES)
        return codes[(codes.index(self.code) + 1) % len(codes)]


LANGUAGE = Language()
"""The application's language; `LANGUAGE.switch(code)` changes it everywhere."""


def shown(text: Text | str) -> str:
    """A text in the till's language: translated source, values filled in."""
    if isinstance(text, str):
        return text
    template = (
        QtCore.QCoreApplication.translate(text.context, text.source)
        if text.context
        else text.source
    )
    return template.format_map(_shown_values(text.values))


def _shown_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """Nested texts translated; quantities (Decimal) in the locale's digits, 2,5 in Swedish.

    Integers stay as they are: they are ids and order numbers as often as counts.
    """
    return {key: _shown_value(value) for key, value in values.items()}


def _shown_value(value: Any) -> Any:
    if isinstance(value, Text):
        return shown(value)
    if isinstance(value, Decimal):
        return format_quantity(value)
    return value


def slip_translator(language: str) -> Callable[[str, str], str]:
    """`translate(context, source)` in the customer's language, leaving the till's alone."""
    if language == SOURCE_LANGUAGE or language not in SLIP_LANGUAGES:
        return lambda context, source: source
    translator = QtCore.QTranslator()
    if not _load(translator, catalogue_path(language)):
        log.warning("event=slip_catalogue_missing language=%s", language)
        return lambda context, source: source

    def translate(context: str, source: str) -> str:
        return translator.translate(context, source) or source

    return translate


# --- Numbers, money and times in the till's locale ----------------------------------------


def locale() -> QtCore.QLocale:
    return QtCore.QLocale()  # the default, set by Language.switch


def format_quantity(value: Decimal | int) -> str:
    """Whole numbers without decimals, others with as many as they have (up to 3)."""
    number = Decimal(value)
    if number == number.to_integral_value():
        return locale().toString(int(number))
    places = min(3, max(0, -int(number.normalize().as_tuple().exponent)))
    return locale().toString(float(number), "f", places)


def format_money(amount: Decimal, currency: str = "") -> str:
    """`1 234,50 SEK` in Swedish, `SEK 1,234.50` in English: the locale's own order, with
    the currency's own decimals (none for ISK).

    Without a currency, just the amount with two decimals.
    """
    if not currency:
        return locale().toString(float(amount), "f", DEFAULT_DECIMALS)
    written = locale().toCurrencyString(float(amount), currency, currency_decimals(currency))
    # Qt writes "SEK1,234.50" (and "1234.50SEK" in the C locale): a space keeps them apart.
    return _CODE_TOUCHING_DIGIT.sub("\u00a0", written)


_CODE_TOUCHING_DIGIT = re.compile(r"(?<=[A-Z]{3})(?=[-\d])|(?<=\d)(?=[A-Z]{3})")


def format_time(moment: datetime) -> str:
    """Wall-clock time with seconds (stock figures are seconds old), in the locale's style."""
    pattern = locale().timeFormat(QtCore.QLocale.FormatType.LongFormat)
    pattern = pattern.replace("t", "").strip()  # the time zone's name: too long for a cell
    return locale().toString(QtCore.QTime(moment.hour, moment.minute, moment.second), pattern)


def format_date(moment: datetime) -> str:
    return locale().toString(
        QtCore.QDate(moment.year, moment.month, moment.day), QtCore.QLocale.FormatType.ShortFormat
    )


def format_datetime(moment: datetime) -> str:
    time = QtCore.QTime(moment.hour, moment.minute)
    return f"{format_date(moment)} {locale().toString(time, QtCore.QLocale.FormatType.ShortFormat)}"
