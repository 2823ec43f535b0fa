"""The basket's keys: F4 (quantity), Delete (remove a line), Ctrl+Z (undo), F9 (clear).

The checkout session changes the basket (and keeps it saved); these say what happened and
how to take it back. In the code field, Delete and Ctrl+Z edit its text while it has some.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.text_values import filled
from app.domain.texts import Text, translate
from app.qt import QtCore
from app.services.notices import Notice, NoticeLevel
from app.ui.confirm import ask
from app.ui.i18n import format_quantity

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class BasketActions(QtCore.QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _say(self, level: NoticeLevel, text: Text) -> None:
        self.window.show_notice(Notice(level, text))

    def edit_quantity(self) -> None:
        if not self.window.basket_model.rowCount():
            self._say(NoticeLevel.INFO, translate("MainWindow", "The basket is empty."))
            return
        self.window.basket_panel.edit_quantity()

    def set_quantity(self, article_number: str, quantity: int) -> None:
        """A quantity typed in the basket (F4, Enter): taken, and back to scanning."""
        self.window.session.set_quantity(article_number, quantity)
        QtCore.QTimer.singleShot(0, self.window.focus_entry)

    def refused(self, message: Text) -> None:
        self._say(NoticeLevel.WARNING, message)

    def remove_selected(self) -> None:
        entry = self.window.code_entry
        if entry.hasFocus() and entry.text():
            entry.del_()
            return
        article = self.window.basket_panel.selected_article()
        if article is None:
            self._say(NoticeLevel.INFO, translate("MainWindow", "Select a basket line first (F6)."))
            return
        self.window.session.remove(article)
        removed = translate("MainWindow", "Removed {article}. Ctrl+Z brings it back.")
        self._say(NoticeLevel.INFO, filled(removed, article=article))

    def undo(self) -> None:
        entry = self.window.code_entry
        if entry.hasFocus() and entry.isUndoAvailable():
            entry.undo()
            return
        if not self.window.session.undo():
            self._say(NoticeLevel.INFO, translate("MainWindow", "Nothing to undo."))
            return
        # Said, so the notice of the change just undone ("Removed ...") does not stay up.
        self._say(NoticeLevel.INFO, translate("MainWindow", "Undone: the basket is as it was."))

    def clear(self) -> None:
        session = self.window.session
        if not session.lines:
            return

        def clear() -> None:
            session.clear()
            cleared = translate("MainWindow", "Basket cleared. Ctrl+Z brings it back.")
            self._say(NoticeLevel.INFO, cleared)

        ask(
            self.window,
            "clearBasketDialog",
            self.tr("Clear the basket?"),
            self.tr("Remove all {count} lines from the basket?").format(
                count=format_quantity(len(session.lines))
            ),
            clear,
            after=self.window.focus_entry,
        )
