"""Goods on the way in to the store's warehouse (Ctrl+F3): filter by status and date.

It opens over most of the till's window; the purchase order's or article's number, the
supplier's or article's name (the local catalogue's where Ongoing gives none), the date,
the status and the quantities each have a column, the names taking the room left.

Texts follow the till's language while the dialog is open: the fixed words are set in
`retranslate`, and the list and its status line are drawn again from the last answer.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date

from app.domain.errors import TillsideError
from app.domain.purchase_order_status import RECEIVED
from app.qt import Qt, QtCore, QtGui, QtWidgets
from app.services.incoming import IncomingOrder
from app.services.tasks import TaskRegistry
from app.ui.dialog_size import fitted_columns, useful_size
from app.ui.i18n import Rendered, format_date, format_quantity, shown
from app.ui.received_today import ReceivedLoader, ReceivedTodayPanel

# (status from, status to) over Ongoing's purchase order statuses, in the filter's order:
# not yet received, received, all (their labels are in `IncomingDialog.retranslate`)
STATUS_FILTERS: tuple[tuple[int | None, int | None], ...] = (
    (None, RECEIVED - 1),
    (RECEIVED, RECEIVED),
    (None, None),
)
Loader = Callable[
    [int | None, int | None, date | None, date | None], Awaitable[list[IncomingOrder]]
]
NUMBER, NAME, EXPECTED, STATUS, ADVISED, RECEIVED_COLUMN = range(6)
QUANTITIES = (ADVISED, RECEIVED_COLUMN)


def as_date(value: QtCore.QDate) -> date:
    return date(value.year(), value.month(), value.day())


class IncomingDialog(QtWidgets.QDialog):
    def __init__(
        self,
        load: Loader,
        warehouse_name: str,
        parent: QtWidgets.QWidget | None = None,
        received: ReceivedLoader | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incomingDialog")
        self._warehouse_name = warehouse_name
        self._load = load
        self._tasks = TaskRegistry()
        self.finished.connect(lambda _: self._tasks.cancel("refresh"))
        self._orders: list[IncomingOrder] = []
        self._message: Rendered = lambda: ""
        layout = QtWidgets.QVBoxLayout(self)
        filters = QtWidgets.QHBoxLayout()
        self.status = QtWidgets.QComboBox(self)
        self.status.setObjectName("incomingStatus")
        for _ in STATUS_FILTERS:
            self.status.addItem("")
        self.expected_from = QtWidgets.QDateEdit(QtCore.QDate.currentDate().addDays(-30), self)
        self.expected_from.setObjectName("incomingFrom")
        self.expected_from.setCalendarPopup(True)
        self.expected_to = QtWidgets.QDateEdit(QtCore.QDate.currentDate().addDays(60), self)
        self.expected_to.setObjectName("incomingTo")
        self.expected_to.setCalendarPopup(True)
        self._captions: list[QtWidgets.QLabel] = []
        for widget in (self.status, self.expected_from, self.expected_to):
            caption = QtWidgets.QLabel(self)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
            self._captions.append(caption)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.message = QtWidgets.QLabel(self)
        layout.addWidget(self.message)
        self.tree = QtWidgets.QTreeWidget(self)
        self.tree.setObjectName("incomingTree")
        self.tree.setColumnCount(6)
        fitted_columns(self.tree, NAME)
        layout.addWidget(self.tree, 3)
        # what arrived today, under the purchase orders (app/ui/received_today.py)
        self.received: ReceivedTodayPanel | None = None
        if received is not None:
            panel = self.received = ReceivedTodayPanel(received, self)
            layout.addWidget(panel, 1)
            self.finished.connect(lambda _: panel.stop())
            panel.refresh()
        close = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.retranslate()
        self.resize(useful_size(self, parent))
        self.status.currentIndexChanged.connect(self.refresh)
        self.expected_from.dateChanged.connect(self.refresh)
        self.expected_to.dateChanged.connect(self.refresh)
        self.refresh()

    def retranslate(self) -> None:
        """Set every text in the till's language; again on each language switch."""
        name = self._warehouse_name
        self.setWindowTitle(self.tr("Goods on the way in — {warehouse}").format(warehouse=name))
        self.setAccessibleName(self.tr("Goods on the way in to {warehouse}").format(warehouse=name))
        self.status.setAccessibleName(self.tr("Status filter"))
        for index, label in enumerate(
            (self.tr("Not yet received"), self.tr("Received"), self.tr("All"))
        ):
            self.status.setItemText(index, label)
        for edit, accessible in (
            (self.expected_from, self.tr("Expected from")),
            (self.expected_to, self.tr("Expected until")),
        ):
            edit.setAccessibleName(accessible)
            edit.setLocale(QtCore.QLocale())  # the till's locale, set by the language switch
            edit.setDisplayFormat(
                QtCore.QLocale().dateFormat(QtCore.QLocale.FormatType.ShortFormat)
            )
        for caption, text in zip(
            self._captions,
            (self.tr("&Status:"), self.tr("Expected &from:"), self.tr("&until:")),
            strict=True,
        ):
            caption.setText(text)
        self.message.setAccessibleName(self.tr("List status"))
        self.tree.setAccessibleName(self.tr("Purchase orders and their lines"))
        self.tree.setHeaderLabels(
            [
                self.tr("Purchase order / article"),
                self.tr("Supplier / name"),
                self.tr("Expected"),
                self.tr("Status"),
                self.tr("Advised"),
                self.tr("Received"),
            ]
        )
        titles = self.tree.headerItem()
        for column in QUANTITIES:
            titles.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        self.message.setText(self._message())
        self._render_orders()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_message(self, render: Rendered) -> None:
        self._message = render
        self.message.setText(render())

    def refresh(self) -> None:
        self._tasks.start("refresh", self._refresh())  # a new question cancels the old

    async def _refresh(self) -> None:
        low, high = STATUS_FILTERS[self.status.currentIndex()]
        self._show_message(lambda: self.tr("Asking Ongoing…"))
        try:
            orders = await self._load(
                low, high, as_date(self.expected_from.date()), as_date(self.expected_to.date())
            )
        except TillsideError as error:
            text = error.text
            self._show_message(lambda: "⚠ " + shown(text))
            return
        self._orders = orders
        self._render_orders()
        count = len(orders)
        self._show_message(
            lambda: self.tr("{count} purchase orders.").format(count=format_quantity(count))
        )

    def _render_orders(self) -> None:
        """The purchase orders, dates and quantities written the till's way."""
        self.tree.clear()
        bold = QtGui.QFont(self.font())
        bold.setBold(True)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for order in self._orders:
            expected = format_date(order.expected.astimezone()) if order.expected else ""
            status = ("✔ " if order.received else "") + order.status_text  # Ongoing's words
            top = QtWidgets.QTreeWidgetItem(
                [order.number, order.supplier, expected, status, "", ""]
            )
            if order.received:
                for column in range(self.tree.columnCount()):
                    top.setFont(column, bold)
                    top.setBackground(column, QtGui.QColor("#e3f4e1"))
            for line in order.lines:
                child = QtWidgets.QTreeWidgetItem(
                    [
                        line.article_number,
                        line.name,
                        "",
                        "",
                        format_quantity(line.advised),
                        format_quantity(line.received),
                    ]
                )
                for column in QUANTITIES:
                    child.setTextAlignment(column, right)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
