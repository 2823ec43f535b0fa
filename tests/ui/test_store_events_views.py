"""Ctrl+F3's goods received today and Ctrl+F4's stock-taking view, on the real window
against the simulated Ongoing; the CSV written for the bookkeeping."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from app.config.settings import EventsSection, Settings, StoreSection
from app.qt import Qt, QtWidgets
from app.services.checkout import CheckoutSession
from app.services.stock_taking import Adjustment
from app.services.till import Till
from app.ui.incoming_dialog import IncomingDialog
from app.ui.main_window import MainWindow
from app.ui.stock_taking_dialog import StockTakingDialog
from tests.helpers.qt_loop import run_on_qt_loop
from tests.helpers.simulator import client_for
from tests.helpers.till import activated
from tests.helpers.waiting import until


def texts(tree: QtWidgets.QTreeWidget, column: int) -> dict[str, list[str]]:
    """Each top row's texts by the text in `column`."""
    rows = {}
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        assert item is not None
        rows[item.text(column)] = [item.text(c) for c in range(tree.columnCount())]
    return rows


def test_ctrl_f3_lists_what_was_received_today(qtbot, simulator) -> None:
    state = simulator.state
    order = next(p for p in state.purchase_orders() if p.lines[0][2] < p.lines[0][1])
    warehouse = state.warehouse(order.warehouse_id)
    assert warehouse is not None
    state.receive_purchase_order(order.purchase_order_id)
    store = StoreSection(store_warehouse=warehouse.code)

    async def scenario() -> None:
        async with client_for(simulator) as client:
            window = MainWindow(
                Till(client, CheckoutSession(client), settings=Settings(store=store))
            )
            qtbot.addWidget(window)
            window.resize(1280, 800)
            window.show()
            await until(lambda: window.session.catalogue.loaded_at is not None)
            await activated(window)
            qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ControlModifier)
            dialog = window.findChild(IncomingDialog)
            assert dialog is not None and dialog.received is not None
            tree = dialog.received.tree
            await until(lambda: tree.topLevelItemCount() == len(order.lines), timeout=20)
            rows = texts(tree, 2)
            for number, advised, _ in order.lines:
                assert rows[number][1] == order.number
                assert rows[number][4] == str(int(advised))
                assert rows[number][3]  # the article's name
            assert str(len(order.lines)) in dialog.received.title.text()
            dialog.reject()
            await window.shutdown()

    run_on_qt_loop(scenario())


def test_ctrl_f4_lists_adjustments_and_ctrl_s_writes_the_csv(
    qtbot, simulator, tmp_path: Path
) -> None:
    state = simulator.state
    warehouse = state.warehouses()[0]
    first, second = state.articles()[:2]
    state.adjust_stock(
        first.article_number, warehouse.id, -2, count_inventory=True, comment="Hylla A"
    )
    state.adjust_stock(second.article_number, warehouse.id, 5, cause_code="FOUND")
    settings = Settings(
        store=StoreSection(store_warehouse=warehouse.code), events=EventsSection(mark_reported=True)
    )

    async def scenario() -> None:
        async with client_for(simulator) as client:
            till = Till(client, CheckoutSession(client), settings=settings)
            window = MainWindow(till)
            qtbot.addWidget(window)
            window.resize(1280, 800)
            window.show()
            await until(lambda: window.session.catalogue.loaded_at is not None)
            await activated(window)
            qtbot.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.ControlModifier)
            opened = window.findChild(StockTakingDialog)
            assert opened is not None
            opened.reject()
            info = till.store_warehouse()
            assert info is not None

            async def load(since: date) -> list[Adjustment]:
                return await till.stock_adjustments(info, since)

            dialog = StockTakingDialog(load, till.export_adjustments, tmp_path, info.name, window)
            dialog.open()
            await until(lambda: dialog.tree.topLevelItemCount() == 2, timeout=20)
            changes = {number: row[3] for number, row in texts(dialog.tree, 1).items()}
            assert changes == {first.article_number: "-2", second.article_number: "+5"}
            await activated(dialog)
            qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
            await until(lambda: "✔" in dialog.message.text(), timeout=20)
            assert "2 marked reported" in dialog.message.text()  # events.mark_reported is on
            assert all(reported for _, reported in state.adjustments())
            (tmp_path / "blocked").mkdir()
            dialog._folder = tmp_path / "blocked" / "missing"
            dialog.export()
            await until(lambda: "Not saved" in dialog.message.text(), timeout=20)
            dialog.reject()
            await window.shutdown()

    run_on_qt_loop(scenario())
    [written] = list(tmp_path.glob("stock-adjustments-*.csv"))
    rows = list(csv.reader(written.read_text(encoding="utf-8-sig").splitlines()))
    assert {r[1] for r in rows[1:]} == {first.article_number, second.article_number}
    assert {r[4] for r in rows[1:]} == {""}  # no inventory webhook heard: not known


def test_without_the_setting_nothing_is_marked_reported(qtbot, simulator, tmp_path: Path) -> None:
    state = simulator.state
    warehouse = state.warehouses()[0]
    state.adjust_stock(state.articles()[0].article_number, warehouse.id, 1)
    settings = Settings(store=StoreSection(store_warehouse=warehouse.code))

    async def scenario() -> int:
        async with client_for(simulator) as client:
            till = Till(client, CheckoutSession(client), settings=settings)
            await till.checkout.start()
            info = till.store_warehouse()
            assert info is not None
            found = await till.stock_adjustments(info, date.today())
            marked = await till.export_adjustments(found, tmp_path / "x.csv")
            await till.checkout.close()
            return marked

    assert run_on_qt_loop(scenario()) == 0
    assert not any(reported for _, reported in state.adjustments())
    assert (tmp_path / "x.csv").exists()
