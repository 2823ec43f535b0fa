"""The order form's customer fields, each with its problem shown under it.

The fields are checked by the domain's validation (app/domain/customer.py); a problem is
kept as how to render it, not as rendered text, so a language switch shows it again in the
new language, and nothing typed is lost when a field is wrong. Its texts keep the form's
translation context ("OrderDialog"): the form's Alt keys are picked together.
"""

from __future__ import annotations

from functools import partial

from app.domain.customer import Customer, validate_customer
from app.qt import QtCore, QtWidgets
from app.ui.i18n import Rendered, shown

translate = QtCore.QCoreApplication.translate

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


class CustomerPanel(QtWidgets.QWidget):
    """`fields` and `errors` by name; `customer()` checks them and shows what is wrong."""

    def __init__(self, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.fields: dict[str, QtWidgets.QLineEdit] = {}
        self.errors: dict[str, QtWidgets.QLabel] = {}
        self._labels: dict[str, QtWidgets.QLabel] = {}
        self._problems: dict[str, Rendered] = {}  # shown next to their fields
        self._pickup = True
        form = QtWidgets.QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
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
            self._labels[name] = label
        self.fields["country"].setText("SE")
        self.fields["country"].setMaxLength(2)

    def retranslate(self) -> None:
        for name, label_text in self._label_texts().items():
            self._labels[name].setText(label_text)
            plain = label_text.replace("&", "")
            self.fields[name].setAccessibleName(plain)
            self.errors[name].setAccessibleName(
                translate("OrderDialog", "Problem with {field}").format(field=plain.lower())
            )
        for name, render in self._problems.items():
            self.errors[name].setText(render())

    def _label_texts(self) -> dict[str, str]:
        """The customer fields' labels, each with an Alt key unique in the form."""
        return {
            "name": translate("OrderDialog", "&Name"),
            "phone": translate("OrderDialog", "P&hone"),
            "email": translate("OrderDialog", "&E-mail"),
            "address1": translate("OrderDialog", "&Address"),
            "address2": translate("OrderDialog", "Address &2"),
            "postcode": translate("OrderDialog", "Post&code"),
            "city": translate("OrderDialog", "Ci&ty"),
            "country": translate("OrderDialog", "Co&untry"),
            "door_code": translate("OrderDialog", "Door c&ode"),
            "delivery_instruction": translate("OrderDialog", "Delivery &instruction"),
        }

    def set_pickup(self, pickup: bool) -> None:
        """A pickup needs no address: those fields are off (and not checked)."""
        self._pickup = pickup
        for name in DELIVERY_ONLY:
            self.fields[name].setEnabled(not pickup)

    def clear_problems(self) -> None:
        for error in self.errors.values():
            error.hide()
        self._problems.clear()

    def customer(self, *, notify_email: bool, notify_sms: bool) -> Customer | None:
        """The customer as typed, or None with each problem shown and the first field focused."""
        form = {
            name: field.text()
            for name, field in self.fields.items()
            if not (self._pickup and name in DELIVERY_ONLY)
        }
        result = validate_customer(
            form, pickup=self._pickup, notify_email=notify_email, notify_sms=notify_sms
        )
        if isinstance(result, list):
            for problem in result:
                self._show_problem(problem.field, partial(shown, problem.text))
            self.fields[result[0].field].setFocus()
            return None
        if self._pickup and not (result.phone or result.email):
            self._show_problem(
                "phone",
                lambda: translate(
                    "OrderDialog", "Pickup needs a phone number or an e-mail address."
                ),
            )
            self.fields["phone"].setFocus()
            return None
        return result

    def _show_problem(self, field: str, render: Rendered) -> None:
        self._problems[field] = render
        self.errors[field].setText(render())
        self.errors[field].show()
