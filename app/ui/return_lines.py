"""The sale's lines in the return dialog: what was ordered, picked and already returned, and
per line the quantity the cashier gives (to return, or the order's new quantity).

A grid of labels and spin boxes rather than a table with editors in it: Tab goes from one
quantity to the next and nowhere else, the arrows and digits change the focused one, and
each box has a name a screen reader says ("Return quantity, TS-000001 Shirt").
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from enum import Enum

from app.domain.returns import SoldLine
from app.qt import Qt, QtWidgets
from app.ui.i18n import format_quantity

COLUMNS = 6
SPIN_COLUMN = 5


class LineMode(Enum):
    SHOW = "show"  # nothing to give: the lines only
    RETURN = "return"  # how many come back: 0 up to picked minus already returned
    LOWER = "lower"  # the order's new quantity: 0 up to what was ordered


class ReturnLines(QtWidgets.QScrollArea):
    def __init__(self, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("returnLines")
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._lines: tuple[SoldLine, ...] = ()
        self._mode = LineMode.SHOW
        self.spins: dict[int, QtWidgets.QSpinBox] = {}
        self.retranslate()

    def show_lines(self, lines: tuple[SoldLine, ...], mode: LineMode) -> None:
        self._lines, self._mode = lines, mode
        self._draw()

    def clear(self) -> None:
        self.show_lines((), LineMode.SHOW)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Lines of the order, with a quantity for each"))
        values = self.quantities()
        self._draw()
        for line_id, value in values.items():
            self.spins[line_id].setValue(int(value))

    def quantities(self) -> dict[int, Decimal]:
        """The quantity given per line id (lines without a box are left out)."""
        return {line_id: Decimal(spin.value()) for line_id, spin in self.spins.items()}

    def changed(self) -> bool:
        """Something was given that would be lost if the dialog closed now."""
        if self._mode is LineMode.RETURN:
            return any(spin.value() > 0 for spin in self.spins.values())
        if self._mode is LineMode.LOWER:
            ordered = {line.line_id: line.ordered for line in self._lines}
            return any(spin.value() != ordered[i] for i, spin in self.spins.items())
        return False

    def first_spin(self) -> QtWidgets.QSpinBox | None:
        return next((s for s in self.spins.values() if s.isEnabled()), None)

    def _draw(self) -> None:
        self.spins = {}
        page = QtWidgets.QWidget(self)
        grid = QtWidgets.QGridLayout(page)
        grid.setHorizontalSpacing(18)
        titles = [
            self.tr("Article"),
            self.tr("Name"),
            self.tr("Ordered"),
            self.tr("Picked"),
            self.tr("Returned"),
            {
                LineMode.RETURN: self.tr("Return now"),
                LineMode.LOWER: self.tr("New quantity"),
                LineMode.SHOW: "",
            }[self._mode],
        ]
        for column, title in enumerate(titles):
            label = QtWidgets.QLabel(title, page)
            bold = label.font()
            bold.setBold(True)
            label.setFont(bold)
            grid.addWidget(label, 0, column, self._alignment(column))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, line in enumerate(self._lines, start=1):
            figures = (line.ordered, line.picked, line.on_returns)
            cells = [line.article_number, line.article_name, *map(format_quantity, figures)]
            for column, text in enumerate(cells):
                label = QtWidgets.QLabel(text, page)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
                grid.addWidget(label, row, column, right if column >= 2 else self._alignment(0))
            if self._mode is not LineMode.SHOW:
                grid.addWidget(self._spin(page, line), row, SPIN_COLUMN, right)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(self._lines) + 1, 1)
        self.setWidget(page)
        previous: QtWidgets.QWidget | None = None
        for spin in self.spins.values():
            if previous is not None:
                QtWidgets.QWidget.setTabOrder(previous, spin)
            previous = spin

    @staticmethod
    def _alignment(column: int) -> Qt.AlignmentFlag:
        if column >= 2:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

    def _spin(self, page: QtWidgets.QWidget, line: SoldLine) -> QtWidgets.QSpinBox:
        spin = QtWidgets.QSpinBox(page)
        spin.setObjectName(f"quantity-{line.article_number}")  # untranslated: object name
        spin.setMinimumWidth(90)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        if self._mode is LineMode.RETURN:
            spin.setRange(0, int(line.returnable))
            spin.setValue(0)
            spin.setEnabled(line.returnable > 0)
            spin.setAccessibleName(
                self.tr("Return quantity, {article} {name}, at most {most}").format(
                    article=line.article_number,
                    name=line.article_name,
                    most=format_quantity(line.returnable),
                )
            )
        else:
            spin.setRange(0, int(line.ordered))
            spin.setValue(int(line.ordered))
            spin.setAccessibleName(
                self.tr("New quantity, {article} {name}, at most {most}").format(
                    article=line.article_number,
                    name=line.article_name,
                    most=format_quantity(line.ordered),
                )
            )
        self.spins[line.line_id] = spin
        return spin

    def by_article(self, quantities: Mapping[int, Decimal]) -> dict[str, Decimal]:
        """Return quantities above 0, by article number (as the return plan takes them)."""
        articles = {line.line_id: line.article_number for line in self._lines}
        return {articles[i]: q for i, q in quantities.items() if q > 0}
