"""The pickup board read from three metres: text sized from the screen's height, an item a
line in a row tall enough for it, a usable window with --windowed, the time of the last
answer, and orders below the screen's edge counted (the new ones too)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta, tzinfo
from decimal import Decimal
from typing import cast

from app.ongoing.client import OngoingClient
from app.qt import QtGui
from app.services.pickup_board import BoardItem, BoardOrder, BoardState, PickupBoard
from app.ui.i18n import LANGUAGE
from app.ui.pickup_board import (
    ITEMS_COLUMN,
    LINES_PER_SCREEN,
    ORDER_COLUMN,
    STATUS_COLUMN,
    WINDOWED_SHARE,
    PickupBoardWindow,
)

NOW = datetime(2026, 12, 4, 14, 30, tzinfo=UTC)
NAMES = ("Kaffe mellanrost 450 g", "Te Earl Grey 100 g", "Pläd ull 130x170 grå", "Vantar ull S")


class FixedClock(datetime):
    """The board's clock at NOW, so how long each order waited is known."""

    @classmethod
    def now(cls, tz: tzinfo | None = None) -> FixedClock:
        moment = NOW.astimezone(tz)
        return cls.combine(moment.date(), moment.timetz())


def order(number: int, items: int, *, waited_min: int, new: bool = False) -> BoardOrder:
    created = NOW - timedelta(minutes=waited_min)
    return BoardOrder(
        order_id=number,
        order_number=f"KG2-7QX32SEAK{number:03d}",
        first_name="Anna-Karin",
        items=tuple(
            BoardItem(f"TS-{i:06d}", NAMES[i % len(NAMES)], Decimal(1 + i)) for i in range(items)
        ),
        status_number=200,
        status_text="Open",
        created_at=created,
        arrived_at=NOW - timedelta(seconds=30) if new else created,
    )


@contextmanager
def board_window(qtbot, width: int, height: int) -> Iterator[PickupBoardWindow]:
    """A board window on a board that is never started: the states are given by hand."""
    board = PickupBoard(cast(OngoingClient, None), "STO1", "PICKUP")  # never asked
    window = PickupBoardWindow(board, "Stockholm City", clock=FixedClock)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    yield window


def cell(window: PickupBoardWindow, row: int, column: int) -> str:
    item = window.table.item(row, column)
    assert item is not None
    return item.text()


def shown_whole(window: PickupBoardWindow, row: int) -> bool:
    room = window.table.viewport().height()
    top = window.table.rowViewportPosition(row)
    return not window.table.isRowHidden(row) and top + window.table.rowHeight(row) <= room


def test_every_item_of_an_order_is_a_whole_line_at_1200_px(qtbot) -> None:
    """Orders of one, two and three items: each row is tall enough for all its lines, and
    at 1200 px every article name fits its line (the second item was once cut off)."""
    with board_window(qtbot, 1200, 800) as window:
        window.show_state(BoardState([order(n, n, waited_min=40 - n) for n in (1, 2, 3)], None))
        metrics = QtGui.QFontMetrics(window.table.font())
        bold = QtGui.QFont(window.table.font())
        bold.setBold(True)
        for row, lines in enumerate((1, 2, 3)):
            text = cell(window, row, ITEMS_COLUMN)
            assert text.count("\n") + 1 == lines
            assert window.table.rowHeight(row) >= max(2, lines) * metrics.lineSpacing()
            assert shown_whole(window, row)
            room = window.table.columnWidth(ITEMS_COLUMN) - 2 * metrics.averageCharWidth()
            for line in text.split("\n"):
                assert QtGui.QFontMetrics(bold).horizontalAdvance(line) <= room, line
        number, name = cell(window, 0, ORDER_COLUMN).split("\n")
        assert QtGui.QFontMetrics(bold).horizontalAdvance(number) < window.table.columnWidth(
            ORDER_COLUMN
        )
        assert name == "Anna-Karin"


def text_px(window: PickupBoardWindow) -> int:
    return window.table.font().pixelSize()


def test_text_is_sized_from_the_screens_height(qtbot) -> None:
    with board_window(qtbot, 1280, 800) as window:
        window.show_state(BoardState([order(1, 2, waited_min=5)], None))
        small = text_px(window), window.table.rowHeight(0), window.title.font().pixelSize()
        assert small[0] == round(800 / LINES_PER_SCREEN)
        window.resize(1920, 1080)
        qtbot.waitUntil(lambda: text_px(window) == round(1080 / LINES_PER_SCREEN))
        large = text_px(window), window.table.rowHeight(0), window.title.font().pixelSize()
        assert all(big > little for big, little in zip(large, small, strict=True))
        assert large[1] > 1.2 * small[1]  # the row grows with its text


def test_windowed_opens_at_three_quarters_of_the_screen(qtbot) -> None:
    with board_window(qtbot, 400, 300) as window:
        window.hide()
        window.show_on(windowed=True)
        screen = window.screen().availableGeometry()
        assert window.width() == round(screen.width() * WINDOWED_SHARE)
        assert window.height() == round(screen.height() * WINDOWED_SHARE)
        assert screen.contains(window.geometry())
        window.hide()
        window.show_on(windowed=False)
        assert window.geometry() == window.screen().geometry()


def test_the_time_of_the_last_answer_stays_up_while_the_connection_is_lost(
    qtbot,
) -> None:
    answered = NOW - timedelta(minutes=3)
    with board_window(qtbot, 1280, 800) as window:
        window.show_state(BoardState([order(1, 1, waited_min=9)], None, updated_at=answered))
        local = answered.astimezone()
        assert window.updated.isVisible()
        assert window.updated.text() == f"Updated {local:%H:%M}"
        lost = BoardState([order(1, 1, waited_min=9)], NOW, updated_at=answered)
        window.show_state(lost)
        assert window.banner.isVisible()
        assert window.updated.text() == f"Updated {local:%H:%M}"  # still the last answer
        LANGUAGE.switch("sv")
        try:
            qtbot.waitUntil(lambda: window.updated.text() == f"Uppdaterad {local:%H:%M}")
        finally:
            LANGUAGE.switch("en")


def test_orders_below_the_screens_edge_are_counted_and_so_are_the_new_ones(
    qtbot,
) -> None:
    orders = [order(n, 1 + n % 3, waited_min=60 - n, new=n >= 10) for n in range(12)]
    with board_window(qtbot, 1280, 800) as window:
        window.show_state(BoardState(orders, None))
        shown = [row for row in range(12) if shown_whole(window, row)]
        hidden = [row for row in range(12) if window.table.isRowHidden(row)]
        assert shown == list(range(len(shown))) and shown  # the oldest, each one whole
        assert hidden == list(range(len(shown), 12)) and 10 in hidden  # none half cut off
        assert window.more.isVisible()
        assert window.more.text() == f"+ {len(hidden)} more orders below the screen, 2 of them NEW"
        assert cell(window, 11, STATUS_COLUMN).startswith("NEW — pick now")
        window.show_state(BoardState(orders, None))  # the next poll: the same rows hidden
        assert [row for row in range(12) if window.table.isRowHidden(row)] == hidden
        window.show_state(BoardState(orders[:2], None))
        assert not window.more.isVisible()
        assert not window.table.isRowHidden(1)
