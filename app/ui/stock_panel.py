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
from app.ui.i18n import format_money, shown
from app.ui.stock_table import StockColumns, StockRow, StockTableModel
from app.ui.table_titles import titles_only

if TYPE_CHECKING:  # the panel is on screen before these are imported (app/ui/start)
    from app.domain.stock import Coverage, WarehouseInfo
    from app.services.checkout import Availability, CheckoutSession
    from app.services.notices import ScanFailure


FAILED_TITLE = "QLabel { color: #b00020; }"  # untranslated: style (with ✖ and words too)


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
        self.view.setWordWrap(False)  # a warehouse's name on one line, whatever the width
        self.view.setProperty("textElideMode", "ElideRight")
        self.view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.view, 1)
        self._article_shown = False
        self._failure: ScanFailure | None = None
        self._availability: Availability | None = None
        self._fold_open = False
        self.view.activated.connect(lambda _: self.toggle_fold())  # Enter on the fold line

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
        self._render_failure()

    def show_failed_scan(self, failure: ScanFailure) -> None:
        """The header says the scan failed, in red and in words, until the next good one."""
        self._failure = failure
        self._render_failure()

    def _render_failure(self) -> None:
        failure = self._failure
        if failure is None:
            return
        if failure.not_found:
            text = self.tr("✖ Not found: {code}").format(code=failure.code)
        else:
            text = "✖ " + shown(failure.text)
        self.article_title.setText(text)
        self.article_title.setProperty("failed", True)
        self.article_title.setStyleSheet(FAILED_TITLE)

    def render_title(self, session: CheckoutSession | None) -> None:
        if self._failure is not None:
            self._failure = None
            self.article_title.setProperty("failed", False)
            self.article_title.setStyleSheet("")
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
        elif not self._article_shown or (session is not None and not session.basket.lines):
            # Nothing scanned yet, or the basket emptied (sent, cleared): nothing to answer for.
            self._article_shown = False
            self.article_title.setText(self.tr("Scan an article to see its stock."))

    def draw(self, session: CheckoutSession) -> None:
        self.render_title(session)
        self._availability = session.availability()
        self._fill()

    def toggle_fold(self) -> bool:
        """Enter on the fold line: show (or hide again) the warehouses with none of these."""
        row = self.model.row_at(self.view.currentIndex().row())
        if row is None or not row.folded or self._availability is None:
            return False
        self._fold_open = not self._fold_open
        self._fill()
        self.view.setCurrentIndex(self.model.index(len(self._availability.rows), 0))
        return True

    def _fill(self) -> None:
        available = self._availability
        if available is None:
            return
        current = (
            available.articles.index(available.current)
            if available.current in available.articles
            else None
        )
        columns = StockColumns(available.names, available.articles, current)
        if not available.articles:  # an empty basket: no warehouse rows without figures
            self.model.set_rows([], columns)
            return
        rows = [stock_row(row, available, current) for row in available.rows]
        if available.without_any:
            rows.append(fold_row(len(available.without_any), available, self._fold_open))
            if self._fold_open:
                rows += [nothing_row(w, available) for w in available.without_any]
        self.model.set_rows(rows, columns)
        # The names and the verdict as wide as they need (never wrapped); the articles share
        # the rest, so their titles have room; the figures' age no wider than it is.
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        fit = QtWidgets.QHeaderView.ResizeMode.ResizeToContents
        share = QtWidgets.QHeaderView.ResizeMode.Stretch
        first = self.model.first_figure_column
        for column in range(self.model.columnCount()):
            articles = first <= column < first + len(articles_shown(self._availability))
            header.setSectionResizeMode(column, share if articles else fit)


def articles_shown(available: Availability | None) -> tuple[str, ...]:
    return available.articles if available is not None else ()


def stock_row(row: Coverage, available: Availability, current: int | None) -> StockRow:
    return StockRow(
        name=row.warehouse.name,
        code=row.warehouse.code,
        figures=row.sellable,
        wanted=row.wanted,
        current=current,
        fetched_at=available.fetched_at if row.known else None,
        stale=available.stale,
        supplies_basket=row.supplies_all,
        lines_covered=row.lines_covered,
        new=tuple((number, row.warehouse.id) in available.new for number in available.articles),
    )


def nothing_row(warehouse: WarehouseInfo, available: Availability) -> StockRow:
    wanted = tuple(Decimal(1) for _ in available.articles)
    return StockRow(
        name=warehouse.name,
        code=warehouse.code,
        figures=tuple(Decimal(0) for _ in available.articles),
        wanted=wanted,
        current=None,
        fetched_at=available.fetched_at,
        stale=available.stale,
        supplies_basket=False,
        lines_covered=0,
    )


def fold_row(count: int, available: Availability, open_: bool) -> StockRow:
    return StockRow(
        name="",
        code="",
        figures=tuple(None for _ in available.articles),
        wanted=tuple(Decimal(0) for _ in available.articles),
        current=None,
        fetched_at=None,
        stale=False,
        supplies_basket=False,
        lines_covered=0,
        folded=count,
        open=open_,
    )
