"""One editor per setting in the settings dialog (F11), chosen from how it is declared.

A yes/no setting is a check box; one whose value is one of a set is a list (the language,
the slip's paper, the store's warehouse from Ongoing's warehouses); a set of keys is a row
of check boxes (the scanner's terminators); anything else a text field, lists written
comma-separated and distances as CODE=km. Each editor gives back what `values_from_text`
reads, so every value is checked the same way wherever it was typed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic.fields import FieldInfo

from app.config.settings import LANGUAGES, WAREHOUSES, setting_choices
from app.domain.stock import WarehouseInfo
from app.qt import QtCore, QtWidgets
from app.ui.i18n import UI_LANGUAGES


def as_text(value: Any) -> str:
    if isinstance(value, tuple | list):
        return ", ".join(str(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(f"{key}={km:g}" for key, km in value.items())
    return "" if value is None else str(value)


def translated(label: str) -> str:
    """A label declared in app.config with QT_TRANSLATE_NOOP("Setting", ...)."""
    return QtCore.QCoreApplication.translate("Setting", label) if label else ""


class SettingEditor:
    """The widget for one setting, and its value as the dialog saves it."""

    def __init__(self, name: str, widget: QtWidgets.QWidget) -> None:
        self.name = name  # "section.key", as in the config file
        self.widget = widget
        widget.setObjectName(name)

    def value(self) -> str | bool:
        """A bool for a check box; otherwise the text `values_from_text` reads."""
        widget = self.widget
        if isinstance(widget, QtWidgets.QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QtWidgets.QComboBox):
            return str(widget.currentData())
        if isinstance(widget, QtWidgets.QLineEdit):
            return widget.text().strip()
        boxes = widget.findChildren(QtWidgets.QCheckBox)
        return ", ".join(box.property("choice") for box in boxes if box.isChecked())

    def retranslate(self) -> None:
        """Labels of the choices in the till's language (a language's own name stays)."""
        widget = self.widget
        if isinstance(widget, QtWidgets.QComboBox):
            for index in range(widget.count()):
                label = widget.itemData(index, QtCore.Qt.ItemDataRole.UserRole + 1)
                if label:
                    widget.setItemText(index, translated(label))
        for box in widget.findChildren(QtWidgets.QCheckBox):
            if box.property("label"):
                box.setText(translated(box.property("label")))


def make_editor(
    name: str,
    field: FieldInfo,
    value: Any,
    warehouses: Sequence[WarehouseInfo],
    parent: QtWidgets.QWidget,
) -> SettingEditor:
    choices = setting_choices(field)
    if isinstance(value, bool):
        box = QtWidgets.QCheckBox(parent)
        box.setChecked(value)
        return SettingEditor(name, box)
    if isinstance(value, tuple) and isinstance(choices, Mapping):
        return SettingEditor(name, _check_boxes(choices, value, parent))
    if choices == LANGUAGES:
        return SettingEditor(name, _list({code: "" for code in UI_LANGUAGES}, value, parent))
    if choices == WAREHOUSES:
        return SettingEditor(name, _warehouses(warehouses, value, parent))
    if isinstance(choices, Mapping):
        return SettingEditor(name, _list(choices, value, parent))
    return SettingEditor(name, QtWidgets.QLineEdit(as_text(value), parent))


def _list(choices: Mapping[str, str], value: Any, parent: QtWidgets.QWidget) -> QtWidgets.QComboBox:
    """Values with translatable labels; an empty label means the language's own name."""
    combo = QtWidgets.QComboBox(parent)
    for choice, label in choices.items():
        combo.addItem(translated(label) if label else UI_LANGUAGES[choice], choice)
        combo.setItemData(combo.count() - 1, label, QtCore.Qt.ItemDataRole.UserRole + 1)
    combo.setCurrentIndex(max(0, combo.findData(value)))
    return combo


def _warehouses(
    warehouses: Sequence[WarehouseInfo], value: Any, parent: QtWidgets.QWidget
) -> QtWidgets.QComboBox:
    """Ongoing's warehouses by name and code, after "none"; a configured code Ongoing does
    not have (any more) stays in the list as it is, so saving does not change it."""
    combo = QtWidgets.QComboBox(parent)
    combo.addItem("—", "")  # untranslated: no warehouse, a dash in every language
    for warehouse in sorted(warehouses, key=lambda w: w.name):
        named = f"{warehouse.name} ({warehouse.code})"  # untranslated: Ongoing's names
        combo.addItem(named, warehouse.code)
    if value and combo.findData(value) < 0:
        combo.addItem(str(value), value)
    combo.setCurrentIndex(max(0, combo.findData(value or "")))
    return combo


def _check_boxes(
    choices: Mapping[str, str], chosen: tuple[str, ...], parent: QtWidgets.QWidget
) -> QtWidgets.QWidget:
    row = QtWidgets.QWidget(parent)
    layout = QtWidgets.QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for choice, label in choices.items():
        box = QtWidgets.QCheckBox(translated(label), row)
        box.setObjectName(choice)
        box.setProperty("choice", choice)
        box.setProperty("label", label)
        box.setChecked(choice in chosen)
        layout.addWidget(box)
    layout.addStretch(1)
    return row
