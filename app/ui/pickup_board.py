"""The warehouse's pickup board: big, readable from three metres, no input needed.

One row per pickup order still to hand over, oldest first: order number, the customer's
first name, the items, how long ago it came in, and whether it is picked. A new order is
marked NEW (and beeps when sound is on) for a while; a banner says since when the
connection is lost while the last known orders stay up.

Read from three metres: the text is sized from the window's height (a wall screen of 1080
lines gets letters about 36 pixels high), an item a line in a row as tall as its items, and
the time of Ongoing's last answer in the corner, so a stuck board is seen as stuck. Orders
that do not fit say so at the bottom, with how many of them are new.

The board speaks the till's language and follows a switch at once: the last state shown is
drawn again, so statuses, "waiting" times and the banner change language without a poll.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from app.qt import Qt, QtCore, QtGui, QtWidgets
from app.services.pickup_board import BoardOrder, BoardState, PickupBoard
from app.services.tasks import TaskRegistry
from app.ui.i18n import format_quantity, locale

log = logging.getLogger(__name__)

NEW_FOR = timedelta(minutes=2)
# The order's number over the customer's first name; its items, one a line; its status over
# how long it has waited (titles in `retranslate`). Three columns leave the items the room
# to be read: at 1280 pixels, five columns left them a dozen letters.
COLUMN_COUNT = 3
ORDER_COLUMN, ITEMS_COLUMN, STATUS_COLUMN = range(COLUMN_COUNT)
ITEM_LINES = 3  # a row shows at most this many items' lines (the last: "+ 4 more")
LINES_PER_SCREEN = 30  # the cells' text is 1/30 of the window's height: 36 px at 1080
SMALLEST_TEXT_PX = 14
WINDOWED_SHARE = 0.75  # --windowed: three quarters of the screen, enough to read and move
NEW_COLOUR, PICKED_COLOUR = "#ffe08a", "#e3f4e1"
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
        self._text_px = 0  # the cells' text height, set from the window's height
        self.setObjectName("pickupBoard")
        layout = QtWidgets.QVBoxLayout(self)
        top = QtWidgets.QHBoxLayout()
        self.title = QtWidgets.QLabel(self)
        self.updated = QtWidgets.QLabel(self)
        self.updated.setObjectName("boardUpdated")
        self.updated.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.title, 1)
        top.addWidget(self.updated)
        self.banner = QtWidgets.QLabel(self)
        self.banner.setObjectName("boardBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3cd; color: #3d2f00; border: 3px solid #b58100;")
        self.banner.hide()
        self.table = QtWidgets.QTableWidget(0, COLUMN_COUNT, self)
        self.table.setObjectName("boardTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(False)  # an item a line, each elided at the column's edge
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Fixed)
        columns.setSectionResizeMode(ITEMS_COLUMN, QtWidgets.QHeaderView.ResizeMode.Stretch)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.verticalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Fixed)
        self.more = QtWidgets.QLabel(self)  # orders below the screen's edge, if any
        self.more.setObjectName("boardMore")
        self.more.hide()
        self.empty = QtWidgets.QLabel(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.more)
        layout.addWidget(self.empty)
        self._scale_text(self.height())
        self.retranslate()
        self._ticker = QtCore.QTimer(self)  # "waiting" minutes and NEW marks age by themselves
        self._ticker.timeout.connect(lambda: self.show_state(self.board.state))
        self._ticker.start(30_000)
        self._tasks = TaskRegistry()

    def show_on(self, *, windowed: bool) -> None:
        """Full screen (the screen's size also where no window manager makes it so: a bare
        X session on a wall screen), or --windowed at three quarters of the screen."""
        screen = self.screen().availableGeometry() if windowed else self.screen().geometry()
        if not windowed:
            self.setGeometry(screen)
            self.showFullScreen()
            return
        size = QtCore.QSize(
            round(screen.width() * WINDOWED_SHARE), round(screen.height() * WINDOWED_SHARE)
        )
        self.resize(size)
        self.move(screen.center() - QtCore.QPoint(size.width() // 2, size.height() // 2))
        self.show()

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._scale_text(event.size().height()) and self._shown is not None:
            self._render(self._shown)  # as many rows fit as before? say so below them

    def _scale_text(self, height: int) -> bool:
        """Letters sized from the window's height, so they read as far on any screen;
        False when they already were."""
        text_px = max(SMALLEST_TEXT_PX, round(height / LINES_PER_SCREEN))
        if text_px == self._text_px:
            return False
        self._text_px = text_px
        font = QtGui.QFont(self.font())
        font.setPixelSize(text_px)
        self.table.setFont(font)
        self.empty.setFont(font)
        self.banner.setFont(font)
        self.more.setFont(font)
        small = QtGui.QFont(font)
        small.setPixelSize(max(SMALLEST_TEXT_PX, round(text_px * 0.75)))
        self.table.horizontalHeader().setFont(small)
        self.updated.setFont(small)
        title = QtGui.QFont(font)
        title.setPixelSize(round(text_px * 1.25))
        title.setBold(True)
        self.title.setFont(title)
        padding = self._padding()
        self.table.setStyleSheet(  # untranslated: style
            f"QTableWidget::item {{ padding: 0 {padding}px; }}"
            f"QHeaderView::section {{ padding: 2px {padding}px; }}"
        )
        self._size_columns()
        if self._shown is not None:
            self._render(self._shown)
        return True

    def retranslate(self) -> None:
        """Set every text in the till's language; again on each language switch."""
        name = self._warehouse_name
        self.setWindowTitle(self.tr("Pickup orders — {warehouse}").format(warehouse=name))
        self.setAccessibleName(self.tr("Pickup orders for {warehouse}").format(warehouse=name))
        self.title.setText(self.tr("Pickup orders — {warehouse}").format(warehouse=name))
        self.title.setAccessibleName(self.tr("Board title"))
        self.updated.setAccessibleName(self.tr("Last answer from Ongoing"))
        self.banner.setAccessibleName(self.tr("Connection status"))
        self.more.setAccessibleName(self.tr("Orders not on the screen"))
        self.table.setAccessibleName(self.tr("Pickup orders, oldest first"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Order / customer"), self.tr("Items"), self.tr("Status / waiting")]
        )
        self.empty.setText(self.tr("No pickup orders waiting."))
        self.empty.setAccessibleName(self.tr("No pickup orders waiting"))
        self._size_columns()
        if self._shown is not None:
            self._render(self._shown)

    def _size_columns(self, order_numbers: tuple[str, ...] = ()) -> None:
        """Widths that hold whatever the board will show, set once per language and size.

        The status column takes the width of its longest text (the longest status, a week's
        wait) and never changes; the order column that of an order number (only ever wider,
        for a longer one) or an eleven-letter first name; the items take the rest, an item
        a line. So a refresh never moves a column, however long the board runs and however
        long an order's list of items (it once grew the items column until the status was
        off the screen).
        """
        bold = QtGui.QFont(self.table.font())
        bold.setBold(True)  # new orders are drawn bold
        cells = QtGui.QFontMetrics(bold)
        titles = QtGui.QFontMetrics(self.table.horizontalHeader().font())
        margin = cells.averageCharWidth() + 2 * self._padding()

        def width(column: int, *texts: str) -> int:
            title = self.table.horizontalHeaderItem(column)
            title_width = titles.horizontalAdvance(title.text()) if title is not None else 0
            widest = max((cells.horizontalAdvance(text) for text in texts), default=0)
            return max(widest, title_width) + margin

        statuses = (self.tr("NEW — pick now"), self.tr("To pick"), self.tr("Picked — ready"))
        customer = cells.averageCharWidth() * CUSTOMER_CHARACTERS + margin
        order = max(width(ORDER_COLUMN, *order_numbers), customer)
        if order_numbers:
            order = max(order, self.table.columnWidth(ORDER_COLUMN))  # never narrower
        self.table.setColumnWidth(ORDER_COLUMN, order)
        self.table.setColumnWidth(
            STATUS_COLUMN, width(STATUS_COLUMN, wait_text(LONGEST_WAIT), *statuses)
        )

    def _padding(self) -> int:
        return max(4, self._text_px // 3)

    def _row_height(self, lines: int) -> int:
        """As tall as its items' lines, with a third of a line above and below."""
        spacing = QtGui.QFontMetrics(self.table.font()).lineSpacing()
        return lines * spacing + (2 * spacing) // 3

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
        if self._first_render:
            log.info("event=board_shown orders=%d", len(state.orders))
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
        self._render_banner(state)
        top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        self.table.setRowCount(len(state.orders))
        self._size_columns(tuple(order.order_number for order in state.orders))
        news: list[bool] = []
        for row, order in enumerate(state.orders):
            new = now - order.arrived_at < NEW_FOR and not order.picked
            news.append(new)
            items = items_text(order)
            cells = (
                "\n".join((order.order_number, order.first_name)).strip(),
                items,
                "\n".join((self._status_text(order, new), waiting_text(order, now))),
            )
            for column, text in enumerate(cells):
                item = QtWidgets.QTableWidgetItem(text)
                item.setTextAlignment(top)
                if new:
                    bold = QtGui.QFont(self.table.font())
                    bold.setBold(True)
                    item.setFont(bold)
                    item.setBackground(QtGui.QColor(NEW_COLOUR))
                elif order.picked:
                    item.setBackground(QtGui.QColor(PICKED_COLOUR))
                self.table.setItem(row, column, item)
            self.table.setRowHeight(row, self._row_height(max(2, items.count("\n") + 1)))
        self.empty.setVisible(not state.orders)
        self._render_more(news)

    def _render_banner(self, state: BoardState) -> None:
        if state.updated_at is not None:
            updated = state.updated_at.astimezone()
            self.updated.setText(
                self.tr("Updated {time}").format(
                    time=locale().toString(
                        QtCore.QTime(updated.hour, updated.minute),
                        QtCore.QLocale.FormatType.ShortFormat,
                    )
                )
            )
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

    def _render_more(self, news: list[bool]) -> None:
        """Show the rows that fit whole; say how many orders are below the screen's edge
        and how many of them are new: the newest are last, and none may go unseen."""
        room = self.table.viewport().height()
        hidden: list[bool] = []
        top = 0
        for row, new in enumerate(news):
            self.table.setRowHidden(row, False)  # a hidden row's height reads as 0
            top += self.table.rowHeight(row)
            self.table.setRowHidden(row, bool(hidden) or top > room)
            if self.table.isRowHidden(row):
                hidden.append(new)
        if not hidden:
            self.more.hide()
            return
        count = format_quantity(len(hidden))
        if any(hidden):
            text = self.tr("+ {count} more orders below the screen, {new} of them NEW")
            self.more.setText(text.format(count=count, new=format_quantity(sum(hidden))))
            self.more.setStyleSheet(f"background: {NEW_COLOUR}; font-weight: bold;")
        else:
            self.more.setText(self.tr("+ {count} more orders below the screen").format(count=count))
            self.more.setStyleSheet("")
        self.more.show()
