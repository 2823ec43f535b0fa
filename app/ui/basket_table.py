"""The basket as a table; the quantity cell is edited in place (F4) and validated.

Prices and quantities are written in the till's locale; the window calls `retranslate()` on a
language change, so headers and figures follow at once. A line without a usable price says
"no price" (the lines come priced in the store's currency or not at all: CheckoutSession.lines).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from app.domain.basket import BasketLine, QuantityError, parse_quantity
from app.domain.texts import Text
from app.qt import Qt, QtCore
from app.ui.i18n import format_money, format_quantity
from app.ui.item_roles import ALIGNMENT, DISPLAY, EDIT, RIGHT_ALIGNED

ModelIndex = QtCore.QModelIndex | QtCore.QPersistentModelIndex


def money_or(value: Decimal | None, currency: str | None, otherwise: str) -> str:
    """A price in the till's locale; `otherwise` for an article without one."""
    return otherwise if value is None else format_money(value, currency or "")


class BasketTableModel(QtCore.QAbstractTableModel):
    COLUMN_COUNT = 5
    QUANTITY_COLUMN = 2

    def __init__(
        self,
        on_quantity: Callable[[str, int], None],
        on_refused: Callable[[Text], None],
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._lines: tuple[BasketLine, ...] = ()
        self._on_quantity = on_quantity
        self._on_refused = on_refused
        self._headers = self._header_texts()
        self._no_price = self.tr("no price")
        self._not_sold = self.tr("{name}  (NO LONGER SOLD: remove it)")
        self._withdrawn: frozenset[str] = frozenset()  # lines Ongoing no longer sells
        # Cells as written, per line: the locale's money formatting is too slow for every
        # paint, and a scan usually changes one line of many.
        self._texts: dict[BasketLine, tuple[str, ...]] = {}

    def _header_texts(self) -> tuple[str, ...]:
        return (
            self.tr("Article"),
            self.tr("Name"),
            self.tr("Qty"),
            self.tr("Price"),
            self.tr("Total"),
        )

    def retranslate(self) -> None:
        """Headers and figures again in the new language and locale (a model gets no
        changeEvent: the window that owns it calls this on LanguageChange)."""
        headers = self._header_texts()
        if headers != self._headers:  # none when unchanged, as at start-up: see `titles`
            self._headers = headers
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        self._no_price = self.tr("no price")
        self._not_sold = self.tr("{name}  (NO LONGER SOLD: remove it)")
        self._texts = {}
        if self._lines:
            last = self.index(len(self._lines) - 1, self.COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def set_lines(
        self, lines: tuple[BasketLine, ...], withdrawn: frozenset[str] = frozenset()
    ) -> None:
        """The basket's lines; `withdrawn`: the article numbers Ongoing no longer sells,
        marked in their name until the cashier removes them."""
        self.beginResetModel()
        self._lines = lines
        if withdrawn != self._withdrawn:
            self._withdrawn = withdrawn
            self._texts = {}
        self._texts = {line: self._texts[line] for line in lines if line in self._texts}
        self.endResetModel()

    def line_at(self, row: int) -> BasketLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of(self, article_number: str) -> int:
        for row, line in enumerate(self._lines):
            if line.article_number == article_number:
                return row
        return -1

    def titles(self) -> tuple[str, ...]:
        """The column titles, asked without a Qt enum: the till's first paint shows them
        from a Qt model (app/ui/table_titles.py), because `headerData`'s Qt.Orientation
        argument would make PySide build all of Qt's enums before it."""
        return self._headers

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> object:
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == self.QUANTITY_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = DISPLAY) -> object:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == EDIT and column == self.QUANTITY_COLUMN:
            return str(line.quantity)  # plain digits to edit, whatever the locale groups
        if role in (DISPLAY, EDIT):
            texts = self._texts.get(line)
            if texts is None:
                texts = self._texts[line] = (
                    line.article_number,
                    self._not_sold.format(name=line.name)
                    if line.article_number in self._withdrawn
                    else line.name,
                    format_quantity(line.quantity),
                    money_or(line.unit_price, line.currency, self._no_price),
                    money_or(line.line_total, line.currency, "–"),
                )
            return texts[column]
        if role == ALIGNMENT and column >= self.QUANTITY_COLUMN:
            return RIGHT_ALIGNED
        return None

    def setData(self, index: ModelIndex, value: object, role: int = EDIT) -> bool:
        if role != EDIT or index.column() != self.QUANTITY_COLUMN:
            return False
        line = self._lines[index.row()]
        try:
            quantity = parse_quantity(str(value))
        except QuantityError as error:
            self._on_refused(error.text)
            return False
        self._on_quantity(line.article_number, quantity)
        return True
