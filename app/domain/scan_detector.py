"""Tell a keyboard-wedge scanner from a person by the time between keys.

Scanners type 5–60 ms per key and end with a terminator (Enter, Tab or LF); people type
slower than about 100 ms per key. The detector sees every key with its time and decides:
a fast run ended by a terminator is a scan; anything else is typing, handed back in order.

Because the first key of a scan looks like any other key, each key is held back until the
next one arrives or `max_interkey_ms` passes (call `tick`). A person's keys therefore appear
up to that long (80 ms by default) after they were pressed; a scan's keys never appear.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

DEFAULT_TERMINATORS = frozenset({"\r", "\n", "\t"})


@dataclass(frozen=True, slots=True)
class ScannerTiming:
    max_interkey_ms: float = 80.0
    min_length: int = 4
    terminators: frozenset[str] = field(default_factory=lambda: DEFAULT_TERMINATORS)


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


class ScanDetector:
    """Pure and deterministic: feed it keys with their times, act on the events it returns."""

    def __init__(self, timing: ScannerTiming | None = None) -> None:
        self.timing = timing or ScannerTiming()
        self._chars: list[str] = []
        self._times: list[float] = []

    @property
    def pending(self) -> str:
        return "".join(self._chars)

    def feed(self, char: str, t_ms: float) -> list[DetectorEvent]:
        events = self.tick(t_ms)
        if char in self.timing.terminators:
            events.append(self._terminate(char, t_ms))
        else:
            self._chars.append(char)
            self._times.append(t_ms)
        return events

    def tick(self, t_ms: float) -> list[DetectorEvent]:
        """Release held keys as typing once the run has gone quiet for too long."""
        if self._times and t_ms - self._times[-1] > self.timing.max_interkey_ms:
            return [self._release()]
        return []

    def _terminate(self, terminator: str, t_ms: float) -> DetectorEvent:
        fast = bool(self._times) and t_ms - self._times[-1] <= self.timing.max_interkey_ms
        if fast and len(self._chars) >= self.timing.min_length:
            times = [*self._times, t_ms]
            gaps = tuple(later - earlier for earlier, later in pairwise(times))
            scan = ScanCompleted(self.pending, self._times[0], t_ms, gaps)
            self._chars.clear()
            self._times.clear()
            return scan
        released = self.pending + terminator
        self._chars.clear()
        self._times.clear()
        return TypedText(released)

    def _release(self) -> TypedText:
        text = self.pending
        self._chars.clear()
        self._times.clear()
        return TypedText(text)
