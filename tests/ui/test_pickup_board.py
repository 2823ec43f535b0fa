"""The pickup board window: orders from a till appear, new ones stand out, collected leave."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.domain.order_status import COLLECTED, PICKED
from app.services.pickup_board import PickupBoard
from app.ui.pickup_board import PickupBoardWindow
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
            assert cell(window, 0, 0) == entry.order_number
            assert cell(window, 0, 1) == "Eva"
            assert article.name in cell(window, 0, 2) and "2 ×" in cell(window, 0, 2)
            assert cell(window, 0, 4) == "NEW — pick now"  # not by colour alone
            simulator.state.advance_order(entry.ongoing_order_id, PICKED)
            await until(lambda: cell(window, 0, 4) == "Picked — ready")
            simulator.state.advance_order(entry.ongoing_order_id, COLLECTED)
            await until(lambda: window.table.rowCount() == 0)
            simulator.faults.enqueue("5xx", count=1000, path_suffix="/orders")
            await until(window.banner.isVisible, timeout=20)
            assert "lost since" in window.banner.text()
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
