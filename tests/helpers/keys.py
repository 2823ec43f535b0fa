"""Type any character into a widget, as a keyboard or a scanner would (QTest is ASCII-only).

A real key event carries the time it was pressed, and the scanner filter times keys by it:
`type_char` stamps each event with the time the test gives (a `ManualClock`'s ms), so the
test decides how fast a person or a scanner types, whatever the machine's speed.
"""

from __future__ import annotations

from app.qt import Qt, QtCore, QtGui, QtWidgets

SPECIAL = {"\r": Qt.Key.Key_Return, "\n": Qt.Key.Key_Return, "\t": Qt.Key.Key_Tab}


def type_char(widget: QtWidgets.QWidget, char: str, at_ms: float | None = None) -> None:
    """Press and release the key of `char` on `widget`, pressed at `at_ms` when given."""
    key = SPECIAL.get(char)
    if key is None:
        key = Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
    text = "\r" if char == "\n" else char
    for kind in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.KeyRelease):
        event = QtGui.QKeyEvent(kind, int(key), Qt.KeyboardModifier.NoModifier, text)
        if at_ms is not None:
            event.setTimestamp(round(at_ms))
        QtWidgets.QApplication.sendEvent(widget, event)
