"""Tell a keyboard-wedge scanner from a person by the time between keys and what they typed.

Scanners type 5–60 ms per key and end with a terminator (Enter, Tab or LF); people type
slower than about 100 ms per key, but a quick typist or a password manager can type a name
at 40–60 ms a key and end it with Tab. The detector sees every key with its time (the key
event's own timestamp, so a busy moment of the till does not bunch a person's keys into a
"scan") and decides: a fast run ended by a terminator is a scan, anything else is typing,
handed back in order. Where the person types text (a field of a form, `Focus.TEXT_FIELD`) a
fast run is a scan only when it also looks like a code: a GS1 code with a right check digit,
or a code the catalogue holds. A password field never gets scans.

Because the first key of a scan looks like any other key, each key is held back until the
next one arrives or the run goes quiet (`tick`, `release`). A person's keys therefore appear
up to `max_interkey_ms` (80 ms by default) after they were pressed; a scan's keys never appear.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from itertools import pairwise

from app.domain.barcodes import ScannedCode, parse_scan

DEFAULT_TERMINATORS = frozenset({"\r", "\n", "\t"})


@dataclass(frozen=True, slots=True)
class ScannerTiming:
    max_interkey_ms: float = 80.0
    min_length: int = 4
    terminators: frozenset[str] = field(default_factory=lambda: DEFAULT_TERMINATORS)


class Focus(Enum):
    """Where the keys go, as far as the decision cares."""

    OTHER = "other"  # a table, a button, the till's code field: any fast run is a scan
    TEXT_FIELD = "text field"  # a person types here: a fast run must also look like a code
    SECRET_FIELD = "secret field"  # a password: never a scan


@dataclass(frozen=True, slots=True)
class ScanCompleted:
    text: str
    started_ms: float
    ended_ms: float
    interkey_ms: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class TypedText:
    text: str


DetectorEvent = ScanCompleted | TypedText


def nothing_known(_code: str) -> bool:
    return False


def looks_like_code(text: str, known: Callable[[str], bool] = nothing_known) -> bool:
    """A GTIN or GS1 element string whose check digit is right, or a code the catalogue holds.

    Digits alone are not enough: a phone number or a quantity typed quickly is digits too.
    """
    scanned = parse_scan(text)
    if isinstance(scanned, ScannedCode) and scanned.gtin14 is not None:
        return True
    return known(text)


class ScanDetector:
    """Pure and deterministic: feed it keys with their times, act on the events it returns.

    `known` says whether the catalogue holds a code (case and the code's forms are the
    catalogue's business); it is asked only for fast runs typed into a text field.
    """

    def __init__(
        self, timing: ScannerTiming | None = None, known: Callable[[str], bool] = nothing_known
    ) -> None:
        self.timing = timing or ScannerTiming()
        self.known = known
        self._chars: list[str] = []
        self._times: list[float] = []

    @property
    def pending(self) -> str:
        return "".join(self._chars)

    def feed(self, char: str, t_ms: float, focus: Focus = Focus.OTHER) -> list[DetectorEvent]:
        """One key at `t_ms`, typed where `focus` says; what is decided so far, in order."""
        events = self.tick(t_ms)
        if self._times and t_ms < self._times[-1]:
            events += self.release()  # the clock went back (it wraps): start a new run
        if char in self.timing.terminators:
            events.append(self._terminate(char, t_ms, focus))
        else:
            self._chars.append(char)
            self._times.append(t_ms)
        return events

    def tick(self, t_ms: float) -> list[DetectorEvent]:
        """Release held keys as typing once the run has gone quiet for too long."""
        if self._times and t_ms - self._times[-1] > self.timing.max_interkey_ms:
            return self.release()
        return []

    def release(self) -> list[DetectorEvent]:
        """Everything held, as typing: the run is over without a terminator."""
        if not self._chars:
            return []
        text = self.pending
        self._chars.clear()
        self._times.clear()
        return [TypedText(text)]

    def _terminate(self, terminator: str, t_ms: float, focus: Focus) -> DetectorEvent:
        text = self.pending
        times = [*self._times, t_ms]
        gaps = tuple(later - earlier for earlier, later in pairwise(times))
        self._chars.clear()
        self._times.clear()
        if self._is_scan(text, gaps, focus):
            return ScanCompleted(text, times[0], t_ms, gaps)
        return TypedText(text + terminator)

    def _is_scan(self, text: str, gaps: tuple[float, ...], focus: Focus) -> bool:
        fast = bool(gaps) and all(0 <= gap <= self.timing.max_interkey_ms for gap in gaps)
        if not fast or len(text) < self.timing.min_length or focus is Focus.SECRET_FIELD:
            return False
        return focus is Focus.OTHER or looks_like_code(text, self.known)
