"""Recognise a keyboard-wedge scanner application-wide, whatever widget has focus.

Every printable key press goes through the pure `ScanDetector`. Keys that turn out to be a
scan are swallowed and reported as one code; keys that turn out to be a person typing are
replayed, in order, to the widget that had focus. A person's key is therefore held back for
at most the scanner's inter-key time (tens of milliseconds) before it appears.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from app.domain.scan_detector import ScanCompleted, ScanDetector, ScannerTiming, TypedText
from app.qt import Qt, QtCore, QtGui, QtWidgets, is_alive

TERMINATOR_KEYS = {
    Qt.Key.Key_Return: "\r",
    Qt.Key.Key_Enter: "\r",
    Qt.Key.Key_Tab: "\t",
}


def monotonic_ms() -> float:
    return time.monotonic() * 1000


@dataclass(frozen=True, slots=True)
class HeldKey:
    """A key press held back until we know whether a person or a scanner typed it."""

    char: str
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    target: QtWidgets.QWidget


class ScannerFilter(QtCore.QObject):
    """Install on the QApplication; emits `scanned(text)` for each complete scan."""

    scanned = QtCore.Signal(str)
    keys_seen = QtCore.Signal(str, float)  # for the diagnostics screen: char, time in ms

    def __init__(
        self,
        timing: ScannerTiming | None = None,
        clock_ms: Callable[[], float] = monotonic_ms,
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.timing = timing or ScannerTiming()
        self.detector = ScanDetector(self.timing)
        self.clock_ms = clock_ms
        self._held: list[HeldKey] = []
        self._replaying = False
        self._flush_timer = QtCore.QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self.flush)

    def set_timing(self, timing: ScannerTiming) -> None:
        self.flush()
        self.timing = timing
        self.detector = ScanDetector(timing)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if self._replaying or event.type() != QtCore.QEvent.Type.KeyPress:
            return False
        focus = QtWidgets.QApplication.focusWidget()
        if focus is not None and watched is not focus:
            return False  # the same press propagating to a parent: seen once already
        if focus is None and not isinstance(watched, QtGui.QWindow):
            return False
        assert isinstance(event, QtGui.QKeyEvent)
        char = self._char_of(event)
        if char is None:
            return False
        target = focus if focus is not None else QtWidgets.QApplication.activeWindow()
        if target is None:
            return False
        now = self.clock_ms()
        self.keys_seen.emit(char, now)
        self._held.append(HeldKey(char, event.key(), event.modifiers(), event.text(), target))
        self._dispatch(self.detector.feed(char, now))
        if self._held:
            self._flush_timer.start(max(1, round(self.timing.max_interkey_ms)))
        return True

    def flush(self) -> None:
        """Release whatever the detector still holds (called by the timer, or by tests)."""
        self._dispatch(self.detector.tick(self.clock_ms() + self.timing.max_interkey_ms + 1))

    def _char_of(self, event: QtGui.QKeyEvent) -> str | None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        modifiers &= ~Qt.KeyboardModifier.ShiftModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return None  # Ctrl/Alt combinations are commands, never scan data
        terminator = TERMINATOR_KEYS.get(Qt.Key(event.key()))
        if terminator is not None:
            return terminator if terminator in self.timing.terminators else None
        text = event.text()
        if len(text) == 1 and (text.isprintable() or text in self.timing.terminators):
            return text
        return None

    def _dispatch(self, events: list[ScanCompleted | TypedText]) -> None:
        for item in events:
            if isinstance(item, ScanCompleted):
                consumed = len(item.text)
                # The terminator was held too; drop it with the scan.
                if (
                    len(self._held) > consumed
                    and self._held[consumed].char in self.timing.terminators
                ):
                    consumed += 1
                del self._held[:consumed]
                self.scanned.emit(item.text)
            else:
                self._replay(item.text)

    def _replay(self, text: str) -> None:
        replay, self._held = self._held[: len(text)], self._held[len(text) :]
        self._replaying = True
        try:
            for held in replay:
                target = held.target
                if not is_alive(target):
                    continue  # the widget closed while its key was held
                for kind in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.KeyRelease):
                    QtWidgets.QApplication.sendEvent(
                        target, QtGui.QKeyEvent(kind, held.key, held.modifiers, held.text)
                    )
        finally:
            self._replaying = False
