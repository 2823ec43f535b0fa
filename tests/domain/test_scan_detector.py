"""The scanner told from a person: timing, the terminator, and in a form's field, the code."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.scan_detector import (
    Focus,
    ScanCompleted,
    ScanDetector,
    ScannerTiming,
    TypedText,
    looks_like_code,
)


def type_keys(detector: ScanDetector, keys: list[tuple[str, float]]) -> list[object]:
    events: list[object] = []
    for char, t in keys:
        events += detector.feed(char, t)
    events += detector.tick(keys[-1][1] + 10_000)
    return events


def scanner(text: str, start: float, gap: float = 20.0, end: str = "\r") -> list[tuple[str, float]]:
    return [(ch, start + i * gap) for i, ch in enumerate(text + end)]


def person(text: str, start: float, gap: float = 180.0) -> list[tuple[str, float]]:
    return [(ch, start + i * gap) for i, ch in enumerate(text)]


def test_a_fast_run_with_a_terminator_is_a_scan() -> None:
    events = type_keys(ScanDetector(), scanner("7312345678909", 0))
    assert len(events) == 1 and isinstance(events[0], ScanCompleted)
    assert events[0].text == "7312345678909"
    assert len(events[0].interkey_ms) == 13


def test_slow_typing_ending_in_enter_is_typing() -> None:
    events = type_keys(ScanDetector(), person("1234\r", 0))
    assert all(isinstance(e, TypedText) for e in events)
    assert "".join(e.text for e in events if isinstance(e, TypedText)) == "1234\r"


def test_a_scan_while_a_person_types_is_kept_apart() -> None:
    keys = person("ab", 0) + scanner("96385074", 600) + person("c", 1200)
    events = type_keys(ScanDetector(), keys)
    scans = [e.text for e in events if isinstance(e, ScanCompleted)]
    typed = "".join(e.text for e in events if isinstance(e, TypedText))
    assert (scans, typed) == (["96385074"], "abc")


def test_a_short_fast_run_is_not_a_scan() -> None:
    events = type_keys(ScanDetector(ScannerTiming(min_length=4)), scanner("12", 0))
    assert events == [TypedText("12\r")]


def test_terminators_are_configurable() -> None:
    detector = ScanDetector(ScannerTiming(terminators=frozenset({"\t"})))
    events = type_keys(detector, scanner("96385074", 0, end="\t"))
    assert [e.text for e in events if isinstance(e, ScanCompleted)] == ["96385074"]


def test_keys_wait_only_until_the_run_goes_quiet() -> None:
    detector = ScanDetector(ScannerTiming(max_interkey_ms=50))
    assert detector.feed("a", 0) == []
    assert detector.tick(50) == []
    assert detector.tick(51) == [TypedText("a")]


codes = st.text(alphabet="0123456789ABCDEFGHJK-", min_size=4, max_size=20)
words = st.text(alphabet="abcdefghij ", min_size=1, max_size=6)


@settings(max_examples=200)
@given(
    st.lists(st.tuples(codes, words, st.floats(5, 60), st.floats(110, 400)), min_size=1, max_size=8)
)
def test_scans_interleaved_with_typing_are_each_reported_once(
    parts: list[tuple[str, str, float, float]],
) -> None:
    keys: list[tuple[str, float]] = []
    t = 0.0
    for code, word, scan_gap, human_gap in parts:
        t += 500
        for ch in word:
            keys.append((ch, t))
            t += human_gap
        t += 300
        for ch in code + "\r":
            keys.append((ch, t))
            t += scan_gap
    events = type_keys(ScanDetector(ScannerTiming(max_interkey_ms=80)), keys)
    assert [e.text for e in events if isinstance(e, ScanCompleted)] == [p[0] for p in parts]
    assert "".join(e.text for e in events if isinstance(e, TypedText)) == "".join(
        p[1] for p in parts
    )


# --- a text field of a form: fast typing is typing unless it looks like a code ---

NAME_THEN_TAB = "Anna Svensson\t"


def typed_and_scanned(
    detector: ScanDetector, keys: list[tuple[str, float]], focus: Focus
) -> tuple[str, list[str]]:
    events: list[object] = []
    for char, t in keys:
        events += detector.feed(char, t, focus)
    events += detector.release()
    typed = "".join(e.text for e in events if isinstance(e, TypedText))
    return typed, [e.text for e in events if isinstance(e, ScanCompleted)]


@pytest.mark.parametrize("gap", [40.0, 56.0, 80.0])
def test_a_quick_typist_in_a_text_field_keeps_the_name_and_the_tab(gap: float) -> None:
    keys = [(ch, 1000 + i * gap) for i, ch in enumerate(NAME_THEN_TAB)]
    typed, scans = typed_and_scanned(ScanDetector(), keys, Focus.TEXT_FIELD)
    assert (typed, scans) == (NAME_THEN_TAB, [])


@pytest.mark.parametrize("gap", [40.0, 56.0, 80.0])
def test_quick_digits_that_are_no_code_stay_typing(gap: float) -> None:
    """A phone number or a quantity is digits too: only a right check digit makes a code."""
    for text in ("0701234567\t", "46701234567\r", "12345678\r", "1000\r"):
        keys = [(ch, 1000 + i * gap) for i, ch in enumerate(text)]
        assert typed_and_scanned(ScanDetector(), keys, Focus.TEXT_FIELD) == (text, [])


@pytest.mark.parametrize("gap", [5.0, 15.0, 30.0])
def test_a_scan_in_a_text_field_is_a_scan_when_it_looks_like_a_code(gap: float) -> None:
    known = {"TS-000013"}.__contains__
    for code in ("7312345678909", "96385074", "0107312345678909\x1d10ABC", "TS-000013"):
        detector = ScanDetector(known=known)
        keys = scanner(code, 1000, gap)
        assert typed_and_scanned(detector, keys, Focus.TEXT_FIELD) == ("", [code])


def test_a_fast_unknown_article_number_in_a_text_field_goes_back_to_it() -> None:
    keys = scanner("TS-999999", 1000, 10)
    assert typed_and_scanned(ScanDetector(), keys, Focus.TEXT_FIELD) == ("TS-999999\r", [])


def test_outside_text_fields_any_fast_run_is_a_scan() -> None:
    keys = scanner("TS-999999", 1000, 10)
    assert typed_and_scanned(ScanDetector(), keys, Focus.OTHER) == ("", ["TS-999999"])


def test_a_password_field_never_gets_scans() -> None:
    keys = scanner("7312345678909", 1000, 10)
    assert typed_and_scanned(ScanDetector(), keys, Focus.SECRET_FIELD) == (
        "7312345678909\r",
        [],
    )


def test_a_clock_that_goes_back_starts_a_new_run() -> None:
    """Event timestamps wrap (Windows' after 49 days): the keys before are typing."""
    detector = ScanDetector()
    assert detector.feed("a", 4_294_967_290) == []
    assert detector.feed("b", 5) == [TypedText("a")]
    assert detector.release() == [TypedText("b")]


def test_looks_like_code() -> None:
    assert looks_like_code("7312345678909")
    assert looks_like_code("]E07312345678909")
    assert not looks_like_code("7312345678904")  # a wrong check digit: typed digits
    assert not looks_like_code("Anna")
    assert looks_like_code("ts-000013", lambda code: code.upper() == "TS-000013")


@settings(max_examples=200)
@given(
    st.lists(
        st.tuples(st.text(alphabet="abcdefghij -.@", min_size=1, max_size=12), st.floats(5, 90)),
        min_size=1,
        max_size=6,
    )
)
def test_whatever_is_typed_in_a_text_field_comes_back_in_order(
    fields: list[tuple[str, float]],
) -> None:
    """Words, at any speed, each ended with Tab: every key reaches the field, in order."""
    keys: list[tuple[str, float]] = []
    t = 1000.0
    for word, gap in fields:
        for ch in word + "\t":
            keys.append((ch, t))
            t += gap
        t += 200
    typed, scans = typed_and_scanned(ScanDetector(), keys, Focus.TEXT_FIELD)
    assert scans == []
    assert typed == "".join(word + "\t" for word, _ in fields)
