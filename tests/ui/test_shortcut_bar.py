"""The shortcut bar stays within two lines at 1280 px, Ctrl+R (returns) included.

Measured with the font metrics of the bar's own font, in the window laid out offscreen at
1280x800: the height the label needs for its width, in lines. Swedish is the longest
language the till speaks; Norwegian, Danish and Finnish are measured with their catalogues
as they are (today they translate the customer's slip, so the window stays in English).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.qt import QtCore, QtWidgets
from app.ui import i18n
from app.ui.i18n import LANGUAGE
from app.ui.main_window import MainWindow
from app.ui.shortcut_bar import NO_BREAK, NOT_ON_THE_BAR, shortcut_bar_text
from app.ui.shortcuts import SHORTCUTS, shortcut_texts
from tests.helpers.catalogues import compile_catalogue, tool


def switch(language: str) -> None:
    LANGUAGE.switch(language)
    for _ in range(2):
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.LanguageChange)


@pytest.fixture
def window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


@pytest.fixture
def catalogue_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english_afterwards: None
) -> Iterator[object]:
    """Puts a committed catalogue in force, freshly compiled; nb, da and fi beside the till's
    own languages, as a translator of their own."""
    installed: list[QtCore.QTranslator] = []

    def use(language: str) -> None:
        if language == "en":
            switch("en")
            return
        qm = compile_catalogue(tool.FOLDER / f"tillside_{language}.ts", tmp_path / "t.qm")
        if language in i18n.UI_LANGUAGES:
            monkeypatch.setattr(i18n, "catalogue_path", lambda _: qm)
            switch(language)
            return
        translator = QtCore.QTranslator()
        assert translator.load(str(qm))
        QtCore.QCoreApplication.installTranslator(translator)
        installed.append(translator)
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.LanguageChange)

    yield use
    for translator in installed:
        QtCore.QCoreApplication.removeTranslator(translator)


def lines_needed(bar: QtWidgets.QLabel, text: str) -> float:
    """How many lines `text` takes in the bar at its width, by the bar's font metrics."""
    bar.setText(text)
    return bar.heightForWidth(bar.width()) / bar.fontMetrics().lineSpacing()


@pytest.mark.parametrize("language", ["sv", "en", "nb", "da", "fi"])
def test_the_bar_fits_in_two_lines_at_1280_px(
    qtbot, window: MainWindow, catalogue_language, language: str
) -> None:
    catalogue_language(language)
    bar = window.shortcut_bar
    qtbot.waitUntil(lambda: bar.width() > 1200)
    assert bar.width() < 1280
    if language == "sv":
        assert "Hjälp" in bar.text()  # measured in Swedish indeed
    assert "Ctrl+R" in bar.text()  # the return key is on the bar
    assert lines_needed(bar, bar.text()) <= 2.0, bar.text().replace(NO_BREAK, " ")


def test_the_measure_sees_the_bar_that_listed_every_key_wrap_to_three_lines_in_swedish(
    qtbot, window: MainWindow, catalogue_language
) -> None:
    """The bar as it was (every key of the table) needs three lines: the test can fail."""
    catalogue_language("sv")
    bar = window.shortcut_bar
    qtbot.waitUntil(lambda: bar.width() > 1200)
    every_key = shortcut_bar_text(shortcut_texts(" "))
    assert lines_needed(bar, every_key) > 2.0


def test_f1_lists_the_keys_the_bar_leaves_out(qtbot, window: MainWindow) -> None:
    keys = {shortcut.key for shortcut in SHORTCUTS}
    assert keys >= NOT_ON_THE_BAR
    assert {"F1", "F2", "F4", "F10", "Esc"} <= keys - NOT_ON_THE_BAR  # the cashier's own
    window.show_help()
    box = window.findChild(QtWidgets.QMessageBox, "helpDialog")
    assert box is not None
    listed = box.text().split("\n")
    assert len(listed) == len(SHORTCUTS)
    for key in NOT_ON_THE_BAR:
        assert key not in window.shortcut_bar.text().split()
        assert any(line.startswith(key + "\t") for line in listed), key
    box.close()
