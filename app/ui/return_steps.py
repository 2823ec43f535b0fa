"""What the return dialog's buttons do: send the return, lower quantities, cancel the
order; and how it says what happened. The dialog's frame, keys and look-up are in
return_dialog.py, which builds on this.

Each change runs in the till's task registry among the orders in flight, so it finishes
(and the outbox keeps it) even if the dialog is closed meanwhile; its answer is then
dropped, and `changed` still runs so F7 is drawn again.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from app.domain.errors import TillsideError
from app.domain.texts import Text
from app.qt import Qt, QtCore, QtWidgets, is_alive
from app.services.return_desk import Found, ReturnChoices, ReturnDesk, ReturnOutcome
from app.services.task_groups import ORDERS_IN_FLIGHT
from app.services.tasks import TaskRegistry
from app.ui.confirm import ask
from app.ui.i18n import Rendered, shown
from app.ui.return_form import ReturnForm
from app.ui.return_lines import ReturnLines
from app.ui.return_texts import outcome_text

T = TypeVar("T")

translate = QtCore.QCoreApplication.translate


class ReturnSteps(QtWidgets.QDialog):
    """The dialog's state and its actions; ReturnDialog makes the widgets named here."""

    desk: ReturnDesk
    tasks: TaskRegistry
    changed: Callable[[], None]
    slip_printer: Callable[[str], None] | None
    settled: bool  # a return, cancel or change was made for the order shown
    found: Found | None
    choices: ReturnChoices | None
    outcome: ReturnOutcome | None
    lines: ReturnLines
    form: ReturnForm
    status: QtWidgets.QLabel
    problem: QtWidgets.QLabel
    report: QtWidgets.QLabel
    send_button: QtWidgets.QPushButton
    lower_button: QtWidgets.QPushButton
    cancel_order_button: QtWidgets.QPushButton
    print_button: QtWidgets.QPushButton
    close_button: QtWidgets.QPushButton
    _status: Rendered
    _problem: Rendered
    _result: Rendered

    def _show_step(self) -> None:
        """Which fields and buttons the step shows (the dialog's)."""
        raise NotImplementedError

    def _render_texts(self) -> None:
        for label, render in (
            (self.status, self._status),
            (self.problem, self._problem),
            (self.report, self._result),
        ):
            text = render()
            label.setText(text)
            label.setVisible(bool(text))

    def _say(
        self,
        *,
        status: Rendered | None = None,
        problem: Rendered | None = None,
        result: Rendered | None = None,
    ) -> None:
        """Set the texts given (the others stay); each is rendered again on a switch."""
        if status is not None:
            self._status = status
        if problem is not None:
            self._problem = problem
        if result is not None:
            self._result = result
        self._render_texts()

    def _focus(self, widget: QtWidgets.QWidget) -> None:
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QtWidgets.QAbstractSpinBox):
            widget.selectAll()

    def _refused(self, text: Text, status: Rendered | None = None) -> None:
        if is_alive(self):
            self._say(status=status, problem=lambda: shown(text))

    def _run(self, work: Coroutine[Any, Any, None]) -> None:
        """A change in Ongoing or the outbox: it finishes even if the dialog closes."""
        self.tasks.spawn(ORDERS_IN_FLIGHT, work)

    def send_return(self) -> None:
        found, choices = self.found, self.choices
        if found is None or choices is None or self.outcome is not None:
            return
        wanted = self.lines.by_article(self.lines.quantities())
        cause, comment = self.form.cause_code(), self.form.comment.text()
        destination = self.form.destination_code()
        self._busy(
            translate("ReturnDialog", "Storing the return on this PC and sending it to Ongoing…")
        )
        self._run(self._send(found, wanted, cause, comment, choices, destination))

    async def _settled(self, work: Coroutine[Any, Any, T]) -> T | None:
        """What the desk did, or None when it refused (said here, focus on what to correct);
        the F7 list is drawn again either way."""
        try:
            return await work
        except TillsideError as error:
            self._refused(error.text)
            self._unbusy()
            self._focus_after_refusal()
            return None
        finally:
            self.changed()

    async def _send(self, found: Found, *args: Any) -> None:
        outcome = await self._settled(self.desk.send_return(found, *args))
        if outcome is None or not is_alive(self):
            return
        self.outcome, self.settled = outcome, True
        self._say(result=lambda: outcome_text(outcome), problem=lambda: "")
        self._unbusy()
        self._show_step()
        self._focus(self.print_button if self.print_button.isVisible() else self.close_button)

    def _focus_after_refusal(self) -> None:
        """Back to what to correct: the comment when the cause needs one and it is empty,
        else the first quantity."""
        if not is_alive(self):
            return
        if self.form.isVisible() and self.form.comment_missing():
            self._focus(self.form.comment)
        elif (first := self.lines.first_spin()) is not None:
            self._focus(first)

    def lower(self) -> None:
        found = self.found
        if found is None:
            return
        wanted = self.lines.quantities()
        if all(q == 0 for q in wanted.values()):
            self.ask_cancel()  # every line at 0 is the whole order
            return
        self._busy(translate("ReturnDialog", "Changing the order…"))
        self._run(self._finish(self.desk.lower(found, wanted)))

    def ask_cancel(self) -> None:
        found = self.found
        if found is None:
            return
        ask(
            self,
            "cancelWholeOrderDialog",
            translate("ReturnDialog", "Cancel the whole order?"),
            translate(
                "ReturnDialog", "Cancel order {number}? The warehouse will not pick it."
            ).format(number=found.order.order_number),
            lambda: self._confirmed_cancel(found),
            default_yes=True,
            after=lambda: None,
        )

    def _confirmed_cancel(self, found: Found) -> None:
        self._busy(translate("ReturnDialog", "Cancelling the order…"))
        self._run(self._finish(self.desk.cancel(found)))

    async def _finish(self, work: Coroutine[Any, Any, Text]) -> None:
        said = await self._settled(work)
        if said is None or not is_alive(self):
            return
        self.settled = True
        self._say(result=lambda: shown(said), problem=lambda: "")
        self._unbusy()
        self._show_step()
        self._focus(self.close_button)

    def _busy(self, doing: str) -> None:
        self._say(problem=lambda: "", result=lambda: doing)
        for button in (self.send_button, self.lower_button, self.cancel_order_button):
            button.setEnabled(False)

    def _unbusy(self) -> None:
        if not is_alive(self):
            return
        if not self.settled:
            self._say(result=lambda: "")
        for button in (self.send_button, self.lower_button, self.cancel_order_button):
            button.setEnabled(True)

    # --- the return slip ---

    def print_return_slip(self) -> None:
        """The return slip of the return just made; printed by whoever the till gave as
        `slip_printer` (the button shows only then)."""
        if self.outcome is not None and self.slip_printer is not None:
            self.slip_printer(self.outcome.checkout_id)
