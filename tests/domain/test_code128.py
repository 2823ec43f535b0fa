"""Order numbers as Code 128: the bars python-barcode gives, read back by a real decoder."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.code128 import QUIET_ZONE_MODULES, barcode, code128_bars
from tests.helpers.barcodes import decoded, zbar

START = {"A": "11010000100", "B": "11010010000", "C": "11010011100"}
STOP = "1100011101011"


def pixels_of(bars: str, dots_per_module: int = 2, height: int = 40) -> tuple[bytes, int, int]:
    """The symbol as a printer lays its dots, quiet zones included: black 0, white 255."""
    row = bytes(
        0 if module == "1" else 255
        for module in "0" * QUIET_ZONE_MODULES + bars + "0" * QUIET_ZONE_MODULES
        for _ in range(dots_per_module)
    )
    return row * height, len(row), height


def test_the_bars_start_and_stop_as_code_128_says() -> None:
    bars = code128_bars("TS1-7QX3AB0K880")
    assert bars is not None
    assert bars[:11] in START.values()
    assert bars.endswith(STOP)
    assert (len(bars) - len(STOP)) % 11 == 0  # start, data and check symbols: 11 modules each
    assert set(bars) == {"0", "1"}


def test_what_code_128_cannot_carry_gets_no_bars() -> None:
    assert code128_bars("") is None
    assert code128_bars("KG2-ÅÄÖ") is None
    assert barcode("KG2-€", module_mm=0.25, height_mm=10, max_width_mm=72) is None


def test_dark_runs_are_the_bars_after_the_quiet_zone() -> None:
    code = barcode("TS1-A", module_mm=0.25, height_mm=10, max_width_mm=72)
    assert code is not None
    runs = code.dark_runs()
    assert runs[0] == (QUIET_ZONE_MODULES, 2)  # every start symbol begins with a bar of 2
    assert sum(width for _, width in runs) == code.bars.count("1")
    last_start, last_width = runs[-1]
    assert last_start + last_width == QUIET_ZONE_MODULES + len(code.bars)


order_numbers = st.builds(
    lambda prefix, till, installation, stamp: f"{prefix}{till}-{installation}{stamp}",
    st.from_regex(r"[A-Z][A-Z0-9]{0,5}", fullmatch=True),
    st.from_regex(r"[A-Z0-9]{1,4}", fullmatch=True),
    st.from_regex(r"[A-Z0-9]{4}", fullmatch=True),
    st.from_regex(r"[A-Z0-9]{6,8}", fullmatch=True),
)


@settings(max_examples=60, deadline=None)
@given(number=order_numbers)
def test_zbar_reads_every_kind_of_order_number_back(number: str) -> None:
    """Letters, digits and runs of digits (which switch to set C) all read back exactly."""
    zbar()
    bars = code128_bars(number)
    assert bars is not None
    assert decoded(*pixels_of(bars)) == [number]


def test_without_its_quiet_zones_the_symbol_is_not_read() -> None:
    """Guards the guard: the decoder is strict enough that the quiet zones matter."""
    zbar()
    bars = code128_bars("TS1-7QX3AB0K880")
    assert bars is not None
    assert decoded(*pixels_of(bars)) == ["TS1-7QX3AB0K880"]
    squeezed = bytes(0 if module == "1" else 255 for module in "1" + bars + "1" for _ in "12")
    assert decoded(squeezed * 40, len(squeezed), 40) == []


@pytest.mark.parametrize("number", ["A1-0000", "ZZZZZZ9999-ABCD12345678"])
def test_short_and_long_numbers_fit_and_read(number: str) -> None:
    code = barcode(number, module_mm=0.25, height_mm=12, max_width_mm=72)
    assert code is not None and code.width_mm <= 72
    assert decoded(*pixels_of(code.bars)) == [number]
