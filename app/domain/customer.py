"""The customer on an order: validated field by field, with messages shown next to the field.

Pickup needs only a name and a way to reach the customer; delivery needs a full address.
Phone numbers are checked and normalised with `phonenumbers` (Google's libphonenumber).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from app.domain.text_values import filled
from app.domain.texts import Text, translate

MAX_LENGTHS = {
    "name": 100,
    "address1": 100,
    "address2": 100,
    "postcode": 12,
    "city": 60,
    "country": 2,
    "phone": 30,
    "email": 254,
    "door_code": 20,
    "delivery_instruction": 200,
}
FIELDS = tuple(MAX_LENGTHS)

# Postcode shapes for the countries our stores ship to most; others get a loose check.
POSTCODE_FORMATS: dict[str, tuple[re.Pattern[str], Text]] = {
    "SE": (re.compile(r"^(\d{3}) ?(\d{2})$"), translate("Customer", "five digits, like 114 55")),
    "NO": (re.compile(r"^(\d{4})$"), translate("Customer", "four digits, like 0150")),
    "DK": (re.compile(r"^(\d{4})$"), translate("Customer", "four digits, like 2100")),
    "FI": (re.compile(r"^(\d{5})$"), translate("Customer", "five digits, like 00100")),
    "DE": (re.compile(r"^(\d{5})$"), translate("Customer", "five digits, like 10115")),
}
_LOOSE_POSTCODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 -]{1,10}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")


@dataclass(frozen=True, slots=True)
class Customer:
    name: str
    address1: str = ""
    address2: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""
    phone: str = ""
    email: str = ""
    door_code: str = ""
    delivery_instruction: str = ""
    notify_email: bool = False
    notify_sms: bool = False

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.split() else ""


@dataclass(frozen=True, slots=True)
class FieldError:
    """A problem with one field: `text` is translated where it is shown, `message` is English."""

    field: str
    text: Text

    @property
    def message(self) -> str:
        return str(self.text)


def _has_control_characters(text: str) -> bool:
    return any(unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Co"} for ch in text)


def validate_customer(
    form: Mapping[str, str],
    *,
    pickup: bool,
    notify_email: bool = False,
    notify_sms: bool = False,
) -> Customer | list[FieldError]:
    """A clean Customer, or every problem at once so the cashier can fix them in one pass."""
    values = {name: " ".join(str(form.get(name, "")).split()) for name in FIELDS}
    errors: list[FieldError] = []
    for name in FIELDS:
        raw = str(form.get(name, ""))
        if _has_control_characters(raw.replace("\n", " ").replace("\t", " ")):
            errors.append(
                FieldError(name, translate("Customer", "Remove the invisible control characters."))
            )
        elif len(values[name]) > MAX_LENGTHS[name]:
            errors.append(
                FieldError(
                    name,
                    filled(
                        translate("Customer", "At most {count} characters."),
                        count=MAX_LENGTHS[name],
                    ),
                )
            )
    bad = {e.field for e in errors}

    required = ["name"] if pickup else ["name", "address1", "postcode", "city", "country"]
    errors += [
        FieldError(name, translate("Customer", "Required."))
        for name in required
        if not values[name] and name not in bad
    ]
    country = values["country"].upper()
    values["country"] = country
    import phonenumbers  # ~60 ms of metadata: loaded when a customer is first checked

    if country and "country" not in bad and country not in phonenumbers.SUPPORTED_REGIONS:
        errors.append(
            FieldError(
                "country", translate("Customer", "Use the two-letter country code, like SE.")
            )
        )
    if values["postcode"] and "postcode" not in bad:
        postcode_error = _check_postcode(values, country)
        if postcode_error:
            errors.append(FieldError("postcode", postcode_error))
    if values["phone"] and "phone" not in bad:
        phone = _normalise_phone(values["phone"], country or "SE")
        if phone is None:
            errors.append(
                FieldError(
                    "phone", translate("Customer", "Not a phone number; include the area code.")
                )
            )
        else:
            values["phone"] = phone
    if values["email"] and "email" not in bad and not _EMAIL.match(values["email"]):
        errors.append(
            FieldError(
                "email", translate("Customer", "Not an e-mail address, like name@example.se.")
            )
        )
    if pickup and not values["phone"] and not values["email"]:
        errors.append(
            FieldError(
                "phone", translate("Customer", "Give a phone number or an e-mail for pickup.")
            )
        )
    if notify_sms and not values["phone"]:
        errors.append(
            FieldError("phone", translate("Customer", "SMS notification needs a phone number."))
        )
    if notify_email and not values["email"]:
        errors.append(
            FieldError(
                "email", translate("Customer", "E-mail notification needs an e-mail address.")
            )
        )
    if errors:
        return errors
    return Customer(**values, notify_email=notify_email, notify_sms=notify_sms)


def _check_postcode(values: dict[str, str], country: str) -> Text | None:
    known = POSTCODE_FORMATS.get(country)
    postcode = values["postcode"]
    if known is None:
        return None if _LOOSE_POSTCODE.match(postcode) else translate("Customer", "Not a postcode.")
    pattern, shape = known
    match = pattern.match(postcode)
    if match is None:
        return filled(
            translate("Customer", "A {country} postcode is {shape}."), country=country, shape=shape
        )
    values["postcode"] = " ".join(match.groups())
    return None


def _normalise_phone(text: str, region: str) -> str | None:
    import phonenumbers

    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
