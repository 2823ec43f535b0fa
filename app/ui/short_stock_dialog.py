"""Orders at the store's warehouse that lack stock (Ctrl+F7), refreshed by itself.

It opens over most of the till's window: each order (its number and Ongoing's status) over
the lines it cannot pick, with the article's number, its name (the local catalogue's where
Ongoing gives none), the quantity ordered and Ongoing's word for why.

Texts follow the till's language while the dialog is open: the fixed words are set in
`retranslate`, and the list and its status line are drawn again from the last answer.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from app.domain.errors import TillsideError
from app.qt import Qt, QtCore, QtWidgets
from app.services.short_stock import ShortOrder
from app.services.tasks import TaskRegistry
from app.ui.dialog_size import fitted_columns, useful_size
from app.ui.i18n import Rendered, format_quantity, locale, shown

REFRESH_MS = 60_000
NUMBER, NAME, QUANTITY, WHY = range(4)


class ShortStockDialog(QtWidgets.QDialog):
    def __init__(
        self,
        load: Callable[[], Awaitable[list[ShortOrder]]],
        warehouse_name: str,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortStockDialog")
        self._warehouse_name = warehouse_name
        self._load = load
        self._orders: list[ShortOrder] = []
        self._status: Rendered = lambda: self.tr("Asking Ongoing…")
        layout = QtWidgets.QVBoxLayout(self)
        self.status = QtWidgets.QLabel(self)
        self.list = QtWidgets.QTreeWidget(self)
        self.list.setObjectName("shortStockList")
        self.list.setColumnCount(4)
        fitted_columns(self.list, NAME)
        layout.addWidget(self.status)
        layout.addWidget(self.list)
        close = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self._tasks = TaskRegistry()
        self._timer = QtCore.QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(REFRESH_MS)
        self.finished.connect(lambda _: self._timer.stop())
        self.finished.connect(lambda _: self._tasks.cancel("refresh"))
        self.retranslate()
        self.resize(useful_size(self, parent))
        self.refresh()

    def retranslate(self) -> None:
        """Set every text in the till's language; again on each language switch."""
        name = self._warehouse_name
        self.setWindowTitle(self.tr("Orders lacking stock — {warehouse}").format(warehouse=name))
        self.setAccessibleName(
            self.tr("Orders lacking stock at {warehouse}").format(warehouse=name)
        )
        self.status.setAccessibleName(self.tr("List status"))
        self.list.setAccessibleName(self.tr("Orders lacking stock, with what is missing"))
        self.list.setHeaderLabels(
            [
                self.tr("Order / article"),
                self.tr("Article name"),
                self.tr("Ordered"),
                self.tr("Ongoing says"),
            ]
        )
        self.list.headerItem().setTextAlignment(QUANTITY, Qt.AlignmentFlag.AlignRight)
        self.status.setText(self._status())
        self._render_orders()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_status(self, render: Rendered) -> None:
        self._status = render
        self.status.setText(render())

    def refresh(self) -> None:
        if not self._tasks.running("refresh"):
            self._tasks.start("refresh", self._refresh())

    async def _refresh(self) -> None:
        try:
            orders = await self._load()
        except TillsideError as error:
            text = error.text
            self._show_status(
                lambda: self.tr("⚠ {problem} The list below may be old.").format(
                    problem=shown(text)
                )
            )
            return
        self._orders = orders
        self._render_orders()
        as_of = QtCore.QTime.currentTime()
        self._show_status(lambda: self._count_text(len(orders), as_of))

    def _count_text(self, count: int, as_of: QtCore.QTime) -> str:
        now = locale().toString(as_of, QtCore.QLocale.FormatType.ShortFormat)
        if not count:
            return self.tr("No orders lack stock (as of {time}).").format(time=now)
        if count == 1:
            return self.tr("1 order lacking stock (as of {time}; refreshes every minute).").format(
                time=now
            )
        return self.tr(
            "{count} orders lacking stock (as of {time}; refreshes every minute)."
        ).format(count=format_quantity(count), time=now)

    def _why(self, pickability: str) -> str:
        """Ongoing's word for why a line cannot be picked, in the till's words if known."""
        known = {
            "NotPickable": self.tr("Cannot be picked"),
            "PartlyPickable": self.tr("Partly pickable"),
        }
        return known.get(pickability, pickability)

    def _render_orders(self) -> None:
        """Each order over what it lacks, quantities written the till's way."""
        self.list.clear()
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for order in self._orders:
            top = QtWidgets.QTreeWidgetItem([order.order_number, "", "", order.status_text])
            for line in order.missing:
                child = QtWidgets.QTreeWidgetItem(
                    [
                        line.article_number,
                        line.article_name,
                        format_quantity(line.ordered),
                        self._why(line.pickability),
                    ]
                )
                child.setTextAlignment(QUANTITY, right)
                top.addChild(child)
            self.list.addTopLevelItem(top)
        self.list.expandAll()
