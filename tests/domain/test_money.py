"""Which prices a customer can be charged, and that a total is only ever in one currency."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.basket import Basket, BasketLine
from app.domain.money import currency_decimals, is_currency_code, price_in, usable_price


@pytest.mark.parametrize("value", [None, "0", "0.00", "-0.01", "-120", "NaN", "Infinity"])
def test_none_zero_negative_and_non_numbers_are_no_price(value: str | None) -> None:
    assert usable_price(None if value is None else Decimal(value)) is None


@pytest.mark.parametrize("value", ["0.01", "64.90", "12999"])
def test_a_positive_price_is_usable_as_it_is(value: str) -> None:
    assert usable_price(Decimal(value)) == Decimal(value)


def test_a_price_counts_only_in_the_stores_currency() -> None:
    assert price_in(Decimal("49.90"), "SEK", "SEK") == Decimal("49.90")
    assert price_in(Decimal("49.90"), "sek ", "SEK") == Decimal("49.90")  # as old files wrote it
    assert price_in(Decimal("49.90"), "EUR", "SEK") is None
    assert price_in(Decimal("49.90"), None, "SEK") is None  # a price in no stated currency
    assert price_in(Decimal("0"), "SEK", "SEK") is None


@pytest.mark.parametrize("code", ["SEK", "NOK", "DKK", "EUR", "ISK", "USD"])
def test_the_nordic_currencies_and_others_are_iso_4217(code: str) -> None:
    assert is_currency_code(code)


@pytest.mark.parametrize("code", ["", "kr", "sek", "SEKK", "ABC", "XAU", "XXX", "ÖRE"])
def test_made_up_lower_case_and_non_money_codes_are_not(code: str) -> None:
    assert not is_currency_code(code)


def test_each_currency_is_written_with_its_own_decimals() -> None:
    assert currency_decimals("SEK") == 2
    assert currency_decimals("EUR") == 2
    assert currency_decimals("ISK") == 0  # Iceland's króna has no öre
    assert currency_decimals("") == 2


CURRENCIES = st.sampled_from(["SEK", "NOK", "EUR", "sek", None])
PRICES = st.none() | st.decimals(min_value=-100, max_value=10_000, places=2, allow_nan=False)


@given(
    st.lists(st.tuples(PRICES, CURRENCIES, st.integers(1, 50)), max_size=12),
    st.sampled_from(["SEK", "NOK", "EUR"]),
)
def test_a_total_sums_exactly_the_usable_prices_in_its_currency(
    rows: list[tuple[Decimal | None, str | None, int]], store: str
) -> None:
    lines = tuple(
        BasketLine(f"A{index}", "", quantity, price, currency)
        for index, (price, currency, quantity) in enumerate(rows)
    )
    total = Basket(lines).total(store)
    counted = [
        (price, quantity)
        for price, currency, quantity in rows
        if price is not None and price > 0 and currency is not None and currency.upper() == store
    ]
    assert total.currency == store
    assert total.amount == sum((price * quantity for price, quantity in counted), Decimal(0))
    assert total.priced_lines == len(counted)
    assert total.priced_lines + total.lines_left_out == len(lines)
