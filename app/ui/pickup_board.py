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
ORDER_COLUMN, CUSTOMER_COLUMN, ITEMS_COLUMN, WAITING_COLUMN, STATUS_COLUMN = range(COLUMN_COUNT)
ITEM_LINES = 3  # a row shows at most this many items' lines (the last: "+ 4 more")
CUSTOMER_CHARACTERS = 11  # "Anna-Karin" fits; a longer first name is elided
LONGEST_WAIT = timedelta(hours=167, minutes=59)  # the board looks back a week (LOOK_BACK)


def waiting_text(order: BoardOrder, now: datetime) -> str:
    """How long the order has waited; in the board's context, as it is no method of it."""
    since = order.created_at or order.arrived_at
    return wait_text(now - since)


def wait_text(waited: timedelta) -> str:
    minutes = max(0, int(waited.total_seconds() // 60))
    if minutes < 120:
        return QtCore.QCoreApplication.translate("PickupBoardWindow", "{minutes} min").format(
            minutes=format_quantity(minutes)
        )
    return QtCore.QCoreApplication.translate("PickupBoardWindow", "{hours} h {minutes} min").format(
        hours=format_quantity(minutes // 60), minutes=format_quantity(minutes % 60)
    )


def items_text(order: BoardOrder) -> str:
    """One item a line, at most ITEM_LINES lines: the last says how many more there are."""
    translate = QtCore.QCoreApplication.translate
    item_line = translate("PickupBoardWindow", "{quantity} × {name}")
    lines = [
        item_line.format(
            quantity=format_quantity(item.quantity), name=item.name or item.article_number
        )
        for item in order.items
    ]
    if len(lines) > ITEM_LINES:
        more = translate("PickupBoardWindow", "+ {count} more")
        lines[ITEM_LINES - 1 :] = [more.format(count=format_quantity(len(lines) - ITEM_LINES + 1))]
    return "\n".join(lines)


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
        self.table.setWordWrap(False)  # an item a line, each elided at the column's edge
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Fixed)
        columns.setSectionResizeMode(
            ORDER_COLUMN, QtWidgets.QHeaderView.ResizeMode.ResizeToContents
        )
        columns.setSectionResizeMode(ITEMS_COLUMN, QtWidgets.QHeaderView.ResizeMode.Stretch)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
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
        self._size_columns()
        if self._shown is not None:
            self._render(self._shown)

    def _size_columns(self) -> None:
        """Widths that hold whatever the board will show, set once per language.

        Waiting, status and customer take the width of their longest text (a week's wait,
        the longest status, an eleven-letter first name) and never change; the order number
        fits its contents; the items take the rest, an item a line. So a
        refresh never moves a column, however long the board runs and however long an
        order's list of items (it used to grow the items column until Waiting and Status
        were off the screen).
        """
        bold = QtGui.QFont(self.table.font())
        bold.setBold(True)  # new orders are drawn bold
        cells = QtGui.QFontMetrics(bold)
        titles = self.table.horizontalHeader().fontMetrics()
        margin = (
            cells.averageCharWidth()
            + self.table.style().pixelMetric(
                QtWidgets.QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table
            )
            * 2
        )

        def width(column: int, *texts: str) -> int:
            title = self.table.horizontalHeaderItem(column)
            title_width = titles.horizontalAdvance(title.text()) if title is not None else 0
            widest = max((cells.horizontalAdvance(text) for text in texts), default=0)
            return max(widest, title_width) + margin

        statuses = (self.tr("NEW — pick now"), self.tr("To pick"), self.tr("Picked — ready"))
        customer = cells.averageCharWidth() * CUSTOMER_CHARACTERS
        self.table.setColumnWidth(CUSTOMER_COLUMN, max(customer + margin, width(CUSTOMER_COLUMN)))
        self.table.setColumnWidth(WAITING_COLUMN, width(WAITING_COLUMN, wait_text(LONGEST_WAIT)))
        self.table.setColumnWidth(STATUS_COLUMN, width(STATUS_COLUMN, *statuses))
        self.table.verticalHeader().setMaximumSectionSize(
            ITEM_LINES * cells.lineSpacing() + cells.height() // 2
        )

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
        shown = {order.order_id for order in state.orders}
        arrived = shown - self._known
        if arrived and not self._first_render and self.sound:
            QtWidgets.QApplication.beep()
        self._known = shown  # only what is on the board: days of orders are not kept
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
        self.empty.setVisible(not state.orders)
