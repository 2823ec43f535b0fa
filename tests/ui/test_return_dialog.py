"""Ctrl+R at the till, by keys alone: scan the slip's order number, then return, cancel or
lower what the order allows. The real window on the qasync loop, the simulator on loopback.

The order number is typed as a scanner types it (fast, ending in Enter) into the dialog's
field, through the till's scanner filter: it is no code of the catalogue, so the keys land
in the field and Enter looks the order up.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.config.settings import Settings, StoreSection
from app.domain.order_status import CANCELLED, PICKED, RELEASED
from app.ongoing.client import OngoingClient
from app.ongoing.retry import CircuitBreaker, RetryPolicy
from app.persistence.outbox import Outbox
from app.qt import Qt, QtPrintSupport, QtWidgets
from app.services.ongoing_words import describe
from app.services.orders import OrderService
from app.simulator import SimulatorThread
from app.ui.return_dialog import ReturnDialog
from tests.helpers.qt_loop import run_on_qt_loop
from tests.helpers.sales import sold_order
from tests.helpers.simulator import connection_to, started_again
from tests.helpers.till import TillDriver, activated, open_till
from tests.helpers.waiting import until

STORE = StoreSection(name="Test Store", till_id="2", order_prefix="UI")


class Desk:
    """The till with its return dialog, driven as the cashier drives it."""

    def __init__(self, qtbot: Any, till: TillDriver, outbox: Outbox) -> None:
        self.qtbot = qtbot
        self.till = till
        self.outbox = outbox
        self.dialog: ReturnDialog | None = None

    @property
    def window(self) -> Any:
        return self.till.window

    async def open(self) -> ReturnDialog:
        await activated(self.window)
        self.qtbot.keyClick(
            self.window.code_entry, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
        )
        await until(lambda: self.window.findChild(ReturnDialog, "returnDialog") is not None)
        dialog: ReturnDialog | None = self.window.findChild(ReturnDialog, "returnDialog")
        assert dialog is not None
        await activated(dialog)
        await until(dialog.number.hasFocus)
        self.dialog = dialog
        return dialog

    async def look_up(self, number: str, ready: Callable[[ReturnDialog], bool]) -> ReturnDialog:
        dialog = await self.open()
        self.till.scan(number)
        await until(lambda: ready(dialog))
        return dialog

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        focus = QtWidgets.QApplication.focusWidget()
        assert focus is not None
        self.qtbot.keyClick(focus, key, modifier)

    def type(self, text: str) -> None:
        self.till.type_by_hand(text)

    def focus(self) -> QtWidgets.QWidget | None:
        return QtWidgets.QApplication.focusWidget()


def found(dialog: ReturnDialog) -> bool:
    return dialog.found is not None and dialog.lines.isVisible()


def problem(dialog: ReturnDialog) -> str:
    return dialog.problem.text() if dialog.problem.isVisible() else ""


def printing(dialog: ReturnDialog, *, close: bool = False) -> QtPrintSupport.QPrinter | None:
    """The printer of the return slip's print dialog, once it is open (it opens on the
    window behind, as F8's does); `close` cancels it."""
    parent = dialog.parentWidget()
    assert parent is not None
    box = parent.findChild(QtPrintSupport.QPrintDialog, "printSlipDialog")
    if box is None or not box.isVisible():
        return None
    if close:
        box.reject()
        box.setParent(None)
    return box.printer()


def till_on(qtbot: Any, folder: Path, client: OngoingClient) -> tuple[TillDriver, Outbox]:
    outbox = Outbox(folder / "outbox.sqlite")
    orders = OrderService(client, outbox, STORE)
    till = open_till(qtbot, folder, client, orders=orders, settings=Settings(store=STORE))
    return till, outbox


def client_on(simulator: SimulatorThread) -> OngoingClient:
    """Retries at once, and never pauses the calls after failures (the breaker's pause is 0)."""
    return OngoingClient(
        connection_to(simulator),
        retry_policy=RetryPolicy(jitter=lambda: 0.0),
        circuit=CircuitBreaker(cool_down_s=0.0),
        words=describe,
    )


def test_a_picked_order_is_returned_one_line_partly_by_keys_alone(
    qtbot: Any, simulator: SimulatorThread, tmp_path: Path
) -> None:
    first, second = sold_order(simulator, "UI2-PICK1", [3, 2], PICKED)
    sold_order(simulator, "UI2-NEXT1", [1], PICKED)  # the next customer's

    async def scenario() -> None:
        async with client_on(simulator) as client:
            till, _ = till_on(qtbot, tmp_path, client)
            desk = Desk(qtbot, till, _)
            dialog = await desk.look_up("UI2-PICK1", found)
            assert "UI2-PICK1" in dialog.status.text() and "Picked" in dialog.status.text()
            spins = list(dialog.lines.spins.values())
            assert desk.focus() is spins[0]  # straight to the first quantity
            assert [s.maximum() for s in spins] == [3, 2]
            desk.type("2")
            assert spins[0].value() == 2
            desk.press(Qt.Key.Key_Return)  # on to the next line, left at 0
            assert desk.focus() is spins[1]
            desk.press(Qt.Key.Key_Return)
            assert desk.focus() is dialog.form.cause
            desk.press(Qt.Key.Key_Down)  # Wrong size -> Changed mind
            assert dialog.form.cause_code() == "REGRET"
            assert "Optional" in dialog.form.comment_needed.text()
            desk.press(Qt.Key.Key_Escape)  # typed, not sent: asked first
            await until(
                lambda: dialog.findChild(QtWidgets.QMessageBox, "discardReturnDialog") is not None
            )
            box = dialog.findChild(QtWidgets.QMessageBox, "discardReturnDialog")
            assert box is not None
            await activated(box)
            qtbot.keyClick(box, Qt.Key.Key_Escape)  # No: back to the return
            await until(lambda: not box.isVisible())
            assert dialog.isVisible()
            await activated(dialog)
            assert desk.focus() is dialog.form.cause  # where the cashier was
            for _ in range(3):  # comment, where the goods go, Send return
                desk.press(Qt.Key.Key_Return)
            assert desk.focus() is dialog.send_button
            desk.press(Qt.Key.Key_Return)
            await until(lambda: dialog.outcome is not None)
            [ret] = simulator.state.returns.all()
            assert [(ln.article_number, ln.quantity) for ln in ret.lines] == [(first, Decimal(2))]
            text = dialog.report.text()
            assert str(ret.return_order_id) in text and ret.number in text
            assert "Refund the customer in the store's POS when the warehouse" in text
            assert desk.focus() is dialog.print_button  # the slip is offered first
            desk.press(Qt.Key.Key_Return)
            await until(lambda: printing(dialog) is not None)
            printer = printing(dialog)
            # "Return R…", or "Retur R…": the slip's language is the sale's (Swedish here)
            assert printer is not None and printer.docName().endswith(f" {ret.number}")
            printing(dialog, close=True)
            await activated(dialog)
            desk.press(Qt.Key.Key_Tab)
            assert desk.focus() is dialog.close_button
            till.scan("UI2-NEXT1")  # the next slip, on Close: still the dialog's order number
            await until(lambda: found(dialog) and dialog.number.text() == "UI2-NEXT1")
            assert dialog.outcome is None and dialog.send_button.isVisible()
            assert till.window.session.lines == ()  # nothing went into the basket behind
            desk.press(Qt.Key.Key_Escape)  # nothing typed for this one: closes at once
            await until(lambda: not dialog.isVisible())
            await activated(till.window)
            await until(till.window.code_entry.hasFocus)  # back to scanning
            assert second not in [ln.article_number for ln in ret.lines]
            await till.window.shutdown()

    run_on_qt_loop(scenario())


def test_a_not_started_order_is_cancelled_after_the_question(
    qtbot: Any, simulator: SimulatorThread, tmp_path: Path
) -> None:
    sold_order(simulator, "UI2-OPEN1", [2])

    async def scenario() -> None:
        async with client_on(simulator) as client:
            till, outbox = till_on(qtbot, tmp_path, client)
            desk = Desk(qtbot, till, outbox)
            dialog = await desk.look_up("UI2-OPEN1", found)
            assert "has not started" in dialog.status.text()
            assert dialog.cancel_order_button.isVisible() and dialog.lower_button.isVisible()
            assert not dialog.form.isVisible()
            dialog.cancel_order_button.setFocus()
            desk.press(Qt.Key.Key_Return)
            await until(
                lambda: (
                    dialog.findChild(QtWidgets.QMessageBox, "cancelWholeOrderDialog") is not None
                )
            )
            box = dialog.findChild(QtWidgets.QMessageBox, "cancelWholeOrderDialog")
            assert box is not None
            await activated(box)
            qtbot.keyClick(box, Qt.Key.Key_Return)  # Yes is the default
            await until(lambda: "is cancelled" in dialog.report.text())
            [order] = simulator.state.orders()
            assert order.status == CANCELLED
            await till.window.shutdown()

    run_on_qt_loop(scenario())


def test_a_not_started_order_is_lowered_under_the_same_number_and_id(
    qtbot: Any, simulator: SimulatorThread, tmp_path: Path
) -> None:
    first, second = sold_order(simulator, "UI2-OPEN2", [3, 2])
    [before] = simulator.state.orders()

    async def scenario() -> None:
        async with client_on(simulator) as client:
            till, outbox = till_on(qtbot, tmp_path, client)
            desk = Desk(qtbot, till, outbox)
            dialog = await desk.look_up("UI2-OPEN2", found)
            spins = list(dialog.lines.spins.values())
            assert desk.focus() is spins[0] and spins[0].value() == 3
            desk.type("5")  # never up: the box keeps at most what was ordered
            assert spins[0].value() <= 3
            spins[0].selectAll()
            desk.type("1")
            desk.press(Qt.Key.Key_Return)
            desk.press(Qt.Key.Key_Return)
            assert desk.focus() is dialog.lower_button
            desk.press(Qt.Key.Key_Return)
            await until(lambda: "changed in Ongoing" in dialog.report.text())
            [after] = simulator.state.orders()
            assert (after.order_id, after.order_number) == (before.order_id, "UI2-OPEN2")
            assert [(ln.article_number, ln.quantity) for ln in after.lines] == [
                (first, Decimal(1)),
                (second, Decimal(2)),
            ]
            await till.window.shutdown()

    run_on_qt_loop(scenario())


def test_a_started_order_not_yet_picked_is_refused_in_words_and_nothing_sent(
    qtbot: Any, simulator: SimulatorThread, tmp_path: Path
) -> None:
    sold_order(simulator, "UI2-WORK1", [2], RELEASED)

    async def scenario() -> None:
        async with client_on(simulator) as client:
            till, outbox = till_on(qtbot, tmp_path, client)
            desk = Desk(qtbot, till, outbox)
            dialog = await desk.look_up("UI2-WORK1", found)
            assert "once it has been picked" in dialog.status.text()
            assert not any(
                b.isVisible()
                for b in (dialog.send_button, dialog.lower_button, dialog.cancel_order_button)
            )
            assert dialog.lines.spins == {}
            assert desk.focus() is dialog.number  # ready for the next slip
            desk.press(Qt.Key.Key_Escape)  # nothing typed: closes at once
            await until(lambda: not dialog.isVisible())
            assert simulator.state.returns.all() == [] and outbox.all() == []
            await till.window.shutdown()

    run_on_qt_loop(scenario())


def test_an_unknown_number_is_a_sentence_and_the_number_stays_to_correct(
    qtbot: Any, simulator: SimulatorThread, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with client_on(simulator) as client:
            till, outbox = till_on(qtbot, tmp_path, client)
            desk = Desk(qtbot, till, outbox)
            dialog = await desk.look_up("UI2-NOSUCH", lambda d: bool(problem(d)))
            assert "has no order UI2-NOSUCH" in problem(dialog)
            assert dialog.number.text() == "UI2-NOSUCH" and desk.focus() is dialog.number
            await till.window.shutdown()

    run_on_qt_loop(scenario())


def test_more_than_is_left_and_a_missing_required_comment_are_refused_in_the_dialog(
    qtbot: Any, simulator: SimulatorThread, tmp_path: Path
) -> None:
    first, _ = sold_order(simulator, "UI2-PICK2", [2, 1], PICKED)

    async def scenario() -> None:
        async with client_on(simulator) as client:
            till, outbox = till_on(qtbot, tmp_path, client)
            desk = Desk(qtbot, till, outbox)
            dialog = await desk.look_up("UI2-PICK2", found)
            spin = dialog.lines.spins[next(iter(dialog.lines.spins))]
            desk.type("9")  # more than was picked cannot be typed
            assert spin.value() <= 2
            spin.setValue(2)
            # Meanwhile another till returns both of that line.
            [order] = simulator.state.orders()
            simulator.state.returns.upsert(
                {
                    "goodsOwnerId": simulator.goods_owner_id,
                    "returnOrderNumber": "R-OTHER",
                    "customerOrder": {"orderId": order.order_id},
                    "returnOrderLines": [
                        {
                            "returnOrderRowNumber": "1",
                            "customerOrderLine": {"orderLineId": order.order_id * 100 + 1},
                            "toBeReturnedNumberOfItems": 2,
                        }
                    ],
                }
            )
            dialog.send_button.setFocus()
            desk.press(Qt.Key.Key_Return)
            await until(lambda: bool(problem(dialog)))
            assert f"At most 0 of {first} can be returned" in problem(dialog)
            assert dialog.outcome is None and len(simulator.state.returns.all()) == 1
            assert outbox.all() == []  # refused before anything was stored
            # The same dialog, the slip scanned again: the other line, the cause that needs
            # a comment, and no comment.
            dialog.number.setFocus()
            dialog.number.selectAll()
            till.scan("UI2-PICK2")
            await until(lambda: found(dialog) and dialog.lines.first_spin() is not None)
            assert dialog.lines.first_spin() is list(dialog.lines.spins.values())[1]
            desk.type("1")
            dialog.form.cause.setCurrentIndex(dialog.form.cause.findData("OTHER"))
            assert "Required" in dialog.form.comment_needed.text()
            dialog.send_button.setFocus()
            desk.press(Qt.Key.Key_Return)
            await until(lambda: "needs a comment" in problem(dialog))
            assert desk.focus() is dialog.form.comment
            assert outbox.all() == [] and len(simulator.state.returns.all()) == 1
            desk.type("Button missing")
            dialog.send_button.setFocus()
            desk.press(Qt.Key.Key_Return)
            await until(lambda: dialog.outcome is not None)
            assert dialog.outcome is not None and dialog.outcome.confirmed
            await till.window.shutdown()

    run_on_qt_loop(scenario())


def test_ongoing_down_during_the_send_stores_the_return_waits_in_f7_and_sends_it_once(
    qtbot: Any, simulator: SimulatorThread, tmp_path: Path
) -> None:
    sold_order(simulator, "UI2-PICK3", [2], PICKED)

    async def scenario() -> None:
        async with client_on(simulator) as client:
            till, outbox = till_on(qtbot, tmp_path, client)
            desk = Desk(qtbot, till, outbox)
            dialog = await desk.look_up("UI2-PICK3", found)
            desk.type("1")
            simulator.stop()  # Ongoing goes away while the cashier fills in the form
            dialog.send_button.setFocus()
            desk.press(Qt.Key.Key_Return)
            await until(lambda: dialog.outcome is not None, timeout=30)
            outcome = dialog.outcome
            assert outcome is not None and not outcome.confirmed
            assert "stored on this PC" in dialog.report.text() and "F7" in dialog.report.text()
            [row] = outbox.unsent()
            assert row.order_number == outcome.return_number
            assert desk.focus() is dialog.print_button  # its slip says "not yet confirmed"
            desk.press(Qt.Key.Key_Tab)
            assert desk.focus() is dialog.close_button
            desk.press(Qt.Key.Key_Return)  # Close
            await until(lambda: not dialog.isVisible())
            window = till.window
            await until(lambda: window.outbox_list.count() == 1)
            assert outcome.return_number in window.outbox_list.item(0).text()
            assert (
                "Return " + outcome.return_number + " for order UI2-PICK3"
                in window.outbox_list.item(0).text()
            )
            with started_again(simulator) as back:
                await activated(window)
                qtbot.keyClick(window.code_entry, Qt.Key.Key_F7)
                await until(window.outbox_list.hasFocus)
                qtbot.keyClick(window.outbox_list, Qt.Key.Key_Return)  # send again now
                await until(lambda: outbox.unsent() == [], timeout=30)
                await until(lambda: window.outbox_list.count() == 0)
                assert back.state.returns.count_with_number(outcome.return_number) == 1
                await till.window.shutdown()

    run_on_qt_loop(scenario())
