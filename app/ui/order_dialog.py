"""The order form (F10): how the order leaves, from which warehouse, and for whom.

The form is a composition of panels: the warehouses with the split view under them
(order_warehouse_panel.py, order_split_choice.py), the customer fields
(order_customer_panel.py), and the foot that sends or, while Ongoing is away, queues the
order (order_queue_panel.py). This file keeps how the order leaves (pickup or delivery),
the slip's options, the draft and the sending. What was typed is kept as a draft if the
form closes before the order is stored (`draft`, `restore`), so F10 opens it again as it was.

Every text follows the till's language, also while the form is open: `retranslate` sets the
fixed words and each panel draws its own again from state. The panels' texts keep this
form's translation context ("OrderDialog"): a translator picks the form's Alt keys
together, and they must stay unique within the form.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.domain.customer import Customer
from app.domain.order_body import FulfilmentKind
from app.domain.stock import WarehouseInfo
from app.domain.texts import Text
from app.qt import QtCore, QtGui, QtWidgets
from app.services.order_plans import WarehouseChoice
from app.ui.i18n import SLIP_LANGUAGES
from app.ui.order_customer_panel import CustomerPanel
from app.ui.order_queue_panel import QueuePanel
from app.ui.order_split_choice import SplitPlan
from app.ui.order_warehouse_panel import WarehousePanel


@dataclass(frozen=True, slots=True)
class OrderChoice:
    """`split`, when given, sends one order per warehouse with those article numbers."""

    kind: FulfilmentKind
    warehouse: WarehouseInfo
    customer: Customer | None
    language: str
    split: SplitPlan = ()
    receipt: str = ""  # the POS receipt number, sent as goodsOwnerOrderId


class OrderDialog(QtWidgets.QDialog):
    """Returns an `OrderChoice` through `chosen` when the cashier sends (Ctrl+Enter)."""

    chosen = QtCore.Signal(object)

    def __init__(
        self,
        choices: Sequence[WarehouseChoice],
        *,
        backorders_allowed: bool,
        split: SplitPlan = (),
        names: Mapping[str, str] | None = None,
        offline: Text | None = None,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        """`choices` best first (the first is preselected); `split` is offered first when no
        warehouse can supply the whole basket; `names` name the articles it splits;
        `offline` says why Ongoing cannot be asked now (the stock is then unknown)."""
        super().__init__(parent)
        self.setObjectName("orderDialog")
        self._backorders_allowed = backorders_allowed
        self._build(choices, split, dict(names or {}), offline)
        self.retranslate()
        self._update_for_kind()

    # --- layout ---

    def _build(
        self,
        choices: Sequence[WarehouseChoice],
        split: SplitPlan,
        names: Mapping[str, str],
        offline: Text | None,
    ) -> None:
        layout = QtWidgets.QVBoxLayout(self)

        kinds = QtWidgets.QHBoxLayout()
        self.pickup = QtWidgets.QRadioButton(self)
        self.pickup.setObjectName("pickupChoice")
        self.delivery = QtWidgets.QRadioButton(self)
        self.delivery.setObjectName("deliveryChoice")
        self.pickup.setChecked(True)
        self.pickup.toggled.connect(self._update_for_kind)
        kinds.addWidget(self.pickup)
        kinds.addWidget(self.delivery)
        layout.addLayout(kinds)

        self.warehouse_panel = WarehousePanel(
            choices, split, names, lambda: self.queue.unknown_stock_note(), self
        )
        self.warehouse_panel.changed.connect(self._warehouse_changed)
        self.warehouse_panel.add_to(layout)
        self.customer = CustomerPanel(self)
        layout.addWidget(self.customer)

        options = QtWidgets.QHBoxLayout()
        self.notify_email = QtWidgets.QCheckBox(self)
        self.notify_sms = QtWidgets.QCheckBox(self)
        self.language = QtWidgets.QComboBox(self)
        self.language.setObjectName("slipLanguage")
        for code, own_name in SLIP_LANGUAGES.items():
            self.language.addItem(own_name, code)  # a customer's language, named in itself
        self.language_label = QtWidgets.QLabel(self)
        self.language_label.setBuddy(self.language)
        options.addWidget(self.notify_email)
        options.addWidget(self.notify_sms)
        options.addStretch(1)
        options.addWidget(self.language_label)
        options.addWidget(self.language)
        self.receipt = QtWidgets.QLineEdit(self)
        self.receipt.setObjectName("receiptField")
        self.receipt.setMaxLength(50)
        self.receipt_label = QtWidgets.QLabel(self)
        self.receipt_label.setBuddy(self.receipt)
        options.addWidget(self.receipt_label)
        options.addWidget(self.receipt)
        layout.addLayout(options)

        self.queue = QueuePanel(offline, self)
        self.queue.choose(self.selected_choice())
        self.queue.buttons.accepted.connect(self.submit)
        self.queue.buttons.rejected.connect(self.reject)
        layout.addWidget(self.queue)
        QtGui.QShortcut(QtGui.QKeySequence("Ctrl+Return"), self).activated.connect(self.submit)
        QtGui.QShortcut(QtGui.QKeySequence("Ctrl+Enter"), self).activated.connect(self.submit)
        # The parts tests and tools address by name.
        self.fields, self.errors = self.customer.fields, self.customer.errors
        self.warehouses = self.warehouse_panel.list
        self.warehouse_note = self.warehouse_panel.note
        self.split_choice = self.warehouse_panel.split
        self.status, self.send_button = self.queue.status, self.queue.send_button
        self.fields["name"].setFocus()

    def retranslate(self) -> None:
        """Set every text in the till's language; again on each language switch."""
        self.setWindowTitle(self.tr("Place an order"))
        self.setAccessibleName(self.tr("Place an order"))
        self.pickup.setText(self.tr("&Pickup at a warehouse"))
        self.pickup.setAccessibleName(self.tr("Pickup at a warehouse"))
        self.delivery.setText(self.tr("Home de&livery"))
        self.delivery.setAccessibleName(self.tr("Home delivery"))
        self.warehouse_panel.retranslate()
        self.customer.retranslate()
        self.notify_email.setText(self.tr("E-&mail me when ready"))
        self.notify_email.setAccessibleName(self.tr("Notify by e-mail"))
        self.notify_sms.setText(self.tr("&SMS me when ready"))
        self.notify_sms.setAccessibleName(self.tr("Notify by SMS"))
        self.language.setAccessibleName(self.tr("Language of the order slip"))
        self.language_label.setText(self.tr("Slip lan&guage:"))
        self.receipt.setAccessibleName(self.tr("Receipt number"))
        self.receipt_label.setText(self.tr("&Receipt no.:"))
        self.queue.retranslate()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- behaviour ---

    @property
    def kind(self) -> FulfilmentKind:
        return FulfilmentKind.PICKUP if self.pickup.isChecked() else FulfilmentKind.DELIVERY

    def _update_for_kind(self) -> None:
        self.customer.set_pickup(self.kind is FulfilmentKind.PICKUP)

    def selected_choice(self) -> WarehouseChoice | None:
        return self.warehouse_panel.selected_choice()

    def _warehouse_changed(self) -> None:
        self.queue.choose(self.selected_choice())

    # --- a draft: what was typed, kept if the form closes before the order is stored ---

    def draft(self) -> dict[str, object]:
        """Everything typed and chosen, to open the form again as it was."""
        return {
            "delivery": self.delivery.isChecked(),
            "fields": {name: field.text() for name, field in self.fields.items()},
            "email": self.notify_email.isChecked(),
            "sms": self.notify_sms.isChecked(),
            "language": self.language.currentData(),
            "receipt": self.receipt.text(),
        }

    def restore(self, draft: Mapping[str, object]) -> None:
        """Put a draft back (the warehouse is chosen afresh: the basket may have changed)."""
        self.delivery.setChecked(bool(draft.get("delivery")))
        self.pickup.setChecked(not bool(draft.get("delivery")))
        fields = draft.get("fields")
        if isinstance(fields, Mapping):
            for name, text in fields.items():
                if name in self.fields and isinstance(text, str):
                    self.fields[name].setText(text)
        self.notify_email.setChecked(bool(draft.get("email")))
        self.notify_sms.setChecked(bool(draft.get("sms")))
        index = self.language.findData(draft.get("language"))
        if index >= 0:
            self.language.setCurrentIndex(index)
        receipt = draft.get("receipt")
        self.receipt.setText(receipt if isinstance(receipt, str) else "")

    @property
    def stored(self) -> bool:
        """The till stored the order made here (the draft is done with)."""
        return self.queue.stored

    def order_stored(self) -> None:
        """The order is stored on this PC (and goes to Ongoing now): the form's work is done."""
        self.queue.order_stored()
        self.accept()

    def order_refused(self, reason: Text) -> None:
        """Nothing was sent: say why, keep everything typed, let the cashier send again."""
        self.queue.order_refused(reason)

    def submit(self) -> None:
        """Check everything; show each problem next to its field, or emit the choice.

        The form stays open until the till has stored the order (`order_stored`) or says
        why it could not (`order_refused`), so nothing typed is ever lost.
        """
        if self.queue.busy:
            return  # a second Ctrl+Enter while the first is being stored
        self.customer.clear_problems()
        choice = self.selected_choice()
        if choice is None:
            return
        split = self.split_choice.plan()
        if choice.known and not choice.supplies_all and not split and not self._backorders_allowed:
            self.warehouse_panel.refuse(choice.warehouse)
            return
        customer = self.customer.customer(
            notify_email=self.notify_email.isChecked(), notify_sms=self.notify_sms.isChecked()
        )
        if customer is None:
            return
        self.queue.storing()
        self.chosen.emit(
            OrderChoice(
                self.kind,
                choice.warehouse,
                customer,
                str(self.language.currentData()),
                split,
                " ".join(self.receipt.text().split()),
            )
        )
