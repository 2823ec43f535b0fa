"""The till's keys: one table of (key, label, action) for the bindings, the bar and F1
(the bar and F1: shortcut_bar.py).

Keys are Qt's portable names, shown through `QKeySequence` (Qt names them in the till's
language: "Skift+F10", hence `# untranslated: key`); labels are translated when shown;
the action is the name of the window's method the key runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from app.domain.texts import QT_TRANSLATE_NOOP
from app.qt import Qt, QtCore, QtGui, QtWidgets


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
    Shortcut(
        "Ctrl+R",  # untranslated: key
        QT_TRANSLATE_NOOP("MainWindow", "Return or cancel"),
        "open_returns",
    ),
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
    Shortcut(
        "Ctrl+F4",  # untranslated: key
        QT_TRANSLATE_NOOP("MainWindow", "Stock-taking"),
        "show_stock_taking",
    ),
    Shortcut("F12", QT_TRANSLATE_NOOP("MainWindow", "Scanner diagnostics"), "show_diagnostics"),
    Shortcut(
        "Ctrl+L",  # untranslated: key
        QT_TRANSLATE_NOOP("MainWindow", "Language"),
        "switch_language",
    ),
    Shortcut("Esc", QT_TRANSLATE_NOOP("MainWindow", "Back to scanning"), "focus_entry"),
)


def shortcut_texts(separator: str, shortcuts: Iterable[Shortcut] = SHORTCUTS) -> list[str]:
    """Each shortcut as key, separator, what it does: in the till's language and key names."""
    native = QtGui.QKeySequence.SequenceFormat.NativeText
    return [
        separator.join(
            (
                QtGui.QKeySequence(shortcut.key).toString(native),
                QtCore.QCoreApplication.translate("MainWindow", shortcut.label),
            )
        )
        for shortcut in shortcuts
    ]


def bind_shortcuts(
    window: QtWidgets.QWidget, places: Iterable[QtWidgets.QWidget] = ()
) -> list[QtGui.QShortcut]:
    """A QShortcut per key of the table, running the window's method of that name.

    In `places` (the code field, the tables) the table's keys are the window's even where
    the widget has a use of its own for them: a text field takes Delete and Ctrl+Z before
    any shortcut, and the window's actions edit the field's text themselves when it has any.
    """
    bound = []
    sequences = []
    for shortcut in SHORTCUTS:
        action: Callable[[], None] = getattr(window, shortcut.action)
        sequence = key_sequence(shortcut)
        bound_key = QtGui.QShortcut(sequence, window)
        bound_key.activated.connect(action)
        bound.append(bound_key)
        sequences.append(sequence)
    first = WindowKeysFirst(sequences, window)
    for place in places:
        place.installEventFilter(first)
    return bound


def key_sequence(shortcut: Shortcut) -> QtGui.QKeySequence:
    """The key as Qt reads it ("Del" and "Esc" are how the bar writes them)."""
    key = {"Del": "Delete", "Esc": "Escape"}.get(shortcut.key, shortcut.key)
    return QtGui.QKeySequence(key)


class WindowKeysFirst(QtCore.QObject):
    """Keeps the window's keys from the widget it watches, so the shortcut runs instead.

    Qt asks the focused widget first (a ShortcutOverride event) whether it wants a key that
    is also a shortcut; QLineEdit wants Delete and Ctrl+Z. Filtered out unanswered here,
    the question goes on to the window, which leaves the key to its shortcut.
    """

    def __init__(self, sequences: list[QtGui.QKeySequence], parent: QtCore.QObject) -> None:
        super().__init__(parent)
        self._sequences = sequences

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() != QtCore.QEvent.Type.ShortcutOverride:
            return False
        assert isinstance(event, QtGui.QKeyEvent)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        pressed = QtGui.QKeySequence(QtCore.QKeyCombination(modifiers, Qt.Key(event.key())))
        exact = QtGui.QKeySequence.SequenceMatch.ExactMatch
        if not any(pressed.matches(sequence) == exact for sequence in self._sequences):
            return False
        event.ignore()
        return True
