"""The next slip scanned anywhere in the return dialog goes to its order number field.

After a return the focus is on a button; a scan there would be the till's scan of an
article (the basket behind the dialog, and a "not found" beep). While the dialog is the
active window, a printable key pressed on a button, a label or the dialog itself is sent
to the order number field instead, its text selected so the scan replaces it: the till's
scanner filter then sees the run in that field and hands it over, Enter and all, and the
dialog looks the order up. Keys on text fields, spin boxes and lists stay where they are.
"""

from __future__ import annotations

from app.qt import Qt, QtCore, QtGui, QtWidgets

OWN_KEYS = (QtWidgets.QLineEdit, QtWidgets.QAbstractSpinBox, QtWidgets.QComboBox)


class ScansToNumber(QtCore.QObject):
    """Install on the application while `dialog` is open (it removes itself on close)."""

    def __init__(self, dialog: QtWidgets.QDialog, number: QtWidgets.QLineEdit) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.number = number
        app = QtWidgets.QApplication.instance()
        assert isinstance(app, QtWidgets.QApplication)
        app.installEventFilter(self)  # after the scanner's filter: asked before it
        dialog.finished.connect(lambda _: app.removeEventFilter(self))

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() != QtCore.QEvent.Type.KeyPress:
            return False
        focus = QtWidgets.QApplication.focusWidget()
        if focus is None or watched is not focus or isinstance(focus, OWN_KEYS):
            return False
        if focus.window() is not self.dialog:
            return False
        assert isinstance(event, QtGui.QKeyEvent)
        plain = event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        text = event.text()
        if plain != Qt.KeyboardModifier.NoModifier or len(text) != 1 or not text.isprintable():
            return False
        self.number.setFocus(Qt.FocusReason.OtherFocusReason)
        self.number.selectAll()
        again = QtGui.QKeyEvent(QtCore.QEvent.Type.KeyPress, event.key(), event.modifiers(), text)
        again.setTimestamp(event.timestamp())
        QtWidgets.QApplication.sendEvent(self.number, again)
        return True
