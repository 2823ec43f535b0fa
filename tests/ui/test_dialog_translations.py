"""Open dialogs and the pickup board follow a language switch, and come back to English.

A tiny Swedish catalogue is built here (a few strings per class, compiled with Qt's own
lrelease), so the test does not depend on how far the committed catalogue is translated.
The order form's Alt keys are checked against the committed catalogue instead: a
translator's choice of shortcut letters must stay unique within the form.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import cast

import pytest

from app.config.settings import Settings
from app.domain.stock import WarehouseInfo
from app.ongoing.client import OngoingClient
from app.qt import QtCore, QtWidgets
from app.services.order_plans import WarehouseChoice
from app.services.pickup_board import BoardItem, BoardOrder, BoardState, PickupBoard
from app.ui import i18n
from app.ui.i18n import LANGUAGE
from app.ui.order_dialog import OrderDialog
from app.ui.order_split_choice import mnemonic
from app.ui.pickup_board import ORDER_COLUMN, STATUS_COLUMN, PickupBoardWindow
from app.ui.settings_dialog import SettingsDialog
from tests.helpers.catalogues import compile_catalogue, small_catalogue, tool

ROOT = Path(__file__).resolve().parents[2]

SWEDISH = {
    "OrderDialog": {
        "Place an order": "Lägg en order",
        "&Name": "&Namn",
        "Send order (Ctrl+Enter)": "Skicka ordern (Ctrl+Enter)",
        "⚠ {warehouse} cannot supply the whole basket. Choose a warehouse marked ✔, "
        "or reduce the quantities.": "⚠ {warehouse} kan inte leverera hela varukorgen. Välj ett "
        "lager markerat ✔, eller minska antalet.",
    },
    "Customer": {"Required.": "Obligatoriskt."},
    "PickupBoardWindow": {
        "Order / customer": "Order / kund",
        "NEW — pick now": "NY — plocka nu",
        "⚠ Connection to Ongoing lost since {time}. Retrying.": (
            "⚠ Ingen kontakt med Ongoing sedan {time}. Försöker igen."
        ),
    },
    "SettingsDialog": {"Settings": "Inställningar"},
    "Setting": {
        "Shortest code taken as a scan.": "Kortaste kod som räknas som en skanning.",
        "Shortest scan": "Kortaste skanning",
    },
}


@pytest.fixture
def tiny_swedish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english_afterwards: None) -> Path:
    qm = small_catalogue(tmp_path, SWEDISH)
    monkeypatch.setattr(i18n, "catalogue_path", lambda language: qm)
    return qm


def switch(language: str) -> None:
    """Switch, then deliver the LanguageChange events Qt posts (application, then windows)."""
    LANGUAGE.switch(language)
    for _ in range(2):
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.LanguageChange)


WAREHOUSES = [
    WarehouseChoice(WarehouseInfo(1, "GBG", "Göteborg"), True),
    WarehouseChoice(WarehouseInfo(2, "STO", "Stockholm"), False),
]


def test_an_open_order_form_follows_the_language_both_ways(qtbot, tiny_swedish: Path) -> None:
    dialog = OrderDialog(WAREHOUSES, backorders_allowed=False)
    qtbot.addWidget(dialog)
    labels = dialog.findChildren(QtWidgets.QLabel)
    dialog.submit()  # no name: its problem comes from the domain, as a Text
    assert dialog.errors["name"].text() == "Required."

    switch("sv")
    assert dialog.windowTitle() == "Lägg en order"
    assert "&Namn" in [label.text() for label in labels]
    assert dialog.fields["name"].accessibleName() == "Namn"
    assert dialog.send_button.text() == "Skicka ordern (Ctrl+Enter)"
    assert dialog.errors["name"].text() == "Obligatoriskt."  # shown again from its Text
    assert dialog.pickup.text() == "&Pickup at a warehouse"  # not in the tiny catalogue

    switch("en")
    assert dialog.windowTitle() == "Place an order"
    assert "&Name" in [label.text() for label in labels]
    assert dialog.send_button.text() == "Send order (Ctrl+Enter)"
    assert dialog.errors["name"].text() == "Required."


def test_a_refusal_in_the_order_form_is_shown_again_in_the_new_language(
    qtbot, tiny_swedish: Path
) -> None:
    dialog = OrderDialog(WAREHOUSES, backorders_allowed=False)
    qtbot.addWidget(dialog)
    dialog.warehouses.setCurrentRow(1)
    dialog.submit()  # Stockholm cannot supply everything: refused in the note
    assert dialog.warehouse_note.text().startswith("⚠ Stockholm cannot supply")
    switch("sv")
    assert dialog.warehouse_note.text().startswith("⚠ Stockholm kan inte leverera")
    switch("en")
    assert dialog.warehouse_note.text().startswith("⚠ Stockholm cannot supply")


def status_cell(window: PickupBoardWindow) -> str:
    """The status, over how long the order waited."""
    item = window.table.item(0, STATUS_COLUMN)
    assert item is not None
    return item.text().split("\n")[0]


def test_the_pickup_board_redraws_its_last_state_in_the_new_language(
    qtbot, tiny_swedish: Path
) -> None:
    now = datetime.now(UTC)
    board = PickupBoard(cast(OngoingClient, None), "GBG", "PICKUP")
    window = PickupBoardWindow(board, "Göteborg")
    qtbot.addWidget(window)
    order = BoardOrder(
        7, "TS-1-0007", "Eva", (BoardItem("A1", "Hammer", Decimal(2)),), 200, "Open", now, now
    )
    window.show_state(BoardState([order], offline_since=now - timedelta(minutes=3)))
    header = window.table.horizontalHeaderItem(ORDER_COLUMN)
    assert header is not None and header.text() == "Order / customer"
    assert status_cell(window) == "NEW — pick now"

    switch("sv")
    header = window.table.horizontalHeaderItem(ORDER_COLUMN)
    assert header is not None and header.text() == "Order / kund"
    assert status_cell(window) == "NY — plocka nu"  # redrawn without a poll
    assert window.banner.text().startswith("⚠ Ingen kontakt med Ongoing sedan")

    switch("en")
    assert status_cell(window) == "NEW — pick now"
    assert window.banner.text().startswith("⚠ Connection to Ongoing lost since")


def test_setting_help_texts_are_translated_in_an_open_dialog(
    qtbot, tmp_path: Path, tiny_swedish: Path
) -> None:
    dialog = SettingsDialog(Settings(), tmp_path / "config.toml")
    qtbot.addWidget(dialog)
    help_line = dialog.findChild(QtWidgets.QLabel, "scanner.min_length.help")
    field = dialog.findChild(QtWidgets.QLineEdit, "scanner.min_length")
    assert help_line is not None and field is not None
    switch("sv")
    assert dialog.windowTitle() == "Inställningar"
    assert help_line.text() == "Kortaste kod som räknas som en skanning."
    assert field.accessibleName() == "Kortaste skanning"
    assert field.toolTip().startswith("scanner.min_length\n")  # the name IT writes, always
    switch("en")
    assert help_line.text() == "Shortest code taken as a scan."
    assert field.accessibleName() == "Shortest scan"


def alt_keys(dialog: QtWidgets.QWidget) -> list[str]:
    texts = [label.text() for label in dialog.findChildren(QtWidgets.QLabel)]
    texts += [button.text() for button in dialog.findChildren(QtWidgets.QAbstractButton)]
    return [key for key in map(mnemonic, texts) if key]


@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_order_form_alt_keys_are_unique(
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    english_afterwards: None,
    language: str,
) -> None:
    """In the committed catalogue too: a translator picks letters, this keeps them apart."""
    if language == "sv":  # built here, so a stale .qm in resources/ cannot hide a clash
        qm = compile_catalogue(tool.FOLDER / "tillside_sv.ts", tmp_path / "tillside_sv.qm")
        monkeypatch.setattr(i18n, "catalogue_path", lambda _: qm)
    switch(language)
    split = ((WAREHOUSES[1].warehouse, ("A1",)),)
    choices = [WarehouseChoice(c.warehouse, False) for c in WAREHOUSES]
    dialog = OrderDialog(choices, backorders_allowed=False, split=split)
    qtbot.addWidget(dialog)
    keys = alt_keys(dialog)
    assert len(keys) >= 18
    assert len(keys) == len(set(keys)), sorted(keys)
    note = re.search(r"Alt\+(\w)", dialog.warehouse_note.text())
    assert note is not None and note.group(1) == mnemonic(dialog.split_choice.text())
