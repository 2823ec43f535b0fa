"""Numbers, money, times and messages in the till's locale."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal

import pytest

from app.domain.text_values import filled
from app.domain.texts import translate
from app.qt import QtCore
from app.ui.i18n import format_date, format_money, format_quantity, format_time, shown

NBSP = "\u00a0"


@pytest.fixture
def locale_of() -> Iterator[object]:
    def use(name: str) -> None:
        QtCore.QLocale.setDefault(QtCore.QLocale(name))

    yield use
    QtCore.QLocale.setDefault(QtCore.QLocale("en_GB"))


@pytest.mark.parametrize(
    ("locale", "money", "quantity", "time", "day"),
    [
        ("en_GB", f"SEK{NBSP}1,234.50", "1,234", "14:03:05", "02/01/2026"),
        ("sv_SE", f"1{NBSP}234,50{NBSP}SEK", f"1{NBSP}234", "14:03:05", "2026-01-02"),
        ("fi_FI", f"1{NBSP}234,50{NBSP}SEK", f"1{NBSP}234", "14.03.05", "2.1.2026"),
    ],
)
def test_each_locale_writes_its_own_way(locale_of, locale, money, quantity, time, day) -> None:
    locale_of(locale)
    moment = datetime(2026, 1, 2, 14, 3, 5)
    assert format_money(Decimal("1234.5"), "SEK") == money
    assert format_quantity(Decimal(1234)) == quantity
    assert format_time(moment) == time
    assert format_date(moment) == day


def test_each_currency_keeps_its_own_decimals_and_its_code_apart(locale_of) -> None:
    locale_of("sv_SE")
    assert format_money(Decimal("1234"), "ISK") == f"1{NBSP}234{NBSP}ISK"  # no aurar
    assert format_money(Decimal("64.9"), "EUR") == f"64,90{NBSP}EUR"
    locale_of("C")  # writes the code after the digits, touching them
    assert format_money(Decimal("64.9"), "NOK") == f"64.90{NBSP}NOK"


def test_fractions_keep_their_decimals_and_amounts_without_currency_have_two(locale_of) -> None:
    locale_of("sv_SE")
    assert format_quantity(Decimal("2.50")) == "2,5"
    assert format_quantity(Decimal("0.125")) == "0,125"
    assert format_money(Decimal("12.3")) == "12,30"


def test_messages_show_quantities_in_the_locale_but_leave_ids_alone(locale_of) -> None:
    locale_of("sv_SE")
    reason = translate("Test", "no stock")
    text = filled(
        translate("Test", "{wanted} wanted of order {order_id}: {reason}"),
        wanted=Decimal("2.5"),
        order_id=100001,
        reason=reason,
    )
    assert shown(text) == "2,5 wanted of order 100001: no stock"
    assert str(text) == "2.5 wanted of order 100001: no stock"
