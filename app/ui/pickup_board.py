"""The warehouse's pickup board: big, readable from three metres, no input needed.

One row per pickup order still to hand over, oldest first: order number, the customer's
first name, the items, how long ago it came in, and whether it is picked. A new order is
marked NEW (and beeps when sound is on) for a while; a banner says since when the
connection is lost while the last known orders stay up.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from app.qt import Qt, QtCore, QtGui, QtWidgets
from app.services.pickup_board import BoardOrder, BoardState, PickupBoard

NEW_FOR = timedelta(minutes=2)
COLUMNS = ("Order", "Customer", "Items", "Waiting", "Status")


def waiting_text(order: BoardOrder, now: datetime) -> str:
    since = order.created_at or order.arrived_at
    minutes = max(0, int((now - since).total_seconds() // 60))
    return f"{minutes} min" if minutes < 120 else f"{minutes // 60} h {minutes % 60} min"


def items_text(order: BoardOrder) -> str:
    return ", ".join(
        f"{item.quantity.normalize():f} × {item.name or item.article_number}"
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
        self._known: set[int] = set()
        self._first_render = True
        self.setObjectName("pickupBoard")
        self.setWindowTitle(f"Pickup orders — {warehouse_name}")
        self.setAccessibleName(f"Pickup orders for {warehouse_name}")
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)  # readable from three metres
        self.setFont(font)
        layout = QtWidgets.QVBoxLayout(self)
        self.title = QtWidgets.QLabel(f"Pickup orders — {warehouse_name}", self)
        title_font = QtGui.QFont(font)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setAccessibleName("Board title")
        self.banner = QtWidgets.QLabel(self)
        self.banner.setObjectName("boardBanner")
        self.banner.setAccessibleName("Connection status")
        self.banner.setStyleSheet("background: #fff3cd; color: #3d2f00; border: 3px solid #b58100;")
        self.banner.hide()
        self.table = QtWidgets.QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("boardTable")
        self.table.setAccessibleName("Pickup orders, oldest first")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.horizontalHeader().setSectionResizeMode(
            2, QtWidgets.QHeaderView.ResizeMode.Stretch
        )
        self.empty = QtWidgets.QLabel("No pickup orders waiting.", self)
        self.empty.setAccessibleName("No pickup orders waiting")
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self._ticker = QtCore.QTimer(self)  # "waiting" minutes and NEW marks age by themselves
        self._ticker.timeout.connect(lambda: self.show_state(self.board.state))
        self._ticker.start(30_000)
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.ensure_future(self.board.run(self.show_state))

    async def stop(self) -> None:
        self._ticker.stop()
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    def show_state(self, state: BoardState) -> None:
        now = self._clock.now(UTC)
        arrived = {order.order_id for order in state.orders} - self._known
        if arrived and not self._first_render and self.sound:
            QtWidgets.QApplication.beep()
        self._known |= arrived
        self._first_render = False
        if state.offline_since is not None:
            since = state.offline_since.astimezone().strftime("%H:%M")
            self.banner.setText(f"⚠ Connection to Ongoing lost since {since}. Retrying.")
            self.banner.show()
        else:
            self.banner.hide()
        self.table.setRowCount(len(state.orders))
        for row, order in enumerate(state.orders):
            new = now - order.arrived_at < NEW_FOR and not order.picked
            status = "Picked — ready" if order.picked else ("NEW — pick now" if new else "To pick")
            cells = (
                order.order_number,
                order.first_name,
                items_text(order),
                waiting_text(order, now),
                status,
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
