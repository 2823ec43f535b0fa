"""Type any character into a widget, as a keyboard or a scanner would (QTest is ASCII-only)."""

from __future__ import annotations

from app.qt import Qt, QtCore, QtGui, QtWidgets

SPECIAL = {"\r": Qt.Key.Key_Return, "\n": Qt.Key.Key_Return, "\t": Qt.Key.Key_Tab}


def type_char(widget: QtWidgets.QWidget, char: str) -> None:
    key = SPECIAL.get(char)
    if key is None:
        key = Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
    text = "\r" if char == "\n" else char
    for kind in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.KeyRelease):
        event = QtGui.QKeyEvent(kind, int(key), Qt.KeyboardModifier.NoModifier, text)
        QtWidgets.QApplication.sendEvent(widget, event)
