"""The pickup board over a simulated 8-hour day, compressed in time.

Run: `make bench-board` (or `.venv/bin/python -m benchmarks.board_day --orders 300`).
A simulator (in this process, so the day can be driven: orders are picked by the simulated
warehouse and collected by customers) gets pickup orders from a till's `OrderService`
through the day; the board's own polling runs at its real interval divided by the time
factor. Printed: API calls per simulated hour, RSS at start and end (this process, so it
includes the simulator's growing order book), and time from an order confirmed to shown.
Then the board's window draws the orders left at closing on a 1920x1080 wall screen
(offscreen): how long a redraw takes and how many orders fit on the screen.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import cast

import psutil

from app.config.settings import StoreSection
from app.domain.basket import BasketLine
from app.domain.customer import Customer
from app.domain.order_body import FulfilmentKind
from app.domain.order_status import PICKED
from app.ongoing.client import OngoingClient
from app.ongoing.settings import ConnectionSettings
from app.persistence.outbox import Outbox
from app.services.orders import OrderPlan, OrderService
from app.services.pickup_board import POLL_INTERVAL_S, BoardState, PickupBoard
from app.simulator import SimulatorThread, load_demo_state
from benchmarks.common import percentile

DAY_HOURS = 8


async def run(orders: int, factor: float, folder: Path) -> tuple[dict[str, float], BoardState]:
    state = load_demo_state()
    state.status_step_seconds = None
    with SimulatorThread.start(state=state) as simulator:
        connection = ConnectionSettings.from_target(
            simulator.base_url, simulator.goods_owner_id, simulator.api_user, simulator.password
        )
        warehouse = state.warehouses()[0]
        articles = [a for a in state.articles() if a.barcode][:50]
        for article in articles:
            state.set_stock(article.article_number, warehouse.id, 100_000)
        store = StoreSection(order_prefix="DAY", backorders_allowed=True)
        day_s = DAY_HOURS * 3600 / factor
        rng = random.Random(5)
        async with (
            OngoingClient(connection) as till_client,
            OngoingClient(connection) as board_client,
        ):
            till = OrderService(till_client, Outbox(folder / "outbox.sqlite"), store)
            board = PickupBoard(
                board_client,
                warehouse.code,
                store.pickup_way_of_delivery,
                interval_s=POLL_INTERVAL_S / factor,
            )
            confirmed_at: dict[str, float] = {}
            shown_after: list[float] = []
            peak_orders = 0

            def seen(board_state: BoardState) -> None:
                nonlocal peak_orders
                now = time.perf_counter()
                peak_orders = max(peak_orders, len(board_state.orders))
                for order in board_state.orders:
                    placed = confirmed_at.pop(order.order_number, None)
                    if placed is not None:
                        shown_after.append((now - placed) * factor)  # in simulated seconds

            process = psutil.Process()
            rss_start = process.memory_info().rss / 2**20
            runner = asyncio.ensure_future(board.run(seen))
            started = time.perf_counter()
            picked: list[tuple[float, int]] = []
            for index in range(orders):
                due = started + day_s * index / orders
                await asyncio.sleep(max(0.0, due - time.perf_counter()))
                article = rng.choice(articles)
                line = BasketLine(article.article_number, article.name, 1, Decimal("10"), "SEK")
                plan = OrderPlan(
                    (line,),
                    FulfilmentKind.PICKUP,
                    warehouse.code,
                    Customer("Kim Day", phone="0701"),
                )
                entry = await till.place(plan)
                confirmed_at[entry.order_number] = time.perf_counter()
                assert entry.ongoing_order_id is not None
                # picked 10-30 minutes later, collected 30-120 minutes after that (simulated)
                picked.append(
                    (time.perf_counter() + rng.uniform(600, 1800) / factor, entry.ongoing_order_id)
                )
                now = time.perf_counter()
                for when, order_id in [p for p in picked if p[0] <= now]:
                    picked.remove((when, order_id))
                    state.advance_order(order_id, PICKED)
                    if rng.random() < 0.9:  # a few are still waiting at closing time
                        state.collect(order_id)
            await asyncio.sleep(max(0.0, started + day_s - time.perf_counter()))
            runner.cancel()
            await asyncio.gather(runner, return_exceptions=True)
            rss_end = process.memory_info().rss / 2**20
    return {
        "calls_per_hour": board.requests / DAY_HOURS,
        "rss_start": rss_start,
        "rss_end": rss_end,
        "shown_p50": statistics.median(shown_after),
        "shown_p95": percentile(shown_after, 0.95),
        "shown": len(shown_after),
        "peak": peak_orders,
        "left": len(board.state.orders),
    }, board.state


def draw(state: BoardState) -> tuple[float, int]:
    """The window's redraw of `state` at 1920x1080: median ms of 20, rows on the screen."""
    from app.qt import QtWidgets
    from app.ui.pickup_board import PickupBoardWindow

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    board = PickupBoard(cast(OngoingClient, None), "DAY", "PICKUP")  # drawn, never polled
    window = PickupBoardWindow(board, "Day")
    window.resize(1920, 1080)
    window.show()
    app.processEvents()
    timings = []
    for _ in range(20):
        started = time.perf_counter()
        window.show_state(state)
        timings.append((time.perf_counter() - started) * 1000)
    shown = sum(not window.table.isRowHidden(row) for row in range(window.table.rowCount()))
    window.close()
    return statistics.median(timings), shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orders", type=int, default=300)
    parser.add_argument("--factor", type=float, default=120.0, help="simulated seconds per second")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        figures, closing = asyncio.run(run(args.orders, args.factor, Path(folder)))
    redraw_ms, on_screen = draw(closing)
    print(
        f"{DAY_HOURS} h day, {args.orders} pickup orders, time x{args.factor:g}: board API calls "
        f"{figures['calls_per_hour']:.0f} per hour; RSS {figures['rss_start']:.0f} MiB at start, "
        f"{figures['rss_end']:.0f} MiB at end (incl. the simulator); order confirmed to shown "
        f"p50 {figures['shown_p50']:.1f} s, p95 {figures['shown_p95']:.1f} s (simulated time, "
        f"poll interval {POLL_INTERVAL_S:g} s) for {figures['shown']:.0f} orders; at most "
        f"{figures['peak']:.0f} orders on the board, {figures['left']:.0f} left at closing; "
        f"drawn at 1920x1080 in {redraw_ms:.1f} ms (median), {on_screen} of them on the screen"
    )


if __name__ == "__main__":
    main()
