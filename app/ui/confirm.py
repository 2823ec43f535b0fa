"""A yes/no question that does not block the loop: `on_yes` runs only if the answer was Yes.

Nothing of QMessageBox is touched at import: PySide builds a class's Python type (and its
enums) on first use, and the till's window imports this before its first paint.
"""

from __future__ import annotations

from collections.abc import Callable

from app.qt import QtWidgets


def ask(
    parent: QtWidgets.QWidget,
    object_name: str,
    title: str,
    text: str,
    on_yes: Callable[[], None],
    *,
    default_yes: bool = False,
    icon: QtWidgets.QMessageBox.Icon | None = None,
    after: Callable[[], None] = lambda: None,
) -> QtWidgets.QMessageBox:
    """Open the question window-modally; `after` runs whatever the answer (e.g. refocus).

    `icon` is a question mark unless given.
    """
    Button = QtWidgets.QMessageBox.StandardButton  # noqa: N806 - Qt's name, kept short
    if icon is None:
        icon = QtWidgets.QMessageBox.Icon.Question
    box = QtWidgets.QMessageBox(icon, title, text, Button.Yes | Button.No, parent)
    box.setObjectName(object_name)
    box.setDefaultButton(Button.Yes if default_yes else Button.No)

    def answered(_: int) -> None:
        if box.standardButton(box.clickedButton()) == Button.Yes:
            on_yes()
        box.deleteLater()
        after()

    box.finished.connect(answered)
    box.open()
    return box
