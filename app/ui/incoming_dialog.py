"""Goods on the way in to the store's warehouse (Ctrl+F3): filter by status and date."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import date

from app.ongoing.errors import OngoingError
from app.qt import QtCore, QtGui, QtWidgets
from app.services.incoming import RECEIVED, IncomingOrder

# (label, status from, status to) over Ongoing's purchase order statuses
STATUS_FILTERS = (
    ("Not yet received", None, RECEIVED - 1),
    ("Received", RECEIVED, RECEIVED),
    ("All", None, None),
)
Loader = Callable[
    [int | None, int | None, date | None, date | None], Awaitable[list[IncomingOrder]]
]


def as_date(value: QtCore.QDate) -> date:
    return date(value.year(), value.month(), value.day())


class IncomingDialog(QtWidgets.QDialog):
    def __init__(
        self, load: Loader, warehouse_name: str, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incomingDialog")
        self.setWindowTitle(f"Goods on the way in — {warehouse_name}")
        self.setAccessibleName(f"Goods on the way in to {warehouse_name}")
        self._load = load
        self._task: asyncio.Task[None] | None = None
        layout = QtWidgets.QVBoxLayout(self)
        filters = QtWidgets.QHBoxLayout()
        self.status = QtWidgets.QComboBox(self)
        self.status.setObjectName("incomingStatus")
        self.status.setAccessibleName("Status filter")
        for label, _, _ in STATUS_FILTERS:
            self.status.addItem(label)
        self.expected_from = QtWidgets.QDateEdit(QtCore.QDate.currentDate().addDays(-30), self)
        self.expected_from.setObjectName("incomingFrom")
        self.expected_from.setAccessibleName("Expected from")
        self.expected_from.setCalendarPopup(True)
        self.expected_to = QtWidgets.QDateEdit(QtCore.QDate.currentDate().addDays(60), self)
        self.expected_to.setObjectName("incomingTo")
        self.expected_to.setAccessibleName("Expected until")
        self.expected_to.setCalendarPopup(True)
        for label_text, widget in (
            ("&Status:", self.status),
            ("Expected &from:", self.expected_from),
            ("&until:", self.expected_to),
        ):
            caption = QtWidgets.QLabel(label_text, self)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        layout.addLayout(filters)
        self.message = QtWidgets.QLabel(self)
        self.message.setAccessibleName("List status")
        layout.addWidget(self.message)
        self.tree = QtWidgets.QTreeWidget(self)
        self.tree.setObjectName("incomingTree")
        self.tree.setAccessibleName("Purchase orders and their lines")
        self.tree.setHeaderLabels(
            ["Purchase order / article", "Expected", "Status", "Advised", "Received"]
        )
        layout.addWidget(self.tree)
        close = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.status.currentIndexChanged.connect(self.refresh)
        self.expected_from.dateChanged.connect(self.refresh)
        self.expected_to.dateChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = asyncio.ensure_future(self._refresh())

    async def _refresh(self) -> None:
        _, low, high = STATUS_FILTERS[self.status.currentIndex()]
        self.message.setText("Asking Ongoing…")
        try:
            orders = await self._load(
                low, high, as_date(self.expected_from.date()), as_date(self.expected_to.date())
            )
        except OngoingError as error:
            self.message.setText(f"⚠ {error}")
            return
        self.tree.clear()
        bold = QtGui.QFont(self.font())
        bold.setBold(True)
        for order in orders:
            expected = order.expected.astimezone().strftime("%Y-%m-%d") if order.expected else ""
            status = ("✔ " if order.received else "") + order.status_text
            top = QtWidgets.QTreeWidgetItem(
                [f"{order.number}  {order.supplier}", expected, status, "", ""]
            )
            if order.received:
                for column in range(5):
                    top.setFont(column, bold)
                    top.setBackground(column, QtGui.QColor("#e3f4e1"))
            for line in order.lines:
                top.addChild(
                    QtWidgets.QTreeWidgetItem(
                        [
                            f"{line.article_number}  {line.name}",
                            "",
                            "",
                            f"{line.advised.normalize():f}",
                            f"{line.received.normalize():f}",
                        ]
                    )
                )
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        self.message.setText(f"{len(orders)} purchase orders.")
