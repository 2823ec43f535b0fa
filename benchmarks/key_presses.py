"""Key presses from a scanned basket to a confirmed pickup order, counted on the real till.

Run: `make bench-keys`. The demo till's window (offscreen) against the simulator: three
articles are scanned (the scanner's keys are not the cashier's), then the cashier presses
F10, types a new customer's name, goes to the phone field with Alt+H, types the phone,
sends with Ctrl+Enter and, once Ongoing confirmed, goes back to scanning with Esc. Every key
the cashier presses is sent to the focused widget as Qt delivers it and counted; a chord
(Alt+H) is one press. It prints the count, and how many of them were the customer's
details. It fails when the order does not reach Ongoing.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import QtTest

from app.domain.scan_detector import ScannerTiming
from app.persistence.json_file import JsonFile
from app.persistence.outbox import Outbox, OutboxState
from app.qt import Qt, QtWidgets
from app.services.checkout import CheckoutSession
from app.services.order_tracking import OrderTracker
from app.services.orders import OrderService
from app.services.till import Till
from app.ui.checkout_confirmation import CheckoutConfirmation
from app.ui.main_window import MainWindow
from app.ui.order_dialog import OrderDialog
from app.ui.scanner_filter import ScannerFilter
from tests.helpers.clocks import ManualClock
from tests.helpers.qt_loop import run_on_qt_loop
from tests.helpers.simulator import client_for, running_simulator
from tests.helpers.till import TillDriver, activated
from tests.helpers.waiting import until

NAME = "Ann Berg"
PHONE = "0701234567"


def has_figures(session: CheckoutSession, article_number: str) -> Callable[[], bool]:
    return lambda: article_number in session.stock.snapshots()


class Cashier:
    """Presses keys on whatever has focus, and counts them."""

    def __init__(self, driver: TillDriver) -> None:
        self.driver = driver
        self.presses = 0
        self.details = 0

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        widget = QtWidgets.QApplication.focusWidget() or self.driver.window
        QtTest.QTest.keyClick(widget, key, modifier)
        self.presses += 1

    def type(self, text: str) -> None:
        self.driver.type_by_hand(text)
        self.presses += len(text)
        self.details += len(text)


async def count(folder: Path) -> tuple[int, int, str]:
    with running_simulator() as simulator:
        state = simulator.state
        articles = [
            a
            for a in state.articles()
            if a.barcode
            and any(state.stock(a.article_number, w.id).sellable >= 2 for w in state.warehouses())
        ][:3]
        async with client_for(simulator) as client:
            clock = ManualClock()
            session = CheckoutSession(client, basket_file=JsonFile(folder / "basket.json"))
            outbox = Outbox(folder / "outbox.sqlite")
            till = Till(
                client,
                session,
                orders=OrderService(client, outbox, Till.for_client(client).settings.store),
                tracker=OrderTracker(client),
            )
            window = MainWindow(till, scanner=ScannerFilter(ScannerTiming()))
            window.resize(1280, 800)
            window.show()
            window.focus_entry()
            driver = TillDriver(None, window, clock)
            await until(driver.catalogue_loaded, timeout=30)
            for article in articles:
                assert article.barcode is not None
                driver.scan(article.barcode)
                await until(has_figures(session, article.article_number))
            cashier = Cashier(driver)
            await activated(window)
            cashier.press(Qt.Key.Key_F10)
            await until(lambda: window.findChild(OrderDialog, "orderDialog") is not None)
            form = window.findChild(OrderDialog, "orderDialog")
            assert form is not None
            await activated(form)
            cashier.type(NAME)  # the form opens with the name field focused
            cashier.press(Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
            cashier.type(PHONE)
            cashier.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

            def confirmed() -> bool:
                found = window.findChild(CheckoutConfirmation, "checkoutConfirmation")
                return found is not None and found.heading.text().startswith("✔")

            await until(confirmed, timeout=30)
            confirmation = window.findChild(CheckoutConfirmation, "checkoutConfirmation")
            assert confirmation is not None
            await activated(confirmation)
            cashier.press(Qt.Key.Key_Escape)
            await until(lambda: not confirmation.isVisible())
            entries = outbox.all()
            assert entries and all(e.state is OutboxState.SENT for e in entries), entries
            heading = confirmation.heading.text()
            await window.shutdown()
            return cashier.presses, cashier.details, heading


def main() -> int:
    QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        presses, details, heading = run_on_qt_loop(count(Path(folder)))
    others = presses - details
    print(
        f"From a scanned basket of three articles to a confirmed pickup order for a new "
        f"customer: {presses} key presses, {details} of them the customer's name and phone, "
        f"{others} others (F10, Alt+H, Ctrl+Enter, Esc). The confirmation said: {heading}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
