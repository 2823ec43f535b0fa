"""After F10: every order of the checkout, how it stands, updated as it goes.

One line per order (each part of a split): its number, the warehouse, where the customer
collects it (address and opening hours) or where it is delivered, Ongoing's order id, and
its state: stored on this PC, sending, confirmed, or waiting with the reason (the stock not
yet checked while Ongoing is away; a shortage found by the check waits for the cashier in
F7). The order is on this PC before this opens, so the cashier can serve the next customer
while it goes: scans go to the new basket behind it. Enter prints
the slip, Esc goes back to scanning. The services say what the states are
(app/services/order_desk.py `CheckoutPart`); this only shows them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from app.qt import QtCore, QtGui, QtWidgets
from app.ui.i18n import shown

if TYPE_CHECKING:
    from app.services.order_desk import CheckoutPart


class CheckoutConfirmation(QtWidgets.QDialog):
    COLUMNS = 5

    def __init__(self, print_slip: Callable[[], None], parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("checkoutConfirmation")
        self._print_slip = print_slip
        self.parts: list[CheckoutPart] = []
        layout = QtWidgets.QVBoxLayout(self)
        self.heading = QtWidgets.QLabel(self)
        self.heading.setObjectName("confirmationHeading")
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.4)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        layout.addWidget(self.heading)
        self.table = QtWidgets.QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("confirmationParts")
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        # Where and the state take what is left between them and wrap, so a long reason
        # (why an order waits) is read whole, not cut off at the window's edge.
        header.setSectionResizeMode(2, QtWidgets.QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QtWidgets.QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        layout.addWidget(self.table, 1)
        self.keys = QtWidgets.QLabel(self)
        layout.addWidget(self.keys)
        self.resize(1100, 300)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Checkout"))
        self.setAccessibleName(self.tr("The orders of this checkout"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Order"),
                self.tr("Warehouse"),
                self.tr("Where"),
                self.tr("Ongoing id"),
                self.tr("State"),
            ]
        )
        self.table.setAccessibleName(self.tr("Orders and their state"))
        self.keys.setText(self.tr("Enter prints the slip · Esc goes back to scanning"))
        self.show_parts(self.parts)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_parts(self, parts: Sequence[CheckoutPart]) -> None:
        self.parts = list(parts)
        confirmed = sum(1 for part in parts if part.state.value == "confirmed")
        if parts and confirmed == len(parts):
            heading = (
                self.tr("✔ Order confirmed by Ongoing")
                if len(parts) == 1
                else self.tr("✔ All {count} orders confirmed by Ongoing").format(count=len(parts))
            )
        elif parts and any(part.needs_attention for part in parts):
            heading = self.tr("⚠ Stored on this PC, not sent: see why below (F7)")
        elif len(parts) == 1:
            heading = self.tr("Order stored on this PC; not confirmed by Ongoing yet")
        else:
            heading = self.tr(
                "{confirmed} of {count} orders confirmed; every order is stored on this PC"
            ).format(confirmed=confirmed, count=len(parts))
        self.heading.setText(heading)
        self.table.setRowCount(len(parts))
        for row, part in enumerate(parts):
            cells = (
                part.order_number,
                f"{part.warehouse.name} ({part.warehouse.code})",  # untranslated: name, code
                self._where(part),
                str(part.ongoing_order_id) if part.ongoing_order_id is not None else "–",
                self._state(part),
            )
            for column, text in enumerate(cells):
                item = self.table.item(row, column)
                if item is None:
                    item = QtWidgets.QTableWidgetItem()
                    self.table.setItem(row, column, item)
                item.setText(text)
        self.table.resizeRowsToContents()

    def _where(self, part: CheckoutPart) -> str:
        if part.delivery_lines:
            return self.tr("Delivered to {address}").format(address=", ".join(part.delivery_lines))
        place = ", ".join(part.warehouse.address_lines) or part.warehouse.name
        if part.warehouse.opening_hours:
            return self.tr("Collect at {place}; open {hours}").format(
                place=place, hours=part.warehouse.opening_hours
            )
        return self.tr("Collect at {place}").format(place=place)

    def _state(self, part: CheckoutPart) -> str:
        state = part.state.value
        if state == "confirmed":
            return self.tr("✔ confirmed")
        if state == "sending":
            return self.tr("sending…")
        if state == "stored":
            return self.tr("stored on this PC")
        reason = shown(part.reason) if part.reason is not None else ""
        if part.needs_attention:
            return self.tr("⚠ not sent, waits in F7: {reason}").format(reason=reason)
        if not part.stock_checked:
            if reason:
                return self.tr(
                    "⚠ stored, stock not yet checked; sent when Ongoing answers: {reason}"
                ).format(reason=reason)
            return self.tr("⚠ stored, stock not yet checked; sent when Ongoing answers")
        if reason:
            return self.tr("⚠ waiting: {reason}").format(reason=reason)
        return self.tr("⚠ waiting; sent again by itself")

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        """Enter prints the slip. A key press, not a shortcut: shortcuts are matched before
        the scanner filter sees a key, so a scanner's Enter (a scan for the next customer
        while this is open) would print instead of ending its scan."""
        if event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter):
            self._print_slip()
            return
        super().keyPressEvent(event)
