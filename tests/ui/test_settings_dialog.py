"""The settings dialog: every editable setting shown, bad values named, good ones saved."""

from __future__ import annotations

import tomllib
from pathlib import Path

from app.config.settings import Settings, declared_fields
from app.qt import QtWidgets
from app.services.till import Till
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import EDITABLE_SECTIONS, SettingsDialog


def line(dialog: QtWidgets.QWidget, name: str) -> QtWidgets.QLineEdit:
    field = dialog.findChild(QtWidgets.QLineEdit, name)
    assert field is not None, name
    return field


def test_every_editable_setting_has_a_field_with_its_help(qtbot, tmp_path: Path) -> None:
    dialog = SettingsDialog(Settings(), tmp_path / "config.toml")
    qtbot.addWidget(dialog)
    for section, key, field in declared_fields():
        widget = dialog.findChild(QtWidgets.QWidget, f"{section}.{key}")
        if section in EDITABLE_SECTIONS:
            assert widget is not None, key
            assert widget.toolTip() == field.description
        else:
            assert widget is None  # the connection goes through its own confirmed dialog


def test_a_bad_value_is_named_and_nothing_is_written(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    dialog = SettingsDialog(Settings(), path)
    qtbot.addWidget(dialog)
    field = dialog.findChild(QtWidgets.QLineEdit, "store.till_id")
    assert field is not None
    field.setText("far too long")
    dialog.save()
    assert "store.till_id = 'far too long'" in dialog.message.text()
    assert not path.exists()


def test_good_values_are_saved_typed_and_emitted(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    dialog = SettingsDialog(Settings(), path)
    qtbot.addWidget(dialog)
    saved: list[Settings] = []
    dialog.saved.connect(saved.append)
    line(dialog, "store.preferred_warehouses").setText("GBG, STO1")
    line(dialog, "store.warehouse_distances_km").setText("GBG=2.5")
    line(dialog, "display.stale_stock_seconds").setText("300")
    backorders = dialog.findChild(QtWidgets.QCheckBox, "store.backorders_allowed")
    assert backorders is not None
    backorders.setChecked(True)
    dialog.save()
    assert dialog.message.text() == ""
    written = tomllib.loads(path.read_text())
    assert written["store"]["preferred_warehouses"] == ["GBG", "STO1"]
    assert written["store"]["warehouse_distances_km"] == {"GBG": 2.5}
    assert written["display"]["stale_stock_seconds"] == 300
    assert written["store"]["backorders_allowed"] is True
    [settings] = saved
    assert settings.store.preferred_warehouses == ("GBG", "STO1")
    assert settings.display.stale_stock_seconds == 300


async def settings_by_f11(qtbot, client, user_file: Path) -> tuple[MainWindow, SettingsDialog]:
    """An open till with default settings, and its settings dialog opened with F11."""
    from app.qt import Qt
    from tests.helpers.waiting import until

    window = MainWindow(Till.for_client(client, settings=Settings(), user_file=user_file))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    await until(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    await until(lambda: window.findChild(SettingsDialog) is not None)
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    return window, dialog


def test_saved_settings_take_effect_in_the_open_till(qtbot, simulator, tmp_path: Path) -> None:
    from app.config.settings import ScannerSection
    from tests.helpers.qt_loop import run_on_qt_loop
    from tests.helpers.simulator import client_for

    async def scenario() -> None:
        async with client_for(simulator) as client:
            window, dialog = await settings_by_f11(qtbot, client, tmp_path / "c.toml")
            line(dialog, "display.stale_stock_seconds").setText("600")
            line(dialog, "scanner.max_interkey_ms").setText("40")
            dialog.save()
            assert window.session.stale_after.total_seconds() == 600
            assert window.scanner.timing == ScannerSection(max_interkey_ms=40).timing()
            await window.shutdown()

    run_on_qt_loop(scenario())
