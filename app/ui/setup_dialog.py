"""First run: connect the till to Ongoing, test it, keep the password in the keyring.

The dialog asks for the warehouse name (or API URL), goods owner id, API user and password.
"Test connection" calls Ongoing and says what it found (warehouses, articles for that goods
owner) or what went wrong, in words from the client's errors. "Save" writes the connection
to the till's config file and the password to the keyring, never to the file.

Texts follow the till's language, also while the dialog is open: the result line is kept as
how to write it, not as the written string, so a language switch shows it anew.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.config.loading import SettingsError, save_user_settings
from app.config.secrets import PasswordUnavailableError, store_password
from app.config.settings import ConnectionSection
from app.domain.errors import TillsideError
from app.qt import QtCore, QtWidgets
from app.services.connection import (
    ConnectionFound,
    ConnectionSettings,
    connection_from,
    probe_in_worker_thread,
)
from app.services.tasks import TaskRegistry
from app.ui.i18n import format_quantity, shown

Rendered = Callable[[], str]  # a text as how to write it now: again on a language switch


def describe(found: ConnectionFound, goods_owner_id: int) -> str:
    """What was found, in the till's language (the dialog's translation context)."""
    articles = format_quantity(found.articles) + ("+" if found.articles_capped else "")
    return QtCore.QCoreApplication.translate(
        "SetupDialog",
        "Connected. Goods owner {owner}: {warehouses} warehouses, {articles} articles.",
    ).format(
        owner=goods_owner_id,  # an id, written without digit grouping
        warehouses=format_quantity(found.warehouses),
        articles=articles,
    )


class SetupDialog(QtWidgets.QDialog):
    """Emits `saved(ConnectionSection)` once the connection is stored."""

    saved = QtCore.Signal(object)

    def __init__(
        self, user_file: Path, current: ConnectionSection, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self.user_file = user_file
        self._tasks = TaskRegistry()
        self.finished.connect(lambda _: self._tasks.cancel("test"))
        self._result: Rendered = lambda: ""
        self._captions: list[QtWidgets.QLabel] = []
        form = QtWidgets.QFormLayout()
        self.target = self._field(current.api_url, form)
        self.goods_owner = self._field(str(current.goods_owner_id or ""), form)
        self.api_user = self._field(current.api_user, form)
        self.password = self._field("", form)
        self.password.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.result_label = QtWidgets.QLabel(self)
        self.result_label.setObjectName("setupResult")
        self.result_label.setWordWrap(True)
        buttons = QtWidgets.QDialogButtonBox(self)
        self.test_button = buttons.addButton("", QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton("", QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.test_button.clicked.connect(lambda: self._start(save=False))
        buttons.accepted.connect(lambda: self._start(save=True))
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the till's language; again on each language switch."""
        self.setWindowTitle(self.tr("Connect Tillside to Ongoing"))
        self.setAccessibleName(self.tr("Connect Tillside to Ongoing"))
        labels = (
            self.tr("&Warehouse name or API URL"),
            self.tr("&Goods owner id"),
            self.tr("API &user"),
            self.tr("&Password"),
        )
        for caption, label in zip(self._captions, labels, strict=True):
            caption.setText(label)
            field = caption.buddy()
            if field is not None:
                field.setAccessibleName(label.replace("&", ""))
        self.result_label.setAccessibleName(self.tr("Connection test result"))
        self.test_button.setText(self.tr("&Test connection"))
        self.test_button.setAccessibleName(self.tr("Test connection"))
        self.save_button.setText(self.tr("&Save and open the till"))
        self.save_button.setAccessibleName(self.tr("Save and open the till"))
        self.result_label.setText(self._result())

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _field(self, value: str, form: QtWidgets.QFormLayout) -> QtWidgets.QLineEdit:
        """A line with its caption; the caption's words come in `retranslate`."""
        field = QtWidgets.QLineEdit(value, self)
        caption = QtWidgets.QLabel(self)
        caption.setBuddy(field)
        form.addRow(caption, field)
        self._captions.append(caption)
        return field

    def _show_result(self, render: Rendered) -> None:
        self._result = render
        self.result_label.setText(render())

    def _connection(self) -> tuple[ConnectionSection, ConnectionSettings] | Rendered:
        """The typed values, or how to say which one is wrong."""
        owner_text = self.goods_owner.text().strip()
        if not owner_text.isdigit() or int(owner_text) <= 0:
            return lambda: self.tr("The goods owner id is a whole number, like 12.")
        if not self.api_user.text().strip():
            return lambda: self.tr("Give the API user.")
        if not self.password.text():
            return lambda: self.tr("Give the password.")
        try:
            connection = connection_from(
                self.target.text().strip(),
                int(owner_text),
                self.api_user.text().strip(),
                self.password.text(),
            )
        except ValueError as error:
            text = getattr(error, "text", str(error))
            return lambda: shown(text)
        section = ConnectionSection(
            api_url=self.target.text().strip(),
            goods_owner_id=int(owner_text),
            api_user=self.api_user.text().strip(),
        )
        return section, connection

    def _start(self, *, save: bool) -> None:
        if self._tasks.running("test"):
            return
        self._tasks.start("test", self._test_and_maybe_save(save))

    async def _test_and_maybe_save(self, save: bool) -> None:
        checked = self._connection()
        if not isinstance(checked, tuple):
            problem = checked
            self._show_result(lambda: "⚠ " + problem())
            return
        section, connection = checked
        self._show_result(lambda: self.tr("Asking Ongoing…"))
        self.test_button.setEnabled(False)
        self.save_button.setEnabled(False)
        try:
            found = await probe_in_worker_thread(connection)
        except TillsideError as error:
            self._show_problem(error)
            return
        finally:
            self.test_button.setEnabled(True)
            self.save_button.setEnabled(True)
        owner = section.goods_owner_id
        self._show_result(lambda: describe(found, owner))
        if not save:
            return
        try:
            store_password(section, self.password.text())
            save_user_settings(self.user_file, {"connection": section.model_dump()})
        except (PasswordUnavailableError, SettingsError, OSError) as error:
            self._show_problem(error)
            return
        self.saved.emit(section)
        self.accept()

    def _show_problem(self, error: Exception) -> None:
        """A lower layer's message (`error.text`, translated); the OS's own words as they are."""
        text = getattr(error, "text", str(error))
        self._show_result(lambda: "⚠ " + shown(text))
