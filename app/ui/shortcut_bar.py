"""The bar of shortcuts under the basket, and F1, which lists every key.

The bar shows the keys a cashier uses with a customer waiting; the store's own work (stock
lacking, goods on the way in, stock-taking) and the settings are done in a quiet moment and
are in F1. So the bar stays within two lines at 1280 px in every language the till speaks,
with room for a key or two more (tests/ui/test_shortcut_bar.py measures it). A key added to
the table (app/ui/shortcuts.py) is on the bar unless it is named here.
"""

from __future__ import annotations

from collections.abc import Callable

from app.qt import QtCore, QtWidgets
from app.ui.shortcuts import SHORTCUTS, Shortcut, shortcut_texts

translate = QtCore.QCoreApplication.translate

NOT_ON_THE_BAR = frozenset({"F11", "Ctrl+F7", "Ctrl+F3", "Ctrl+F4"})  # untranslated: keys
NO_BREAK = "\u00a0"


def bar_shortcuts() -> tuple[Shortcut, ...]:
    return tuple(shortcut for shortcut in SHORTCUTS if shortcut.key not in NOT_ON_THE_BAR)


def shortcut_bar_text(texts: list[str]) -> str:
    """The bar's text: it wraps between shortcuts, never inside one ("Shift+F10 Sell over
    the counter" stays on one line): the spaces inside a shortcut do not break."""
    return "   ".join(text.replace(" ", NO_BREAK) for text in texts)


class ShortcutBar(QtWidgets.QLabel):
    def __init__(self, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutBar")
        self.setWordWrap(True)

    def retranslate(self) -> None:
        self.setText(shortcut_bar_text(shortcut_texts(" ", bar_shortcuts())))
        self.setAccessibleName(translate("MainWindow", "Keyboard shortcuts"))


def show_help(parent: QtWidgets.QWidget, closed: Callable[[QtWidgets.QDialog], None]) -> None:
    """F1: every key of the table, the bar's and the others, over `parent`; `closed(box)`
    when the cashier closes it."""
    box = QtWidgets.QMessageBox(parent)
    box.setObjectName("helpDialog")
    box.setWindowTitle(translate("MainWindow", "Keyboard shortcuts"))
    box.setText("\n".join(shortcut_texts("\t")))
    box.finished.connect(lambda _: closed(box))
    box.open()
