"""First run: connect the till to Ongoing, test it, keep the password in the keyring.

The dialog asks for the warehouse name (or API URL), goods owner id, API user and password.
"Test connection" calls Ongoing and says what it found (warehouses, articles for that goods
owner) or what went wrong, in words from the client's errors. "Save" writes the connection
to the till's config file and the password to the keyring, never to the file.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from app.config.loading import SettingsError, save_user_settings
from app.config.secrets import PasswordUnavailableError, store_password
from app.config.settings import ConnectionSection
from app.ongoing.client import OngoingClient
from app.ongoing.errors import OngoingError
from app.ongoing.settings import ConnectionSettings
from app.qt import QtCore, QtWidgets

ARTICLE_COUNT_LIMIT = 100_000  # enough to show the catalogue is there, without a long wait


@dataclass(frozen=True, slots=True)
class ConnectionFound:
    warehouses: int
    articles: int
    articles_capped: bool

    def describe(self, goods_owner_id: int) -> str:
        more = "+" if self.articles_capped else ""
        return (
            f"Connected. Goods owner {goods_owner_id}: {self.warehouses} warehouses, "
            f"{self.articles}{more} articles."
        )


async def probe_connection(connection: ConnectionSettings) -> ConnectionFound:
    """What Ongoing has for this goods owner; raises the client's error when it fails."""
    async with OngoingClient(connection) as client:
        warehouses = await client.get_warehouses()
        articles = 0
        async for page in client.iter_articles(page_size=1000):
            articles += len(page)
            if articles >= ARTICLE_COUNT_LIMIT:
                return ConnectionFound(len(warehouses), articles, True)
        return ConnectionFound(len(warehouses), articles, False)


class SetupDialog(QtWidgets.QDialog):
    """Emits `saved(ConnectionSection)` once the connection is stored."""

    saved = QtCore.Signal(object)

    def __init__(
        self, user_file: Path, current: ConnectionSection, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self.setWindowTitle("Connect Tillside to Ongoing")
        self.setAccessibleName("Connect Tillside to Ongoing")
        self.user_file = user_file
        self._task: asyncio.Task[None] | None = None
        form = QtWidgets.QFormLayout()
        self.target = self._field("&Warehouse name or API URL", current.api_url, form)
        self.goods_owner = self._field("&Goods owner id", str(current.goods_owner_id or ""), form)
        self.api_user = self._field("API &user", current.api_user, form)
        self.password = self._field("&Password", "", form)
        self.password.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.result_label = QtWidgets.QLabel(self)
        self.result_label.setObjectName("setupResult")
        self.result_label.setAccessibleName("Connection test result")
        self.result_label.setWordWrap(True)
        buttons = QtWidgets.QDialogButtonBox(self)
        self.test_button = buttons.addButton(
            "&Test connection", QtWidgets.QDialogButtonBox.ButtonRole.ActionRole
        )
        self.test_button.setAccessibleName("Test connection")
        self.save_button = buttons.addButton(
            "&Save and open the till", QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName("Save and open the till")
        buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.test_button.clicked.connect(lambda: self._start(save=False))
        buttons.accepted.connect(lambda: self._start(save=True))
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)

    def _field(self, label: str, value: str, form: QtWidgets.QFormLayout) -> QtWidgets.QLineEdit:
        field = QtWidgets.QLineEdit(value, self)
        field.setAccessibleName(label.replace("&", ""))
        caption = QtWidgets.QLabel(label, self)
        caption.setBuddy(field)
        form.addRow(caption, field)
        return field

    def _connection(self) -> tuple[ConnectionSection, ConnectionSettings] | str:
        """The typed values, or a message saying which one is wrong."""
        owner_text = self.goods_owner.text().strip()
        if not owner_text.isdigit() or int(owner_text) <= 0:
            return "The goods owner id is a whole number, like 12."
        if not self.api_user.text().strip():
            return "Give the API user."
        if not self.password.text():
            return "Give the password."
        try:
            connection = ConnectionSettings.from_target(
                self.target.text().strip(),
                int(owner_text),
                self.api_user.text().strip(),
                self.password.text(),
            )
        except ValueError as error:
            return str(error)
        section = ConnectionSection(
            api_url=self.target.text().strip(),
            goods_owner_id=int(owner_text),
            api_user=self.api_user.text().strip(),
        )
        return section, connection

    def _start(self, *, save: bool) -> None:
        if self._task is not None and not self._task.done():
            return
        self._task = asyncio.ensure_future(self._test_and_maybe_save(save))

    async def _test_and_maybe_save(self, save: bool) -> None:
        checked = self._connection()
        if isinstance(checked, str):
            self.result_label.setText(f"⚠ {checked}")
            return
        section, connection = checked
        self.result_label.setText("Asking Ongoing…")
        self.test_button.setEnabled(False)
        self.save_button.setEnabled(False)
        try:
            found = await probe_connection(connection)
        except OngoingError as error:
            self.result_label.setText(f"⚠ {error}")
            return
        finally:
            self.test_button.setEnabled(True)
            self.save_button.setEnabled(True)
        self.result_label.setText(found.describe(section.goods_owner_id))
        if not save:
            return
        try:
            store_password(section, self.password.text())
            save_user_settings(self.user_file, {"connection": section.model_dump()})
        except (PasswordUnavailableError, SettingsError, OSError) as error:
            self.result_label.setText(f"⚠ {error}")
            return
        self.saved.emit(section)
        self.accept()
