"""The real window, the real qasync loop and the simulator over loopback HTTP."""

from __future__ import annotations

from decimal import Decimal

from app.qt import Qt, QtGui, QtWidgets
from tests.helpers.clocks import no_wait
from tests.helpers.qt_loop import run_on_qt_loop
from tests.helpers.simulator import client_for, stocked_article
from tests.helpers.till import open_till
from tests.helpers.waiting import until


def test_scan_shows_stock_per_warehouse_and_fills_the_basket(qtbot, simulator, data_dir) -> None:
    article = stocked_article(simulator)

    async def scenario() -> None:
        async with client_for(simulator) as client:
            till = open_till(qtbot, data_dir, client)
            await till.scan_and_show_stock(article.barcode)
            rows = till.stock_rows()
            [folded] = [row for row in rows if row.folded]  # those with none: one line
            shown = [row for row in rows if not row.folded]
            assert len(shown) + folded.folded == len(simulator.state.warehouses())
            sellable = {
                w.code: Decimal(simulator.state.stock(article.article_number, w.id).sellable)
                for w in simulator.state.warehouses()
            }
            assert {row.code: row.sellable for row in shown} == {
                code: figure for code, figure in sellable.items() if figure > 0
            }
            assert folded.folded == sum(1 for figure in sellable.values() if figure <= 0)
            assert rows[0].supplies_basket  # warehouses that can supply come first
            assert till.window.code_entry.text() == ""  # no stray scan text
            assert till.window.basket_model.rowCount() == 1
            assert article.article_number in till.window.article_title.text()
            assert till.window.total_label.text().startswith("1 item   Total ")
            till.scan(article.barcode)
            await until(lambda: till.window.session.basket.lines[0].quantity == 2)
            assert till.window.total_label.text().startswith("2 items   Total ")
            await till.window.shutdown()

    run_on_qt_loop(scenario())


def test_a_code_typed_by_hand_is_looked_up_on_enter(qtbot, simulator, data_dir) -> None:
    article = stocked_article(simulator)

    async def scenario() -> None:
        async with client_for(simulator) as client:
            till = open_till(qtbot, data_dir, client)
            await until(till.catalogue_loaded)
            till.type_by_hand(article.article_number + "\r")
            await until(lambda: till.window.basket_model.rowCount() == 1)
            assert till.window.session.basket.lines[0].article_number == article.article_number
            await till.window.shutdown()

    run_on_qt_loop(scenario())


def test_bad_codes_get_a_message_and_the_basket_is_untouched(qtbot, simulator, data_dir) -> None:
    async def scenario() -> None:
        async with client_for(simulator) as client:
            till = open_till(qtbot, data_dir, client)
            await until(till.catalogue_loaded)
            for code, expected in (
                ("7312345678904", "Check digit wrong"),
                ("à&é\"'(", "keyboard layout"),
                ("0000000000000", "Unknown code"),
            ):
                till.scan(code)
                await until(lambda text=expected: text in till.window.notice.text())  # type: ignore[misc]
            assert till.window.basket_model.rowCount() == 0
            await till.window.shutdown()

    run_on_qt_loop(scenario())


def test_offline_banner_then_recovery_without_losing_the_basket(qtbot, simulator, data_dir) -> None:
    article = stocked_article(simulator)

    async def scenario() -> None:
        async with client_for(simulator) as client:
            till = open_till(qtbot, data_dir, client)
            session = till.window.session
            session.sleep = no_wait
            await until(till.catalogue_loaded)
            till.scan(article.barcode)
            await until(lambda: session.current_snapshot() is not None)
            simulator.faults.enqueue(
                "5xx", count=1000, path_suffix="/articles/inventoryPerWarehouse"
            )
            till.scan(article.barcode)
            await until(lambda: till.window.banner.isVisible())
            assert "not answering" in till.window.banner.text()
            assert till.stock_rows()[0].sellable is not None  # last figures stay
            assert till.stock_rows()[0].stale
            simulator.faults.clear()
            await until(lambda: not till.window.banner.isVisible())
            assert session.basket.lines[0].quantity == 2
            await till.window.shutdown()

    run_on_qt_loop(scenario())


def test_keyboard_only_basket_editing(qtbot, simulator, data_dir) -> None:
    articles = [a for a in simulator.state.articles() if a.barcode][:2]

    async def scenario() -> None:
        async with client_for(simulator) as client:
            till = open_till(qtbot, data_dir, client)
            window = till.window
            await until(till.catalogue_loaded)
            for article in articles:
                till.scan(article.barcode)
            await until(lambda: window.basket_model.rowCount() == 2)
            qtbot.keyClick(window, Qt.Key.Key_F6)
            qtbot.keyClick(window.basket_view, Qt.Key.Key_Delete)
            assert window.basket_model.rowCount() == 1
            qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
            assert window.basket_model.rowCount() == 2
            qtbot.keyClick(window, Qt.Key.Key_F9)
            await until(
                lambda: window.findChild(QtWidgets.QMessageBox, "clearBasketDialog") is not None
            )
            box = window.findChild(QtWidgets.QMessageBox, "clearBasketDialog")
            assert box is not None
            box.button(QtWidgets.QMessageBox.StandardButton.Yes).click()
            await until(lambda: window.basket_model.rowCount() == 0)
            qtbot.keyClick(window, Qt.Key.Key_Escape)
            assert window.code_entry.hasFocus()
            await window.shutdown()

    run_on_qt_loop(scenario())


def test_every_widget_has_an_accessible_name(qtbot, simulator, data_dir) -> None:
    async def scenario() -> None:
        async with client_for(simulator) as client:
            till = open_till(qtbot, data_dir, client)
            for widget in (
                till.window.code_entry,
                till.window.stock_view,
                till.window.basket_view,
                till.window.total_label,
                till.window.banner,
                till.window.notice,
                till.window.shortcut_bar,
            ):
                assert widget.accessibleName()
            assert "F12" in till.window.shortcut_bar.text()
            await till.window.shutdown()

    run_on_qt_loop(scenario())


def test_text_follows_the_system_font_size(qtbot, simulator, data_dir) -> None:
    app = QtWidgets.QApplication.instance()
    assert isinstance(app, QtWidgets.QApplication)
    normal = app.font()
    large = QtGui.QFont(normal)
    large.setPointSizeF(20.0)
    app.setFont(large)
    try:

        async def scenario() -> None:
            async with client_for(simulator) as client:
                till = open_till(qtbot, data_dir, client)
                window = till.window
                assert window.code_entry.font().pointSizeF() == 20.0
                assert window.stock_view.font().pointSizeF() == 20.0
                assert window.article_title.font().pointSizeF() == 26.0  # 1.3 x, not fixed
                await window.shutdown()

        run_on_qt_loop(scenario())
    finally:
        app.setFont(normal)


def test_a_failed_scan_is_unmistakable_and_the_next_good_scan_clears_it(
    qtbot, simulator, data_dir, monkeypatch
) -> None:
    article = stocked_article(simulator)
    beeps: list[bool] = []

    async def scenario() -> None:
        async with client_for(simulator) as client:
            till = open_till(qtbot, data_dir, client)
            window = till.window
            await till.scan_and_show_stock(article.barcode)
            till.scan("0000000000000")
            await until(lambda: "Not found: 0000000000000" in window.article_title.text())
            assert window.notice.property("level") == "error"  # its own colour...
            assert window.notice.text().startswith("✖ Unknown code")  # ...icon and words
            assert window.article_title.property("failed") is True
            assert beeps == [True]
            till.scan("7312345678904")  # a wrong check digit: the header says why
            await until(lambda: "Check digit wrong" in window.article_title.text())
            till.scan(article.barcode)
            await until(lambda: article.article_number in window.article_title.text())
            assert window.article_title.property("failed") is False
            assert window.notice.text() == ""  # the failure was about the last scan
            await window.shutdown()

    monkeypatch.setattr(QtWidgets.QApplication, "beep", staticmethod(lambda: beeps.append(True)))
    run_on_qt_loop(scenario())


def test_an_emptied_basket_leaves_no_old_article_or_empty_rows(qtbot, simulator, data_dir) -> None:
    """After the last line goes (removed, cleared, handed to an order) the header and the grid
    must not keep answering for an article the next customer never scanned."""
    article = stocked_article(simulator)

    async def scenario() -> None:
        async with client_for(simulator) as client:
            till = open_till(qtbot, data_dir, client)
            await till.scan_and_show_stock(article.barcode)
            assert article.article_number in till.window.article_title.text()
            till.window.session.remove(article.article_number)
            await until(lambda: till.window.basket_model.rowCount() == 0)
            await until(lambda: article.article_number not in till.window.article_title.text())
            assert till.window.article_title.text() == "Scan an article to see its stock."
            assert till.window.stock_model.rowCount() == 0
            till.window.session.undo()  # the line back: its figures with it
            await until(lambda: till.window.stock_model.rowCount() > 0)
            assert article.article_number in till.window.article_title.text()
            await till.window.shutdown()

    run_on_qt_loop(scenario())
