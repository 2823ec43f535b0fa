"""Orders and returns Ongoing has not confirmed (F7): Enter sends the selected one again,
Delete cancels it; a return shows as one, with the order it gives back. Hidden while
everything is confirmed; each line says why it waits, and marks an order taken while
Ongoing was away "not yet checked" until its stock check is made."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.qt import Qt, QtCore, QtWidgets
from app.ui.i18n import shown

if TYPE_CHECKING:  # the panel is on screen before the outbox is imported (app/ui/start)
    from app.services.order_desk import OutboxEntry


class UnsentPanel(QtWidgets.QWidget):
    """Emits `retry(checkout_id)` on Enter; the window asks before a cancel."""

    retry = QtCore.Signal(str)

    def __init__(self, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QtWidgets.QLabel(self)
        self.list = QtWidgets.QListWidget(self)
        self.list.setObjectName("outboxList")
        self.list.setMaximumHeight(110)
        self.list.itemActivated.connect(self._activated)
        self.label.setBuddy(self.list)
        layout.addWidget(self.label)
        layout.addWidget(self.list)
        self.unsent: list[OutboxEntry] = []
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Unsent orders (F7; Enter sends again, Delete cancels):"))
        self.list.setAccessibleName(self.tr("Orders not yet confirmed by Ongoing"))
        if self.unsent:
            self.draw(self.unsent)

    def draw(self, unsent: list[OutboxEntry]) -> None:
        self.unsent = unsent
        selected = self.selected()
        self.list.clear()
        for entry in unsent:
            if entry.needs_attention:
                state = self.tr("needs attention")
            elif not entry.stock_checked:
                state = self.tr("waiting, not yet checked")
            else:
                state = self.tr("waiting")
            reason = shown(entry.reason) if str(entry.reason) else self.tr("not sent yet")
            item = QtWidgets.QListWidgetItem(self.line(entry, state, reason))
            item.setData(Qt.ItemDataRole.UserRole, entry.checkout_id)
            self.list.addItem(item)
            if entry.checkout_id == selected:
                self.list.setCurrentItem(item)  # the same order stays selected
        self.setVisible(bool(unsent))

    def line(self, entry: OutboxEntry, state: str, reason: str) -> str:
        """One waiting order, or a return with the order it gives back."""
        original = entry.slip.get("orderNumber") if entry.kind == "return" else None
        if original:
            return self.tr("Return {number} for order {order}  {state}: {reason}").format(
                number=entry.order_number, order=original, state=state, reason=reason
            )
        return self.tr("{order}  {kind}  {state}: {reason}").format(
            order=entry.order_number, kind=self.kind_label(entry.kind), state=state, reason=reason
        )

    def kind_label(self, kind: str) -> str:
        """How the order goes, in the till's language (Ongoing's kind as it is if unknown)."""
        labels = {
            "pickup": self.tr("pickup"),
            "delivery": self.tr("delivery"),
            "store-sale": self.tr("store-sale"),
            "return": self.tr("return"),
        }
        return labels.get(kind, kind)

    def focus(self) -> bool:
        """Focus the list; False when there is nothing to show."""
        if self.list.count() == 0:
            return False
        self.list.setFocus()
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        return True

    def has_focus(self) -> bool:
        return self.list.hasFocus()

    def selected(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _activated(self) -> None:
        checkout_id = self.selected()
        if checkout_id is not None:
            self.retry.emit(checkout_id)
