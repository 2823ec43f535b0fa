"""The settings dialog: every editable setting shown, bad values named, good ones saved."""

from __future__ import annotations

import tomllib
from pathlib import Path

from app.config.settings import Settings, declared_fields
from app.qt import QtWidgets
from app.ui.settings_dialog import EDITABLE_SECTIONS, SettingsDialog
from tests.helpers.till import setting_field, settings_by_f11


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
    setting_field(dialog, "store.preferred_warehouses").setText("GBG, STO1")
    setting_field(dialog, "store.warehouse_distances_km").setText("GBG=2.5")
    setting_field(dialog, "display.stale_stock_seconds").setText("300")
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


def test_saved_settings_take_effect_in_the_open_till(qtbot, simulator, tmp_path: Path) -> None:
    from app.config.settings import ScannerSection
    from tests.helpers.qt_loop import run_on_qt_loop
    from tests.helpers.simulator import client_for

    async def scenario() -> None:
        async with client_for(simulator) as client:
            window, dialog = await settings_by_f11(qtbot, client, tmp_path / "c.toml")
            setting_field(dialog, "display.stale_stock_seconds").setText("600")
            setting_field(dialog, "scanner.max_interkey_ms").setText("40")
            dialog.save()
            assert window.session.stale_after.total_seconds() == 600
            assert window.scanner.timing == ScannerSection(max_interkey_ms=40).timing()
            await window.shutdown()

    run_on_qt_loop(scenario())
