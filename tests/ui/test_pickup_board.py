"""The pickup board window: orders from a till appear, new ones stand out, collected leave."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.domain.basket import BasketLine
from app.domain.customer import Customer
from app.domain.order_body import FulfilmentKind
from app.domain.order_status import COLLECTED, PICKED
from app.services.orders import OrderPlan
from app.services.pickup_board import PickupBoard
from app.ui.pickup_board import (
    COLUMN_COUNT,
    ITEMS_COLUMN,
    ORDER_COLUMN,
    STATUS_COLUMN,
    PickupBoardWindow,
)
from tests.helpers.orders import STORE, pickup, service
from tests.helpers.qt_loop import run_on_qt_loop
from tests.helpers.simulator import fast_client, stocked
from tests.helpers.waiting import until


def cell(window: PickupBoardWindow, row: int, column: int) -> str:
    item = window.table.item(row, column)
    return item.text() if item is not None else ""


def test_an_order_placed_at_a_till_shows_within_one_poll_and_leaves_when_collected(
    qtbot, simulator, tmp_path: Path
) -> None:
    article, warehouse = stocked(simulator, at_least=2)

    async def scenario() -> None:
        async with fast_client(simulator) as client:
            board = PickupBoard(
                client, warehouse.code, STORE.pickup_way_of_delivery, interval_s=0.05
            )
            window = PickupBoardWindow(board, warehouse.name)
            qtbot.addWidget(window)
            window.show()
            window.start()
            await until(lambda: board.requests >= 1)
            assert window.empty.isVisible()
            entry = await service(client, tmp_path).place(pickup(article, warehouse, "Eva Berg"))
            await until(lambda: window.table.rowCount() == 1)
            assert cell(window, 0, ORDER_COLUMN) == f"{entry.order_number}\nEva"
            assert cell(window, 0, ITEMS_COLUMN) == f"2 × {article.name}"
            # not by colour alone; how long it waited under its status
            assert cell(window, 0, STATUS_COLUMN) == "NEW — pick now\n0 min"
            simulator.state.advance_order(entry.ongoing_order_id, PICKED)
            await until(lambda: cell(window, 0, STATUS_COLUMN).startswith("Picked — ready\n"))
            simulator.state.advance_order(entry.ongoing_order_id, COLLECTED)
            await until(lambda: window.table.rowCount() == 0)
            simulator.faults.enqueue("5xx", count=1000, path_suffix="/orders")
            await until(window.banner.isVisible, timeout=20)
            assert "lost since" in window.banner.text()
            await window.stop()

    run_on_qt_loop(scenario())


def columns(window: PickupBoardWindow) -> list[tuple[int, int]]:
    """Where each column starts on screen, and how wide it is."""
    header = window.table.horizontalHeader()
    return [
        (header.sectionViewportPosition(column), header.sectionSize(column))
        for column in range(COLUMN_COUNT)
    ]


def test_columns_keep_their_place_however_long_it_runs_and_however_many_items(
    qtbot, simulator, tmp_path: Path
) -> None:
    """At 1280 px, with orders of 1, 12 and 30 items and many refreshes, the status stays on
    screen where it was (the items column once grew until it pushed it off)."""
    warehouse = simulator.state.warehouses()[0]
    articles = simulator.state.articles()[:30]
    for article in articles:
        simulator.state.set_stock(article.article_number, warehouse.id, 100)

    async def scenario() -> None:
        async with fast_client(simulator) as client:
            orders = service(client, tmp_path)
            for count, name in ((1, "Eva Berg"), (12, None), (30, "Maximiliansson-Wettergren")):
                lines = tuple(
                    BasketLine(a.article_number, a.name, 1 + index % 3)
                    for index, a in enumerate(articles[:count])
                )
                customer = Customer(name, phone="0701") if name else None
                plan = OrderPlan(lines, FulfilmentKind.PICKUP, warehouse.code, customer)
                await orders.place(plan)
            board = PickupBoard(
                client, warehouse.code, STORE.pickup_way_of_delivery, interval_s=0.01
            )
            window = PickupBoardWindow(board, warehouse.name)
            qtbot.addWidget(window)
            window.resize(1280, 800)
            window.show()
            window.start()
            await until(lambda: window.table.rowCount() == 3)
            placed = columns(window)
            await until(lambda: board.requests >= 40)
            assert columns(window) == placed
            viewport = window.table.viewport().width()
            assert viewport <= 1280
            start, width = placed[STATUS_COLUMN]
            assert start >= 0 and start + width <= viewport, (placed, viewport)
            assert placed[ITEMS_COLUMN][1] >= viewport // 3  # the items keep a fair share
            assert "\n" not in cell(window, 1, ORDER_COLUMN)  # no name: no customer
            assert cell(window, 0, ITEMS_COLUMN).count("\n") == 0
            assert cell(window, 2, ITEMS_COLUMN).split("\n")[-1] == "+ 28 more"
            scrollbar = window.table.horizontalScrollBar()
            assert not scrollbar.isVisible() or scrollbar.maximum() == 0
            await window.stop()

    run_on_qt_loop(scenario())


def test_board_for_an_unknown_warehouse_names_the_known_ones(simulator, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TILLSIDE_API_USER": simulator.api_user,
        "TILLSIDE_API_PASSWORD": simulator.password,
        "TILLSIDE_LOG_DIR": str(tmp_path),
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "app.cli",
            "board",
            "--warehouse",
            "NOPE",
            "--api-url",
            simulator.base_url,
            "--goods-owner-id",
            str(simulator.goods_owner_id),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "no warehouse 'NOPE'" in done.stderr
    assert simulator.state.warehouses()[0].code in done.stderr
