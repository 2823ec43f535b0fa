"""The settings dialog: every editable setting with its label and help in the till's
language, lists where a value is one of a set, values IT fixed elsewhere shown read-only with
where they are set, bad values named, and only changed values written (IT's comments kept)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from app.config.settings import Settings, declared_fields
from app.domain.stock import WarehouseInfo
from app.qt import QtWidgets
from app.ui.settings_dialog import EDITABLE_SECTIONS, SettingsDialog
from tests.helpers.till import setting_choice, setting_field, settings_by_f11

WAREHOUSES = (
    WarehouseInfo(1, "STO1", "Stockholm City"),
    WarehouseInfo(2, "GBG", "Göteborg Hisingen"),
)


def test_every_editable_setting_has_its_label_and_help_in_words(qtbot, tmp_path: Path) -> None:
    dialog = SettingsDialog(Settings(), tmp_path / "config.toml")
    qtbot.addWidget(dialog)
    labels = {label.buddy(): label.text() for label in dialog.findChildren(QtWidgets.QLabel)}
    for section, key, field in declared_fields():
        name = f"{section}.{key}"
        widget = dialog.findChild(QtWidgets.QWidget, name)
        if section not in EDITABLE_SECTIONS:
            assert widget is None  # the connection goes through its own confirmed dialog
            continue
        assert widget is not None, name
        assert field.title and labels[widget] == field.title  # words, not "store.till_id"
        help_line = dialog.findChild(QtWidgets.QLabel, f"{name}.help")
        assert help_line is not None and help_line.text() == field.description
        assert widget.toolTip() == f"{name}\n{field.description}"  # the file's name, for IT
        assert widget.isEnabled()


def test_values_of_a_set_are_chosen_from_a_list(qtbot, tmp_path: Path) -> None:
    settings = Settings.model_validate({"store": {"store_warehouse": "GBG"}})
    dialog = SettingsDialog(settings, tmp_path / "config.toml", warehouses=WAREHOUSES)
    qtbot.addWidget(dialog)

    def choices(name: str) -> list[tuple[str, str]]:
        combo = setting_choice(dialog, name)
        return [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]

    assert choices("display.language") == [("en", "English"), ("sv", "Svenska")]
    assert choices("display.slip_paper") == [("80mm", "80 mm receipt roll"), ("a4", "A4 page")]
    assert choices("store.store_warehouse") == [
        ("", "—"),
        ("GBG", "Göteborg Hisingen (GBG)"),
        ("STO1", "Stockholm City (STO1)"),
    ]
    assert setting_choice(dialog, "store.store_warehouse").currentData() == "GBG"
    terminators = dialog.findChild(QtWidgets.QWidget, "scanner.terminators")
    assert terminators is not None
    boxes = terminators.findChildren(QtWidgets.QCheckBox)
    assert [(box.text(), box.isChecked()) for box in boxes] == [
        ("Enter", True),
        ("Tab", True),
        ("Line feed (LF)", True),
    ]


def test_values_fixed_by_the_environment_or_it_are_read_only_and_say_where(
    qtbot, tmp_path: Path
) -> None:
    path = tmp_path / "config.toml"
    machine = "/etc/xdg/Tillside/config.toml"
    origins = {"store.till_id": "environment", "store.name": machine, "display.language": str(path)}
    settings = Settings.model_validate({"store": {"till_id": "3", "name": "Kungsgatan"}})
    dialog = SettingsDialog(settings, path, origins=origins)
    qtbot.addWidget(dialog)
    till_id = setting_field(dialog, "store.till_id")
    name = setting_field(dialog, "store.name")
    assert not till_id.isEnabled() and not name.isEnabled()
    assert setting_choice(dialog, "display.language").isEnabled()  # the till's own file
    help_line = dialog.findChild(QtWidgets.QLabel, "store.till_id.help")
    assert help_line is not None
    assert help_line.text().endswith("Set on this PC by TILLSIDE_STORE_TILL_ID: change it there.")
    help_line = dialog.findChild(QtWidgets.QLabel, "store.name.help")
    assert help_line is not None
    assert help_line.text().endswith(f"Set by IT in {machine}: change it there.")
    till_id.setText("9")  # even if it could be typed, it is not written
    setting_field(dialog, "store.order_prefix").setText("KG")
    dialog.save()
    assert tomllib.loads(path.read_text()) == {"store": {"order_prefix": "KG"}}


def test_a_bad_value_is_named_and_nothing_is_written(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    dialog = SettingsDialog(Settings(), path)
    qtbot.addWidget(dialog)
    setting_field(dialog, "store.till_id").setText("far too long")
    dialog.save()
    assert "store.till_id = 'far too long'" in dialog.message.text()
    assert not path.exists()


def test_only_changed_values_are_saved_typed_and_emitted(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    dialog = SettingsDialog(Settings(), path, warehouses=WAREHOUSES)
    qtbot.addWidget(dialog)
    saved: list[Settings] = []
    dialog.saved.connect(saved.append)
    setting_field(dialog, "store.preferred_warehouses").setText("GBG, STO1")
    setting_field(dialog, "store.warehouse_distances_km").setText("GBG=2.5")
    setting_field(dialog, "display.stale_stock_seconds").setText("300")
    paper = setting_choice(dialog, "display.slip_paper")
    paper.setCurrentIndex(paper.findData("a4"))
    warehouse = setting_choice(dialog, "store.store_warehouse")
    warehouse.setCurrentIndex(warehouse.findData("STO1"))
    backorders = dialog.findChild(QtWidgets.QCheckBox, "store.backorders_allowed")
    assert backorders is not None
    backorders.setChecked(True)
    terminators = dialog.findChild(QtWidgets.QWidget, "scanner.terminators")
    assert terminators is not None
    tab = terminators.findChild(QtWidgets.QCheckBox, "tab")
    assert tab is not None
    tab.setChecked(False)
    dialog.save()
    assert dialog.message.text() == ""
    assert tomllib.loads(path.read_text()) == {
        "store": {
            "preferred_warehouses": ["GBG", "STO1"],
            "warehouse_distances_km": {"GBG": 2.5},
            "store_warehouse": "STO1",
            "backorders_allowed": True,
        },
        "scanner": {"terminators": ["enter", "lf"]},
        "display": {"stale_stock_seconds": 300, "slip_paper": "a4"},
    }
    [settings] = saved
    assert settings.store.preferred_warehouses == ("GBG", "STO1")
    assert settings.display.stale_stock_seconds == 300
    assert settings.scanner.terminators == ("enter", "lf")


def test_saving_keeps_its_comments_and_layout(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    text = (
        "# Till 2, set up by IT\n"
        "[store]\n"
        'name = "Kungsgatan"   # on the slips\n'
        "\n"
        "[display]\n"
        'language = "en"  # Ctrl+L changes it\n'
    )
    path.write_text(text)
    settings = Settings.model_validate({"store": {"name": "Kungsgatan"}})
    dialog = SettingsDialog(settings, path)
    qtbot.addWidget(dialog)
    language = setting_choice(dialog, "display.language")
    language.setCurrentIndex(language.findData("sv"))
    dialog.save()
    assert path.read_text() == text.replace('"en"  # Ctrl+L', '"sv"  # Ctrl+L')


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
