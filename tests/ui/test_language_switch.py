"""Ctrl+L switches the till's language at once: the words change, the basket and stock stay.

A small catalogue is built on the fly (the real Swedish one is filled in separately), so these
tests check the mechanism: every text set in `retranslate()` follows the language both ways.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from app.config.settings import Settings
from app.qt import Qt, QtCore
from app.ui import i18n
from app.ui.i18n import LANGUAGE
from app.ui.main_window import MainWindow
from app.ui.shortcut_bar import NO_BREAK
from tests.helpers.catalogues import small_catalogue
from tests.helpers.qt_loop import run_on_qt_loop
from tests.helpers.simulator import client_for, stocked_article
from tests.helpers.till import activated, open_till, setting_choice, settings_by_f11
from tests.helpers.waiting import until

ROOT = Path(__file__).resolve().parents[2]

SWEDISH = {
    "MainWindow": {
        "Scan, or type a barcode or article number and press Enter": (
            "Skanna, eller skriv en streckkod eller ett artikelnummer och tryck Enter"
        ),
        "&Code:": "&Kod:",
        "Help": "Hjälp",
        "Language: {language}": "Språk: {language}",
        "Ready: {count} articles loaded.": "Klart: {count} artiklar inlästa.",
    },
    "StockTableModel": {"Warehouse": "Lager"},
}
ENGLISH_PLACEHOLDER = "Scan, or type a barcode or article number and press Enter"


@pytest.fixture
def small_swedish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english_afterwards: None
) -> Path:
    """A Swedish catalogue of a few window texts, compiled with Qt's lrelease."""
    catalogue = small_catalogue(tmp_path, SWEDISH)
    monkeypatch.setattr(i18n, "catalogue_path", lambda language: catalogue)
    return catalogue


async def press_ctrl_l(qtbot, window: MainWindow) -> None:
    await activated(window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_l_switches_to_swedish_and_back_keeping_basket_and_stock(
    qtbot, simulator, data_dir: Path, small_swedish: Path
) -> None:
    article = stocked_article(simulator)

    async def scenario() -> None:
        async with client_for(simulator) as client:
            till = open_till(qtbot, data_dir, client)
            window = till.window
            await till.scan_and_show_stock(article.barcode)
            assert window.notice.text()  # a notice is showing
            lines = window.session.basket.lines
            stock = [(row.code, row.sellable) for row in till.stock_rows()]
            title = window.article_title.text()

            await press_ctrl_l(qtbot, window)
            assert LANGUAGE.code == "sv"
            await until(lambda: "Språk: Svenska" in window.notice.text())
            assert window.session.basket.lines == lines
            assert window.basket_model.rowCount() == len(lines)
            assert window.session.current_article == article.article_number
            assert [(row.code, row.sellable) for row in till.stock_rows()] == stock
            assert window.article_title.text() == title

            await press_ctrl_l(qtbot, window)
            assert LANGUAGE.code == "en"
            await until(lambda: "Language: English" in window.notice.text())
            assert window.session.basket.lines == lines
            assert [(row.code, row.sellable) for row in till.stock_rows()] == stock
            await window.shutdown()

    run_on_qt_loop(scenario())


def test_the_window_texts_follow_the_language_both_ways(
    qtbot, simulator, data_dir: Path, small_swedish: Path
) -> None:
    async def scenario() -> None:
        async with client_for(simulator) as client:
            till = open_till(qtbot, data_dir, client)
            window = till.window
            await until(till.catalogue_loaded)
            assert window.code_entry.placeholderText() == ENGLISH_PLACEHOLDER
            assert window.entry_label.text() == "&Code:"
            assert "F1 Help" in window.shortcut_bar.text().replace(NO_BREAK, " ")
            count = len(window.session.catalogue)
            assert window.notice.text() == f"ℹ Ready: {count} articles loaded."

            LANGUAGE.switch("sv")  # as the settings dialog does: the notice is shown again
            await until(lambda: window.notice.text() == f"ℹ Klart: {count} artiklar inlästa.")
            LANGUAGE.switch("en")
            await until(lambda: window.notice.text() == f"ℹ Ready: {count} articles loaded.")

            titles_changed: list[tuple[object, int, int]] = []  # the header repaints on it
            window.stock_model.headerDataChanged.connect(
                lambda *changed: titles_changed.append(changed)
            )
            await press_ctrl_l(qtbot, window)
            await until(lambda: window.code_entry.placeholderText() != ENGLISH_PLACEHOLDER)
            last_column = window.stock_model.columnCount() - 1  # its columns grow with the basket
            assert titles_changed == [(Qt.Orientation.Horizontal, 0, last_column)]
            assert window.code_entry.placeholderText() == SWEDISH["MainWindow"][ENGLISH_PLACEHOLDER]
            assert window.entry_label.text() == "&Kod:"
            assert "F1 Hjälp" in window.shortcut_bar.text().replace(NO_BREAK, " ")
            assert "Ctrl+L" in window.shortcut_bar.text()
            header = window.stock_model.headerData(0, Qt.Orientation.Horizontal)
            assert header == "Lager"

            await press_ctrl_l(qtbot, window)
            await until(lambda: window.code_entry.placeholderText() == ENGLISH_PLACEHOLDER)
            assert window.entry_label.text() == "&Code:"
            assert "F1 Help" in window.shortcut_bar.text().replace(NO_BREAK, " ")
            header = window.stock_model.headerData(0, Qt.Orientation.Horizontal)
            assert header == "Warehouse"
            await window.shutdown()

    run_on_qt_loop(scenario())


def test_the_choice_is_written_to_the_tills_own_file(
    qtbot, simulator, data_dir: Path, small_swedish: Path
) -> None:
    user_file = data_dir / "config.toml"

    async def scenario() -> None:
        async with client_for(simulator) as client:
            till = open_till(qtbot, data_dir, client, settings=Settings(), user_file=user_file)
            window = till.window
            await press_ctrl_l(qtbot, window)
            assert tomllib.loads(user_file.read_text())["display"]["language"] == "sv"
            assert window.settings is not None and window.settings.display.language == "sv"
            await press_ctrl_l(qtbot, window)
            assert tomllib.loads(user_file.read_text())["display"]["language"] == "en"
            await window.shutdown()

    run_on_qt_loop(scenario())


def test_a_missing_catalogue_is_said_and_the_language_stays(
    qtbot, simulator, data_dir: Path, monkeypatch: pytest.MonkeyPatch, english_afterwards: None
) -> None:
    monkeypatch.setattr(i18n, "catalogue_path", lambda language: data_dir / "none.qm")
    user_file = data_dir / "config.toml"

    async def scenario() -> None:
        async with client_for(simulator) as client:
            till = open_till(qtbot, data_dir, client, settings=Settings(), user_file=user_file)
            window = till.window
            await press_ctrl_l(qtbot, window)
            assert LANGUAGE.code == "en"
            assert "translation is missing" in window.notice.text()
            assert window.notice.property("level") == "warning"
            assert not user_file.exists()
            await window.shutdown()

    run_on_qt_loop(scenario())


def test_the_language_setting_applies_at_once_from_the_settings_dialog(
    qtbot, simulator, tmp_path: Path, english_afterwards: None
) -> None:
    """F11, display.language = sv, Save: the open till speaks Swedish (the real catalogue)."""
    from tests.helpers.catalogues import tool

    tool.build()

    async def scenario() -> None:
        async with client_for(simulator) as client:
            window, dialog = await settings_by_f11(qtbot, client, tmp_path / "c.toml")
            language = setting_choice(dialog, "display.language")
            language.setCurrentIndex(language.findData("sv"))
            dialog.save()
            QtCore.QCoreApplication.sendPostedEvents()
            assert LANGUAGE.code == "sv"
            assert window.entry_label.text() == "&Kod:"
            assert tomllib.loads((tmp_path / "c.toml").read_text())["display"]["language"] == "sv"
            await window.shutdown()

    run_on_qt_loop(scenario())
