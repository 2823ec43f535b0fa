"""The basket as a table; the quantity cell is edited in place (F4) and validated."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from app.domain.basket import BasketLine, QuantityError, parse_quantity
from app.qt import Qt, QtCore

ModelIndex = QtCore.QModelIndex | QtCore.QPersistentModelIndex


def format_money(value: Decimal | None, currency: str | None = None) -> str:
    if value is None:
        return "–"
    text = f"{value:,.2f}".replace(",", " ")
    return f"{text} {currency}" if currency else text


class BasketTableModel(QtCore.QAbstractTableModel):
    COLUMNS = ("Article", "Name", "Qty", "Price", "Total")
    QUANTITY_COLUMN = 2

    def __init__(
        self,
        on_quantity: Callable[[str, int], None],
        on_refused: Callable[[str], None],
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._lines: tuple[BasketLine, ...] = ()
        self._on_quantity = on_quantity
        self._on_refused = on_refused

    def set_lines(self, lines: tuple[BasketLine, ...]) -> None:
        self.beginResetModel()
        self._lines = lines
        self.endResetModel()

    def line_at(self, row: int) -> BasketLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of(self, article_number: str) -> int:
        for row, line in enumerate(self._lines):
            if line.article_number == article_number:
                return row
        return -1

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.COLUMNS[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == self.QUANTITY_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            values: tuple[object, ...] = (
                line.article_number,
                line.name,
                str(line.quantity),
                format_money(line.unit_price, line.currency),
                format_money(line.line_total, line.currency),
            )
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.QUANTITY_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(
        self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.QUANTITY_COLUMN:
            return False
        line = self._lines[index.row()]
        try:
            quantity = parse_quantity(str(value))
        except QuantityError as error:
            self._on_refused(str(error))
            return False
        self._on_quantity(line.article_number, quantity)
        return True
