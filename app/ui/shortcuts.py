"""The till's keys: one table of (key, label, action) for the bindings, the bar and F1.

Keys are Qt's portable names, shown through `QKeySequence` (Qt names them in the till's
language: "Skift+F10", hence `# untranslated: key`); labels are translated when shown;
the action is the name of the window's method the key runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from app.domain.texts import QT_TRANSLATE_NOOP
from app.qt import QtCore, QtGui, QtWidgets


class Shortcut(NamedTuple):
    key: str
    label: str
    action: str


# Every key the till answers, in the order the bar and F1 list them.
SHORTCUTS = (
    Shortcut("F1", QT_TRANSLATE_NOOP("MainWindow", "Help"), "show_help"),
    Shortcut("F2", QT_TRANSLATE_NOOP("MainWindow", "Find article"), "open_search"),
    Shortcut("F3", QT_TRANSLATE_NOOP("MainWindow", "Stock"), "focus_stock"),
    Shortcut("F4", QT_TRANSLATE_NOOP("MainWindow", "Quantity"), "edit_quantity"),
    Shortcut("F5", QT_TRANSLATE_NOOP("MainWindow", "Refresh stock"), "refresh_stock"),
    Shortcut("F6", QT_TRANSLATE_NOOP("MainWindow", "Basket"), "focus_basket"),
    Shortcut("Del", QT_TRANSLATE_NOOP("MainWindow", "Remove line"), "remove_selected"),
    Shortcut("Ctrl+Z", QT_TRANSLATE_NOOP("MainWindow", "Undo"), "undo"),  # untranslated: key
    Shortcut("F9", QT_TRANSLATE_NOOP("MainWindow", "Clear basket"), "clear_basket"),
    Shortcut("F10", QT_TRANSLATE_NOOP("MainWindow", "Order"), "open_order_form"),
    Shortcut("F7", QT_TRANSLATE_NOOP("MainWindow", "Unsent orders"), "focus_unsent"),
    Shortcut("F8", QT_TRANSLATE_NOOP("MainWindow", "Print slip"), "print_slip"),
    Shortcut("F11", QT_TRANSLATE_NOOP("MainWindow", "Settings"), "open_settings"),
    Shortcut(
        "Shift+F10",  # untranslated: key
        QT_TRANSLATE_NOOP("MainWindow", "Sell over the counter"),
        "sell_over_the_counter",
    ),
    Shortcut(
        "Ctrl+F7",  # untranslated: key
        QT_TRANSLATE_NOOP("MainWindow", "Orders lacking stock"),
        "show_short_stock",
    ),
    Shortcut(
        "Ctrl+F3",  # untranslated: key
        QT_TRANSLATE_NOOP("MainWindow", "Goods on the way in"),
        "show_incoming",
    ),
    Shortcut("F12", QT_TRANSLATE_NOOP("MainWindow", "Scanner diagnostics"), "show_diagnostics"),
    Shortcut(
        "Ctrl+L",  # untranslated: key
        QT_TRANSLATE_NOOP("MainWindow", "Language"),
        "switch_language",
    ),
    Shortcut("Esc", QT_TRANSLATE_NOOP("MainWindow", "Back to scanning"), "focus_entry"),
)


def shortcut_texts(separator: str) -> list[str]:
    """Each shortcut as key, separator, what it does: in the till's language and key names."""
    native = QtGui.QKeySequence.SequenceFormat.NativeText
    return [
        separator.join(
            (
                QtGui.QKeySequence(shortcut.key).toString(native),
                QtCore.QCoreApplication.translate("MainWindow", shortcut.label),
            )
        )
        for shortcut in SHORTCUTS
    ]


def bind_shortcuts(window: QtWidgets.QWidget) -> list[QtGui.QShortcut]:
    """A QShortcut per key of the table, running the window's method of that name."""
    bound = []
    for shortcut in SHORTCUTS:
        action: Callable[[], None] = getattr(window, shortcut.action)
        key = "Delete" if shortcut.key == "Del" else "Escape" if shortcut.key == "Esc" else None
        sequence = QtGui.QKeySequence(key or shortcut.key)
        bound_key = QtGui.QShortcut(sequence, window)
        bound_key.activated.connect(action)
        bound.append(bound_key)
    return bound


NO_BREAK = "\u00a0"


def shortcut_bar_text(texts: list[str]) -> str:
    """The bar's text: it wraps between shortcuts, never inside one ("Shift+F10 Sell over
    the counter" stays on one line): the spaces inside a shortcut do not break."""
    return "   ".join(text.replace(" ", NO_BREAK) for text in texts)
