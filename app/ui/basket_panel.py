"""The basket: its lines (the quantity edited in place with F4) and the total below.

The total says how many items and what they cost in the store's currency, written the till's
locale's way, and how many lines it leaves out for want of a price. Like the stock grid, the
table shows only its titles until after the first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.domain.texts import Text
from app.qt import QtWidgets
from app.ui.basket_table import BasketTableModel
from app.ui.i18n import format_money, format_quantity
from app.ui.table_titles import titles_only

if TYPE_CHECKING:  # the panel is on screen before the checkout is imported (app/ui/start)
    from app.services.checkout import CheckoutSession


class BasketPanel(QtWidgets.QWidget):
    def __init__(
        self,
        on_quantity: Callable[[str, int], None],
        on_refused: Callable[[Text], None],
        parent: QtWidgets.QWidget,
    ) -> None:
        super().__init__(parent)
        self._layout = QtWidgets.QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.model = BasketTableModel(on_quantity, on_refused, self)
        self.view = QtWidgets.QTableView(self)
        self.view.setObjectName("basketTable")
        self.view.setModel(titles_only(self.model, self.view))
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QtWidgets.QAbstractItemView.EditTrigger.EditKeyPressed
            | QtWidgets.QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(
            1, QtWidgets.QHeaderView.ResizeMode.Stretch
        )
        self.total = QtWidgets.QLabel(self)
        self.total.setObjectName("basketTotal")
        self.total.setProperty("alignment", "AlignRight")
        total_font = self.total.font()
        total_font.setBold(True)
        self.total.setFont(total_font)
        self._layout.addWidget(self.view)
        self._layout.addWidget(self.total)

    def add_below(self, widget: QtWidgets.QWidget) -> None:
        """A panel shown under the basket (the unsent orders)."""
        self._layout.addWidget(widget)

    def show_model(self) -> None:
        titles = self.view.model()
        if titles is not self.model:
            self.view.setModel(self.model)
            titles.deleteLater()

    def retranslate(self, session: CheckoutSession | None) -> None:
        self.view.setAccessibleName(self.tr("Basket"))
        self.total.setAccessibleName(self.tr("Basket total"))
        self.model.retranslate()
        if session is not None:
            self.render_total(session)

    def draw(self, session: CheckoutSession) -> None:
        self.model.set_lines(session.lines, frozenset(session.withdrawn_lines))
        current = session.current_article
        if current is not None and (row := self.model.row_of(current)) >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self.render_total(session)

    def render_total(self, session: CheckoutSession) -> None:
        """How many items and what they cost in the store's currency; never a sum of two
        currencies. Lines without a usable price are left out, and the line says how many."""
        items = sum(line.quantity for line in session.lines)
        total = session.basket_total()
        values = {
            "items": format_quantity(items),
            "total": format_money(total.amount, total.currency),
            "lines": format_quantity(total.lines_left_out),
        }
        one = items == 1
        if total.lines_left_out and not total.has_amount:
            text = (
                self.tr("{items} item   no price") if one else self.tr("{items} items   no price")
            )
        elif total.lines_left_out == 1:
            text = self.tr("{items} items   Total {total}  (1 line without a price left out)")
        elif total.lines_left_out:
            text = self.tr(
                "{items} items   Total {total}  ({lines} lines without a price left out)"
            )
        else:
            text = (
                self.tr("{items} item   Total {total}")
                if one
                else self.tr("{items} items   Total {total}")
            )
        self.total.setText(text.format(**values))

    def selected_article(self) -> str | None:
        index = self.view.currentIndex()
        line = self.model.line_at(index.row()) if index.isValid() else None
        return line.article_number if line else None

    def focus(self) -> None:
        self.view.setFocus()
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def edit_quantity(self) -> None:
        """The selected line's quantity cell, open for typing (Enter confirms)."""
        self.focus()
        row = self.view.currentIndex().row()
        index = self.model.index(row, BasketTableModel.QUANTITY_COLUMN)
        self.view.setCurrentIndex(index)
        self.view.edit(index)
