"""The article scanned last and its stock in every warehouse, the answer the cashier reads.

The title names the article and its price in the store's currency (or "no price"); the grid
lists the warehouses as the order form ranks them ("✔ all items" first), each with its
sellable and physical figures and when they were fetched. Before the first paint the grid
shows only its titles (app/ui/table_titles.py says why); `show_model` gives it its Python
model right after.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from app.qt import QtWidgets
from app.ui.i18n import format_money
from app.ui.stock_table import StockRow, StockTableModel
from app.ui.table_titles import titles_only

if TYPE_CHECKING:  # the panel is on screen before these are imported (app/ui/start)
    from app.services.checkout import CheckoutSession, WarehouseFigure


class StockPanel(QtWidgets.QWidget):
    def __init__(self, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.article_title = QtWidgets.QLabel(self)
        self.article_title.setObjectName("articleTitle")
        title_font = self.article_title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.article_title.setFont(title_font)
        layout.addWidget(self.article_title)
        self.model = StockTableModel(self)
        self.view = QtWidgets.QTableView(self)
        self.view.setObjectName("stockTable")
        self.view.setModel(titles_only(self.model, self.view))
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.view, 1)
        self._article_shown = False

    def show_model(self) -> None:
        """The grid's Python model in place of its titles-only one (after the first paint)."""
        titles = self.view.model()
        if titles is not self.model:
            self.view.setModel(self.model)
            titles.deleteLater()  # the header keeps its sections' sizes and modes

    def retranslate(self) -> None:
        self.article_title.setAccessibleName(self.tr("Scanned article"))
        self.view.setAccessibleName(self.tr("Stock per warehouse"))
        self.model.retranslate()

    def render_title(self, session: CheckoutSession | None) -> None:
        article = session.current_article_info() if session is not None else None
        if article is not None:
            self._article_shown = True
            price = (
                self.tr("no price")
                if article.price is None  # or not usable: app/domain/money.py
                else format_money(article.price, session.currency if session else "")
            )
            title = self.tr("{number}  ·  {name}  ·  {price}").format(
                number=article.number, name=article.name, price=price
            )
            self.article_title.setText(title)
        elif not self._article_shown:
            self.article_title.setText(self.tr("Scan an article to see its stock."))

    def draw(self, session: CheckoutSession) -> None:
        self.render_title(session)
        self.model.set_rows([stock_row(row) for row in session.warehouse_figures()])


def stock_row(row: WarehouseFigure) -> StockRow:
    """A grid row: a dash for figures not known yet, 0 where the warehouse holds none."""
    figure = row.figure
    return StockRow(
        name=row.warehouse.name,
        code=row.warehouse.code,
        sellable=(figure.sellable if figure else Decimal(0)) if row.known else None,
        physical=(figure.physical if figure else Decimal(0)) if row.known else None,
        fetched_at=row.fetched_at,
        stale=row.stale,
        supplies_basket=row.supplies_basket,
    )
