"""Ordering from the real window: F10, the form by keyboard, the outbox panel, the slip."""

from __future__ import annotations

from pathlib import Path

from app.config.settings import Settings, StoreSection
from app.domain.order_status import PICKED
from app.persistence.outbox import Outbox, OutboxState
from app.qt import Qt, QtGui, QtWidgets
from app.services.checkout import CheckoutSession
from app.services.order_tracking import OrderTracker
from app.services.orders import OrderService
from app.services.till import Till
from app.ui.main_window import MainWindow
from app.ui.order_dialog import OrderDialog
from app.ui.order_slip_print import save_slip_pdf
from tests.helpers.qt_loop import run_on_qt_loop
from tests.helpers.simulator import client_for, stocked_article
from tests.helpers.storage import fail_writes
from tests.helpers.till import TillDriver, activated, back_to_scanning, open_till
from tests.helpers.waiting import until

STORE = StoreSection(name="Test Store", till_id="2", order_prefix="UI")


def open_till_with_orders(
    qtbot, tmp_path: Path, client, tracker: OrderTracker | None = None
) -> tuple[TillDriver, Outbox]:
    outbox = Outbox(tmp_path / "outbox.sqlite")
    orders = OrderService(client, outbox, STORE)
    return open_till(qtbot, tmp_path, client, orders=orders, tracker=tracker), outbox


def order_dialog(window: MainWindow) -> OrderDialog | None:
    return window.findChild(OrderDialog, "orderDialog")


async def opened_order_dialog(qtbot, window: MainWindow) -> OrderDialog:
    """F10, then the form as the active window (a window manager would activate it)."""
    await activated(window)
    qtbot.keyClick(window, Qt.Key.Key_F10)
    await until(lambda: order_dialog(window) is not None)
    dialog = order_dialog(window)
    assert dialog is not None
    await activated(dialog)
    return dialog


def type_into(till: TillDriver, field: QtWidgets.QLineEdit, text: str) -> None:
    """By hand, at a person's pace: the scanner filter lets it through to the field."""
    field.setFocus()
    till.type_by_hand(text)


def test_a_pickup_order_placed_by_keyboard_is_confirmed_and_the_slip_renders(
    qtbot, simulator, tmp_path
) -> None:
    article = stocked_article(simulator, at_least=2)

    async def scenario() -> None:
        async with client_for(simulator) as client:
            till, outbox = open_till_with_orders(qtbot, tmp_path, client)
            window = till.window
            await till.scan_and_show_stock(article.barcode)
            dialog = await opened_order_dialog(qtbot, window)
            # the ranked list starts with a warehouse that can supply the basket
            assert "✔" in dialog.warehouses.item(0).text()
            qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            assert dialog.errors["name"].isVisible()  # nothing sent without a name
            type_into(till, dialog.fields["name"], "Ann Berg")
            type_into(till, dialog.fields["phone"], "070-123 45 67")
            type_into(till, dialog.receipt, "R-4711")
            qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            await until(lambda: "confirmed by Ongoing" in window.notice.text(), timeout=20)
            [entry] = outbox.all()
            assert entry.state is OutboxState.SENT
            order = simulator.state.order(entry.ongoing_order_id)
            assert order is not None and order.order_number.startswith("UI2-")
            assert order.body["goodsOwnerOrderId"] == "R-4711"  # the POS receipt number
            assert window.basket_model.rowCount() == 0  # the items left with the order
            assert window.last_slip is not None
            pdf = tmp_path / "slip.pdf"
            save_slip_pdf(window.last_slip, pdf)
            assert pdf.read_bytes().startswith(b"%PDF")
            await window.shutdown()

    run_on_qt_loop(scenario())


def test_an_unconfirmed_order_waits_in_the_panel_and_enter_sends_it(
    qtbot, simulator, tmp_path
) -> None:
    article = stocked_article(simulator, at_least=2)

    async def scenario() -> None:
        async with client_for(simulator) as client:
            till, outbox = open_till_with_orders(qtbot, tmp_path, client)
            window = till.window
            await till.scan_and_show_stock(article.barcode)
            simulator.faults.enqueue("5xx", count=1000, method="PUT", path_suffix="/orders")
            dialog = await opened_order_dialog(qtbot, window)
            type_into(till, dialog.fields["name"], "Bo Ek")
            type_into(till, dialog.fields["email"], "bo@example.se")
            qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            await until(lambda: "NOT confirmed" in window.notice.text(), timeout=30)
            await back_to_scanning(qtbot, window)
            await until(window.outbox_list.isVisible)
            assert window.outbox_list.count() == 1
            simulator.faults.clear()
            await activated(window)
            qtbot.keyClick(window, Qt.Key.Key_F7)
            assert window.outbox_list.hasFocus()
            qtbot.keyClick(window.outbox_list, Qt.Key.Key_Return)
            await until(lambda: not window.outbox_list.isVisible(), timeout=20)
            [entry] = outbox.all()
            assert entry.state is OutboxState.SENT
            assert simulator.state.count_orders_with_number(entry.order_number) == 1
            await window.shutdown()

    run_on_qt_loop(scenario())


def test_f10_with_an_empty_basket_says_what_to_do(qtbot, simulator, tmp_path) -> None:
    async def scenario() -> None:
        async with client_for(simulator) as client:
            till, _ = open_till_with_orders(qtbot, tmp_path, client)
            await activated(till.window)
            qtbot.keyClick(till.window, Qt.Key.Key_F10)
            assert order_dialog(till.window) is None
            assert "Scan the items" in till.window.notice.text()
            await till.window.shutdown()

    run_on_qt_loop(scenario())


def test_printing_uses_a_text_document_of_the_slip(qtbot) -> None:
    from datetime import UTC, datetime
    from decimal import Decimal

    from app.domain.order_body import FulfilmentKind
    from app.domain.order_slip import OrderSlip, SlipLine, SlipPart
    from app.ui.order_slip_print import slip_document

    slip = OrderSlip(
        parts=(
            SlipPart(
                "UI2-ABC", "Göteborg", (SlipLine("A1", "Lamp <b>", 2, Decimal("10.00"), "SEK"),)
            ),
        ),
        created_at=datetime(2026, 11, 29, 14, 3, tzinfo=UTC),
        kind=FulfilmentKind.PICKUP,
        language="sv",
    )
    document = slip_document(slip)
    assert isinstance(document, QtGui.QTextDocument)
    text = document.toPlainText()
    assert "UI2-ABC" in text and "Lamp <b>" in text and "Ordersedel" in text


def test_when_no_warehouse_has_everything_a_split_is_shown_and_sends_one_order_each(
    qtbot, simulator, tmp_path
) -> None:
    first, second = [a for a in simulator.state.articles() if a.barcode][:2]
    warehouses = simulator.state.warehouses()
    for warehouse in warehouses:  # first only in warehouse 0, second only in warehouse 1
        simulator.state.set_stock(first.article_number, warehouse.id, 0)
        simulator.state.set_stock(second.article_number, warehouse.id, 0)
    simulator.state.set_stock(first.article_number, warehouses[0].id, 5)
    simulator.state.set_stock(second.article_number, warehouses[1].id, 5)

    async def scenario() -> None:
        async with client_for(simulator) as client:
            till, outbox = open_till_with_orders(qtbot, tmp_path, client)
            window = till.window
            await till.scan_and_show_stock(first.barcode)
            till.scan(second.barcode)
            await until(lambda: window.session.stock.get(second.article_number) is not None)
            dialog = await opened_order_dialog(qtbot, window)
            assert not any("✔" in dialog.warehouses.item(i).text() for i in range(3))
            assert "1 of 2 items" in dialog.warehouses.item(0).text()
            # The split is offered first, naming which lines go where.
            assert dialog.split_choice.isVisible() and dialog.split_choice.isChecked()
            split = dialog.split_choice.text()
            assert f"{warehouses[0].name}: {first.name}" in split
            assert f"{warehouses[1].name}: {second.name}" in split
            type_into(till, dialog.fields["name"], "Cy Lund")
            type_into(till, dialog.fields["phone"], "0701234567")
            qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            await until(
                lambda: len([e for e in outbox.all() if e.state is OutboxState.SENT]) == 2,
                timeout=20,
            )
            placed = {
                simulator.state.order(e.ongoing_order_id).warehouse_id: e for e in outbox.all()
            }
            assert set(placed) == {warehouses[0].id, warehouses[1].id}
            placed_numbers = {w: e.order_number for w, e in placed.items()}
            # one checkout: one id shared by its parts, and one slip (F8) with both
            assert len({e.checkout for e in outbox.all()}) == 1
            await until(lambda: window.last_slip is not None)
            assert window.last_slip is not None
            assert sorted(window.last_slip.order_numbers) == sorted(
                e.order_number for e in outbox.all()
            )
            slip_parts = {p.order_number: p.warehouse_name for p in window.last_slip.parts}
            names = {w.id: w.name for w in warehouses}
            assert slip_parts == {number: names[w] for w, number in placed_numbers.items()}
            await window.shutdown()

    run_on_qt_loop(scenario())


def test_the_till_says_when_a_pickup_order_is_picked_and_ready(qtbot, simulator, tmp_path) -> None:
    article = stocked_article(simulator, at_least=2)

    async def scenario() -> None:
        async with client_for(simulator) as client:
            tracker = OrderTracker(client, interval_s=0.02)
            till, outbox = open_till_with_orders(qtbot, tmp_path, client, tracker)
            window = till.window
            await till.scan_and_show_stock(article.barcode)
            dialog = await opened_order_dialog(qtbot, window)
            type_into(till, dialog.fields["name"], "Dee Holm")
            type_into(till, dialog.fields["email"], "dee@example.se")
            qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            await until(lambda: "confirmed by Ongoing" in window.notice.text(), timeout=20)
            [entry] = outbox.all()
            assert tracker.followed == [entry.order_number]
            simulator.state.advance_order(entry.ongoing_order_id, PICKED)
            await until(lambda: "picked and ready" in window.notice.text(), timeout=20)
            assert entry.order_number in window.notice.text()
            await window.shutdown()

    run_on_qt_loop(scenario())


def test_shift_f10_sells_over_the_counter_and_ctrl_f7_lists_orders_lacking_stock(
    qtbot, simulator, tmp_path
) -> None:
    article = stocked_article(simulator, at_least=2)
    warehouse = simulator.state.warehouses()[0]
    simulator.state.set_stock(article.article_number, warehouse.id, 0)  # Ongoing thinks: none
    store = STORE.model_copy(update={"store_sale": True, "store_warehouse": warehouse.code})
    settings = Settings(store=store)

    async def scenario() -> None:
        async with client_for(simulator) as client:
            outbox = Outbox(tmp_path / "outbox.sqlite")
            orders = OrderService(client, outbox, store)
            till = open_till(qtbot, tmp_path, client, orders=orders, settings=settings)
            window = till.window
            await till.scan_and_show_stock(article.barcode)
            await activated(window)
            qtbot.keyClick(window, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
            box = window.findChild(QtWidgets.QMessageBox, "storeSaleDialog")
            assert box is not None and warehouse.name in box.text()
            box.button(QtWidgets.QMessageBox.StandardButton.Yes).click()
            await until(lambda: "confirmed by Ongoing" in window.notice.text(), timeout=20)
            [entry] = outbox.all()
            assert simulator.state.order(entry.ongoing_order_id).warehouse_id == warehouse.id
            await back_to_scanning(qtbot, window)
            await activated(window)
            qtbot.keyClick(window, Qt.Key.Key_F7, Qt.KeyboardModifier.ControlModifier)
            dialog = window.findChild(QtWidgets.QDialog, "shortStockDialog")
            assert dialog is not None
            short_list = dialog.findChild(QtWidgets.QTreeWidget, "shortStockList")
            assert short_list is not None
            await until(lambda: short_list.topLevelItemCount() == 1, timeout=20)
            listed = short_list.topLevelItem(0)
            assert listed is not None and listed.text(0) == entry.order_number
            line = listed.child(0)
            assert line is not None
            assert (line.text(0), line.text(2)) == (article.article_number, "1")
            assert line.text(3) == "Cannot be picked"  # Ongoing's NotPickable, in words
            known = window.session.catalogue.by_number(article.article_number)
            assert known is not None and line.text(1) == known.name
            dialog.reject()
            await window.shutdown()

    run_on_qt_loop(scenario())


def every_text_fits(tree: QtWidgets.QTreeWidget) -> bool:
    """No cell of the tree is cut off: each column is as wide as its widest text (the
    first column's text starts one indentation in per level, past the expand arrow)."""
    header = tree.header()
    for index in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(index)
        assert top is not None
        rows = [(top, 1)] + [(top.child(n), 2) for n in range(top.childCount())]
        for row, depth in rows:
            assert row is not None
            for column in range(tree.columnCount()):
                font = row.font(column) if row.data(column, Qt.ItemDataRole.FontRole) else None
                metrics = QtGui.QFontMetrics(font or tree.font())
                needed = metrics.horizontalAdvance(row.text(column))
                needed += tree.indentation() * depth if column == 0 else 0
                if needed > header.sectionSize(column):
                    return False
    return True


def test_ctrl_f3_shows_goods_on_the_way_in_filtered_by_status(qtbot, simulator, tmp_path) -> None:
    from app.domain.purchase_order_status import RECEIVED
    from app.ui.incoming_dialog import IncomingDialog

    orders = simulator.state.purchase_orders()
    warehouse = simulator.state.warehouse(
        next(p.warehouse_id for p in orders if p.status == RECEIVED)
    )
    assert warehouse is not None
    mine = [p for p in orders if p.warehouse_id == warehouse.id]
    store = STORE.model_copy(update={"store_warehouse": warehouse.code})

    async def scenario() -> None:
        async with client_for(simulator) as client:
            orders = OrderService(client, Outbox(tmp_path / "outbox.sqlite"), store)
            window = MainWindow(
                Till(client, CheckoutSession(client), orders=orders, settings=Settings(store=store))
            )
            qtbot.addWidget(window)
            window.resize(1280, 800)
            window.show()
            await until(lambda: window.session.catalogue.loaded_at is not None)
            await activated(window)
            qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ControlModifier)
            dialog = window.findChild(IncomingDialog)
            assert dialog is not None
            dialog.expected_from.setDate(dialog.expected_from.date().addYears(-5))
            dialog.expected_to.setDate(dialog.expected_to.date().addYears(5))
            expected_open = sum(1 for p in mine if p.status < RECEIVED)
            await until(lambda: dialog.tree.topLevelItemCount() == expected_open, timeout=20)
            dialog.status.setCurrentIndex(1)  # Received
            received = sum(1 for p in mine if p.status == RECEIVED)
            await until(
                lambda: (
                    dialog.tree.topLevelItemCount() == received
                    and dialog.message.text().startswith(f"{received} ")
                ),
                timeout=20,
            )
            top = dialog.tree.topLevelItem(0)
            assert top is not None and top.text(3).startswith("✔")  # not by colour alone
            line = top.child(0)
            assert line is not None
            known = window.session.catalogue.by_number(line.text(0))
            assert known is not None and line.text(1) == known.name
            screen = dialog.screen().availableGeometry()  # 800 x 600 offscreen
            assert dialog.width() >= min(0.8 * window.width(), screen.width())  # useful size
            assert every_text_fits(dialog.tree)
            dialog.reject()
            await window.shutdown()

    run_on_qt_loop(scenario())


def test_every_alt_key_in_the_order_form_is_used_once(qtbot) -> None:
    import re

    from app.domain.stock import WarehouseInfo
    from app.services.order_plans import WarehouseChoice

    warehouse = WarehouseInfo(1, "GBG", "Göteborg")
    dialog = OrderDialog(
        [WarehouseChoice(warehouse, False)],
        backorders_allowed=False,
        split=((warehouse, ("A1",)),),
    )
    qtbot.addWidget(dialog)
    texts = [w.text() for w in dialog.findChildren(QtWidgets.QLabel)]
    texts += [w.text() for w in dialog.findChildren(QtWidgets.QAbstractButton)]
    keys = [m.lower() for text in texts for m in re.findall(r"(?<!&)&(\w)", text)]
    assert len(keys) == len(set(keys)), sorted(keys)


def test_a_full_disk_keeps_the_form_open_with_everything_typed_and_sends_nothing(
    qtbot, simulator, tmp_path
) -> None:
    import errno

    article = stocked_article(simulator, at_least=2)

    async def scenario() -> None:
        async with client_for(simulator) as client:
            till, outbox = open_till_with_orders(qtbot, tmp_path, client)
            window = till.window
            await till.scan_and_show_stock(article.barcode)
            orders_before = len(simulator.state.orders())
            heal = fail_writes(outbox, OSError(errno.ENOSPC, "No space left"))
            dialog = await opened_order_dialog(qtbot, window)
            type_into(till, dialog.fields["name"], "Ann Berg")
            type_into(till, dialog.fields["phone"], "070-123 45 67")
            qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            await until(lambda: "disk is full" in dialog.status.text(), timeout=20)
            assert dialog.isVisible() and order_dialog(window) is dialog
            assert dialog.fields["name"].text() == "Ann Berg"
            assert dialog.fields["phone"].text() == "070-123 45 67"
            assert "Ctrl+Enter" in dialog.status.text()
            assert window.basket_model.rowCount() == 1  # the basket stays too
            assert len(simulator.state.orders()) == orders_before
            assert not [r for r in simulator.requests if r.method == "PUT"]

            heal()  # space freed
            qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            await until(lambda: "confirmed by Ongoing" in window.notice.text(), timeout=20)
            assert order_dialog(window) is None or not dialog.isVisible()
            [entry] = outbox.all()
            order = simulator.state.order(entry.ongoing_order_id)
            assert order is not None and order.body["consignee"]["name"] == "Ann Berg"
            await window.shutdown()

    run_on_qt_loop(scenario())


def test_a_second_ctrl_enter_while_storing_sends_one_order(qtbot, simulator, tmp_path) -> None:
    article = stocked_article(simulator, at_least=2)

    async def scenario() -> None:
        async with client_for(simulator) as client:
            till, outbox = open_till_with_orders(qtbot, tmp_path, client)
            window = till.window
            await till.scan_and_show_stock(article.barcode)
            dialog = await opened_order_dialog(qtbot, window)
            type_into(till, dialog.fields["name"], "Cy Lund")
            type_into(till, dialog.fields["phone"], "070-765 43 21")
            for _ in range(3):  # impatient presses while the stock is being checked
                qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            await until(lambda: "confirmed by Ongoing" in window.notice.text(), timeout=20)
            assert len(outbox.all()) == 1
            await window.shutdown()

    run_on_qt_loop(scenario())


def test_a_split_checkout_ends_in_one_confirmation_of_every_part_and_enter_prints(
    qtbot, simulator, tmp_path
) -> None:
    from app.ui.checkout_confirmation import CheckoutConfirmation

    first, second = [a for a in simulator.state.articles() if a.barcode][:2]
    warehouses = simulator.state.warehouses()
    for warehouse in warehouses:  # first only in warehouse 0, second only in warehouse 1
        simulator.state.set_stock(first.article_number, warehouse.id, 0)
        simulator.state.set_stock(second.article_number, warehouse.id, 0)
    simulator.state.set_stock(first.article_number, warehouses[0].id, 5)
    simulator.state.set_stock(second.article_number, warehouses[1].id, 5)

    async def scenario() -> None:
        async with client_for(simulator) as client:
            till, outbox = open_till_with_orders(qtbot, tmp_path, client)
            window = till.window
            await till.scan_and_show_stock(first.barcode)
            till.scan(second.barcode)
            await until(lambda: window.session.stock.get(second.article_number) is not None)
            dialog = await opened_order_dialog(qtbot, window)
            type_into(till, dialog.fields["name"], "Di Nord")
            type_into(till, dialog.fields["phone"], "0701234567")
            qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            confirmation = None

            def confirmed() -> bool:
                nonlocal confirmation
                confirmation = window.findChild(CheckoutConfirmation, "checkoutConfirmation")
                return confirmation is not None and "All 2 orders confirmed" in (
                    confirmation.heading.text()
                )

            await until(confirmed, timeout=20)
            assert confirmation is not None
            table = confirmation.table

            def cell(row: int, column: int) -> str:
                item = table.item(row, column)
                assert item is not None
                return item.text()

            numbers = {e.order_number for e in outbox.all()}
            assert {cell(r, 0) for r in range(2)} == numbers
            assert {cell(r, 1) for r in range(2)} == {
                f"{warehouses[0].name} ({warehouses[0].code})",
                f"{warehouses[1].name} ({warehouses[1].code})",
            }
            assert all(cell(r, 4) == "✔ confirmed" for r in range(2))
            assert all(cell(r, 2).startswith("Collect at") for r in range(2))
            await activated(confirmation)
            assert window.last_slip is not None  # one slip for the checkout: both orders
            assert set(window.last_slip.order_numbers) == numbers
            qtbot.keyClick(confirmation, Qt.Key.Key_Return)  # Enter prints the slip
            await until(lambda: window.findChild(QtWidgets.QDialog, "printSlipDialog") is not None)
            printing = window.findChild(QtWidgets.QDialog, "printSlipDialog")
            assert printing is not None
            printing.reject()
            await back_to_scanning(qtbot, window)
            await window.shutdown()

    run_on_qt_loop(scenario())


def test_f8_prints_the_checkout_slip_on_the_paper_the_settings_choose(
    qtbot, simulator, tmp_path
) -> None:
    from datetime import UTC, datetime

    from app.config.settings import DisplaySection
    from app.domain.order_body import FulfilmentKind
    from app.domain.order_slip import OrderSlip, SlipPart
    from app.qt import QtPrintSupport

    slip = OrderSlip(
        parts=(SlipPart("UI2-A", "Göteborg", ()), SlipPart("UI2-B", "Malmö", ())),
        created_at=datetime(2026, 12, 4, 14, 3, tzinfo=UTC),
        kind=FulfilmentKind.PICKUP,
    )

    async def page_width_printed_on(settings: Settings) -> float:
        async with client_for(simulator) as client:
            till = open_till(qtbot, tmp_path, client, settings=settings)
            window = till.window
            await activated(window)
            qtbot.keyClick(window, Qt.Key.Key_F8)
            assert "No order placed yet" in window.notice.text()
            window.last_slip = slip
            qtbot.keyClick(window, Qt.Key.Key_F8)
            await until(lambda: window.findChild(QtWidgets.QDialog, "printSlipDialog") is not None)
            dialog = window.findChild(QtPrintSupport.QPrintDialog, "printSlipDialog")
            assert dialog is not None
            size = dialog.printer().pageLayout().pageSize().size(QtGui.QPageSize.Unit.Millimeter)
            assert dialog.printer().docName() == "Order slip UI2-A, UI2-B"
            dialog.reject()
            await window.shutdown()
            return size.width()

    roll = Settings()
    a4 = Settings(display=DisplaySection(slip_paper="a4"))
    assert run_on_qt_loop(page_width_printed_on(roll)) == 80
    assert run_on_qt_loop(page_width_printed_on(a4)) == 210
