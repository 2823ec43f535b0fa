"""Goods received today at the store's warehouse, under Ctrl+F3's purchase orders.

One row per purchase order line with goods put in today: the time, the purchase order, the
article's number and name, the quantity. Asked again when a webhook or the till's polling
says goods arrived (`refresh`), so it follows the warehouse while it is open.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from app.domain.errors import TillsideError
from app.qt import Qt, QtCore, QtWidgets
from app.services.received_goods import ReceivedLine
from app.services.tasks import TaskRegistry
from app.ui.dialog_size import fitted_columns
from app.ui.i18n import format_quantity, format_time, shown

ReceivedLoader = Callable[[], Awaitable[list[ReceivedLine]]]
TIME, ORDER, ARTICLE, NAME, QUANTITY = range(5)


class ReceivedTodayPanel(QtWidgets.QWidget):
    def __init__(self, load: ReceivedLoader, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receivedToday")
        self._load = load
        self._tasks = TaskRegistry()
        self._lines: list[ReceivedLine] = []
        self._problem = ""
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QtWidgets.QLabel(self)
        layout.addWidget(self.title)
        self.tree = QtWidgets.QTreeWidget(self)
        self.tree.setObjectName("receivedTodayTree")
        self.tree.setColumnCount(5)
        self.tree.setRootIsDecorated(False)
        fitted_columns(self.tree, NAME)
        self.title.setBuddy(self.tree)
        layout.addWidget(self.tree)
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Purchase order"),
                self.tr("Article"),
                self.tr("Name"),
                self.tr("Quantity"),
            ]
        )
        self.tree.headerItem().setTextAlignment(QUANTITY, Qt.AlignmentFlag.AlignRight)
        self.tree.setAccessibleName(self.tr("Goods received today"))
        self._render()

    def refresh(self) -> None:
        self._tasks.start("received", self._refresh())

    def stop(self) -> None:
        self._tasks.cancel("received")

    async def _refresh(self) -> None:
        try:
            self._lines = await self._load()
            self._problem = ""
        except TillsideError as error:
            self._problem = "⚠ " + shown(error.text)
        self._render()

    def lines(self) -> list[ReceivedLine]:
        return list(self._lines)

    def _render(self) -> None:
        count = format_quantity(len(self._lines))
        title = self.tr("Received &today (lines: {count})").format(count=count)
        shown_title = f"{title}  {self._problem}"  # untranslated: two translated texts
        self.title.setText(shown_title if self._problem else title)
        self.tree.clear()
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for line in self._lines:
            item = QtWidgets.QTreeWidgetItem(
                [
                    format_time(line.received_at.astimezone()),
                    line.purchase_order_number,
                    line.article_number,
                    line.name,
                    format_quantity(line.quantity),
                ]
            )
            item.setTextAlignment(QUANTITY, right)
            self.tree.addTopLevelItem(item)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
