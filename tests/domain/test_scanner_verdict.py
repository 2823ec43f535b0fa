"""F12's verdict: which setting to change to what, from the keys a scanner really typed."""

from __future__ import annotations

import pytest

from app.domain.scan_detector import ScanDetector, ScannerTiming
from app.domain.scanner_verdict import KeyRun, VerdictKind, judge

CODE = "7312345678909"
DEFAULT = ScannerTiming()  # max_interkey_ms 80, min_length 4, enter/tab/lf


def run(gap: float, text: str = CODE, terminator: str | None = "\r") -> KeyRun:
    keys = len(text) - 1 + (terminator is not None)
    return KeyRun(text, (gap,) * keys, terminator)


def detector_scans(gap: float, timing: ScannerTiming, text: str = CODE) -> bool:
    """What the till itself makes of the same keys (outside a text field)."""
    detector = ScanDetector(timing)
    events = [e for i, ch in enumerate(text + "\r") for e in detector.feed(ch, 1000 + i * gap)]
    return any(type(e).__name__ == "ScanCompleted" for e in events)


def test_a_scanner_too_slow_for_the_settings_is_told_what_to_set() -> None:
    """The issue's case: 101 ms a key against max_interkey_ms 80."""
    verdict = judge(run(101), DEFAULT)
    assert verdict is not None
    assert verdict.kind is VerdictKind.TOO_SLOW and not verdict.recognised
    assert (verdict.setting, verdict.value) == ("scanner.max_interkey_ms", "130")
    assert "101 ms" in str(verdict.text) and "to 130" in str(verdict.text)
    fixed = ScannerTiming(max_interkey_ms=float(verdict.value or 0))
    assert detector_scans(101, fixed) and not detector_scans(101, DEFAULT)


def test_a_scanner_far_too_slow_is_told_to_shorten_its_own_delay() -> None:
    verdict = judge(run(450), DEFAULT)
    assert verdict is not None and verdict.kind is VerdictKind.TOO_SLOW_FOR_ANY_SETTING
    assert verdict.setting is None


def test_a_scanner_far_faster_than_a_loose_limit_gets_a_tighter_one() -> None:
    """Too fast for the settings: a limit of 300 ms takes quick typing for scans."""
    verdict = judge(run(8), ScannerTiming(max_interkey_ms=300))
    assert verdict is not None
    assert verdict.kind is VerdictKind.LIMIT_TOO_HIGH and verdict.recognised
    assert (verdict.setting, verdict.value) == ("scanner.max_interkey_ms", "40")
    assert detector_scans(8, ScannerTiming(max_interkey_ms=40))


def test_a_scanner_close_to_the_limit_gets_headroom() -> None:
    verdict = judge(run(70), DEFAULT)
    assert verdict is not None and verdict.kind is VerdictKind.NEAR_LIMIT
    assert verdict.value == "90"


@pytest.mark.parametrize("gap", [5, 15, 30, 60])
def test_a_scanner_that_works_is_told_so(gap: float) -> None:
    verdict = judge(run(gap), DEFAULT)
    assert verdict is not None and verdict.kind is VerdictKind.OK
    assert verdict.setting is None and detector_scans(gap, DEFAULT)


def test_a_short_code_names_min_length() -> None:
    verdict = judge(run(10, "123"), DEFAULT)
    assert verdict is not None and verdict.kind is VerdictKind.TOO_SHORT
    assert (verdict.setting, verdict.value) == ("scanner.min_length", "3")


def test_a_terminator_the_settings_lack_is_named_with_the_whole_value() -> None:
    timing = ScannerTiming(terminators=frozenset({"\r"}))
    verdict = judge(run(10, terminator="\t"), timing)
    assert verdict is not None and verdict.kind is VerdictKind.TERMINATOR_NOT_SET
    assert (verdict.setting, verdict.value) == ("scanner.terminators", '["enter", "tab"]')


def test_keys_without_a_terminator() -> None:
    verdict = judge(run(10, terminator=None), DEFAULT)
    assert verdict is not None and verdict.kind is VerdictKind.NO_TERMINATOR
    assert judge(run(300, terminator=None), DEFAULT) is None  # typed by hand: nothing to say
