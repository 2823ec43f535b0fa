"""The stock grid: every warehouse against the basket, the answer the cashier reads first.

One row per warehouse: its name, a verdict ("✔ all 3", "2 of 3"), the sellable figure of
each basket article (the one scanned last marked in its title and in bold), and when the
figures were fetched. Best rows first (app/domain/stock.py `cover`); warehouses holding
none of the basket fold into one line that Enter opens. Nothing is said by colour alone:
a short figure carries ✖, old figures say "(old)", a whole-basket row says ✔.

Cell texts are made once per update (views ask for them many times per paint), so a
language change makes them again: `retranslate()` runs on the LanguageChange the window
passes on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from app.qt import Qt, QtCore, QtGui
from app.ui.i18n import format_quantity as locale_quantity
from app.ui.i18n import format_time
from app.ui.item_roles import (
    ALIGNMENT,
    BACKGROUND,
    DISPLAY,
    FONT,
    FOREGROUND,
    RIGHT_ALIGNED,
    TOOLTIP,
)

ModelIndex = QtCore.QModelIndex | QtCore.QPersistentModelIndex

SOLD_OUT = "#b00020"  # text of a figure that cannot supply its basket line
OLD = "#6b6b6b"  # text of a row older than the stale-stock age
WHOLE_BASKET = "#e3f4e1"  # background of a warehouse that can supply the whole basket
FIGURE_SCALE = 1.35  # the figures are what the cashier reads: larger than the rest


@dataclass(frozen=True, slots=True)
class StockRow:
    """A warehouse's row, or (with `folded` > 0) the line standing for those with none."""

    name: str
    code: str
    figures: tuple[Decimal | None, ...]  # sellable, per basket article; None: not known yet
    wanted: tuple[Decimal, ...]
    current: int | None  # which of `figures` is the article scanned last
    fetched_at: datetime | None
    stale: bool
    supplies_basket: bool
    lines_covered: int
    folded: int = 0
    open: bool = False  # for the fold line: its warehouses are shown below it
    new: tuple[bool, ...] = ()  # per figure: fetched again because goods arrived or were counted

    @property
    def sellable(self) -> Decimal | None:
        """The figure of the article scanned last."""
        return self.figures[self.current] if self.current is not None else None

    def short(self, column: int) -> bool:
        have = self.figures[column]
        return have is not None and have < self.wanted[column]


@dataclass(frozen=True, slots=True)
class StockColumns:
    """The basket's articles as column titles, and which one was scanned last."""

    names: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()
    current: int | None = None


def format_quantity(value: Decimal | None) -> str:
    """A stock figure in the till's locale; a dash while it is not known; 0 when oversold."""
    return "–" if value is None else locale_quantity(max(value, Decimal(0)))


def article_title(name: str, scanned_last: bool) -> str:
    """The article's name as its column's title (the header elides it when narrow)."""
    return ("▶ " if scanned_last else "") + name


class StockTableModel(QtCore.QAbstractTableModel):
    """Rows and article columns are replaced whole on each update."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StockRow] = []
        self._columns = StockColumns()
        self._texts: list[tuple[str, ...]] = []
        self._bold = QtGui.QFont()
        self._bold.setBold(True)
        self._figure = QtGui.QFont()
        self._figure.setPointSizeF(self._figure.pointSizeF() * FIGURE_SCALE)
        self._figure_bold = QtGui.QFont(self._figure)
        self._figure_bold.setBold(True)
        # Colours, not brushes: the view paints a QColor as a solid brush itself, and the
        # first QBrush would build QGradient's Python enums (~8 ms) before the first paint.
        self._sold_out = QtGui.QColor(SOLD_OUT)
        self._old = QtGui.QColor(OLD)
        self._whole_basket = QtGui.QColor(WHOLE_BASKET)
        self._headers = self._header_texts()

    # --- what is shown ---

    def set_rows(self, rows: list[StockRow], columns: StockColumns | None = None) -> None:
        """New figures; the same shape (the usual case) repaints without a relayout."""
        columns = columns if columns is not None else self._columns
        if columns == self._columns and len(rows) == len(self._rows) and rows:
            self._rows = rows
            self._texts = [self._display_texts(row) for row in rows]
            last = self.index(len(rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._rows, self._columns = rows, columns
        self._texts = [self._display_texts(row) for row in rows]
        self._headers = self._header_texts()
        self.endResetModel()

    def retranslate(self) -> None:
        """Headers and cells again in the new language and locale (the rows stay).

        A model gets no changeEvent: the window that owns it calls this on LanguageChange.
        """
        headers = self._header_texts()
        if headers != self._headers:  # none when unchanged, as at start-up: see `titles`
            self._headers = headers
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self._texts = [self._display_texts(row) for row in self._rows]
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rows(self) -> list[StockRow]:
        return list(self._rows)

    def row_at(self, row: int) -> StockRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def titles(self) -> tuple[str, ...]:
        """The column titles, asked without a Qt enum: the till's first paint shows them
        from a Qt model (app/ui/table_titles.py), because `headerData`'s Qt.Orientation
        argument would make PySide build all of Qt's enums before it."""
        return self._headers

    @property
    def first_figure_column(self) -> int:
        return 2

    def _header_texts(self) -> tuple[str, ...]:
        articles = tuple(
            article_title(name, i == self._columns.current)
            for i, name in enumerate(self._columns.names)
        )
        return (self.tr("Warehouse"), self.tr("Basket"), *articles, self.tr("As of"))

    def _display_texts(self, row: StockRow) -> tuple[str, ...]:
        if row.folded:
            if row.open:
                fold = self.tr("▾ {count} warehouses have none of these (Enter hides them)")
            else:
                fold = self.tr("▸ {count} warehouses have none of these (Enter shows them)")
            blanks = ("",) * (len(self._columns.names) + 2)
            return (fold.format(count=locale_quantity(row.folded)), *blanks)
        fetched = ""
        if row.fetched_at is not None:
            fetched = format_time(row.fetched_at.astimezone())
            if row.stale:
                fetched = self.tr("{time} (old)").format(time=fetched)
        figures = tuple(
            self._marked(format_quantity(have) + (" ✖" if row.short(i) else ""), row, i)
            for i, have in enumerate(row.figures)
        )
        name = f"{row.name} ({row.code})"  # untranslated: a name and its code
        return (name, self._verdict(row), *figures, fetched)

    def _marked(self, figure: str, row: StockRow, article: int) -> str:
        """A figure refreshed because goods arrived or stock was counted says so."""
        if article < len(row.new) and row.new[article]:
            return self.tr("{figure} ★ new").format(figure=figure)
        return figure

    def _verdict(self, row: StockRow) -> str:
        lines = len(row.wanted)
        if not lines or all(figure is None for figure in row.figures):
            return ""
        if row.supplies_basket:
            if lines == 1:
                return self.tr("✔ enough")
            return self.tr("✔ all {count}").format(count=locale_quantity(lines))
        if lines == 1:
            return self.tr("✖ not enough")
        return self.tr("{covered} of {count}").format(
            covered=locale_quantity(row.lines_covered), count=locale_quantity(lines)
        )

    # --- Qt's questions ---

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns.names) + 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == DISPLAY:
            return self._headers[section]
        article = section - self.first_figure_column
        if 0 <= article < len(self._columns.names):
            if role == TOOLTIP:
                number, name = self._columns.numbers[article], self._columns.names[article]
                return f"{number}  {name}"  # untranslated: an article's number and name
            if role == FONT and article == self._columns.current:
                return self._bold
        return None

    def data(self, index: ModelIndex, role: int = DISPLAY) -> object:
        if not index.isValid():
            return None
        row_number, column = index.row(), index.column()
        if role == DISPLAY:
            return self._texts[row_number][column]
        row = self._rows[row_number]
        if row.folded:
            return None
        article = column - self.first_figure_column
        is_figure = 0 <= article < len(row.figures)
        if role == ALIGNMENT and is_figure:
            return RIGHT_ALIGNED
        if role == FONT:
            if is_figure:
                bold = article == row.current or row.supplies_basket
                return self._figure_bold if bold else self._figure
            return self._bold if row.supplies_basket else None
        if role == FOREGROUND:
            if is_figure and row.short(article):
                return self._sold_out
            if row.stale:
                return self._old
        if role == BACKGROUND and row.supplies_basket:
            return self._whole_basket
        return None
