"""The warehouse's pickup board: big, readable from three metres, no input needed.

One row per pickup order still to hand over, oldest first: order number, the customer's
first name, the items, how long ago it came in, and whether it is picked. A new order is
marked NEW (and beeps when sound is on) for a while; a banner says since when the
connection is lost while the last known orders stay up.

The board speaks the till's language and follows a switch at once: the last state shown is
drawn again, so statuses, "waiting" times and the banner change language without a poll.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.qt import Qt, QtCore, QtGui, QtWidgets
from app.services.pickup_board import BoardOrder, BoardState, PickupBoard
from app.services.tasks import TaskRegistry
from app.ui.i18n import format_quantity, locale

NEW_FOR = timedelta(minutes=2)
COLUMN_COUNT = 5  # order, customer, items, waiting, status (titles in `retranslate`)


def waiting_text(order: BoardOrder, now: datetime) -> str:
    """How long the order has waited; in the board's context, as it is no method of it."""
    since = order.created_at or order.arrived_at
    minutes = max(0, int((now - since).total_seconds() // 60))
    if minutes < 120:
        return QtCore.QCoreApplication.translate("PickupBoardWindow", "{minutes} min").format(
            minutes=format_quantity(minutes)
        )
    return QtCore.QCoreApplication.translate("PickupBoardWindow", "{hours} h {minutes} min").format(
        hours=format_quantity(minutes // 60), minutes=format_quantity(minutes % 60)
    )


def items_text(order: BoardOrder) -> str:
    return ", ".join(
        f"{format_quantity(item.quantity)} × {item.name or item.article_number}"
        for item in order.items
    )


class PickupBoardWindow(QtWidgets.QWidget):
    def __init__(
        self,
        board: PickupBoard,
        warehouse_name: str,
        *,
        sound: bool = False,
        clock: type[datetime] = datetime,
    ) -> None:
        super().__init__()
        self.board = board
        self.sound = sound
        self._clock = clock
        self._warehouse_name = warehouse_name
        self._known: set[int] = set()
        self._first_render = True
        self._shown: BoardState | None = None  # the last state drawn, drawn again on a switch
        self.setObjectName("pickupBoard")
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)  # readable from three metres
        self.setFont(font)
        layout = QtWidgets.QVBoxLayout(self)
        self.title = QtWidgets.QLabel(self)
        title_font = QtGui.QFont(font)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.banner = QtWidgets.QLabel(self)
        self.banner.setObjectName("boardBanner")
        self.banner.setStyleSheet("background: #fff3cd; color: #3d2f00; border: 3px solid #b58100;")
        self.banner.hide()
        self.table = QtWidgets.QTableWidget(0, COLUMN_COUNT, self)
        self.table.setObjectName("boardTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.horizontalHeader().setSectionResizeMode(
            2, QtWidgets.QHeaderView.ResizeMode.Stretch
        )
        self.empty = QtWidgets.QLabel(self)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.retranslate()
        self._ticker = QtCore.QTimer(self)  # "waiting" minutes and NEW marks age by themselves
        self._ticker.timeout.connect(lambda: self.show_state(self.board.state))
        self._ticker.start(30_000)
        self._tasks = TaskRegistry()

    def retranslate(self) -> None:
        """Set every text in the till's language; again on each language switch."""
        name = self._warehouse_name
        self.setWindowTitle(self.tr("Pickup orders — {warehouse}").format(warehouse=name))
        self.setAccessibleName(self.tr("Pickup orders for {warehouse}").format(warehouse=name))
        self.title.setText(self.tr("Pickup orders — {warehouse}").format(warehouse=name))
        self.title.setAccessibleName(self.tr("Board title"))
        self.banner.setAccessibleName(self.tr("Connection status"))
        self.table.setAccessibleName(self.tr("Pickup orders, oldest first"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Order"),
                self.tr("Customer"),
                self.tr("Items"),
                self.tr("Waiting"),
                self.tr("Status"),
            ]
        )
        self.empty.setText(self.tr("No pickup orders waiting."))
        self.empty.setAccessibleName(self.tr("No pickup orders waiting"))
        if self._shown is not None:
            self._render(self._shown)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def start(self) -> None:
        self._tasks.start("board", self.board.run(self.show_state))

    async def stop(self) -> None:
        self._ticker.stop()
        await self._tasks.close()

    def show_state(self, state: BoardState) -> None:
        arrived = {order.order_id for order in state.orders} - self._known
        if arrived and not self._first_render and self.sound:
            QtWidgets.QApplication.beep()
        self._known |= arrived
        self._first_render = False
        self._render(state)

    def _status_text(self, order: BoardOrder, new: bool) -> str:
        if order.picked:
            return self.tr("Picked — ready")
        return self.tr("NEW — pick now") if new else self.tr("To pick")

    def _render(self, state: BoardState) -> None:
        """Draw `state` in the till's language; no beeps, so a language switch can redraw."""
        self._shown = state
        now = self._clock.now(UTC)
        if state.offline_since is not None:
            lost = state.offline_since.astimezone()
            since = locale().toString(
                QtCore.QTime(lost.hour, lost.minute), QtCore.QLocale.FormatType.ShortFormat
            )
            self.banner.setText(
                self.tr("⚠ Connection to Ongoing lost since {time}. Retrying.").format(time=since)
            )
            self.banner.show()
        else:
            self.banner.hide()
        self.table.setRowCount(len(state.orders))
        for row, order in enumerate(state.orders):
            new = now - order.arrived_at < NEW_FOR and not order.picked
            cells = (
                order.order_number,
                order.first_name,
                items_text(order),
                waiting_text(order, now),
                self._status_text(order, new),
            )
            for column, text in enumerate(cells):
                item = QtWidgets.QTableWidgetItem(text)
                if new:
                    bold = item.font()
                    bold.setBold(True)
                    item.setFont(bold)
                    item.setBackground(QtGui.QColor("#ffe08a"))
                elif order.picked:
                    item.setBackground(QtGui.QColor("#e3f4e1"))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not state.orders)
