"""The whole till window in Swedish with the real catalogue: no English text left on screen.

The catalogue tests prove every string has a Swedish translation; this proves the window
shows them, after a switch at runtime, everywhere a cashier or a screen reader looks.
"""

from __future__ import annotations

import re

import pytest

from app.qt import Qt, QtCore, QtWidgets
from app.ui.i18n import LANGUAGE
from tests.helpers.catalogues import committed, tool
from tests.helpers.qt_loop import run_on_qt_loop
from tests.helpers.simulator import client_for, stocked_article
from tests.helpers.till import open_till


@pytest.fixture(autouse=True)
def real_catalogues(english_afterwards: None) -> None:
    tool.build()  # the real .qm, rebuilt if a .ts is newer


def english_only_sources() -> set[str]:
    """English texts whose Swedish differs: seeing one in Swedish means it was missed."""
    return {
        m.source
        for m in committed("sv")
        if m.finished and m.translation != m.source and re.search(r"[a-z]{3}", m.source)
    }


def texts_on_screen(window: QtWidgets.QWidget) -> list[str]:
    found = [window.windowTitle(), window.accessibleName()]
    for widget in window.findChildren(QtWidgets.QWidget):
        found.append(widget.accessibleName())
        if isinstance(widget, QtWidgets.QLabel | QtWidgets.QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QtWidgets.QLineEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QtWidgets.QTableView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                found.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    return [text for text in found if text]


def test_after_a_switch_no_english_is_left_on_the_till(qtbot, simulator, data_dir):
    article = stocked_article(simulator)
    english = english_only_sources()
    assert len(english) > 200

    async def scenario() -> None:
        async with client_for(simulator) as client:
            till = open_till(qtbot, data_dir, client)
            await till.scan_and_show_stock(article.barcode)
            LANGUAGE.switch("sv")
            QtCore.QCoreApplication.sendPostedEvents()
            shown = texts_on_screen(till.window)
            left = [text for text in shown if any(source in text for source in english)]
            assert not left, f"English on the Swedish till: {left}"
            assert "Kod" in till.window.entry_label.text()
            LANGUAGE.switch("en")
            QtCore.QCoreApplication.sendPostedEvents()
            assert "Code" in till.window.entry_label.text()
            await till.window.shutdown()

    run_on_qt_loop(scenario())
