from decimal import Decimal

import pytest

from app.domain.basket import MAX_QUANTITY, Basket, BasketLine, QuantityError, parse_quantity


def line(number: str, quantity: int = 1, price: str | None = "10.50") -> BasketLine:
    return BasketLine(
        number, f"Article {number}", quantity, None if price is None else Decimal(price)
    )


def test_scanning_again_adds_one_to_the_same_line() -> None:
    basket = Basket()
    basket.add(line("A"))
    basket.add(line("B"))
    basket.add(line("A"))
    assert [(ln.article_number, ln.quantity) for ln in basket.lines] == [("A", 2), ("B", 1)]
    assert basket.total() == Decimal("31.50")


def test_total_skips_unpriced_lines_and_says_so() -> None:
    basket = Basket((line("A", 2), line("B", price=None)))
    assert basket.total() == Decimal("21.00")
    assert basket.has_unpriced_lines()


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
