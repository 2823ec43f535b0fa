from decimal import Decimal

import pytest

from app.domain.basket import MAX_QUANTITY, Basket, BasketLine, QuantityError, parse_quantity
from app.domain.money import Total


def line(
    number: str, quantity: int = 1, price: str | None = "10.50", currency: str | None = "SEK"
) -> BasketLine:
    return BasketLine(
        number,
        f"Article {number}",
        quantity,
        None if price is None else Decimal(price),
        None if price is None else currency,
    )


def test_scanning_again_adds_one_to_the_same_line() -> None:
    basket = Basket()
    basket.add(line("A"))
    basket.add(line("B"))
    basket.add(line("A"))
    assert [(ln.article_number, ln.quantity) for ln in basket.lines] == [("A", 2), ("B", 1)]
    assert basket.total("SEK") == Total(Decimal("31.50"), "SEK", 2, 0)


def test_total_leaves_out_lines_without_a_usable_price_and_counts_them() -> None:
    basket = Basket(
        (
            line("A", 2),
            line("B", price=None),
            line("C", price="0"),
            line("D", price="-5"),
            line("E", price="NaN"),
            line("F", 3, price="19.90"),
        )
    )
    total = basket.total("SEK")
    assert total == Total(Decimal("80.70"), "SEK", priced_lines=2, lines_left_out=4)
    assert total.has_amount


def test_a_total_never_adds_two_currencies() -> None:
    basket = Basket((line("A", 2, "10.00", "SEK"), line("B", 1, "5.00", "EUR")))
    assert basket.total("SEK") == Total(Decimal("20.00"), "SEK", 1, 1)
    assert basket.total("EUR") == Total(Decimal("5.00"), "EUR", 1, 1)
    nothing = basket.total("NOK")
    assert (nothing.priced_lines, nothing.lines_left_out, nothing.has_amount) == (0, 2, False)


def test_lines_as_sold_keep_only_a_usable_price_in_the_stores_currency() -> None:
    kept = line("A", 2)
    basket = Basket((kept, line("B", price="7", currency="EUR"), line("C", price="0")))
    a, b, c = basket.priced_in("SEK")
    assert a is kept  # unchanged lines are the same objects: the table keeps their texts
    assert (b.unit_price, b.currency, b.quantity) == (None, None, 1)
    assert (c.unit_price, c.currency) == (None, None)
    assert basket.lines[1].unit_price == Decimal("7")  # the basket itself keeps what it had
    assert basket.priced_in("EUR")[1] == line("B", price="7", currency="EUR")


def test_every_change_can_be_undone_in_order() -> None:
    basket = Basket()
    basket.add(line("A"))
    basket.set_quantity("A", 5)
    basket.remove("A")
    basket.clear()  # nothing to clear: no history entry
    assert basket.undo() and basket.lines[0].quantity == 5
    assert basket.undo() and basket.lines[0].quantity == 1
    assert basket.undo() and basket.lines == ()
    assert not basket.undo()


@pytest.mark.parametrize(
    ("text", "expected"), [("3", 3), (" 12 ", 12), ("2,0", 2), (str(MAX_QUANTITY), MAX_QUANTITY)]
)
def test_parse_quantity_accepts_whole_numbers(text: str, expected: int) -> None:
    assert parse_quantity(text) == expected


@pytest.mark.parametrize(
    "text", ["0", "-1", "1.5", "abc", "", "1e9", str(MAX_QUANTITY + 1), "x" * 1000]
)
def test_parse_quantity_refuses_with_a_message(text: str) -> None:
    with pytest.raises(QuantityError) as error:
        parse_quantity(text)
    assert str(error.value)
    assert len(str(error.value)) < 120


def test_set_quantity_refuses_out_of_range() -> None:
    basket = Basket((line("A"),))
    with pytest.raises(QuantityError):
        basket.set_quantity("A", 0)
    assert basket.lines[0].quantity == 1


def test_round_trip_through_dict_and_broken_lines_are_dropped() -> None:
    basket = Basket((line("A", 3), line("B", price=None)))
    restored = Basket.from_dict(basket.to_dict())
    assert restored.lines == basket.lines
    damaged = {
        "lines": [
            *basket.to_dict()["lines"],
            {"name": "no number"},
            {"articleNumber": "C", "quantity": "-4"},
        ]
    }
    assert Basket.from_dict(damaged).lines == basket.lines


def test_a_basket_saved_before_prices_had_a_store_currency_still_loads() -> None:
    """Files from earlier versions: the currency was Ongoing's purchase currency, or none."""
    saved = {
        "lines": [
            {
                "articleNumber": "A",
                "name": "Kaffe",
                "quantity": 2,
                "unitPrice": "64.90",
                "currency": "SEK",
            },
            {
                "articleNumber": "B",
                "name": "Te",
                "quantity": 1,
                "unitPrice": "12.0",
                "currency": "EUR",
            },
            {"articleNumber": "C", "name": "Sylt", "quantity": 1, "unitPrice": "30"},
            {"articleNumber": "D", "name": "Pläd", "quantity": 1},
        ]
    }
    basket = Basket.from_dict(saved)
    assert [ln.article_number for ln in basket.lines] == ["A", "B", "C", "D"]
    assert basket.total("SEK") == Total(Decimal("129.80"), "SEK", 1, 3)


def test_handing_lines_to_an_order_keeps_what_was_scanned_since_and_cannot_be_undone() -> None:
    basket = Basket()
    basket.add(BasketLine("A", "Mug", 2))
    basket.add(BasketLine("B", "Tea", 1))
    taken = basket.lines  # what the order was made of
    basket.add(BasketLine("A", "Mug", 1))  # scanned for the next customer meanwhile
    basket.add(BasketLine("C", "Throw", 1))
    basket.hand_over(taken)
    assert [(line.article_number, line.quantity) for line in basket.lines] == [("A", 1), ("C", 1)]
    assert not basket.undo()  # the order holds A and B now: never back in the basket
