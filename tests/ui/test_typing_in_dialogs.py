"""A quick typist and a scanner in the main window and in every dialog of the till.

A person types each text field of a dialog at 40, 56 and 80 ms a key and ends it with Tab:
every field keeps what was typed and the Tab moves on (`scanner.max_interkey_ms` is 80, so
by speed alone this is a scan). A scanner at 5-30 ms a key is a scan wherever the focus is,
and leaves no text behind. Keys carry their own timestamps (tests/helpers/keys.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.config.settings import ConnectionSection, Settings, StoreSection
from app.persistence.outbox import Outbox
from app.qt import QtWidgets
from app.services.orders import OrderService
from app.ui.main_window import MainWindow
from app.ui.setup_dialog import SetupDialog
from tests.helpers.qt_loop import run_on_qt_loop
from tests.helpers.simulator import client_for, stocked_article
from tests.helpers.till import TillDriver, activated, open_till
from tests.helpers.waiting import until

TYPIST_GAPS_MS = (40, 56, 80)
SCANNER_GAPS_MS = (5, 15, 30)
WORDS = "Ann-Marie Berg"


def open_setup(window: MainWindow, folder: Path) -> None:
    """The connection's setup, as the first run or F11's "change connection" opens it."""
    dialog = SetupDialog(folder / "settings.toml", ConnectionSection(), window)
    dialog.finished.connect(lambda _: window.dialog_closed(dialog))
    dialog.open()


KEYS: dict[str, Callable[[MainWindow, Path], None]] = {
    "orderDialog": lambda window, _: window.open_order_form(),
    "settingsDialog": lambda window, _: window.open_settings(),
    "setupDialog": open_setup,
    "scannerDiagnostics": lambda window, _: window.show_diagnostics(),
    "incomingDialog": lambda window, _: window.show_incoming(),
    "stockTakingDialog": lambda window, _: window.show_stock_taking(),
    "shortStockDialog": lambda window, _: window.show_short_stock(),
}


def text_fields(dialog: QtWidgets.QWidget) -> list[QtWidgets.QWidget]:
    """The fields a person types into: visible, enabled, not read-only."""
    found: list[QtWidgets.QWidget] = []
    for field in dialog.findChildren(QtWidgets.QLineEdit):
        if isinstance(field.parent(), QtWidgets.QAbstractSpinBox):
            continue  # a date edit's own line edit: the date edit is the field
        if field.isVisible() and field.isEnabled() and not field.isReadOnly():
            found.append(field)
    found += [
        edit
        for edit in dialog.findChildren(QtWidgets.QDateEdit)
        if edit.isVisible() and edit.isEnabled()
    ]
    return found


class Typist:
    def __init__(self, till: TillDriver) -> None:
        self.till = till
        self.scans: list[str] = []
        till.window.scanner.scanned.connect(self.scans.append)

    def into(self, field: QtWidgets.QWidget, text: str, gap_ms: float) -> None:
        field.setFocus()
        self.till.clock.advance(500)
        self.till.keys(text, gap_ms)
        self.till.settle()


def check_line_edit(typist: Typist, field: QtWidgets.QLineEdit, barcode: str) -> None:
    words = WORDS[: field.maxLength()]
    for gap in TYPIST_GAPS_MS:
        field.clear()
        typist.into(field, words + "\t", gap)
        assert field.text() == words, (field.objectName(), gap)
        assert not field.hasFocus(), (field.objectName(), gap)  # the Tab moved on
    assert typist.scans == []
    if field.echoMode() != QtWidgets.QLineEdit.EchoMode.Normal:
        return  # a password never takes a scan (tests/ui/test_scanner_filter.py)
    for gap in SCANNER_GAPS_MS:
        field.setText(words)
        typist.into(field, barcode + "\r", gap)
        assert field.text() == words, (field.objectName(), gap)
        assert field.hasFocus()  # the scanner's Enter was the scan's
    assert typist.scans == [barcode] * len(SCANNER_GAPS_MS)
    typist.scans.clear()


def check_date_edit(typist: Typist, edit: QtWidgets.QDateEdit, barcode: str) -> None:
    year = QtWidgets.QDateTimeEdit.Section.YearSection
    for gap in TYPIST_GAPS_MS:
        wanted = edit.date().addYears(-1)
        edit.setFocus()
        edit.setSelectedSection(year)
        typist.till.keys(f"{wanted.year()}\t", gap)  # four digits, a year and no code
        typist.till.settle()
        assert edit.date() == wanted, (edit.objectName(), gap)
        assert not edit.hasFocus()
    assert typist.scans == []
    for gap in SCANNER_GAPS_MS:
        before = edit.date()
        typist.into(edit, barcode + "\r", gap)
        assert edit.date() == before
    assert typist.scans == [barcode] * len(SCANNER_GAPS_MS)
    typist.scans.clear()


@pytest.fixture
def store(simulator) -> StoreSection:
    warehouse = simulator.state.warehouses()[0]
    return StoreSection(name="Test Store", till_id="2", store_warehouse=warehouse.code)


def open_keyed_till(qtbot, simulator, client: Any, folder: Path, store: StoreSection) -> TillDriver:
    orders = OrderService(client, Outbox(folder / "outbox.sqlite"), store)
    return open_till(
        qtbot,
        folder,
        client,
        orders=orders,
        settings=Settings(store=store),
        user_file=folder / "settings.toml",
    )


@pytest.mark.parametrize("name", sorted(KEYS))
def test_a_quick_typist_and_a_scanner_in_every_dialog(
    name: str, qtbot, simulator, tmp_path: Path, store: StoreSection
) -> None:
    article = stocked_article(simulator)
    barcode = article.barcode

    async def scenario() -> None:
        async with client_for(simulator) as client:
            till = open_keyed_till(qtbot, simulator, client, tmp_path, store)
            window = till.window
            await till.scan_and_show_stock(barcode)
            typist = Typist(till)
            KEYS[name](window, tmp_path)
            await until(lambda: window.findChild(QtWidgets.QDialog, name) is not None)
            dialog = window.findChild(QtWidgets.QDialog, name)
            assert dialog is not None
            await activated(dialog)
            fields = text_fields(dialog)
            for field in fields:
                if isinstance(field, QtWidgets.QDateEdit):
                    check_date_edit(typist, field, barcode)
                else:
                    assert isinstance(field, QtWidgets.QLineEdit)
                    check_line_edit(typist, field, barcode)
            if not fields:  # a list, or nothing to type into: a scan is a scan still
                for gap in SCANNER_GAPS_MS:
                    typist.into(dialog.focusWidget() or dialog, barcode + "\r", gap)
                assert typist.scans == [barcode] * len(SCANNER_GAPS_MS)
            assert dialog.isVisible()  # no scanner's Enter closed it
            dialog.reject()
            await window.shutdown()

    run_on_qt_loop(scenario())


def test_a_quick_typist_and_a_scanner_in_the_main_window(
    qtbot, simulator, tmp_path: Path, store: StoreSection
) -> None:
    """The code field takes codes typed or scanned; the quantity editor (F4) takes numbers."""
    article = stocked_article(simulator, at_least=20)

    async def scenario() -> None:
        async with client_for(simulator) as client:
            till = open_keyed_till(qtbot, simulator, client, tmp_path, store)
            window = till.window
            session = window.session
            await till.scan_and_show_stock(article.barcode)
            typist = Typist(till)
            quantity = 1
            for gap in TYPIST_GAPS_MS:  # an article number typed quickly, then Enter
                typist.into(window.code_entry, article.article_number + "\r", gap)
                quantity += 1
                await until(lambda q=quantity: session.basket.lines[0].quantity == q)  # type: ignore[misc]
            for gap in SCANNER_GAPS_MS:
                typist.into(window.code_entry, article.barcode + "\r", gap)
                quantity += 1
                await until(lambda q=quantity: session.basket.lines[0].quantity == q)  # type: ignore[misc]
            assert window.code_entry.text() == ""
            for gap in TYPIST_GAPS_MS:  # F4, a quantity typed quickly, Enter
                await activated(window)
                window.edit_quantity()
                editor = QtWidgets.QApplication.focusWidget()
                assert editor is not None and editor is not window.basket_view
                assert isinstance(editor, QtWidgets.QAbstractSpinBox | QtWidgets.QLineEdit)
                editor.selectAll()
                typist.into(editor, f"{gap // 4}\r", gap)
                await until(lambda g=gap: session.basket.lines[0].quantity == g // 4)  # type: ignore[misc]
            # The code field's job is codes: whatever is typed there quickly is one too.
            typed = [article.article_number] * len(TYPIST_GAPS_MS)
            assert typist.scans == typed + [article.barcode] * len(SCANNER_GAPS_MS)
            await window.shutdown()

    run_on_qt_loop(scenario())
