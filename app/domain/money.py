"""Prices at the till: which price a customer can be charged, and in which currency.

Ongoing gives an article one selling price, `customerPrice`, and no currency for it: the
article's only currency field, `purcaseCurrencyCode` (sic), is what the goods owner pays its
supplier in, and an order line's `currencyCode` is written by whoever sends the order. So
the till reads `customerPrice` as a price in the store's own currency, `store.currency`, and
never uses the purchase currency.

A price is usable when a customer can be charged it in the store's currency: present, a
finite number, above zero. Anything else (none, zero, negative, or a basket line priced in
another currency, as a basket saved before `store.currency` changed) is "no price": the line
says so, is left out of the total, which says how many lines it leaves out, and goes to
Ongoing without a price. No sum ever adds two currencies.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when first needed: it parses SIX's table, not before the window
    from iso4217 import Currency

DEFAULT_CURRENCY = "SEK"
DEFAULT_DECIMALS = 2  # a currency the table does not know is still written with cents


def usable_price(value: Decimal | None) -> Decimal | None:
    """The price when a customer can be charged it; None for none, zero, negative or NaN."""
    if value is None or not value.is_finite() or value <= 0:
        return None
    return value


def price_in(value: Decimal | None, currency: str | None, store_currency: str) -> Decimal | None:
    """The price when it is usable and stated in the store's currency; else None."""
    if currency is None or currency.strip().upper() != store_currency:
        return None
    return usable_price(value)


@cache
def _currency(code: str) -> Currency | None:
    from iso4217 import Currency

    try:
        return Currency(code)
    except ValueError:
        return None


def is_currency_code(code: str) -> bool:
    """An ISO 4217 currency a shop can sell in (SEK, NOK, DKK, EUR, ISK...), in capitals.

    Not the codes without minor units that are no money for a till: gold (XAU), special
    drawing rights (XDR), "no currency" (XXX).
    """
    if len(code) != 3 or not code.isascii() or not code.isupper():
        return False
    found = _currency(code)
    return found is not None and found.exponent is not None


def currency_decimals(code: str) -> int:
    """How many decimals the currency is written with: 2 for SEK and EUR, 0 for ISK."""
    found = _currency(code) if code else None
    exponent = found.exponent if found is not None else None
    return DEFAULT_DECIMALS if exponent is None else exponent


@dataclass(frozen=True, slots=True)
class Total:
    """What a basket costs in one currency, and how many of its lines are not in the sum."""

    amount: Decimal
    currency: str
    priced_lines: int
    lines_left_out: int  # no usable price in `currency`

    @property
    def has_amount(self) -> bool:
        """Something was summed: an empty sum is no total, not "0.00"."""
        return self.priced_lines > 0
