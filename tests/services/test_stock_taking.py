"""Stock-taking results and goods received today, read from the simulated Ongoing."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app.services.received_goods import ReceivedLine, received_since
from app.services.stock_taking import (
    CSV_COLUMNS,
    Adjustment,
    adjustments_since,
    as_csv,
    mark_reported,
    write_csv,
)
from tests.helpers.simulator import client_for
from tests.helpers.waiting import run


def test_adjustments_at_the_store_warehouse_with_stock_taking_marked(simulator) -> None:
    state = simulator.state
    first, second = state.articles()[:2]
    store, other = state.warehouses()[:2]
    counted = state.adjust_stock(first.article_number, store.id, -2, count_inventory=True)
    state.adjust_stock(second.article_number, store.id, 3, cause_code="FOUND", comment="Corner")
    state.adjust_stock(second.article_number, other.id, 7)  # another warehouse: not listed
    since = datetime.now(UTC) - timedelta(hours=1)

    async def scenario() -> list[Adjustment]:
        async with client_for(simulator) as client:
            return await adjustments_since(client, store.id, since, {counted.inventory_id: True})

    found = run(scenario())
    assert [(a.article_number, a.change, a.stock_taking) for a in found] == [
        (second.article_number, Decimal(3), None),
        (first.article_number, Decimal(-2), True),
    ]
    assert (found[0].cause, found[0].comment, found[0].name) == ("FOUND", "Corner", second.name)
    rows = list(csv.reader(io.StringIO(as_csv(found))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[1][1:5] == [second.article_number, second.name, "3", ""]
    assert rows[2][3:5] == ["-2", "yes"]


def test_the_csv_is_written_whole_or_a_clear_oserror(tmp_path: Path) -> None:
    adjustment = Adjustment(
        107, 18068, "A-1", 'Pläd "ull"', Decimal("-1.5"), "", "a, b", "A15", "STO1", None, False
    )
    target = tmp_path / "adjustments.csv"
    write_csv([adjustment], target)
    text = target.read_text(encoding="utf-8-sig")
    assert list(csv.reader(io.StringIO(text)))[1][:5] == ["", "A-1", 'Pläd "ull"', "-1.5", "no"]
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # spreadsheets read it as UTF-8
    with pytest.raises(FileNotFoundError):
        write_csv([adjustment], tmp_path / "no-such-folder" / "x.csv")


def test_marking_reported_hides_them_from_the_not_reported_question(simulator) -> None:
    state = simulator.state
    article = state.articles()[0]
    warehouse = state.warehouses()[0]
    state.adjust_stock(article.article_number, warehouse.id, 1)
    since = datetime.now(UTC) - timedelta(hours=1)

    async def scenario() -> tuple[int, int, int]:
        async with client_for(simulator) as client:
            found = await adjustments_since(client, warehouse.id, since)
            before = len(await client.get_inventory_adjustments(since, is_reported=False))
            marked = await mark_reported(client, found)
            after = len(await client.get_inventory_adjustments(since, is_reported=False))
            return before, marked, after

    assert run(scenario()) == (1, 1, 0)


def test_goods_received_today_at_the_store_warehouse(simulator) -> None:
    state = simulator.state
    order = next(p for p in state.purchase_orders() if p.lines[0][2] < p.lines[0][1])
    warehouse = state.warehouse(order.warehouse_id)
    assert warehouse is not None
    start = datetime.now(UTC) - timedelta(minutes=5)

    async def ask() -> list[ReceivedLine]:
        async with client_for(simulator) as client:
            return await received_since(client, warehouse.code, start)

    assert all(r.purchase_order_number != order.number for r in run(ask()))
    state.receive_purchase_order(order.purchase_order_id)
    found = run(ask())
    mine = {r.article_number: r.quantity for r in found if r.purchase_order_number == order.number}
    # the simulator keeps one article item per line, put in when the order was received
    assert mine == {number: advised for number, advised, _ in order.lines}
    assert all(r.received_at >= start for r in found)
    assert all(r.name for r in found)
