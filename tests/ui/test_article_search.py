"""F2 finds an article by hand, by keyboard only; a scan is never eaten by the search.

The real window on the real qasync loop, the simulator's demo catalogue over loopback HTTP.
Keys go through the window's scanner filter with a clock the test moves: typing is typing
(180 ms a key) and a scan is a scan (15 ms a key).
"""

from __future__ import annotations

import pytest

from app.qt import Qt, QtCore, QtWidgets
from app.ui.article_search import ArticleSearch
from app.ui.i18n import LANGUAGE
from tests.helpers.catalogues import committed, tool
from tests.helpers.qt_loop import run_on_qt_loop
from tests.helpers.simulator import client_for, stocked_article
from tests.helpers.till import TillDriver, activated, open_till
from tests.helpers.waiting import until

THROW = "Pläd ull 130x170"  # ten variants in the demo catalogue


async def search_open(qtbot, till: TillDriver) -> ArticleSearch:
    """F2 pressed in an active window whose catalogue has loaded."""
    await until(till.catalogue_loaded)
    await activated(till.window)
    qtbot.keyClick(till.window.code_entry, Qt.Key.Key_F2)
    search = till.window.findChild(ArticleSearch, "articleSearch")
    assert search is not None and search.isVisible()
    assert search.field.hasFocus()
    return search


def listed(search: ArticleSearch) -> list[tuple[str, str]]:
    """The rows shown: (name, article number)."""
    rows = []
    for row in range(search.list.topLevelItemCount()):
        item = search.list.topLevelItem(row)
        assert item is not None
        rows.append((item.text(0), item.text(1)))
    return rows


def test_words_typed_in_any_order_list_the_article_and_enter_takes_the_highlighted_one(
    qtbot, simulator, data_dir
) -> None:
    async def scenario() -> None:
        async with client_for(simulator) as client:
            till = open_till(qtbot, data_dir, client)
            search = await search_open(qtbot, till)
            till.type_by_hand("ull plad")  # no accents, the words the other way round
            rows = listed(search)
            assert len(rows) == 10 and all(name.startswith(THROW) for name, _ in rows)
            assert "10 articles" in search.hint.text()
            till.type_by_hand(" gra")
            # Words that start with "gra" first, then those that hold it (mörkgrå).
            assert [name for name, _ in listed(search)] == [
                f"{THROW} grå",
                f"{THROW} rutig grå",
                f"{THROW} mörkgrå",
            ]
            search.field.clear()
            till.type_by_hand("ull plad")
            qtbot.keyClick(search.field, Qt.Key.Key_Down)
            qtbot.keyClick(search.field, Qt.Key.Key_Down)
            qtbot.keyClick(search.field, Qt.Key.Key_Up)
            assert search.list.currentIndex().row() == 1
            assert search.field.text() == "ull plad"  # the arrows never type
            wanted = listed(search)[1][1]
            till.type_by_hand("\r")
            await until(lambda: till.window.basket_model.rowCount() == 1)
            assert till.window.session.basket.lines[0].article_number == wanted
            assert not search.isVisible()
            assert till.window.code_entry.hasFocus()  # back to scanning
            await until(till.shows_stock)  # its stock, as for a scan
            await till.window.shutdown()

    run_on_qt_loop(scenario())


def test_esc_closes_the_search_and_adds_nothing(qtbot, simulator, data_dir) -> None:
    async def scenario() -> None:
        async with client_for(simulator) as client:
            till = open_till(qtbot, data_dir, client)
            search = await search_open(qtbot, till)
            till.type_by_hand("kaffe")
            assert listed(search)
            qtbot.keyClick(search.field, Qt.Key.Key_Escape)
            assert not search.isVisible()
            assert till.window.code_entry.hasFocus()
            assert till.window.basket_model.rowCount() == 0
            await till.window.shutdown()

    run_on_qt_loop(scenario())


def test_a_scan_while_the_search_is_open_goes_into_the_basket_and_leaves_the_search_alone(
    qtbot, simulator, data_dir
) -> None:
    article = stocked_article(simulator)

    async def scenario() -> None:
        async with client_for(simulator) as client:
            till = open_till(qtbot, data_dir, client)
            search = await search_open(qtbot, till)
            till.type_by_hand("kaffe")
            before = listed(search)
            till.scan(article.barcode)
            await until(lambda: till.window.basket_model.rowCount() == 1)
            assert till.window.session.basket.lines[0].article_number == article.article_number
            assert search.field.text() == "kaffe" and listed(search) == before
            await till.window.shutdown()

    run_on_qt_loop(scenario())


def test_a_barcode_or_number_typed_into_the_search_is_taken_as_that_code(
    qtbot, simulator, data_dir
) -> None:
    """Even a scanner too slow to be told from typing lands its code, never a name's match."""
    first, second = [a for a in simulator.state.articles() if a.barcode][:2]

    async def scenario() -> None:
        async with client_for(simulator) as client:
            till = open_till(qtbot, data_dir, client)
            search = await search_open(qtbot, till)
            assert first.barcode is not None
            till.type_by_hand(first.barcode)
            assert listed(search)[0][1] == first.article_number
            till.type_by_hand("\r")
            await until(lambda: till.window.basket_model.rowCount() == 1)
            search = await search_open(qtbot, till)
            till.type_by_hand(second.article_number.lower() + "\r")
            await until(lambda: till.window.basket_model.rowCount() == 2)
            numbers = [line.article_number for line in till.window.session.basket.lines]
            assert numbers == [first.article_number, second.article_number]
            await till.window.shutdown()

    run_on_qt_loop(scenario())


def test_what_the_code_field_holds_is_taken_into_the_search(qtbot, simulator, data_dir) -> None:
    async def scenario() -> None:
        async with client_for(simulator) as client:
            till = open_till(qtbot, data_dir, client)
            await until(till.catalogue_loaded)
            till.type_by_hand("termos")
            assert till.window.code_entry.text() == "termos"
            search = await search_open(qtbot, till)
            assert search.field.text() == "termos" and till.window.code_entry.text() == ""
            assert listed(search) and all("Termos" in name for name, _ in listed(search))
            await till.window.shutdown()

    run_on_qt_loop(scenario())


def test_the_search_has_accessible_names_and_closes_when_the_cashier_goes_elsewhere(
    qtbot, simulator, data_dir
) -> None:
    async def scenario() -> None:
        async with client_for(simulator) as client:
            till = open_till(qtbot, data_dir, client)
            search = await search_open(qtbot, till)
            for widget in (search.field, search.list, search.hint):
                assert widget.accessibleName()
            assert search.label.buddy() is search.field
            assert "F2" in till.window.shortcut_bar.text()
            qtbot.keyClick(search.field, Qt.Key.Key_F6)  # to the basket
            await until(lambda: not search.isVisible())
            await till.window.shutdown()

    run_on_qt_loop(scenario())


@pytest.fixture
def real_catalogues(english_afterwards: None) -> None:
    tool.build()  # the real .qm, rebuilt if a .ts is newer


def test_the_search_speaks_swedish(qtbot, simulator, data_dir, real_catalogues) -> None:
    english = {m.source for m in committed("sv") if m.context == "ArticleSearch" and m.finished}
    assert len(english) >= 10

    async def scenario() -> None:
        async with client_for(simulator) as client:
            till = open_till(qtbot, data_dir, client)
            search = await search_open(qtbot, till)
            LANGUAGE.switch("sv")
            QtCore.QCoreApplication.sendPostedEvents()
            till.type_by_hand("kaffe")
            header = search.list.headerItem()
            assert header is not None
            shown = [
                search.label.text(),
                search.field.placeholderText(),
                search.field.accessibleName(),
                search.list.accessibleName(),
                search.hint.text(),
                *(header.text(column) for column in range(3)),
            ]
            left = [text for text in shown if any(source in text for source in english)]
            assert not left, f"English in the Swedish search: {left}"
            assert "artiklar" in search.hint.text()
            LANGUAGE.switch("en")
            QtCore.QCoreApplication.sendPostedEvents()
            await till.window.shutdown()

    run_on_qt_loop(scenario())


def test_before_the_till_is_attached_f2_still_focuses_the_code_field(qtbot) -> None:
    from app.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_search()  # while starting: no catalogue to search yet
    assert "article_search" not in window.__dict__
    assert window.findChild(QtWidgets.QFrame, "articleSearch") is None
