"""The stock grid: one row per warehouse for the article just scanned."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from app.qt import Qt, QtCore, QtGui

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
    if value is None:
        return "–"
    return format(value.normalize(), "f") if value == value.to_integral_value() else str(value)


DISPLAY = Qt.ItemDataRole.DisplayRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
FONT = Qt.ItemDataRole.FontRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def display_texts(row: StockRow) -> tuple[str, ...]:
    """The six cells of a row, formatted once per update rather than once per paint."""
    fetched = ""
    if row.fetched_at is not None:
        fetched = f"{row.fetched_at.astimezone():%H:%M:%S}" + (" (old)" if row.stale else "")
    return (
        row.name,
        row.code,
        format_quantity(row.sellable),
        format_quantity(row.physical),
        fetched,
        "✔ all items" if row.supplies_basket else "",
    )


class StockTableModel(QtCore.QAbstractTableModel):
    """Rows are replaced whole on each lookup; views ask for cells many times per paint."""

    COLUMNS = ("Warehouse", "Code", "Sellable", "Physical", "As of", "Whole basket")

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StockRow] = []
        self._texts: list[tuple[str, ...]] = []
        self._bold = QtGui.QFont()
        self._bold.setBold(True)
        self._sold_out = QtGui.QBrush(QtGui.QColor("#b00020"))
        self._old = QtGui.QBrush(QtGui.QColor("#6b6b6b"))
        self._whole_basket = QtGui.QBrush(QtGui.QColor("#e3f4e1"))

    def set_rows(self, rows: list[StockRow]) -> None:
        """New figures; the same warehouses (the usual case) repaint without a relayout."""
        texts = [display_texts(row) for row in rows]
        if len(rows) == len(self._rows) and rows:
            self._rows, self._texts = rows, texts
            last = self.index(len(rows) - 1, len(self.COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._rows, self._texts = rows, texts
        self.endResetModel()

    def rows(self) -> list[StockRow]:
        return list(self._rows)

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> object:
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self.COLUMNS[section]
        return None

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
