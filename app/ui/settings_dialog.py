"""The settings dialog (F11): the store, scanner and display settings, in one form.

Every field comes from the declared settings (label = key, tooltip = help text), so nothing
is forgotten when a setting is added. Values are checked as a whole before anything is
written; a bad one is named with what is allowed. Changing the Ongoing connection asks
for confirmation first, then opens the setup dialog.

Setting names stay as written in the config file (they are what IT types); their help texts
and the dialog's own words follow the till's language, also while the dialog is open.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.config.loading import SettingsError, save_user_settings, values_from_text
from app.config.settings import Settings, declared_fields
from app.domain.texts import Text
from app.qt import QtCore, QtWidgets
from app.ui.confirm import ask
from app.ui.i18n import shown

EDITABLE_SECTIONS = ("store", "scanner", "display")


def as_text(value: Any) -> str:
    if isinstance(value, tuple | list):
        return ", ".join(str(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(f"{key}={km:g}" for key, km in value.items())
    return "" if value is None else str(value)


class SettingsDialog(QtWidgets.QDialog):
    """Emits `saved(Settings)` with the new values; `change_connection` on confirmation."""

    saved = QtCore.Signal(object)
    change_connection = QtCore.Signal()

    def __init__(
        self, settings: Settings, user_file: Path, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.settings = settings
        self.user_file = user_file
        self.fields: dict[tuple[str, str], QtWidgets.QLineEdit | QtWidgets.QCheckBox] = {}
        self._descriptions: dict[tuple[str, str], str] = {}  # help texts, English
        self._problem: Text | str | None = None  # the last refusal, shown again on a switch
        layout = QtWidgets.QVBoxLayout(self)
        form = QtWidgets.QFormLayout()
        values = settings.model_dump()
        for section, key, field in declared_fields():
            if section not in EDITABLE_SECTIONS:
                continue
            name = ".".join((section, key))  # as in the config file
            value = values[section][key]
            widget: QtWidgets.QLineEdit | QtWidgets.QCheckBox
            if isinstance(value, bool):
                widget = QtWidgets.QCheckBox(self)
                widget.setChecked(value)
            else:
                widget = QtWidgets.QLineEdit(as_text(value), self)
            widget.setObjectName(name)
            widget.setAccessibleName(name)  # the setting's name, as in the config file
            form.addRow(QtWidgets.QLabel(name, self), widget)
            self.fields[(section, key)] = widget
            self._descriptions[(section, key)] = field.description or ""
        layout.addLayout(form)
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

    def retranslate(self) -> None:
        """Set every text in the till's language; again on each language switch."""
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        for place, widget in self.fields.items():
            description = self._descriptions[place]
            # Help texts are declared with QT_TRANSLATE_NOOP("Setting", ...) in app.config.
            widget.setToolTip(
                QtCore.QCoreApplication.translate("Setting", description) if description else ""
            )
        self.message.setAccessibleName(self.tr("Settings problems"))
        self.connection_button.setText(self.tr("Change the Ongoing &connection…"))
        self.connection_button.setAccessibleName(self.tr("Change the Ongoing connection"))
        self._render_problem()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _render_problem(self) -> None:
        self.message.setText("" if self._problem is None else "⚠ " + shown(self._problem))

    def save(self) -> None:
        changes: dict[str, dict[str, Any]] = {}
        try:
            for section in EDITABLE_SECTIONS:
                texts: dict[str, str] = {}
                flags: dict[str, bool] = {}
                for (name, key), widget in self.fields.items():
                    if name != section:
                        continue
                    if isinstance(widget, QtWidgets.QCheckBox):
                        flags[key] = widget.isChecked()
                    else:
                        texts[key] = widget.text().strip()
                changes[section] = {**values_from_text(self.settings, section, texts), **flags}
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
