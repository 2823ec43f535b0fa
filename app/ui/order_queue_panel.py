"""The foot of the order form: the send button, and how the order stands once sent.

While Ongoing is away, or a warehouse's stock is not known yet, sending queues the order:
the till stores it at once and checks and sends it when Ongoing answers. The button says
which it is, and the warehouse note says why (`unknown_stock_note`). After Ctrl+Enter the
form waits for the till: stored (the form's work is done) or refused (said here, and
everything typed is kept). Its texts keep the form's translation context ("OrderDialog").
"""

from __future__ import annotations

from app.domain.texts import Text
from app.qt import QtCore, QtWidgets
from app.services.order_plans import WarehouseChoice
from app.ui.i18n import Rendered, shown

translate = QtCore.QCoreApplication.translate


class QueuePanel(QtWidgets.QWidget):
    """The status line and the buttons; `busy` from sending until the till says how it went."""

    def __init__(self, offline: Text | None, parent: QtWidgets.QWidget) -> None:
        """`offline` says why Ongoing cannot be asked now (the stock is then unknown)."""
        super().__init__(parent)
        self._offline = offline
        self._status: Rendered | None = None
        self._queues = False
        self.busy = False  # sent: checking stock and storing, until the till says how it went
        self.stored = False  # the till stored the order made here
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = QtWidgets.QLabel(self)
        self.status.setObjectName("orderStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        self.buttons = QtWidgets.QDialogButtonBox(self)
        self.send_button = self.buttons.addButton(
            "", QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setObjectName("sendOrder")
        self.buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)

    def queues(self, choice: WarehouseChoice | None) -> bool:
        """The stock of the chosen warehouse is unknown now: sending queues the order."""
        return self._offline is not None or (choice is not None and not choice.known)

    def choose(self, choice: WarehouseChoice | None) -> None:
        """The warehouse chosen now: the button says whether Ctrl+Enter sends or queues."""
        self._queues = self.queues(choice)
        self._render_send_button()

    def retranslate(self) -> None:
        self._render_send_button()
        self.status.setAccessibleName(translate("OrderDialog", "How the order stands"))
        if self._status is not None:
            self.status.setText(self._status())

    def _render_send_button(self) -> None:
        if self._queues:
            self.send_button.setText(translate("OrderDialog", "Queue order (Ctrl+Enter)"))
            self.send_button.setAccessibleName(translate("OrderDialog", "Queue the order"))
        else:
            self.send_button.setText(translate("OrderDialog", "Send order (Ctrl+Enter)"))
            self.send_button.setAccessibleName(translate("OrderDialog", "Send order"))

    def unknown_stock_note(self) -> str:
        """Why the stock is unknown, and what queueing the order does."""
        if self._offline is not None:
            why = translate("OrderDialog", "The stock is not known now: {reason}").format(
                reason=shown(self._offline)
            )
        else:
            why = translate("OrderDialog", "The stock here is not known yet.")
        return (
            why
            + " "
            + translate(
                "OrderDialog",
                "Ctrl+Enter queues the order: it is stored on this PC now; when Ongoing answers, "
                "the stock is checked and the order sent. If something is missing then, the order "
                "waits in F7 and you are told.",
            )
        )

    def storing(self) -> None:
        """Sent: the button waits until the till has stored the order or refused it."""
        self.busy = True
        self.send_button.setEnabled(False)
        self._show_status(
            lambda: translate("OrderDialog", "Storing the order on this PC…"), problem=False
        )

    def order_stored(self) -> None:
        self.busy = False
        self.stored = True

    def order_refused(self, reason: Text) -> None:
        """Nothing was sent: say why; the cashier may send again."""
        self.busy = False
        self.send_button.setEnabled(True)
        self._show_status(
            lambda: translate(
                "OrderDialog", "⚠ {reason}\nEverything typed is kept; Ctrl+Enter sends again."
            ).format(reason=shown(reason)),
            problem=True,
        )

    def _show_status(self, render: Rendered, *, problem: bool) -> None:
        self._status = render
        self.status.setStyleSheet("color: #b00020; font-weight: bold;" if problem else "")
        self.status.setText(render())
        self.status.show()
