"""One customer at a time, whatever Ongoing does: the real window with the simulator stopped
and started again, or slow, on real loopback HTTP.

Offline the form says the stock is unknown and queues the order: it is on this PC the
moment the cashier sends it, the basket is the next customer's at once, and the order is
checked and sent when Ongoing answers. A scan during a slow send belongs to the next
customer, and every message says what became of the order.
"""

from __future__ import annotations

from pathlib import Path

from app.config.settings import StoreSection
from app.domain.order_slip import render_slip_text
from app.ongoing.client import OngoingClient
from app.ongoing.retry import CircuitBreaker, RetryPolicy
from app.persistence.outbox import Outbox, OutboxState
from app.qt import Qt, QtWidgets
from app.services.ongoing_words import describe
from app.services.orders import OrderService
from app.services.task_groups import ORDERS_IN_FLIGHT
from app.simulator import SimulatorThread
from app.ui.checkout_confirmation import CheckoutConfirmation
from app.ui.main_window import MainWindow
from app.ui.order_dialog import OrderDialog
from tests.helpers.clocks import ManualClock
from tests.helpers.qt_loop import run_on_qt_loop
from tests.helpers.simulator import (
    Scannable,
    client_for,
    connection_to,
    started_again,
    stocked_article,
)
from tests.helpers.till import TillDriver, activated, open_till
from tests.helpers.waiting import until

STORE = StoreSection(name="Test Store", till_id="2", order_prefix="UI")


def order_dialog(window: MainWindow) -> OrderDialog | None:
    dialog = window.findChild(OrderDialog, "orderDialog")
    return dialog if dialog is not None and dialog.isVisible() else None


async def f10(qtbot, window: MainWindow) -> OrderDialog:
    await activated(window)
    qtbot.keyClick(window, Qt.Key.Key_F10)
    await until(lambda: order_dialog(window) is not None)
    dialog = order_dialog(window)
    assert dialog is not None
    await activated(dialog)
    return dialog


def type_into(till: TillDriver, field, text: str) -> None:
    field.setFocus()
    till.type_by_hand(text)


def confirmation_of(window: MainWindow) -> CheckoutConfirmation | None:
    return window.findChild(CheckoutConfirmation, "checkoutConfirmation")


def state_cell(window: MainWindow) -> str:
    confirmation = confirmation_of(window)
    item = confirmation.table.item(0, 4) if confirmation is not None else None
    return item.text() if item is not None else ""


def next_article(simulator: SimulatorThread, other_than: str) -> Scannable:
    """Another article to scan, for the next customer."""
    article = next(
        a for a in simulator.state.articles() if a.barcode and a.article_number != other_than
    )
    assert article.barcode is not None
    return Scannable(article.article_number, article.barcode)


def outbox_line(window: MainWindow) -> str:
    """The first line of F7, the unsent orders ("" while it is empty)."""
    item = window.outbox_list.item(0)
    return item.text() if item is not None else ""


def till_on(qtbot, folder: Path, client: OngoingClient) -> tuple[TillDriver, Outbox]:
    outbox = Outbox(folder / "outbox.sqlite")
    orders = OrderService(client, outbox, STORE)
    return open_till(qtbot, folder, client, orders=orders), outbox


def test_offline_the_form_says_stock_unknown_queues_the_order_and_it_goes_when_ongoing_is_back(
    qtbot, simulator: SimulatorThread, tmp_path: Path
) -> None:
    first = stocked_article(simulator, at_least=2)
    second = next_article(simulator, first.article_number)
    circuit_clock = ManualClock()  # the client's pause after failures, moved by the test

    async def scenario() -> None:
        client = OngoingClient(
            connection_to(simulator),
            retry_policy=RetryPolicy(jitter=lambda: 0.0),
            circuit=CircuitBreaker(clock=circuit_clock),
            words=describe,
        )
        async with client:
            till, outbox = till_on(qtbot, tmp_path, client)
            window = till.window
            await till.scan_and_show_stock(first.barcode)
            simulator.stop()  # Ongoing goes down; the catalogue still knows the articles
            till.scan(second.barcode)
            await until(lambda: not window.session.connection.online, timeout=20)
            await until(lambda: window.basket_model.rowCount() == 2)

            dialog = await f10(qtbot, window)
            rows = [dialog.warehouses.item(i).text() for i in range(dialog.warehouses.count())]
            assert rows and all("stock not known" in row for row in rows)
            assert not any("✖" in row or "not enough" in row for row in rows)
            assert "not known" in dialog.warehouse_note.text()
            assert "cannot supply" not in dialog.warehouse_note.text()
            assert dialog.send_button.text().startswith("Queue order")
            type_into(till, dialog.fields["name"], "Ann Berg")
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # closed by mistake...
            await until(lambda: order_dialog(window) is None)
            dialog = await f10(qtbot, window)
            assert dialog.fields["name"].text() == "Ann Berg"  # ...and nothing typed is lost
            type_into(till, dialog.fields["phone"], "070-123 45 67")
            qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

            await until(lambda: order_dialog(window) is None)
            assert window.basket_model.rowCount() == 0  # the next customer's basket, at once
            [entry] = outbox.all()
            assert entry.state is OutboxState.WAITING and not entry.stock_checked
            assert entry.body["consignee"]["name"] == "Ann Berg"
            await until(lambda: "NOT confirmed yet" in window.notice.text(), timeout=20)
            notice = window.notice.text()
            assert entry.order_number in notice and "stored on this PC" in notice
            assert "Nothing was sent" not in notice
            await until(lambda: "stock not yet checked" in state_cell(window))
            await until(lambda: window.outbox_list.count() == 1)
            item = window.outbox_list.item(0)
            assert item is not None and "not yet checked" in item.text()  # F7 says it too
            assert window.last_slip is not None and window.last_slip.parts[0].queued
            assert "Not yet confirmed by the warehouse" in render_slip_text(window.last_slip)

            with started_again(simulator) as back:
                circuit_clock.advance(60)  # the client's pause after the failures is over
                window.refresh_stock()  # F5 (or the recovery loop): Ongoing answers again
                await until(lambda: "was sent and is confirmed" in window.notice.text(), 20)
                [sent] = outbox.all()
                assert sent.state is OutboxState.SENT and sent.stock_checked
                assert back.state.count_orders_with_number(sent.order_number) == 1
                await until(lambda: state_cell(window) == "✔ confirmed")
                assert not window.last_slip.parts[0].queued
                assert not window.outbox_list.isVisible()  # nothing waits in F7
                await window.shutdown()

    run_on_qt_loop(scenario())


def test_a_scan_during_a_slow_send_is_the_next_customers_and_the_message_says_what_happened(
    qtbot, simulator: SimulatorThread, tmp_path: Path
) -> None:
    first = stocked_article(simulator, at_least=2)
    second = next_article(simulator, first.article_number)

    async def scenario() -> None:
        async with client_for(simulator) as client:
            till, outbox = till_on(qtbot, tmp_path, client)
            window = till.window
            await till.scan_and_show_stock(first.barcode)
            dialog = await f10(qtbot, window)
            type_into(till, dialog.fields["name"], "Bo Ek")
            type_into(till, dialog.fields["phone"], "0701234567")
            simulator.faults.latency_ms = 300  # a slow Ongoing...
            simulator.faults.enqueue("5xx", count=1000, method="PUT", path_suffix="/orders")
            qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

            await until(lambda: order_dialog(window) is None)
            assert window.basket_model.rowCount() == 0
            assert "stored on this PC" in window.notice.text()
            await until(lambda: confirmation_of(window) is not None)
            confirmation = confirmation_of(window)
            assert confirmation is not None
            await activated(confirmation)  # the order's live state, in front of the cashier
            till.scan(second.barcode)  # the next customer, while the order is on its way
            await until(lambda: window.basket_model.rowCount() == 1)
            await until(lambda: window.outbox_list.count() == 1)  # F7 lists it meanwhile
            tasks = window.till.tasks if window.till is not None else None
            assert tasks is not None and tasks.group(ORDERS_IN_FLIGHT)
            assert window.findChild(QtWidgets.QDialog, "printSlipDialog") is None  # its Enter

            await until(lambda: not tasks.group(ORDERS_IN_FLIGHT), timeout=60)
            notice = window.notice.text()
            assert "NOT confirmed yet" in notice and "Nothing was sent" not in notice
            assert "sent again by itself" in notice
            [line] = window.session.lines  # the scan is still there, and only it
            assert line.article_number == second.article_number and line.quantity == 1
            [entry] = outbox.all()
            assert [ln["articleNumber"] for ln in entry.body["orderLines"]] == [
                first.article_number
            ]
            assert entry.state is OutboxState.WAITING  # kept; sent again by itself
            await window.shutdown()

    run_on_qt_loop(scenario())


def test_stock_gone_by_the_time_of_sending_holds_the_order_in_f7_and_the_cashier_is_told(
    qtbot, simulator: SimulatorThread, tmp_path: Path
) -> None:
    article = stocked_article(simulator, at_least=2)

    async def scenario() -> None:
        async with client_for(simulator) as client:
            till, outbox = till_on(qtbot, tmp_path, client)
            window = till.window
            await till.scan_and_show_stock(article.barcode)
            dialog = await f10(qtbot, window)
            assert "✔" in dialog.warehouses.item(0).text()
            type_into(till, dialog.fields["name"], "Cy Lund")
            type_into(till, dialog.fields["phone"], "0701234567")
            for warehouse in simulator.state.warehouses():  # sold out meanwhile, elsewhere
                simulator.state.set_stock(article.article_number, warehouse.id, 0)
            qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

            await until(lambda: "NOT sent; it waits in F7" in window.notice.text(), timeout=20)
            assert "cannot supply everything" in window.notice.text()
            assert window.basket_model.rowCount() == 0  # the order has it, held
            [entry] = outbox.all()
            assert entry.state is OutboxState.ATTENTION and not entry.stock_checked
            assert simulator.state.count_orders_with_number(entry.order_number) == 0
            await until(lambda: state_cell(window).startswith("⚠ not sent, waits in F7"))
            await until(lambda: "needs attention" in outbox_line(window))
            await window.shutdown()

    run_on_qt_loop(scenario())
