"""The window as the two-stage start shows it: on screen before it has a session.

Codes scanned then are not lost: they are looked up once `attach` connects the window.
"""

from __future__ import annotations

from pathlib import Path

from app.domain.scan_detector import ScannerTiming
from app.persistence.json_file import JsonFile
from app.qt import Qt, QtCore, QtWidgets, is_alive
from app.services.checkout import CheckoutSession
from app.services.till import Till
from app.ui.basket_table import BasketTableModel
from app.ui.main_window import MainWindow
from app.ui.scanner_filter import ScannerFilter
from app.ui.stock_table import StockTableModel
from tests.helpers.clocks import ManualClock
from tests.helpers.qt_loop import run_on_qt_loop
from tests.helpers.simulator import client_for, stocked_article
from tests.helpers.till import TillDriver
from tests.helpers.waiting import until


async def first_paint(qtbot) -> tuple[MainWindow, ManualClock]:
    """The window as the first paint shows it: not attached, the code field focused."""
    clock = ManualClock()
    window = MainWindow(scanner=ScannerFilter(ScannerTiming()))
    qtbot.addWidget(window)
    window.show()
    window.focus_entry()
    await until(lambda: QtWidgets.QApplication.focusWidget() is window.code_entry)
    return window, clock


def test_a_scan_before_attach_is_kept_and_looked_up_after(qtbot, simulator, tmp_path: Path):
    article = stocked_article(simulator)

    async def scenario() -> None:
        window, clock = await first_paint(qtbot)
        window.after_first_paint()  # as the two-stage start does right after the first paint
        till = TillDriver(qtbot, window, clock)
        assert "Starting" in window.notice.text()
        till.scan(article.barcode)  # the till is not connected yet
        assert window.basket_model.rowCount() == 0
        async with client_for(simulator) as client:
            session = CheckoutSession(client, basket_file=JsonFile(tmp_path / "basket.json"))
            window.attach(Till(client, session))
            await until(lambda: window.basket_model.rowCount() == 1)
            await until(till.shows_stock)
            assert window.session.basket.lines[0].article_number == article.article_number
            await window.shutdown()

    run_on_qt_loop(scenario())


def test_a_code_keyed_before_the_scanner_filter_listens_is_kept(qtbot, simulator, tmp_path):
    """During the first paint the code field gets the keys itself; nothing is lost."""
    article = stocked_article(simulator)

    async def scenario() -> None:
        window, clock = await first_paint(qtbot)
        assert not window.listening_for_scans
        TillDriver(qtbot, window, clock).scan(article.barcode)  # straight into the code field
        assert window.code_entry.text() == ""
        async with client_for(simulator) as client:
            session = CheckoutSession(client, basket_file=JsonFile(tmp_path / "basket.json"))
            window.attach(Till(client, session))
            assert window.listening_for_scans
            await until(lambda: window.basket_model.rowCount() == 1)
            assert window.session.basket.lines[0].article_number == article.article_number
            await window.shutdown()
            assert not window.listening_for_scans

    run_on_qt_loop(scenario())


def test_closing_before_attach_shuts_down_without_a_session(qtbot) -> None:
    async def scenario() -> None:
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        window.close()
        await window.shutdown()  # nothing attached: nothing to wait for
        assert QtWidgets.QApplication.instance() is not None

    run_on_qt_loop(scenario())


def test_scans_sell_while_the_catalogue_is_still_loading(qtbot, simulator, tmp_path, monkeypatch):
    """A big catalogue takes half a minute: codes before and during it are found in Ongoing."""
    import asyncio

    first, second = [a for a in simulator.state.articles() if a.barcode][:2]

    async def scenario() -> None:
        window, clock = await first_paint(qtbot)
        window.after_first_paint()
        till = TillDriver(qtbot, window, clock)
        till.scan(first.barcode)  # before the window is attached
        async with client_for(simulator) as client:
            session = CheckoutSession(client, basket_file=JsonFile(tmp_path / "basket.json"))
            loading = asyncio.Event()

            async def catalogue_still_loading(_client: object) -> None:
                await loading.wait()

            monkeypatch.setattr(session.catalogue, "load", catalogue_still_loading)
            window.attach(Till(client, session))
            await until(lambda: window.basket_model.rowCount() == 1)
            till.settle()
            till.scan(second.barcode)  # attached, catalogue still loading
            await until(lambda: window.basket_model.rowCount() == 2)
            assert session.catalogue.loaded_at is None
            numbers = [line.article_number for line in session.basket.lines]
            assert numbers == [first.article_number, second.article_number]
            loading.set()
            await window.shutdown()

    run_on_qt_loop(scenario())


def header_titles(view: QtWidgets.QTableView) -> list[str]:
    model = view.horizontalHeader().model()
    horizontal = Qt.Orientation.Horizontal
    return [str(model.headerData(column, horizontal)) for column in range(model.columnCount())]


def test_tables_show_their_titles_first_then_their_models_with_the_same_layout(qtbot) -> None:
    """Until after the first paint a table's header shows its titles from a Qt model."""

    async def scenario() -> None:
        window, _ = await first_paint(qtbot)
        # Set by key name in the window (no Qt enum before the paint): they took.
        splitter = window.findChild(QtWidgets.QSplitter)
        assert isinstance(splitter, QtWidgets.QSplitter)
        assert splitter.isAncestorOf(window.stock_view)
        assert splitter.orientation() == Qt.Orientation.Vertical  # stock above the basket
        assert window.total_label.alignment() & Qt.AlignmentFlag.AlignRight
        stretch = QtWidgets.QHeaderView.ResizeMode.Stretch
        views: dict[QtWidgets.QTableView, StockTableModel | BasketTableModel] = {
            window.stock_view: window.stock_model,
            window.basket_view: window.basket_model,
        }
        before = {view: header_titles(view) for view in views}
        widths = [window.basket_view.horizontalHeader().sectionSize(c) for c in range(5)]
        assert window.basket_view.horizontalHeader().sectionResizeMode(1) == stretch
        for view, model in views.items():
            assert view.model() is not model
            assert before[view] == list(model.titles())
        first_paint_image = window.grab().toImage()
        window.after_first_paint()
        await until(lambda: window.grab().toImage() == first_paint_image)  # not one pixel moved
        for view, model in views.items():
            assert view.model() is model
            assert header_titles(view) == before[view]
        header = window.basket_view.horizontalHeader()
        assert header.sectionResizeMode(1) == stretch  # the name still takes the room left
        await until(lambda: [header.sectionSize(c) for c in range(5)] == widths)
        await window.shutdown()
        window.after_first_paint()  # again (attach after a shutdown): the models stay
        deferred_delete = QtCore.QEvent.Type.DeferredDelete
        QtCore.QCoreApplication.sendPostedEvents(None, deferred_delete)
        for view, model in views.items():
            assert is_alive(model)
            assert view.model() is model

    run_on_qt_loop(scenario())
