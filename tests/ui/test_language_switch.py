"""Ctrl+L switches the till's language at once: the words change, the basket and stock stay.

A small catalogue is built on the fly (the real Swedish one is filled in separately), so these
tests check the mechanism: every text set in `retranslate()` follows the language both ways.
"""

from __future__ import annotations

import importlib.util
import subprocess
import tomllib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from app.config.settings import Settings
from app.qt import Qt
from app.services.checkout import CheckoutSession
from app.store.json_file import JsonFile
from app.ui import i18n
from app.ui.i18n import LANGUAGE
from app.ui.main_window import MainWindow
from app.ui.scanner_filter import ScannerFilter
from tests.services.helpers import client_for
from tests.ui.qt_loop import run_on_qt_loop, until
from tests.ui.test_main_window import FakeClock, Till, stocked_article
from tests.ui.test_ordering import activated

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


def _translations_tool() -> ModuleType:
    """packaging/translations.py (`packaging` is not importable: the PyPI package has the name)."""
    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _ts(messages: dict[str, dict[str, str]]) -> str:
    from xml.sax.saxutils import escape

    contexts = "".join(
        f"<context><name>{escape(context)}</name>"
        + "".join(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(target)}</translation></message>"
            for source, target in pairs.items()
        )
        + "</context>"
        for context, pairs in messages.items()
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="sv_SE">{contexts}</TS>\n'
    )


@pytest.fixture
def english_after() -> Iterator[None]:
    """LANGUAGE is process-wide: every test ends in English, whatever it switched to."""
    yield
    LANGUAGE.switch("en")


@pytest.fixture
def small_swedish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english_after: None) -> Path:
    """A Swedish catalogue of a few window texts, compiled with Qt's lrelease."""
    source = tmp_path / "small_sv.ts"
    source.write_text(_ts(SWEDISH), encoding="utf-8")
    catalogue = tmp_path / "small_sv.qm"
    lrelease = _translations_tool().qt_tool("lrelease")
    subprocess.run(
        [str(lrelease), "-silent", str(source), "-qm", str(catalogue)],
        check=True,
        capture_output=True,
    )
    monkeypatch.setattr(i18n, "catalogue_path", lambda language: catalogue)
    return catalogue


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TILLSIDE_DATA_DIR", str(tmp_path))
    return tmp_path


def open_till(qtbot, tmp_path: Path, client, **options) -> Till:
    clock = FakeClock()
    session = CheckoutSession(client, basket_file=JsonFile(tmp_path / "basket.json"))
    window = MainWindow(client, session=session, scanner=ScannerFilter(clock_ms=clock), **options)
    qtbot.addWidget(window)
    window.show()
    window.focus_entry()
    return Till(qtbot, window, clock)


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
            await until(lambda: window.session.catalogue.loaded_at is not None)
            till.scan(article.barcode)
            await until(till.shows_stock)
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
            await until(lambda: window.session.catalogue.loaded_at is not None)
            assert window.code_entry.placeholderText() == ENGLISH_PLACEHOLDER
            assert window.entry_label.text() == "&Code:"
            assert "F1 Help" in window.shortcut_bar.text()
            count = len(window.session.catalogue)
            assert window.notice.text() == f"ℹ Ready: {count} articles loaded."

            LANGUAGE.switch("sv")  # as the settings dialog does: the notice is shown again
            await until(lambda: window.notice.text() == f"ℹ Klart: {count} artiklar inlästa.")
            LANGUAGE.switch("en")
            await until(lambda: window.notice.text() == f"ℹ Ready: {count} articles loaded.")

            await press_ctrl_l(qtbot, window)
            await until(lambda: window.code_entry.placeholderText() != ENGLISH_PLACEHOLDER)
            assert window.code_entry.placeholderText() == SWEDISH["MainWindow"][ENGLISH_PLACEHOLDER]
            assert window.entry_label.text() == "&Kod:"
            assert "F1 Hjälp" in window.shortcut_bar.text()
            assert "Ctrl+L" in window.shortcut_bar.text()
            header = window.stock_model.headerData(0, Qt.Orientation.Horizontal)
            assert header == "Lager"

            await press_ctrl_l(qtbot, window)
            await until(lambda: window.code_entry.placeholderText() == ENGLISH_PLACEHOLDER)
            assert window.entry_label.text() == "&Code:"
            assert "F1 Help" in window.shortcut_bar.text()
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
    qtbot, simulator, data_dir: Path, monkeypatch: pytest.MonkeyPatch, english_after: None
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
