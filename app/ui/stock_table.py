"""The stock grid: one row per warehouse for the article just scanned.

Cell texts are made once per update (views ask for them many times per paint), so a language
change makes them again: `retranslate()` runs on the LanguageChange the window passes on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from app.qt import Qt, QtCore, QtGui
from app.ui.i18n import format_quantity as locale_quantity
from app.ui.i18n import format_time
from app.ui.item_roles import ALIGNMENT, BACKGROUND, DISPLAY, FONT, FOREGROUND, RIGHT_ALIGNED

ModelIndex = QtCore.QModelIndex | QtCore.QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class StockRow:
    name: str
    code: str
    sellable: Decimal | None
    physical: Decimal | None
    fetched_at: datetime | None
    stale: bool
    supplies_basket: bool


def format_quantity(value: Decimal | None) -> str:
    """A stock figure in the till's locale; a dash while it is not known."""
    return "–" if value is None else locale_quantity(value)


SOLD_OUT = "#b00020"  # text of a sellable figure of 0 or less
OLD = "#6b6b6b"  # text of a row older than the stale-stock age
WHOLE_BASKET = "#e3f4e1"  # background of a warehouse that can supply the whole basket


def display_texts(row: StockRow) -> tuple[str, ...]:
    """The six cells of a row, formatted once per update rather than once per paint."""
    translate = QtCore.QCoreApplication.translate
    fetched = ""
    if row.fetched_at is not None:
        fetched = format_time(row.fetched_at.astimezone())
        if row.stale:
            fetched = translate("StockTableModel", "{time} (old)").format(time=fetched)
    return (
        row.name,
        row.code,
        format_quantity(row.sellable),
        format_quantity(row.physical),
        fetched,
        translate("StockTableModel", "✔ all items") if row.supplies_basket else "",
    )


class StockTableModel(QtCore.QAbstractTableModel):
    """Rows are replaced whole on each lookup; views ask for cells many times per paint."""

    COLUMN_COUNT = 6

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StockRow] = []
        self._texts: list[tuple[str, ...]] = []
        self._bold = QtGui.QFont()
        self._bold.setBold(True)
        # Colours, not brushes: the view paints a QColor as a solid brush itself, and the
        # first QBrush would build QGradient's Python enums (~8 ms) before the first paint.
        self._sold_out = QtGui.QColor(SOLD_OUT)
        self._old = QtGui.QColor(OLD)
        self._whole_basket = QtGui.QColor(WHOLE_BASKET)
        self._headers = self._header_texts()

    def set_rows(self, rows: list[StockRow]) -> None:
        """New figures; the same warehouses (the usual case) repaint without a relayout."""
        texts = [display_texts(row) for row in rows]
        if len(rows) == len(self._rows) and rows:
            self._rows, self._texts = rows, texts
            last = self.index(len(rows) - 1, self.COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._rows, self._texts = rows, texts
        self.endResetModel()

    def retranslate(self) -> None:
        """Headers and cells again in the new language and locale (the rows stay).

        A model gets no changeEvent: the window that owns it calls this on LanguageChange.
        """
        headers = self._header_texts()
        if headers != self._headers:  # none when unchanged, as at start-up: see `titles`
            self._headers = headers
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        self._texts = [display_texts(row) for row in self._rows]
        if self._rows:
            last = self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rows(self) -> list[StockRow]:
        return list(self._rows)

    def titles(self) -> tuple[str, ...]:
        """The column titles, asked without a Qt enum: the till's first paint shows them
        from a Qt model (app/ui/table_titles.py), because `headerData`'s Qt.Orientation
        argument would make PySide build all of Qt's enums before it."""
        return self._headers

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> object:
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def _header_texts(self) -> tuple[str, ...]:
        return (
            self.tr("Warehouse"),
            self.tr("Code"),
            self.tr("Sellable"),
            self.tr("Physical"),
            self.tr("As of"),
            self.tr("Whole basket"),
        )

    def data(self, index: ModelIndex, role: int = DISPLAY) -> object:
        if not index.isValid():
            return None
        row_number, column = index.row(), index.column()
        if role == DISPLAY:
            return self._texts[row_number][column]
        row = self._rows[row_number]
        if role == ALIGNMENT and column in (2, 3):
            return RIGHT_ALIGNED
        if role == FONT and row.supplies_basket:
            return self._bold
        if role == FOREGROUND:
            if column == 2 and row.sellable is not None and row.sellable <= 0:
                return self._sold_out
            if row.stale:
                return self._old
        if role == BACKGROUND and row.supplies_basket:
            return self._whole_basket
        return None
