"""Ctrl+R, return or cancel: the cashier scans (or types) the order number from the slip,
the till asks Ongoing, and the dialog offers what the order allows.

Not started by the warehouse: cancel the whole order (asked first) or lower quantities.
Started, not picked: it says so, nothing to do yet. Picked or later: a return, line by
line, with Ongoing's cause and where the goods go. Cancelled or all returned: it says why.
The return desk (app/services/return_desk.py) decides and does; this dialog shows and asks.

Keys only: Enter looks up the number, then moves from one field to the next and, on a
button, presses it; Tab goes the same way; Esc closes (asking first when a return or new
quantities were typed and not sent). Nothing here waits on Ongoing: each call runs in the
till's task registry while the dialog says what it is doing, and an answer that comes
after the dialog closed is dropped (a return being sent goes on, in the outbox's care).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from app.domain.errors import TillsideError
from app.domain.returns import OrderChoice
from app.qt import Qt, QtCore, QtGui, QtWidgets, is_alive
from app.services.return_desk import Found, ReturnDesk
from app.services.tasks import TaskRegistry
from app.ui.confirm import ask
from app.ui.dialog_size import useful_size
from app.ui.return_form import ReturnForm
from app.ui.return_lines import LineMode, ReturnLines
from app.ui.return_scans import ScansToNumber
from app.ui.return_steps import ReturnSteps
from app.ui.return_texts import about

log = logging.getLogger(__name__)

LOOKUP_TASK = "return-lookup"
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ReturnDialog(ReturnSteps):
    """`changed` runs after every attempt to return, cancel or change, even once the dialog
    has closed: the outbox may hold a row more or less (the window redraws F7)."""

    def __init__(
        self,
        desk: ReturnDesk,
        tasks: TaskRegistry,
        parent: QtWidgets.QWidget | None = None,
        *,
        changed: Callable[[], None] = lambda: None,
        slip_printer: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("returnDialog")
        self.desk = desk
        self.tasks = tasks
        self.changed = changed
        self.slip_printer = slip_printer
        self.settled = False
        self.found = None
        self.choices = None
        self.outcome = None
        self._status = lambda: ""
        self._problem = lambda: ""
        self._result = lambda: ""
        self._build()
        ScansToNumber(self, self.number)
        self.retranslate()
        self.resize(useful_size(self, parent))
        self.finished.connect(lambda _: self.tasks.cancel(LOOKUP_TASK))
        self._show_step()

    # --- the parts ---

    def _build(self) -> None:
        layout = QtWidgets.QVBoxLayout(self)
        row = QtWidgets.QHBoxLayout()
        self.number_label = QtWidgets.QLabel(self)
        self.number = QtWidgets.QLineEdit(self)
        self.number.setObjectName("returnOrderNumber")
        self.number.setMaxLength(60)
        self.number_label.setBuddy(self.number)
        self.look_up_button = self._button("lookUpButton", self.look_up)
        row.addWidget(self.number_label)
        row.addWidget(self.number, 1)
        row.addWidget(self.look_up_button)
        layout.addLayout(row)
        self.status = self._label("returnStatus")
        layout.addWidget(self.status)
        self.lines = ReturnLines(self)
        layout.addWidget(self.lines, 1)
        self.form = ReturnForm(self)
        layout.addWidget(self.form)
        self.problem = self._label("returnProblem")
        self.problem.setStyleSheet("color: #b00020; font-weight: bold;")  # untranslated: style
        layout.addWidget(self.problem)
        self.report = self._label("returnResult")
        bigger = self.report.font()
        bigger.setPointSizeF(bigger.pointSizeF() * 1.2)
        self.report.setFont(bigger)
        layout.addWidget(self.report)
        buttons = QtWidgets.QHBoxLayout()
        self.send_button = self._button("sendReturnButton", self.send_return)
        self.lower_button = self._button("lowerButton", self.lower)
        self.cancel_order_button = self._button("cancelOrderButton", self.ask_cancel)
        self.print_button = self._button("printReturnSlipButton", self.print_return_slip)
        self.close_button = self._button("closeButton", self.reject)
        buttons.addStretch(1)
        for button in (
            self.send_button,
            self.lower_button,
            self.cancel_order_button,
            self.print_button,
            self.close_button,
        ):
            buttons.addWidget(button)
        layout.addLayout(buttons)

    def _label(self, name: str) -> QtWidgets.QLabel:
        label = QtWidgets.QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _button(self, name: str, action: Callable[[], None]) -> QtWidgets.QPushButton:
        button = QtWidgets.QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter is this dialog's (keyPressEvent), never a default's
        button.clicked.connect(lambda: action())
        return button

    def retranslate(self) -> None:
        """Every text in the till's language; again on each language switch."""
        self.setWindowTitle(self.tr("Return or cancel an order"))
        self.setAccessibleName(self.tr("Return or cancel an order"))
        self.number_label.setText(self.tr("Order &number:"))
        self.number.setAccessibleName(self.tr("Order number from the customer's slip"))
        self.number.setPlaceholderText(
            self.tr("Scan the barcode on the customer's slip, or type the number and press Enter")
        )
        self.look_up_button.setText(self.tr("&Look up"))
        self.send_button.setText(self.tr("&Send return"))
        self.lower_button.setText(self.tr("Lower &quantities"))
        self.cancel_order_button.setText(self.tr("Cancel &whole order"))
        self.print_button.setText(self.tr("&Print return slip"))
        self.close_button.setText(self.tr("Close"))
        for button in (
            self.look_up_button,
            self.send_button,
            self.lower_button,
            self.cancel_order_button,
            self.print_button,
            self.close_button,
        ):
            button.setAccessibleName(button.text().replace("&", ""))
        self.status.setAccessibleName(self.tr("About the order"))
        self.problem.setAccessibleName(self.tr("What stands in the way"))
        self.report.setAccessibleName(self.tr("What was done"))
        self.lines.retranslate()
        self.form.retranslate()
        self._render_texts()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- which step, which buttons, where the focus goes ---

    def _mode(self) -> OrderChoice | None:
        return self.found.order.choice if self.found is not None else None

    def _show_step(self) -> None:
        mode, done = self._mode(), self.settled
        self.form.setVisible(mode is OrderChoice.RETURN and not done)
        self.send_button.setVisible(mode is OrderChoice.RETURN and not done)
        self.lower_button.setVisible(mode is OrderChoice.CANCEL and not done)
        self.cancel_order_button.setVisible(mode is OrderChoice.CANCEL and not done)
        self.print_button.setVisible(self.outcome is not None and self.slip_printer is not None)
        self.lines.setEnabled(not done)

    def _path(self) -> list[QtWidgets.QWidget]:
        """The useful fields in the order Enter walks them, ending on the step's button."""
        path: list[QtWidgets.QWidget] = [self.number]
        path += [s for s in self.lines.spins.values() if s.isEnabled()]
        if self.form.isVisible():
            path += [self.form.cause, self.form.comment, self.form.destination]
        path += [b for b in (self.send_button, self.lower_button) if b.isVisible()]
        return path

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        """Enter: look up from the number, press a focused button, else go to the next field."""
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() not in ENTER_KEYS or plain != Qt.KeyboardModifier.NoModifier:
            super().keyPressEvent(event)
            return
        focus = QtWidgets.QApplication.focusWidget()
        if focus is self.number:
            self.look_up()
        elif isinstance(focus, QtWidgets.QPushButton):
            focus.click()
        else:
            path = self._path()
            place = next(
                (w for w in path if focus is not None and (focus is w or w.isAncestorOf(focus))),
                None,
            )
            if place is not None and path.index(place) + 1 < len(path):
                self._focus(path[path.index(place) + 1])
        event.accept()

    def reject(self) -> None:
        """Esc or Close: asks first when a return or new quantities would be lost."""
        if not self.settled and self.lines.changed():
            ask(
                self,
                "discardReturnDialog",
                self.tr("Close without sending?"),
                self.tr("What was typed for this order is not sent. Close anyway?"),
                super().reject,
            )
            return
        super().reject()

    # --- looking up ---

    def look_up(self) -> None:
        number = self.number.text().strip()
        if not number:
            self._say(problem=lambda: self.tr("Type or scan the order number."))
            return
        self.found, self.choices, self.outcome, self.settled = None, None, None, False
        self.lines.clear()
        self._say(
            status=lambda: self.tr("Asking Ongoing for order {number}…").format(number=number),
            problem=lambda: "",
            result=lambda: "",
        )
        self._show_step()
        self.tasks.start(LOOKUP_TASK, self._look_up(number))

    async def _look_up(self, number: str) -> None:
        try:
            found = await self.desk.look_up(number)
            choices = None
            if found.order.choice is OrderChoice.RETURN:
                choices = await self.desk.choices(found.order)
        except TillsideError as error:
            log.info("event=return_lookup_refused error=%s", type(error).__name__)
            if is_alive(self):
                self._refused(error.text, status=lambda: "")
                self._focus(self.number)  # what was typed stays, to correct or scan again
            return
        if not is_alive(self):
            return
        log.info(
            "event=return_order_shown choice=%s lines=%d stored_only=%s",
            found.order.choice.value,
            len(found.order.lines),
            found.stored_only,
        )
        self.found, self.choices = found, choices
        if choices is not None:
            self.form.show_choices(choices)
        self._show_order(found)

    def _show_order(self, found: Found) -> None:
        order, mode = found.order, found.order.choice
        line_mode = {OrderChoice.RETURN: LineMode.RETURN, OrderChoice.CANCEL: LineMode.LOWER}
        self.lines.show_lines(order.lines, line_mode.get(mode, LineMode.SHOW))
        self._say(status=lambda: about(found), problem=lambda: "")
        self._show_step()
        first = self.lines.first_spin()
        if mode is OrderChoice.RETURN and first is not None:
            self._focus(first)
        elif mode is OrderChoice.CANCEL:
            self._focus(self.lower_button if first is None else first)
        else:
            self._focus(self.number)
            self.number.selectAll()  # the next customer's slip replaces it
