from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.scan_detector import ScanCompleted, ScanDetector, ScannerTiming, TypedText


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
