"""The till window under test, driven as a cashier and a scanner would drive it.

A scanner is told from a person by key timing; `TillDriver` stamps each key with the time of
a `ManualClock` the test moves, so a scan is a scan and typing is typing whatever the
machine's speed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.config.settings import Settings
from app.ongoing.client import OngoingClient
from app.persistence.json_file import JsonFile
from app.qt import Qt, QtWidgets
from app.services.checkout import CheckoutSession
from app.services.till import Till
from app.ui.main_window import MainWindow
from app.ui.scanner_filter import ScannerFilter
from app.ui.settings_dialog import SettingsDialog
from app.ui.stock_table import StockRow
from tests.helpers.clocks import ManualClock
from tests.helpers.keys import type_char
from tests.helpers.waiting import until

SCANNER_GAP_MS = 15
HAND_GAP_MS = 180
QUIET_MS = 1000  # longer than any scanner's gap: what was held is let through


class TillDriver:
    """A window under test, with a scanner whose key timing the test controls."""

    def __init__(self, qtbot: Any, window: MainWindow, clock: ManualClock) -> None:
        self.qtbot = qtbot
        self.window = window
        self.clock = clock

    def keys(self, text: str, gap_ms: float) -> None:
        """Type into whatever has focus, `gap_ms` apart (focus may move on Enter or Tab)."""
        widget = QtWidgets.QApplication.focusWidget() or self.window
        for char in text:
            self.clock.advance(gap_ms)
            type_char(widget, char, self.clock.now)
            widget = QtWidgets.QApplication.focusWidget() or self.window

    def scan(self, code: str) -> None:
        self.keys(code + "\r", SCANNER_GAP_MS)
        self.settle()

    def type_by_hand(self, text: str) -> None:
        self.keys(text, HAND_GAP_MS)
        self.settle()

    def settle(self) -> None:
        """Let the scanner filter decide on what it holds, as its timer would."""
        self.clock.advance(QUIET_MS)
        self.window.scanner.flush()  # what its timer does once the keys have gone quiet

    async def scan_and_show_stock(self, code: str) -> None:
        """Once the catalogue is in, scan `code` and wait until its stock is on screen."""
        await until(self.catalogue_loaded)
        self.scan(code)
        await until(self.shows_stock)

    def catalogue_loaded(self) -> bool:
        return self.window.session.catalogue.loaded_at is not None

    def stock_rows(self) -> list[StockRow]:
        return self.window.stock_model.rows()

    def shows_stock(self) -> bool:
        """The grid shows fetched figures (the snapshot alone may not be rendered yet)."""
        return any(row.fetched_at is not None for row in self.stock_rows())


def open_till(qtbot: Any, folder: Path, client: OngoingClient, **till_options: Any) -> TillDriver:
    """The till window on `client`, its basket file in `folder`, shown with the code focused.

    `till_options` go to `Till` (orders, tracker, settings, user_file).
    """
    clock = ManualClock()
    session = CheckoutSession(client, basket_file=JsonFile(folder / "basket.json"))
    window = MainWindow(Till(client, session, **till_options), scanner=ScannerFilter())
    qtbot.addWidget(window)
    window.show()
    window.focus_entry()
    return TillDriver(qtbot, window, clock)


async def activated(widget: QtWidgets.QWidget) -> None:
    """Make the window active, as the window manager does when the cashier works in it."""
    widget.activateWindow()
    await until(widget.isActiveWindow)


async def settings_by_f11(
    qtbot: Any, client: OngoingClient, user_file: Path
) -> tuple[MainWindow, SettingsDialog]:
    """An open till with default settings, and its settings dialog opened with F11."""
    window = MainWindow(Till.for_client(client, settings=Settings(), user_file=user_file))
    qtbot.addWidget(window)
    window.show()
    await activated(window)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    await until(lambda: window.findChild(SettingsDialog) is not None)
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    return window, dialog


def setting_field(dialog: QtWidgets.QWidget, name: str) -> QtWidgets.QLineEdit:
    """The settings dialog's text field for `name` ("section.key")."""
    field = dialog.findChild(QtWidgets.QLineEdit, name)
    assert field is not None, name
    return field


def setting_choice(dialog: QtWidgets.QWidget, name: str) -> QtWidgets.QComboBox:
    """The settings dialog's list for `name` ("section.key"), a setting with a set of values."""
    field = dialog.findChild(QtWidgets.QComboBox, name)
    assert field is not None, name
    return field


async def back_to_scanning(qtbot: Any, window: QtWidgets.QWidget) -> None:
    """Esc on the checkout's confirmation, as the cashier does after reading it."""
    from app.ui.checkout_confirmation import CheckoutConfirmation

    confirmation = window.findChild(CheckoutConfirmation, "checkoutConfirmation")
    assert confirmation is not None and confirmation.isVisible()
    await activated(confirmation)
    qtbot.keyClick(confirmation, Qt.Key.Key_Escape)
    await until(lambda: not confirmation.isVisible())
