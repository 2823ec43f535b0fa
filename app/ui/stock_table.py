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


class StockTableModel(QtCore.QAbstractTableModel):
    COLUMNS = ("Warehouse", "Code", "Sellable", "Physical", "As of", "Whole basket")

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StockRow] = []

    def set_rows(self, rows: list[StockRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[StockRow]:
        return list(self._rows)

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.COLUMNS[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.name
            if column == 1:
                return row.code
            if column == 2:
                return format_quantity(row.sellable)
            if column == 3:
                return format_quantity(row.physical)
            if column == 4:
                if row.fetched_at is None:
                    return ""
                local = row.fetched_at.astimezone()
                return f"{local:%H:%M:%S}" + (" (old)" if row.stale else "")
            if column == 5:
                return "✔ all items" if row.supplies_basket else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.supplies_basket:
            font = QtGui.QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 2 and row.sellable is not None and row.sellable <= 0:
                return QtGui.QBrush(QtGui.QColor("#b00020"))
            if row.stale:
                return QtGui.QBrush(QtGui.QColor("#6b6b6b"))
        if role == Qt.ItemDataRole.BackgroundRole and row.supplies_basket:
            return QtGui.QBrush(QtGui.QColor("#e3f4e1"))
        return None
