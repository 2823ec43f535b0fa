"""First run: connect the till to Ongoing, test it, keep the password in the keyring.

The dialog asks for the warehouse name (or API URL), goods owner id, API user and password.
"Test connection" calls Ongoing and says what it found (warehouses, articles for that goods
owner) or what went wrong, in IT's words for the client's errors. "Save" writes the
connection to the till's config file and the password to the keyring, never to the file
(`app.services.connection.save_connection`). A PC without a usable keyring keeps the
connection, and the dialog says where the password must go instead; a password already in
TILLSIDE_API_PASSWORD is used as it is. At first run Cancel first says what it means: the
till cannot work without a connection, so it closes.

Texts follow the till's language, also while the dialog is open: the result line is kept as
how to write it, not as the written string, so a language switch shows it anew.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from app.config.secrets import ENV_PASSWORD, password_from_environment
from app.config.settings import ConnectionSection
from app.domain.errors import TillsideError
from app.domain.texts import Text
from app.qt import QtCore, QtWidgets
from app.services.connection import (
    ConnectionFound,
    ConnectionSettings,
    connection_from,
    probe_in_worker_thread,
    save_connection,
)
from app.services.tasks import TaskRegistry
from app.ui.i18n import Rendered, format_quantity, shown

# The longest URL IT usually types, to size the field so a whole URL shows.
TYPICAL_URL = "https://api.ongoingsystems.se/mywarehouse/api/v1/"  # untranslated: a URL
WIDEST_URL_FIELD = 900  # px: a longer URL scrolls in its field
RESULT_LINES = 4  # the longest answer (a cause and what to do) at the dialog's width


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
    """Emits `saved(ConnectionSection)` once the connection is stored.

    `first_run`: the till waits on this dialog, so Cancel explains that it closes the till
    and asks again before it does.
    """

    saved = QtCore.Signal(object)

    def __init__(
        self,
        user_file: Path,
        current: ConnectionSection,
        parent: QtWidgets.QWidget | None = None,
        *,
        first_run: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self.user_file = user_file
        self.first_run = first_run
        self.environment_password = password_from_environment()
        self._tasks = TaskRegistry()
        self.finished.connect(lambda _: self._tasks.cancel("test"))
        self._result: Rendered = lambda: ""
        self._captions: list[QtWidgets.QLabel] = []
        self._open_without_keyring = False  # saved; the keyring refused the password
        self._cancel_explained = False
        self._section: ConnectionSection | None = None  # the connection saved
        form = QtWidgets.QFormLayout()
        self.target = self._field(current.api_url, form)
        self._fit_whole_url()
        self.goods_owner = self._field(str(current.goods_owner_id or ""), form)
        self.api_user = self._field(current.api_user, form)
        self.password = self._field("", form)
        self.password.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.password.setReadOnly(bool(self.environment_password))
        self.result_label = QtWidgets.QLabel(self)
        self.result_label.setObjectName("setupResult")
        self.result_label.setWordWrap(True)
        # Room for a cause and what to do (four lines) from the start: the dialog does not
        # grow when a long answer arrives, so the fields above would be squeezed instead.
        lines = self.result_label.fontMetrics().lineSpacing() * RESULT_LINES
        self.result_label.setMinimumHeight(lines)
        self.result_label.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop)
        self.result_label.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
        )
        buttons = QtWidgets.QDialogButtonBox(self)
        self.test_button = buttons.addButton("", QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton("", QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton("", QtWidgets.QDialogButtonBox.ButtonRole.RejectRole)
        self.test_button.clicked.connect(lambda: self._start(save=False))
        buttons.accepted.connect(lambda: self._start(save=True))
        buttons.rejected.connect(self.reject)
        for field in (self.target, self.goods_owner, self.api_user, self.password):
            field.textEdited.connect(self._typed)
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
        if self.environment_password:
            self.password.setPlaceholderText(
                self.tr("set by {variable}").format(variable=ENV_PASSWORD)
            )
        self.result_label.setAccessibleName(self.tr("Connection test result"))
        self.test_button.setText(self.tr("&Test connection"))
        self.test_button.setAccessibleName(self.tr("Test connection"))
        save = self.tr("&Open the till") if self._open_without_keyring else None
        self.save_button.setText(save or self.tr("&Save and open the till"))
        self.save_button.setAccessibleName(self.save_button.text().replace("&", ""))
        cancel = self.tr("&Close the till") if self._cancel_explained else self.tr("Cancel")
        self.cancel_button.setText(cancel)
        self.cancel_button.setAccessibleName(cancel.replace("&", ""))
        self.result_label.setText(self._result())

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def explain(self, reason: Text) -> None:
        """Why the dialog is here although the settings have a connection."""
        self._show_result(lambda: "⚠ " + shown(reason))

    def password_to_use(self) -> str:
        """The password the till opens with: from the environment, else as typed."""
        return self.environment_password or self.password.text()

    def reject(self) -> None:
        """At first run, the first Cancel (or Esc) says what closing means; the second closes."""
        if self.first_run and not self._cancel_explained:
            self._cancel_explained = True
            self._show_result(
                lambda: (
                    "⚠ "
                    + self.tr(
                        "Without a connection to Ongoing the till cannot look up stock or send "
                        "orders, so it closes. Press “Close the till” to close it, or fill in "
                        "the connection and save it."
                    )
                )
            )
            self.retranslate()
            return
        super().reject()

    def _field(self, value: str, form: QtWidgets.QFormLayout) -> QtWidgets.QLineEdit:
        """A line with its caption; the caption's words come in `retranslate`."""
        field = QtWidgets.QLineEdit(value, self)
        field.setCursorPosition(0)  # a long value shows its beginning, not its end
        caption = QtWidgets.QLabel(self)
        caption.setBuddy(field)
        form.addRow(caption, field)
        self._captions.append(caption)
        return field

    def _fit_whole_url(self) -> None:
        """Wide enough for a whole URL: IT checks it at a glance, not its last 20 characters."""
        metrics = self.target.fontMetrics()
        longest = max(self.target.text(), TYPICAL_URL, key=metrics.horizontalAdvance)
        wanted = metrics.horizontalAdvance(longest + "MM") + 16  # the frame and a margin
        self.target.setMinimumWidth(min(wanted, WIDEST_URL_FIELD))

    def _typed(self) -> None:
        """Something changed after a save the keyring refused: save (and ask it) afresh."""
        if self._open_without_keyring:
            self._open_without_keyring = False
            self.retranslate()

    def _show_result(self, render: Rendered) -> None:
        self._result = render
        self.result_label.setText(render())
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Taller when an answer needs more lines than the room kept for it; never narrower."""
        width, height = self.width(), self.height()
        self.adjustSize()
        self.resize(max(width, self.width()), max(height, self.height()))

    def _connection(self) -> tuple[ConnectionSection, ConnectionSettings] | Rendered:
        """The typed values, or how to say which one is wrong."""
        owner_text = self.goods_owner.text().strip()
        if not owner_text.isdigit() or int(owner_text) <= 0:
            return lambda: self.tr("The goods owner id is a whole number, like 12.")
        if not self.api_user.text().strip():
            return lambda: self.tr("Give the API user.")
        if not self.password_to_use():
            return lambda: self.tr("Give the password.")
        try:
            connection = connection_from(
                self.target.text().strip(),
                int(owner_text),
                self.api_user.text().strip(),
                self.password_to_use(),
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
        if save and self._open_without_keyring:
            self._open()
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
            owner = section.goods_owner_id
            self._show_result(lambda: describe(found, owner))
            if not save:
                return
            saved = await asyncio.to_thread(
                save_connection,
                self.user_file,
                section,
                self.password_to_use(),
                keep_password=not self.environment_password,
            )
        except (TillsideError, OSError) as error:
            self._show_problem(error)
            return
        finally:
            self.test_button.setEnabled(True)
            self.save_button.setEnabled(True)
        self._section = section
        if saved.password_problem is not None:
            self._keyring_refused(saved.password_problem)
            return
        self._open()

    def _keyring_refused(self, problem: Text) -> None:
        """Saved but for the password: say where it must go; the next Save opens the till."""
        self._open_without_keyring = True
        self._show_result(
            lambda: (
                "⚠ "
                + self.tr(
                    "The connection (URL, goods owner, user) is saved, the password is not: "
                    "{problem} Until then the till asks for it at each start. “Open the till” "
                    "uses the password typed here, this time."
                ).format(problem=shown(problem))
            )
        )
        self.retranslate()

    def _open(self) -> None:
        assert self._section is not None, "saved first"  # untranslated: for developers
        self.saved.emit(self._section)
        self.accept()

    def _show_problem(self, error: Exception) -> None:
        """A lower layer's message (`error.text`, translated); the OS's own words as they are."""
        text = getattr(error, "text", str(error))
        self._show_result(lambda: "⚠ " + shown(text))
