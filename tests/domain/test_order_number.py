from datetime import UTC, datetime, timedelta

import pytest

from app.domain.order_number import OrderNumbers

NOW = datetime(2026, 11, 28, 14, 3, 5, tzinfo=UTC)


def test_numbers_are_unique_and_ordered_within_one_millisecond() -> None:
    numbers = OrderNumbers("STO", "T1")
    made = [numbers.next(NOW) for _ in range(1000)]
    assert len(set(made)) == 1000
    assert all(n.startswith("STOT1-") for n in made)
    assert made == sorted(made, key=lambda n: (len(n), n))


def test_clock_stepping_back_never_repeats_a_number() -> None:
    numbers = OrderNumbers("STO", "T1")
    first = numbers.next(NOW)
    assert numbers.next(NOW - timedelta(hours=1)) != first


def test_tills_of_different_stores_never_collide() -> None:
    assert OrderNumbers("STO", "T1").next(NOW) != OrderNumbers("GBG", "T1").next(NOW)
    assert len(OrderNumbers("STORE1", "TILL99").next(NOW)) <= 30


@pytest.mark.parametrize(
    ("prefix", "till"), [("", "T1"), ("sto", "T1"), ("STO", "T 1"), ("S" * 7, "T1")]
)
def test_bad_configuration_is_refused_with_a_message(prefix: str, till: str) -> None:
    with pytest.raises(ValueError, match="capital letters or digits"):
        OrderNumbers(prefix, till)
