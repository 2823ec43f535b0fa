"""The keys do what the shortcut bar says wherever the focus is: the code field (where it
sits after every scan), the stock table and the basket table.

Every key of the table in app/ui/shortcuts.py is pressed from each place, as a keyboard
does (the focused widget is asked first whether it wants the key), and must run its action
once and have its effect. A key added to the table is pressed here too; its effect is
checked once it has an entry in EFFECTS.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.config.settings import Settings, StoreSection
from app.domain.texts import as_text
from app.persistence.outbox import Outbox
from app.qt import Qt, QtWidgets
from app.services.notices import Notice, NoticeLevel
from app.services.orders import OrderService
from app.ui.i18n import LANGUAGE
from app.ui.main_window import MainWindow
from app.ui.shortcuts import SHORTCUTS, key_sequence
from tests.helpers.qt_loop import run_on_qt_loop
from tests.helpers.simulator import client_for, inventory_requests, stocked_article
from tests.helpers.till import TillDriver, activated, open_till
from tests.helpers.waiting import until

PLACES = ("code field", "stock table", "basket table")
MARK = "…"  # the notice before each key, so a key's own notice is told from an old one


@dataclass
class Keyboard:
    """The till, its simulator and the actions the keys ran."""

    qtbot: Any
    till: TillDriver
    simulator: Any
    ran: list[str]
    requests_before: int = 0  # Ongoing's stock requests before the key

    @property
    def window(self) -> MainWindow:
        return self.till.window

    def rows(self) -> int:
        return self.window.basket_model.rowCount()

    def dialog(self, kind: type[QtWidgets.QWidget], name: str) -> QtWidgets.QWidget | None:
        found = self.window.findChild(kind, name)
        return found if found is not None and found.isVisible() else None

    async def closes(self, kind: type[QtWidgets.QWidget], name: str) -> None:
        """The dialog `name` is open; it is closed as the cashier would (Esc, No)."""
        await until(lambda: self.dialog(kind, name) is not None)
        dialog = self.dialog(kind, name)
        assert isinstance(dialog, QtWidgets.QDialog)
        dialog.reject()
        await until(lambda: self.dialog(kind, name) is None)


Effect = Callable[[Keyboard, int], Awaitable[None]]


async def help_shown(keys: Keyboard, _rows: int) -> None:
    await keys.closes(QtWidgets.QMessageBox, "helpDialog")


def focus_on(name: str) -> Effect:
    async def check(keys: Keyboard, _rows: int) -> None:
        widget = getattr(keys.window, name)
        await until(widget.hasFocus)

    return check


async def quantity_open(keys: Keyboard, _rows: int) -> None:
    view = keys.window.basket_view
    editing = QtWidgets.QAbstractItemView.State.EditingState
    assert view.state() == editing
    keys.window.focus_entry()  # the editor closes as it loses focus
    await until(lambda: view.state() != editing)


async def search_open(keys: Keyboard, _rows: int) -> None:
    search = keys.window.article_search
    await until(search.isVisible)
    search.close_search()
    await until(lambda: not search.isVisible())


async def stock_fetched(keys: Keyboard, _rows: int) -> None:
    before = keys.requests_before
    await until(lambda: inventory_requests(keys.simulator) > before)


async def line_removed(keys: Keyboard, rows: int) -> None:
    assert keys.rows() == rows - 1
    assert "Removed" in keys.window.notice.text()
    keys.window.session.undo()
    await until(lambda: keys.rows() == rows)


async def line_back(keys: Keyboard, rows: int) -> None:
    assert keys.rows() == rows + 1  # the line removed before the key is back
    assert "Undone" in keys.window.notice.text()


async def asked(name: str, keys: Keyboard) -> None:
    await until(lambda: keys.dialog(QtWidgets.QMessageBox, name) is not None)
    box = keys.dialog(QtWidgets.QMessageBox, name)
    assert isinstance(box, QtWidgets.QMessageBox)
    box.button(QtWidgets.QMessageBox.StandardButton.No).click()
    await until(lambda: keys.dialog(QtWidgets.QMessageBox, name) is None)
    assert keys.rows() == 2


def said(words: str) -> Effect:
    async def check(keys: Keyboard, _rows: int) -> None:
        await until(lambda: words in keys.window.notice.text())

    return check


def dialog_of(name: str) -> Effect:
    async def check(keys: Keyboard, _rows: int) -> None:
        await keys.closes(QtWidgets.QDialog, name)

    return check


async def language_switched(keys: Keyboard, _rows: int) -> None:
    assert LANGUAGE.code == "sv"
    keys.window.settings_actions.use_language("en")


EFFECTS: dict[str, Effect] = {
    "show_help": help_shown,
    "focus_entry": focus_on("code_entry"),
    "open_search": search_open,
    "focus_stock": focus_on("stock_view"),
    "edit_quantity": quantity_open,
    "refresh_stock": stock_fetched,
    "focus_basket": focus_on("basket_view"),
    "remove_selected": line_removed,
    "undo": line_back,
    "clear_basket": lambda keys, _rows: asked("clearBasketDialog", keys),
    "open_order_form": dialog_of("orderDialog"),
    "focus_unsent": said("Every order is confirmed by Ongoing."),
    "print_slip": said("No order placed yet on this till."),
    "open_returns": dialog_of("returnDialog"),
    "open_settings": dialog_of("settingsDialog"),
    "sell_over_the_counter": lambda keys, _rows: asked("storeSaleDialog", keys),
    "show_short_stock": dialog_of("shortStockDialog"),
    "show_incoming": dialog_of("incomingDialog"),
    "show_stock_taking": dialog_of("stockTakingDialog"),
    "show_diagnostics": dialog_of("scannerDiagnostics"),
    "switch_language": language_switched,
}


def recording(ran: list[str], name: str, action: Callable[..., None]) -> Callable[..., None]:
    @functools.wraps(action)
    def run(self: MainWindow) -> None:
        ran.append(name)
        action(self)

    return run


async def focus_place(keys: Keyboard, place: str) -> QtWidgets.QWidget:
    """The window active and `place` focused, as after a scan or F3 / F6."""
    window = keys.window
    await activated(window)
    if place == "code field":
        window.focus_entry()
        widget: QtWidgets.QWidget = window.code_entry
    elif place == "stock table":
        window.focus_stock()
        widget = window.stock_view
    else:
        window.focus_basket()
        widget = window.basket_view
    await until(widget.hasFocus)
    return widget


@pytest.mark.parametrize("place", PLACES)
def test_every_key_of_the_shortcut_bar_works_from(
    place: str, qtbot, simulator, tmp_path: Path, monkeypatch, english_afterwards
) -> None:
    ran: list[str] = []
    for action in {shortcut.action for shortcut in SHORTCUTS}:
        monkeypatch.setattr(MainWindow, action, recording(ran, action, getattr(MainWindow, action)))
    articles = [stocked_article(simulator, at_least=2)]
    articles += [
        a
        for a in simulator.state.articles()
        if a.barcode and a.article_number != articles[0].article_number
    ][:1]
    warehouse = simulator.state.warehouses()[0]
    store = StoreSection(
        name="Test Store", till_id="2", store_sale=True, store_warehouse=warehouse.code
    )

    async def scenario() -> None:
        async with client_for(simulator) as client:
            orders = OrderService(client, Outbox(tmp_path / "outbox.sqlite"), store)
            till = open_till(
                qtbot,
                tmp_path,
                client,
                orders=orders,
                settings=Settings(store=store),
                user_file=tmp_path / "settings.toml",
            )
            keys = Keyboard(qtbot, till, simulator, ran)
            await till.scan_and_show_stock(articles[0].barcode)
            till.scan(articles[1].barcode or "")
            await until(lambda: keys.rows() == 2)
            for shortcut in SHORTCUTS:
                if shortcut.action == "undo":  # something to undo
                    keys.window.session.remove(articles[0].article_number)
                    await until(lambda: keys.rows() == 1)
                widget = await focus_place(keys, place)
                rows = keys.rows()
                keys.window.show_notice(Notice(NoticeLevel.INFO, as_text(MARK)))
                keys.requests_before = inventory_requests(simulator)
                ran.clear()
                combination = key_sequence(shortcut)[0]  # type: ignore[index]  # stubs lack []
                qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())
                assert ran == [shortcut.action], (shortcut.key, place)
                await EFFECTS[shortcut.action](keys, rows)
            await keys.window.shutdown()

    run_on_qt_loop(scenario())


def test_delete_and_ctrl_z_in_the_code_field_edit_its_text_while_it_has_some(
    qtbot, simulator, tmp_path: Path
) -> None:
    """Typing a code by hand, Delete and Ctrl+Z are the text's; the basket is untouched."""
    article = stocked_article(simulator)

    async def scenario() -> None:
        async with client_for(simulator) as client:
            till = open_till(qtbot, tmp_path, client)
            window = till.window
            await till.scan_and_show_stock(article.barcode)
            await activated(window)
            entry = window.code_entry
            entry.setText("12345")
            entry.setCursorPosition(0)
            qtbot.keyClick(entry, Qt.Key.Key_Delete)
            assert entry.text() == "2345"
            qtbot.keyClick(entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
            assert entry.text() == "12345"
            assert window.basket_model.rowCount() == 1
            await window.shutdown()

    run_on_qt_loop(scenario())
