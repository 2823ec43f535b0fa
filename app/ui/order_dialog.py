"""The order form (F10): how the order leaves, from which warehouse, and for whom.

Warehouses come ranked as on the stock grid: those that can supply the whole basket first,
then the store's preference. Customer fields are checked by the domain's validation and
each problem is shown next to its field; nothing is lost when a field is wrong.

While Ongoing is away the stock is not known: the warehouses say so (not "not enough"),
and the form offers to queue the order, which the till stores at once and checks and sends
when Ongoing answers. What was typed is kept as a draft if the form closes before the
order is stored (`draft`, `restore`), so F10 opens it again as it was.

Every text follows the till's language, also while the form is open: `retranslate` sets the
fixed words, and the warehouse note and field problems are kept as how to render them, not
as rendered strings, so a language switch shows them again in the new language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial

from app.domain.customer import Customer, validate_customer
from app.domain.order_body import FulfilmentKind
from app.domain.stock import WarehouseInfo
from app.domain.texts import Text
from app.qt import Qt, QtCore, QtGui, QtWidgets
from app.services.order_plans import WarehouseChoice
from app.ui.i18n import SLIP_LANGUAGES, format_quantity, shown

FIELDS = (
    "name",
    "phone",
    "email",
    "address1",
    "address2",
    "postcode",
    "city",
    "country",
    "door_code",
    "delivery_instruction",
)
DELIVERY_ONLY = {"address1", "address2", "postcode", "city", "country", "door_code"}
_MNEMONIC = re.compile(r"&([^&\s])")

SplitPlan = tuple[tuple[WarehouseInfo, tuple[str, ...]], ...]
Rendered = Callable[[], str]  # a text as how to write it now: again on a language switch


def mnemonic(label: str) -> str:
    """The Alt key of a label (`Split into one or&der` -> `D`), or "" if it has none."""
    found = _MNEMONIC.search(label.replace("&&", ""))
    return found.group(1).upper() if found else ""


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
        self._offline = offline
        self.setObjectName("orderDialog")
        self._choices = list(choices)
        self._backorders_allowed = backorders_allowed
        # Splitting is offered only when no single warehouse can supply the whole basket.
        self._split = split if not any(c.supplies_all and c.known for c in choices) else ()
        self._names = dict(names or {})
        self.fields: dict[str, QtWidgets.QLineEdit] = {}
        self.errors: dict[str, QtWidgets.QLabel] = {}
        self._field_labels: dict[str, QtWidgets.QLabel] = {}
        self._problems: dict[str, Rendered] = {}  # shown next to their fields
        self._refused: WarehouseInfo | None = None  # the last warehouse refused on sending
        self._busy = False  # sent: checking stock and storing, until the till says how it went
        self._status: Rendered | None = None
        self._stored = False
        self._build()
        self.retranslate()
        self._update_for_kind()

    # --- layout ---

    def _build(self) -> None:
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

        self.warehouse_label = QtWidgets.QLabel(self)
        self.warehouses = QtWidgets.QListWidget(self)
        self.warehouses.setObjectName("warehouseList")
        self.warehouse_label.setBuddy(self.warehouses)
        for choice in self._choices:
            item = QtWidgets.QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, choice.warehouse.code)
            self.warehouses.addItem(item)
        self.warehouses.setCurrentRow(0)
        self.warehouses.currentRowChanged.connect(self._warehouse_changed)
        layout.addWidget(self.warehouse_label)
        layout.addWidget(self.warehouses)
        self.warehouse_note = QtWidgets.QLabel(self)
        self.warehouse_note.setObjectName("warehouseNote")
        self.warehouse_note.setWordWrap(True)
        layout.addWidget(self.warehouse_note)
        self.split_choice = QtWidgets.QCheckBox(self)
        self.split_choice.setObjectName("splitChoice")
        self.split_choice.setVisible(bool(self._split))
        self.split_choice.toggled.connect(self.warehouses.setDisabled)
        self.split_choice.setChecked(bool(self._split))  # offered first when it is needed
        layout.addWidget(self.split_choice)

        form = QtWidgets.QFormLayout()
        for name in FIELDS:
            field = QtWidgets.QLineEdit(self)
            field.setObjectName(f"{name}Field")
            error = QtWidgets.QLabel(self)
            error.setObjectName(f"{name}Error")
            error.setStyleSheet("color: #b00020;")
            error.hide()
            column = QtWidgets.QVBoxLayout()
            column.addWidget(field)
            column.addWidget(error)
            label = QtWidgets.QLabel(self)
            label.setBuddy(field)
            form.addRow(label, column)
            self.fields[name] = field
            self.errors[name] = error
            self._field_labels[name] = label
        self.fields["country"].setText("SE")
        self.fields["country"].setMaxLength(2)
        layout.addLayout(form)

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

        self.status = QtWidgets.QLabel(self)
        self.status.setObjectName("orderStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)

        buttons = QtWidgets.QDialogButtonBox(self)
        self.send_button = buttons.addButton("", QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("sendOrder")
        buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QtGui.QShortcut(QtGui.QKeySequence("Ctrl+Return"), self).activated.connect(self.submit)
        QtGui.QShortcut(QtGui.QKeySequence("Ctrl+Enter"), self).activated.connect(self.submit)
        self.fields["name"].setFocus()

    def retranslate(self) -> None:
        """Set every text in the till's language; again on each language switch."""
        self.setWindowTitle(self.tr("Place an order"))
        self.setAccessibleName(self.tr("Place an order"))
        self.pickup.setText(self.tr("&Pickup at a warehouse"))
        self.pickup.setAccessibleName(self.tr("Pickup at a warehouse"))
        self.delivery.setText(self.tr("Home de&livery"))
        self.delivery.setAccessibleName(self.tr("Home delivery"))
        self.warehouse_label.setText(self.tr("&Warehouse (✔ = can supply the whole basket):"))
        self.warehouses.setAccessibleName(self.tr("Warehouses, best first"))
        for row, choice in enumerate(self._choices):
            self.warehouses.item(row).setText(self._choice_text(choice))
        self.warehouse_note.setAccessibleName(self.tr("About the chosen warehouse"))
        self.split_choice.setAccessibleName(self.tr("Split into one order per warehouse"))
        parts = "; ".join(
            f"{w.name}: {', '.join(self._names.get(n, n) for n in numbers)}"
            for w, numbers in self._split
        )
        self.split_choice.setText(
            self.tr("Split into one or&der per warehouse — {parts}").format(parts=parts)
        )
        labels = self._field_label_texts()
        for name, label_text in labels.items():
            self._field_labels[name].setText(label_text)
            plain = label_text.replace("&", "")
            self.fields[name].setAccessibleName(plain)
            self.errors[name].setAccessibleName(
                self.tr("Problem with {field}").format(field=plain.lower())
            )
        self.notify_email.setText(self.tr("E-&mail me when ready"))
        self.notify_email.setAccessibleName(self.tr("Notify by e-mail"))
        self.notify_sms.setText(self.tr("&SMS me when ready"))
        self.notify_sms.setAccessibleName(self.tr("Notify by SMS"))
        self.language.setAccessibleName(self.tr("Language of the order slip"))
        self.language_label.setText(self.tr("Slip lan&guage:"))
        self.receipt.setAccessibleName(self.tr("Receipt number"))
        self.receipt_label.setText(self.tr("&Receipt no.:"))
        self._render_send_button()
        self.status.setAccessibleName(self.tr("How the order stands"))
        self._render_warehouse_note()
        for name, render in self._problems.items():
            self.errors[name].setText(render())
        if self._status is not None:
            self.status.setText(self._status())

    def _field_label_texts(self) -> dict[str, str]:
        """The customer fields' labels, each with an Alt key unique in the form."""
        return {
            "name": self.tr("&Name"),
            "phone": self.tr("P&hone"),
            "email": self.tr("&E-mail"),
            "address1": self.tr("&Address"),
            "address2": self.tr("Address &2"),
            "postcode": self.tr("Post&code"),
            "city": self.tr("Ci&ty"),
            "country": self.tr("Co&untry"),
            "door_code": self.tr("Door c&ode"),
            "delivery_instruction": self.tr("Delivery &instruction"),
        }

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- behaviour ---

    @property
    def kind(self) -> FulfilmentKind:
        return FulfilmentKind.PICKUP if self.pickup.isChecked() else FulfilmentKind.DELIVERY

    def _update_for_kind(self) -> None:
        pickup = self.kind is FulfilmentKind.PICKUP
        for name in DELIVERY_ONLY:
            self.fields[name].setEnabled(not pickup)

    def _choice_text(self, choice: WarehouseChoice) -> str:
        """The warehouse, how much of the basket it has, and whether it is the store's own."""
        name = self.tr("{name} ({code})").format(
            name=choice.warehouse.name, code=choice.warehouse.code
        )
        if not choice.known:
            have = self.tr("? stock not known")
        elif choice.supplies_all:
            have = self.tr("✔ all items")
        elif choice.lines > 1:
            have = self.tr("{covered} of {lines} items").format(
                covered=format_quantity(choice.covered), lines=format_quantity(choice.lines)
            )
        else:
            have = self.tr("✖ not enough")
        store = self.tr("  · this store") if choice.store else ""
        return f"{name}  {have}{store}"  # untranslated: translated parts, side by side

    def selected_warehouse(self) -> tuple[WarehouseInfo, bool] | None:
        choice = self.selected_choice()
        return (choice.warehouse, choice.supplies_all) if choice else None

    def selected_choice(self) -> WarehouseChoice | None:
        row = self.warehouses.currentRow()
        return self._choices[row] if 0 <= row < len(self._choices) else None

    def _warehouse_changed(self) -> None:
        self._refused = None
        self._render_warehouse_note()
        self._render_send_button()

    @property
    def queues(self) -> bool:
        """The stock of the chosen warehouse is unknown now: sending queues the order."""
        choice = self.selected_choice()
        return self._offline is not None or (choice is not None and not choice.known)

    def _render_send_button(self) -> None:
        if self.queues:
            self.send_button.setText(self.tr("Queue order (Ctrl+Enter)"))
            self.send_button.setAccessibleName(self.tr("Queue the order"))
        else:
            self.send_button.setText(self.tr("Send order (Ctrl+Enter)"))
            self.send_button.setAccessibleName(self.tr("Send order"))

    def _render_warehouse_note(self) -> None:
        """About the chosen warehouse, or why sending was refused: from state, not stored text."""
        if self._refused is not None:
            self.warehouse_note.setText(
                self.tr(
                    "⚠ {warehouse} cannot supply the whole basket. Choose a warehouse "
                    "marked ✔, or reduce the quantities."
                ).format(warehouse=self._refused.name)
            )
            return
        selected = self.selected_warehouse()
        if selected is None:
            self.warehouse_note.setText(self.tr("Ongoing has no warehouses to choose from."))
            return
        warehouse, supplies = selected
        choice = self.selected_choice()
        parts = [", ".join(warehouse.address_lines)] if warehouse.address_lines else []
        if warehouse.opening_hours:
            parts.append(self.tr("Open: {hours}").format(hours=warehouse.opening_hours))
        if choice is not None and not choice.known:
            parts.append(self._unknown_stock_note())
            self.warehouse_note.setText("\n".join(parts))
            return
        if choice is not None and choice.missing:
            missing = ", ".join(
                self.tr("{name} (0, oversold)").format(name=n) if n in choice.oversold else n
                for n in choice.missing
            )
            parts.append(self.tr("Missing here: {articles}").format(articles=missing))
        if not supplies:
            if self._split:
                key = mnemonic(self.split_choice.text())
                parts.append(
                    self.tr(
                        "⚠ This warehouse cannot supply the whole basket. Choose another one, "
                        "split the order (Alt+{key}), or reduce the quantities (Esc, then F4)."
                    ).format(key=key)
                )
            else:
                parts.append(
                    self.tr(
                        "⚠ This warehouse cannot supply the whole basket. Choose another one, "
                        "or reduce the quantities (Esc, then F4)."
                    )
                )
        self.warehouse_note.setText("\n".join(parts))

    def _unknown_stock_note(self) -> str:
        """Why the stock is unknown, and what queueing the order does."""
        if self._offline is not None:
            why = self.tr("The stock is not known now: {reason}").format(
                reason=shown(self._offline)
            )
        else:
            why = self.tr("The stock here is not known yet.")
        return (
            why
            + " "
            + self.tr(
                "Ctrl+Enter queues the order: it is stored on this PC now; when Ongoing answers, "
                "the stock is checked and the order sent. If something is missing then, the order "
                "waits in F7 and you are told."
            )
        )

    def _show_problem(self, field: str, render: Rendered) -> None:
        self._problems[field] = render
        self.errors[field].setText(render())
        self.errors[field].show()

    # --- while the till places the order ---

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
        return self._stored

    def order_stored(self) -> None:
        """The order is stored on this PC (and goes to Ongoing now): the form's work is done."""
        self._busy = False
        self._stored = True
        self.accept()

    def order_refused(self, reason: Text) -> None:
        """Nothing was sent: say why, keep everything typed, let the cashier send again."""
        self._busy = False
        self.send_button.setEnabled(True)
        self._show_status(
            lambda: self.tr("⚠ {reason}\nEverything typed is kept; Ctrl+Enter sends again.").format(
                reason=shown(reason)
            ),
            problem=True,
        )

    def _show_status(self, render: Rendered, *, problem: bool) -> None:
        self._status = render
        self.status.setStyleSheet("color: #b00020; font-weight: bold;" if problem else "")
        self.status.setText(render())
        self.status.show()

    def submit(self) -> None:
        """Check everything; show each problem next to its field, or emit the choice.

        The form stays open until the till has stored the order (`order_stored`) or says
        why it could not (`order_refused`), so nothing typed is ever lost.
        """
        if self._busy:
            return  # a second Ctrl+Enter while the first is being stored
        for error in self.errors.values():
            error.hide()
        self._problems.clear()
        selected = self.selected_warehouse()
        if selected is None:
            return
        warehouse, supplies = selected
        splitting = self.split_choice.isChecked()
        choice = self.selected_choice()
        known = choice is None or choice.known
        if known and not supplies and not splitting and not self._backorders_allowed:
            self._refused = warehouse
            self._render_warehouse_note()
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
                self._show_problem(problem.field, partial(shown, problem.text))
            self.fields[result[0].field].setFocus()
            return
        if pickup and not (result.phone or result.email):
            self._show_problem(
                "phone", lambda: self.tr("Pickup needs a phone number or an e-mail address.")
            )
            self.fields["phone"].setFocus()
            return
        self._busy = True
        self.send_button.setEnabled(False)
        self._show_status(lambda: self.tr("Storing the order on this PC…"), problem=False)
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
