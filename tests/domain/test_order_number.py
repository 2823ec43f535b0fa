from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.order_number import (
    OrderNumberFormat,
    base36,
    from_base36,
    is_installation_id,
    new_installation_id,
    next_stamp,
    stamp_at,
    stamp_of,
)

NOW = datetime(2026, 11, 28, 14, 3, 5, tzinfo=UTC)


def test_a_number_reads_store_till_installation_and_time() -> None:
    number = OrderNumberFormat.of("sto", "t1").number("K7Q2", stamp_at(NOW))
    assert number == f"STOT1-K7Q2{base36(stamp_at(NOW))}"
    assert stamp_of(number) == stamp_at(NOW)


def test_the_stamp_never_goes_back_even_when_the_clock_does() -> None:
    last = stamp_at(NOW)
    assert next_stamp(last, NOW - timedelta(hours=1)) == last + 1
    assert next_stamp(last, NOW) == last + 1  # the same millisecond twice
    assert next_stamp(last, NOW + timedelta(seconds=1)) == last + 1000


def test_a_clock_set_before_2020_still_gives_a_stamp() -> None:
    assert stamp_at(datetime(1980, 1, 1, tzinfo=UTC)) == 0
    assert next_stamp(0, datetime(1980, 1, 1, tzinfo=UTC)) == 1


def test_two_pcs_preseeded_with_the_same_till_id_draw_from_different_spaces() -> None:
    same = OrderNumberFormat.of("STO", "1")
    assert same.number("AAAA", 5) != same.number("AAAB", 5)


def test_installation_ids_are_four_capitals_or_digits_and_vary() -> None:
    made = {new_installation_id() for _ in range(200)}
    assert all(is_installation_id(i) for i in made)
    assert len(made) > 190
    assert not is_installation_id("abcd") and not is_installation_id("ABC")


def test_the_longest_number_fits_ongoing_and_a_slip() -> None:
    in_2099 = stamp_at(datetime(2099, 12, 31, tzinfo=UTC))
    assert len(OrderNumberFormat.of("STORE1", "TILL99").number("ZZZZ", in_2099)) <= 30


@given(st.integers(min_value=0, max_value=36**12))
def test_base36_round_trips(value: int) -> None:
    assert from_base36(base36(value)) == value


def test_numbers_of_another_format_have_no_stamp() -> None:
    assert stamp_of("STOT1-0001") is None
    assert stamp_of("no dash") is None
    assert stamp_of("A-ABCD!!") is None


@pytest.mark.parametrize(
    ("prefix", "till"), [("", "T1"), ("STO", "T 1"), ("S" * 7, "T1"), ("STO", "")]
)
def test_bad_configuration_is_refused_with_a_message(prefix: str, till: str) -> None:
    with pytest.raises(ValueError, match="capital letters or digits"):
        OrderNumberFormat.of(prefix, till)


def test_a_made_up_installation_id_is_refused() -> None:
    with pytest.raises(ValueError, match="installation id"):
        OrderNumberFormat.of("STO", "1").number("no", 1)
