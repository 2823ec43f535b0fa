"""The cashier's basket: lines, quantities, a total, and undo.

Kept as plain data so it can be saved on every change and restored after a restart. A line
keeps the price and currency it was scanned with; what it sells for is read through the
store's currency (`priced_in`, `total`: app/domain/money.py says which prices count).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from app.domain.errors import TillsideError
from app.domain.money import Total, price_in
from app.domain.text_values import filled
from app.domain.texts import translate

MAX_QUANTITY = 9999
UNDO_DEPTH = 50


class QuantityError(TillsideError, ValueError):
    """A quantity the cashier typed that cannot be used; the message says what is allowed."""


def _out_of_range() -> QuantityError:
    return QuantityError(
        filled(translate("Basket", "Quantity must be between 1 and {most}."), most=MAX_QUANTITY)
    )


@dataclass(frozen=True, slots=True)
class BasketLine:
    article_number: str
    name: str
    quantity: int
    unit_price: Decimal | None = None
    currency: str | None = None

    @property
    def line_total(self) -> Decimal | None:
        return None if self.unit_price is None else self.unit_price * self.quantity


def _priced_in(line: BasketLine, currency: str) -> BasketLine:
    price = price_in(line.unit_price, line.currency, currency)
    if price == line.unit_price and line.currency == currency:
        return line
    return replace(line, unit_price=price, currency=currency if price is not None else None)


def parse_quantity(text: str) -> int:
    """A whole number from 1 to MAX_QUANTITY, as typed by a cashier."""
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise QuantityError(
            filled(
                translate("Basket", "“{typed}” is not a number. Type a whole number."),
                typed=text[:20],
            )
        ) from None
    if value != value.to_integral_value():
        raise QuantityError(translate("Basket", "Type a whole number of items."))
    if not 1 <= value <= MAX_QUANTITY:
        raise _out_of_range()
    return int(value)


class Basket:
    """Ordered lines keyed by article number; every change can be undone."""

    def __init__(self, lines: tuple[BasketLine, ...] = ()) -> None:
        self._lines = lines
        self._history: list[tuple[BasketLine, ...]] = []

    @property
    def lines(self) -> tuple[BasketLine, ...]:
        return self._lines

    def __len__(self) -> int:
        return len(self._lines)

    def quantities(self) -> dict[str, Decimal]:
        return {line.article_number: Decimal(line.quantity) for line in self._lines}

    def priced_in(self, currency: str) -> tuple[BasketLine, ...]:
        """The lines as the store sells them: a usable price in `currency`, or none at all."""
        return tuple(_priced_in(line, currency) for line in self._lines)

    def total(self, currency: str) -> Total:
        """The sum of the lines priced in `currency`, and how many lines it leaves out."""
        lines = self.priced_in(currency)
        priced = [line.line_total for line in lines if line.line_total is not None]
        return Total(sum(priced, Decimal(0)), currency, len(priced), len(lines) - len(priced))

    def add(self, line: BasketLine) -> BasketLine:
        """Add one article; scanning an article already in the basket adds to its quantity."""
        for index, existing in enumerate(self._lines):
            if existing.article_number == line.article_number:
                quantity = min(MAX_QUANTITY, existing.quantity + line.quantity)
                updated = replace(existing, quantity=quantity)
                self._commit((*self._lines[:index], updated, *self._lines[index + 1 :]))
                return updated
        self._commit((*self._lines, line))
        return line

    def set_quantity(self, article_number: str, quantity: int) -> None:
        if not 1 <= quantity <= MAX_QUANTITY:
            raise _out_of_range()
        self._commit(
            tuple(
                replace(line, quantity=quantity) if line.article_number == article_number else line
                for line in self._lines
            )
        )

    def remove(self, article_number: str) -> None:
        self._commit(tuple(ln for ln in self._lines if ln.article_number != article_number))

    def clear(self) -> None:
        if self._lines:
            self._commit(())

    def hand_over(self, taken: tuple[BasketLine, ...]) -> None:
        """These lines left with an order: the basket is the next customer's from now on.

        Only what was taken leaves (a scan since the snapshot stays), and nothing can be
        undone back into it: the order already holds those items, so bringing them back
        would sell them twice.
        """
        left = {line.article_number: line.quantity for line in taken}
        kept = []
        for line in self._lines:
            quantity = line.quantity - left.pop(line.article_number, 0)
            if quantity > 0:
                kept.append(replace(line, quantity=quantity))
        self._lines = tuple(kept)
        self._history.clear()

    def can_undo(self) -> bool:
        return bool(self._history)

    def undo(self) -> bool:
        if not self._history:
            return False
        self._lines = self._history.pop()
        return True

    def _commit(self, lines: tuple[BasketLine, ...]) -> None:
        if lines == self._lines:
            return
        self._history.append(self._lines)
        del self._history[:-UNDO_DEPTH]
        self._lines = lines

    def to_dict(self) -> dict[str, Any]:
        return {
            "lines": [
                {
                    "articleNumber": line.article_number,
                    "name": line.name,
                    "quantity": line.quantity,
                    "unitPrice": None if line.unit_price is None else str(line.unit_price),
                    "currency": line.currency,
                }
                for line in self._lines
            ]
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Basket:
        """Rebuild a saved basket; lines that no longer make sense are dropped, not fatal."""
        lines: list[BasketLine] = []
        for raw in data.get("lines", []):
            try:
                price = raw.get("unitPrice")
                lines.append(
                    BasketLine(
                        article_number=str(raw["articleNumber"]),
                        name=str(raw.get("name") or ""),
                        quantity=parse_quantity(str(raw["quantity"])),
                        unit_price=None if price is None else Decimal(str(price)),
                        currency=raw.get("currency"),
                    )
                )
            except (KeyError, TypeError, ValueError, InvalidOperation, AttributeError):
                continue
        return cls(tuple(lines))
