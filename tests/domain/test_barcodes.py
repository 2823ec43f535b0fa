import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import ean

from app.domain.barcodes import (
    MAX_INPUT_LENGTH,
    ProblemReason,
    ScanKind,
    ScannedCode,
    ScanProblem,
    gtin_variants,
    parse_scan,
)


def code(text: str) -> ScannedCode:
    result = parse_scan(text)
    assert isinstance(result, ScannedCode), result
    return result


def problem(text: str) -> ScanProblem:
    result = parse_scan(text)
    assert isinstance(result, ScanProblem), result
    return result


@pytest.mark.parametrize(
    ("text", "kind", "gtin14"),
    [
        ("7312345678909", ScanKind.EAN13, "07312345678909"),
        ("96385074", ScanKind.EAN8, "00000096385074"),
        ("036000291452", ScanKind.UPCA, "00036000291452"),
        ("17312345678906", ScanKind.GTIN14, "17312345678906"),
        ("  7312345678909\r\n", ScanKind.EAN13, "07312345678909"),
        ("7 312345 678909", ScanKind.EAN13, "07312345678909"),
    ],
)
def test_gtin_family_codes(text: str, kind: ScanKind, gtin14: str) -> None:
    result = code(text)
    assert (result.kind, result.gtin14) == (kind, gtin14)
    assert gtin14 in result.lookup_keys


@pytest.mark.parametrize(
    "text",
    [
        "0107312345678909",
        "]d20107312345678909",
        "]C10107312345678909",
        "]Q30107312345678909",
        "01073123456789091012AB",
        "0107312345678909\x1d10BATCH7\x1d2112345",
        "0107312345678909<GS>10BATCH7",
        "\x1d0107312345678909",
        "]e00107312345678909172612311012",
    ],
)
def test_gs1_element_strings_yield_the_gtin(text: str) -> None:
    result = code(text)
    assert result.kind is ScanKind.GS1
    assert result.gtin14 == "07312345678909"
    assert "7312345678909" in result.lookup_keys  # matches a catalogue that stores EAN-13


def test_upc_a_scanned_matches_a_catalogue_storing_ean_13() -> None:
    assert "0036000291452" in code("036000291452").lookup_keys
    assert "036000291452" in code("0036000291452").lookup_keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [("7312345678904", "9"), ("96385075", "4"), ("036000291453", "2"), ("17312345678900", "6")],
)
def test_wrong_check_digit_says_what_it_should_be(text: str, expected: str) -> None:
    result = problem(text)
    assert result.reason is ProblemReason.WRONG_CHECK_DIGIT
    assert result.expected_check_digit == expected
    assert f"should end in {expected}" in result.message


@pytest.mark.parametrize(
    ("text", "layout", "digits"),
    [
        ('à&é"', "French AZERTY", "0123"),
        ("&é\"'(-è_çà", "French AZERTY", "1234567890"),
        ('!"#¤', "Nordic with Shift", "1234"),
        ("!@#$%^", "US with Shift", "123456"),
    ],
)
def test_wrong_keyboard_layout_is_recognised(text: str, layout: str, digits: str) -> None:
    result = problem(text)
    assert (result.reason, result.layout, result.suggested) == (
        ProblemReason.KEYBOARD_LAYOUT,
        layout,
        digits,
    )
    assert digits in result.message


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", ProblemReason.EMPTY),
        ("  \r\n", ProblemReason.EMPTY),
        ("A" * (MAX_INPUT_LENGTH + 1), ProblemReason.TOO_LONG),
        ("9" * 10_000, ProblemReason.TOO_LONG),
        ("12\x0034", ProblemReason.CONTROL_CHARACTERS),
        ("AB\x1bCD", ProblemReason.CONTROL_CHARACTERS),
        ("0107312345678908", ProblemReason.BAD_GS1),
        ("]d2010731234", ProblemReason.BAD_GS1),
    ],
)
def test_bad_input_gets_its_own_problem(text: str, reason: ProblemReason) -> None:
    result = problem(text)
    assert result.reason is reason
    assert result.message and len(result.message) < 200


@pytest.mark.parametrize("text", ["ABC-123", "12345", "SKU 77", "1234567890", "&é"])
def test_other_codes_are_article_numbers(text: str) -> None:
    result = code(text)
    assert result.kind is ScanKind.ARTICLE_NUMBER
    assert result.code == text.strip()


def test_gtin_variants_of_non_gtins_are_empty() -> None:
    assert gtin_variants("ABC") == ()
    assert gtin_variants("7312345678904") == ()


digits = st.text(alphabet="0123456789", min_size=1, max_size=1)


@st.composite
def valid_gtins(draw: st.DrawFn) -> str:
    length = draw(st.sampled_from([8, 12, 13, 14]))
    body = draw(st.text(alphabet="0123456789", min_size=length - 1, max_size=length - 1))
    return body + ean.calc_check_digit(body)


@given(valid_gtins())
def test_any_valid_gtin_round_trips(gtin: str) -> None:
    result = code(gtin)
    assert result.code == gtin
    assert result.gtin14 == gtin.zfill(14)
    assert gtin in result.lookup_keys and gtin.zfill(14) in result.lookup_keys
    assert result.kind.value in {"EAN-8", "UPC-A", "EAN-13", "GTIN-14"}


@given(
    valid_gtins(),
    st.sampled_from(["", "]d2", "]C1", "]E0", "]Q3"]),
    st.sampled_from(["", "10LOT42", "\x1d10LOT42", "<GS>21SER", "17261231"]),
)
def test_any_valid_gtin_in_a_gs1_string_round_trips(gtin: str, prefix: str, tail: str) -> None:
    result = code(f"{prefix}01{gtin.zfill(14)}{tail}")
    assert result.gtin14 == gtin.zfill(14)
    assert gtin in result.lookup_keys


@given(valid_gtins(), st.data())
def test_changing_one_digit_is_a_wrong_check_digit(gtin: str, data: st.DataObject) -> None:
    position = data.draw(st.integers(0, len(gtin) - 1))
    replacement = data.draw(digits.filter(lambda d: d != gtin[position]))
    altered = gtin[:position] + replacement + gtin[position + 1 :]
    assert problem(altered).reason is ProblemReason.WRONG_CHECK_DIGIT


@given(st.text(max_size=300))
def test_no_input_crashes_the_parser(text: str) -> None:
    result = parse_scan(text)
    assert isinstance(result, ScannedCode | ScanProblem)
    if isinstance(result, ScanProblem):
        assert result.message
