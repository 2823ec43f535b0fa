"""Recognise a keyboard-wedge scanner application-wide, whatever widget has focus.

Every printable key press goes through the pure `ScanDetector` (app/domain/scan_detector.py
decides; this file only feeds it and acts). Keys that turn out to be a scan are swallowed and
reported as one code; keys that turn out to be a person typing are replayed, in order, to the
widget that had focus. A person's key is therefore held back for at most the scanner's
inter-key time (tens of milliseconds) before it appears.

Keys are timed by the key event's own timestamp, taken when the key was pressed, never by
a clock read here: a moment the till is busy delivers a person's keys in a burst, and they
must still read as typing. In a text field of a form or dialog a fast run is a scan only
when it looks like a code (the detector asks `known` about the catalogue); anything else
goes back to the field with its terminator, so a quick typist's Tab still moves on. A key
that is not scan data (Backspace, an arrow, Ctrl+Z, a function key) first lets through what
is held, so the field gets every key in the order it was pressed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from app.domain.scan_detector import (
    Focus,
    ScanCompleted,
    ScanDetector,
    ScannerTiming,
    TypedText,
    nothing_known,
)
from app.qt import Qt, QtCore, QtGui, QtWidgets, is_alive

TERMINATOR_KEYS = {
    Qt.Key.Key_Return: "\r",
    Qt.Key.Key_Enter: "\r",
    Qt.Key.Key_Tab: "\t",
}
MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
    }
)
GROUP_SEPARATOR = "\x1d"  # GS1's separator; some scanners type it as Ctrl+]


def monotonic_ms() -> float:
    """For a key event without a timestamp (one a program made); real keys carry theirs."""
    return time.monotonic() * 1000


@dataclass(frozen=True, slots=True)
class HeldKey:
    """A key press held back until we know whether a person or a scanner typed it."""

    char: str
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    timestamp: int
    target: QtWidgets.QWidget


def focus_kind(widget: QtWidgets.QWidget | None, scan_fields: set[int]) -> Focus:
    """What kind of place the keys go to: a text a person types, a password, or neither."""
    if widget is None or id(widget) in scan_fields:
        return Focus.OTHER
    if isinstance(widget, QtWidgets.QLineEdit):
        if widget.isReadOnly():
            return Focus.OTHER
        normal = widget.echoMode() == QtWidgets.QLineEdit.EchoMode.Normal
        return Focus.TEXT_FIELD if normal else Focus.SECRET_FIELD
    if isinstance(widget, QtWidgets.QPlainTextEdit | QtWidgets.QTextEdit):
        return Focus.OTHER if widget.isReadOnly() else Focus.TEXT_FIELD
    if isinstance(widget, QtWidgets.QAbstractSpinBox):
        return Focus.OTHER if widget.isReadOnly() else Focus.TEXT_FIELD
    if isinstance(widget, QtWidgets.QComboBox) and widget.isEditable():
        return Focus.TEXT_FIELD
    return Focus.OTHER


class ScannerFilter(QtCore.QObject):
    """Install on the QApplication; emits `scanned(text)` for each complete scan."""

    scanned = QtCore.Signal(str)
    # For the diagnostics screen: every key the filter sees (scan data, and any of Enter,
    # Tab or LF even when the settings do not count it as a terminator) and its time in ms.
    keys_seen = QtCore.Signal(str, float)

    def __init__(
        self,
        timing: ScannerTiming | None = None,
        *,
        known: Callable[[str], bool] = nothing_known,
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.timing = timing or ScannerTiming()
        self.known = known
        self.detector = ScanDetector(self.timing, known)
        self._held: list[HeldKey] = []
        self._replaying = False
        self._scan_fields: set[int] = set()
        self._keys_fed = 0
        self._flush_timer = QtCore.QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self._went_quiet)

    def set_timing(self, timing: ScannerTiming) -> None:
        self.flush()
        self.timing = timing
        self.detector = ScanDetector(timing, self.known)

    def set_known(self, known: Callable[[str], bool]) -> None:
        """How to ask the catalogue whether it holds a code (once the till has one)."""
        self.known = known
        self.detector.known = known

    def welcome_scans_in(self, field: QtWidgets.QWidget) -> None:
        """A text field meant for codes (the till's code field): any fast run is a scan."""
        self._scan_fields.add(id(field))
        field.destroyed.connect(lambda: self._scan_fields.discard(id(field)))

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if self._replaying:
            return False
        kind = event.type()
        press = kind == QtCore.QEvent.Type.KeyPress
        if not press and kind != QtCore.QEvent.Type.ShortcutOverride:
            return False
        focus = QtWidgets.QApplication.focusWidget()
        if focus is not None and watched is not focus:
            return False  # the same press propagating to a parent: seen once already
        if focus is None and not isinstance(watched, QtGui.QWindow):
            return False
        assert isinstance(event, QtGui.QKeyEvent)
        char = self._char_of(event)
        if char is None:
            if self._held and event.key() not in MODIFIER_KEYS:
                self.flush()  # a command or an edit: what was typed before it comes first
            if press and (raw := self._unset_terminator(event)) is not None:
                self.keys_seen.emit(raw, self._time_of(event))
            return False
        if not press:
            return False  # a data key is decided on its press
        target = focus if focus is not None else QtWidgets.QApplication.activeWindow()
        if target is None:
            return False
        t_ms = self._time_of(event)
        self.keys_seen.emit(char, t_ms)
        held = HeldKey(
            char, event.key(), event.modifiers(), event.text(), event.timestamp(), target
        )
        self._held.append(held)
        self._keys_fed += 1
        self._dispatch(self.detector.feed(char, t_ms, focus_kind(focus, self._scan_fields)))
        if self._held:
            self._flush_timer.start(max(1, round(self.timing.max_interkey_ms)))
        return True

    def _went_quiet(self) -> None:
        """The timer: no key handled for `max_interkey_ms`. Keys pressed meanwhile may still
        wait behind the timer in the event queue (the till was busy, and Qt runs due timers
        before it delivers the window system's events): they are let in first, one turn of
        the loop, and what is held goes out as typing only if none of them came."""
        fed = self._keys_fed
        QtCore.QTimer.singleShot(0, self, lambda: self._release_if_no_key_since(fed))

    def _release_if_no_key_since(self, fed: int) -> None:
        if fed == self._keys_fed:
            self.flush()

    def flush(self) -> None:
        """Release whatever the detector still holds, as typing: the run went quiet.

        Called by the timer `max_interkey_ms` after the last key, before a key that is not
        scan data, or by tests.
        """
        self._flush_timer.stop()
        self._dispatch(self.detector.release())

    def _time_of(self, event: QtGui.QKeyEvent) -> float:
        return float(event.timestamp()) if event.timestamp() else monotonic_ms()

    def _char_of(self, event: QtGui.QKeyEvent) -> str | None:
        text = event.text()
        if text == GROUP_SEPARATOR:
            return text  # GS1's separator, whichever modifier the scanner typed it with
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        modifiers &= ~Qt.KeyboardModifier.ShiftModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return None  # Ctrl/Alt combinations are commands, never scan data
        terminator = TERMINATOR_KEYS.get(Qt.Key(event.key()))
        if terminator is not None:
            return terminator if terminator in self.timing.terminators else None
        if len(text) == 1 and (text.isprintable() or text in self.timing.terminators):
            return text
        return None

    def _unset_terminator(self, event: QtGui.QKeyEvent) -> str | None:
        """Enter or Tab pressed plainly though the settings do not end scans with it."""
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain != Qt.KeyboardModifier.NoModifier:
            return None
        return TERMINATOR_KEYS.get(Qt.Key(event.key()))

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
                    event = QtGui.QKeyEvent(kind, held.key, held.modifiers, held.text)
                    event.setTimestamp(held.timestamp)
                    QtWidgets.QApplication.sendEvent(target, event)
        finally:
            self._replaying = False
