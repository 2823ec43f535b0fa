"""The settings dialog (F11): the store, scanner and display settings, a tab each.

Every field comes from the declared settings, so nothing is forgotten when a setting is
added: its label and help in the till's language (declared in app/config/settings.py), the
editor its kind calls for (app/ui/settings_fields.py), and its name as in the config file
for IT. A value set by an environment variable or by IT's machine-wide file wins over this
dialog, so it is shown read-only, saying where it is set. Values are checked as a whole
before anything is written, and only the ones changed are written; a bad one is named with
what is allowed. Changing the Ongoing connection asks for confirmation first, then opens
the setup dialog.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from app.config.loading import SettingsError, save_user_settings, values_from_text
from app.config.settings import Settings, declared_fields, setting_title
from app.config.sources import environment_name
from app.domain.stock import WarehouseInfo
from app.domain.texts import Text
from app.qt import QtCore, QtWidgets
from app.ui.confirm import ask
from app.ui.dialog_size import useful_size
from app.ui.i18n import shown
from app.ui.settings_fields import SettingEditor, make_editor, translated

EDITABLE_SECTIONS = ("store", "scanner", "display")
ENVIRONMENT = "environment"  # the origin `load_settings` gives a value from a variable


class SettingsDialog(QtWidgets.QDialog):
    """Emits `saved(Settings)` with the new values; `change_connection` on confirmation."""

    saved = QtCore.Signal(object)
    change_connection = QtCore.Signal()

    def __init__(
        self,
        settings: Settings,
        user_file: Path,
        parent: QtWidgets.QWidget | None = None,
        *,
        origins: Mapping[str, str] | None = None,
        warehouses: Sequence[WarehouseInfo] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.settings = settings
        self.user_file = user_file
        self.fields: dict[tuple[str, str], QtWidgets.QWidget] = {}
        self._editors: dict[tuple[str, str], SettingEditor] = {}
        self._rows: list[tuple[QtWidgets.QLabel, QtWidgets.QLabel, str, str, str]] = []
        self._fixed: dict[tuple[str, str], str] = {}  # where a value IT fixed is set
        self._problem: Text | str | None = None  # the last refusal, shown again on a switch
        layout = QtWidgets.QVBoxLayout(self)
        self.tabs = QtWidgets.QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        layout.addWidget(self.tabs, 1)
        forms = {section: self._add_tab() for section in EDITABLE_SECTIONS}
        values = settings.model_dump()
        for section, key, field in declared_fields():
            if section not in EDITABLE_SECTIONS:
                continue
            name = ".".join((section, key))  # as in the config file
            form, page = forms[section]
            editor = make_editor(name, field, values[section][key], warehouses, page)
            origin = (origins or {}).get(name, "")
            if origin and origin != str(user_file):
                self._fixed[(section, key)] = origin
                editor.widget.setEnabled(False)
            label = QtWidgets.QLabel(page)
            label.setBuddy(editor.widget)
            help_line = QtWidgets.QLabel(page)
            help_line.setObjectName(f"{name}.help")
            help_line.setWordWrap(True)
            help_line.setStyleSheet("color: #555;")
            cell = QtWidgets.QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(editor.widget)
            cell.addWidget(help_line)
            form.addRow(label, cell)
            self._rows.append(
                (label, help_line, name, setting_title(field), field.description or "")
            )
            self.fields[(section, key)] = editor.widget
            self._editors[(section, key)] = editor
        self.message = QtWidgets.QLabel(self)
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QtWidgets.QDialogButtonBox(self)
        self.connection_button = buttons.addButton(
            "", QtWidgets.QDialogButtonBox.ButtonRole.ActionRole
        )
        self.connection_button.clicked.connect(self._confirm_connection_change)
        buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Save)
        buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.retranslate()
        size = useful_size(self, parent)
        self.resize(min(size.width(), 1000), size.height())

    def _add_tab(self) -> tuple[QtWidgets.QFormLayout, QtWidgets.QWidget]:
        """A tab that scrolls when the screen is too short for its settings."""
        page = QtWidgets.QWidget()
        form = QtWidgets.QFormLayout(page)
        form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        scroll = QtWidgets.QScrollArea(self.tabs)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self.tabs.addTab(scroll, "")
        return form, page

    def retranslate(self) -> None:
        """Set every text in the till's language; again on each language switch."""
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        for index, title in enumerate((self.tr("Store"), self.tr("Scanner"), self.tr("Display"))):
            self.tabs.setTabText(index, title)
        for label, help_line, name, title, description in self._rows:
            section, _, key = name.partition(".")
            label.setText(translated(title) or name)
            help_text = translated(description)
            fixed = self._fixed.get((section, key))
            if fixed is not None:
                help_text = " ".join((help_text, self._fixed_text(section, key, fixed)))
            help_line.setText(help_text)
            widget = self.fields[(section, key)]
            widget.setToolTip(f"{name}\n{help_text}")  # untranslated: the file's name, for IT
            widget.setAccessibleName(translated(title) or name)
            widget.setAccessibleDescription(help_text)
            self._editors[(section, key)].retranslate()
        self.message.setAccessibleName(self.tr("Settings problems"))
        self.connection_button.setText(self.tr("Change the Ongoing &connection…"))
        self.connection_button.setAccessibleName(self.tr("Change the Ongoing connection"))
        self._render_problem()

    def _fixed_text(self, section: str, key: str, origin: str) -> str:
        if origin == ENVIRONMENT:
            return self.tr("Set on this PC by {variable}: change it there.").format(
                variable=environment_name(section, key)
            )
        return self.tr("Set by IT in {file}: change it there.").format(file=origin)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _render_problem(self) -> None:
        self.message.setText("" if self._problem is None else "⚠ " + shown(self._problem))

    def save(self) -> None:
        """Write only what changed (and nothing fixed elsewhere), checked as a whole first."""
        current = self.settings.model_dump()
        changes: dict[str, dict[str, Any]] = {}
        try:
            for section in EDITABLE_SECTIONS:
                texts: dict[str, str] = {}
                flags: dict[str, bool] = {}
                for (name, key), editor in self._editors.items():
                    if name != section or (name, key) in self._fixed:
                        continue
                    value = editor.value()
                    if isinstance(value, bool):
                        flags[key] = value
                    else:
                        texts[key] = value
                typed = {**values_from_text(self.settings, section, texts), **flags}
                changed = {k: v for k, v in typed.items() if v != current[section][k]}
                if changed:
                    changes[section] = changed
            if changes:
                save_user_settings(self.user_file, changes)
        except SettingsError as error:
            self._problem = error.text
            self._render_problem()
            return
        updated = self.settings.model_copy(
            update={
                section: getattr(self.settings, section).model_copy(update=values)
                for section, values in changes.items()
            }
        )
        self.saved.emit(updated)
        self.accept()

    def _confirm_connection_change(self) -> None:
        ask(
            self,
            "confirmConnectionChange",
            self.tr("Change the Ongoing connection?"),
            self.tr(
                "The till will talk to another Ongoing account after a restart. Unsent orders "
                "stay in the outbox for the current one. Go on?"
            ),
            self.change_connection.emit,
            icon=QtWidgets.QMessageBox.Icon.Warning,
        )
