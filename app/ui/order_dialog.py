"""The order form (F10): how the order leaves, from which warehouse, and for whom.

Warehouses come ranked as on the stock grid: those that can supply the whole basket first,
then the store's preference. Customer fields are checked by the domain's validation and
each problem is shown next to its field; nothing is lost when a field is wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.customer import Customer, validate_customer
from app.domain.order_body import FulfilmentKind
from app.domain.order_slip import SlipLanguage
from app.domain.stock import WarehouseInfo
from app.qt import Qt, QtCore, QtGui, QtWidgets

FIELD_LABELS = (
    ("name", "&Name"),
    ("phone", "P&hone"),
    ("email", "&E-mail"),
    ("address1", "&Address"),
    ("address2", "Address &2"),
    ("postcode", "Post&code"),
    ("city", "Ci&ty"),
    ("country", "Co&untry"),
    ("door_code", "Door c&ode"),
    ("delivery_instruction", "Delivery &instruction"),
)
DELIVERY_ONLY = {"address1", "address2", "postcode", "city", "country", "door_code"}
LANGUAGES = (
    (SlipLanguage.SV, "Svenska"),
    (SlipLanguage.EN, "English"),
    (SlipLanguage.NB, "Norsk"),
    (SlipLanguage.DA, "Dansk"),
    (SlipLanguage.FI, "Suomi"),
)


SplitPlan = tuple[tuple[WarehouseInfo, tuple[str, ...]], ...]


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
        ranked: Sequence[tuple[WarehouseInfo, bool]],
        *,
        backorders_allowed: bool,
        split: SplitPlan = (),
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("orderDialog")
        self.setWindowTitle("Place an order")
        self.setAccessibleName("Place an order")
        self._ranked = list(ranked)
        self._backorders_allowed = backorders_allowed
        # Splitting is offered only when no single warehouse can supply the whole basket.
        self._split = split if not any(supplies for _, supplies in ranked) else ()
        self.fields: dict[str, QtWidgets.QLineEdit] = {}
        self.errors: dict[str, QtWidgets.QLabel] = {}
        self._build()
        self._update_for_kind()
        self._update_warehouse_note()

    # --- layout ---

    def _build(self) -> None:
        layout = QtWidgets.QVBoxLayout(self)

        kinds = QtWidgets.QHBoxLayout()
        self.pickup = QtWidgets.QRadioButton("&Pickup at a warehouse", self)
        self.pickup.setObjectName("pickupChoice")
        self.pickup.setAccessibleName("Pickup at a warehouse")
        self.delivery = QtWidgets.QRadioButton("Home de&livery", self)
        self.delivery.setObjectName("deliveryChoice")
        self.delivery.setAccessibleName("Home delivery")
        self.pickup.setChecked(True)
        self.pickup.toggled.connect(self._update_for_kind)
        kinds.addWidget(self.pickup)
        kinds.addWidget(self.delivery)
        layout.addLayout(kinds)

        warehouse_label = QtWidgets.QLabel("&Warehouse (✔ = can supply the whole basket):", self)
        self.warehouses = QtWidgets.QListWidget(self)
        self.warehouses.setObjectName("warehouseList")
        self.warehouses.setAccessibleName("Warehouses, best first")
        warehouse_label.setBuddy(self.warehouses)
        for warehouse, supplies in self._ranked:
            mark = "✔" if supplies else "✖ not everything"
            item = QtWidgets.QListWidgetItem(f"{warehouse.name} ({warehouse.code})  {mark}")
            item.setData(Qt.ItemDataRole.UserRole, warehouse.code)
            self.warehouses.addItem(item)
        self.warehouses.setCurrentRow(0)
        self.warehouses.currentRowChanged.connect(self._update_warehouse_note)
        layout.addWidget(warehouse_label)
        layout.addWidget(self.warehouses)
        self.warehouse_note = QtWidgets.QLabel(self)
        self.warehouse_note.setObjectName("warehouseNote")
        self.warehouse_note.setAccessibleName("About the chosen warehouse")
        self.warehouse_note.setWordWrap(True)
        layout.addWidget(self.warehouse_note)
        self.split_choice = QtWidgets.QCheckBox(self)
        self.split_choice.setObjectName("splitChoice")
        self.split_choice.setAccessibleName("Split into one order per warehouse")
        parts = "; ".join(f"{w.name}: {', '.join(numbers)}" for w, numbers in self._split)
        self.split_choice.setText(f"Split into one or&der per warehouse — {parts}")
        self.split_choice.setVisible(bool(self._split))
        self.split_choice.toggled.connect(self.warehouses.setDisabled)
        layout.addWidget(self.split_choice)

        form = QtWidgets.QFormLayout()
        for name, label_text in FIELD_LABELS:
            field = QtWidgets.QLineEdit(self)
            field.setObjectName(f"{name}Field")
            field.setAccessibleName(label_text.replace("&", ""))
            error = QtWidgets.QLabel(self)
            error.setObjectName(f"{name}Error")
            error.setAccessibleName(f"Problem with {label_text.replace('&', '').lower()}")
            error.setStyleSheet("color: #b00020;")
            error.hide()
            column = QtWidgets.QVBoxLayout()
            column.addWidget(field)
            column.addWidget(error)
            label = QtWidgets.QLabel(label_text, self)
            label.setBuddy(field)
            form.addRow(label, column)
            self.fields[name] = field
            self.errors[name] = error
        self.fields["country"].setText("SE")
        self.fields["country"].setMaxLength(2)
        layout.addLayout(form)

        options = QtWidgets.QHBoxLayout()
        self.notify_email = QtWidgets.QCheckBox("E-&mail me when ready", self)
        self.notify_email.setAccessibleName("Notify by e-mail")
        self.notify_sms = QtWidgets.QCheckBox("&SMS me when ready", self)
        self.notify_sms.setAccessibleName("Notify by SMS")
        self.language = QtWidgets.QComboBox(self)
        self.language.setObjectName("slipLanguage")
        self.language.setAccessibleName("Language of the order slip")
        for code, name in LANGUAGES:
            self.language.addItem(name, code.value)
        language_label = QtWidgets.QLabel("Slip lan&guage:", self)
        language_label.setBuddy(self.language)
        options.addWidget(self.notify_email)
        options.addWidget(self.notify_sms)
        options.addStretch(1)
        options.addWidget(language_label)
        options.addWidget(self.language)
        self.receipt = QtWidgets.QLineEdit(self)
        self.receipt.setObjectName("receiptField")
        self.receipt.setAccessibleName("Receipt number")
        self.receipt.setMaxLength(50)
        receipt_label = QtWidgets.QLabel("&Receipt no.:", self)
        receipt_label.setBuddy(self.receipt)
        options.addWidget(receipt_label)
        options.addWidget(self.receipt)
        layout.addLayout(options)

        buttons = QtWidgets.QDialogButtonBox(self)
        self.send_button = buttons.addButton(
            "Send order (Ctrl+Enter)", QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setObjectName("sendOrder")
        self.send_button.setAccessibleName("Send order")
        buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(key), self)
            shortcut.activated.connect(self.submit)
        self.fields["name"].setFocus()

    # --- behaviour ---

    @property
    def kind(self) -> FulfilmentKind:
        return FulfilmentKind.PICKUP if self.pickup.isChecked() else FulfilmentKind.DELIVERY

    def _update_for_kind(self) -> None:
        pickup = self.kind is FulfilmentKind.PICKUP
        for name in DELIVERY_ONLY:
            self.fields[name].setEnabled(not pickup)

    def selected_warehouse(self) -> tuple[WarehouseInfo, bool] | None:
        row = self.warehouses.currentRow()
        return self._ranked[row] if 0 <= row < len(self._ranked) else None

    def _update_warehouse_note(self) -> None:
        selected = self.selected_warehouse()
        if selected is None:
            self.warehouse_note.setText("Ongoing has no warehouses to choose from.")
            return
        warehouse, supplies = selected
        parts = [", ".join(warehouse.address_lines)] if warehouse.address_lines else []
        if warehouse.opening_hours:
            parts.append(f"Open: {warehouse.opening_hours}")
        if not supplies:
            parts.append(
                "⚠ This warehouse cannot supply the whole basket. Choose another one, "
                + ("split the order (Alt+D), " if self._split else "")
                + "or reduce the quantities (Esc, then F4)."
            )
        self.warehouse_note.setText("\n".join(parts))

    def submit(self) -> None:
        """Check everything; show each problem next to its field, or emit the choice."""
        for error in self.errors.values():
            error.hide()
        selected = self.selected_warehouse()
        if selected is None:
            return
        warehouse, supplies = selected
        splitting = self.split_choice.isChecked()
        if not supplies and not splitting and not self._backorders_allowed:
            self.warehouse_note.setText(
                f"⚠ {warehouse.name} cannot supply the whole basket. Choose a warehouse "
                "marked ✔, or reduce the quantities."
            )
            self.warehouses.setFocus()
            return
        pickup = self.kind is FulfilmentKind.PICKUP
        form = {
            name: field.text()
            for name, field in self.fields.items()
            if not (pickup and name in DELIVERY_ONLY)
        }
        result = validate_customer(
            form,
            pickup=pickup,
            notify_email=self.notify_email.isChecked(),
            notify_sms=self.notify_sms.isChecked(),
        )
        if isinstance(result, list):
            for problem in result:
                self.errors[problem.field].setText(problem.message)
                self.errors[problem.field].show()
            self.fields[result[0].field].setFocus()
            return
        if pickup and not (result.phone or result.email):
            self.errors["phone"].setText("Pickup needs a phone number or an e-mail address.")
            self.errors["phone"].show()
            self.fields["phone"].setFocus()
            return
        self.chosen.emit(
            OrderChoice(
                self.kind,
                warehouse,
                result,
                str(self.language.currentData()),
                self._split if splitting else (),
                " ".join(self.receipt.text().split()),
            )
        )
        self.accept()
