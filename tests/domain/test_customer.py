import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.customer import FIELDS, Customer, FieldError, validate_customer

DELIVERY = {
    "name": "Anna Svensson",
    "address1": "Storgatan 1",
    "postcode": "11455",
    "city": "Stockholm",
    "country": "se",
    "phone": "070-123 45 67",
    "email": "anna@example.se",
}


def errors_of(result: Customer | list[FieldError]) -> dict[str, str]:
    assert isinstance(result, list), result
    return {e.field: e.message for e in result}


def test_a_delivery_customer_is_normalised() -> None:
    customer = validate_customer(DELIVERY, pickup=False, notify_sms=True)
    assert isinstance(customer, Customer)
    assert (customer.postcode, customer.country, customer.phone) == ("114 55", "SE", "+46701234567")
    assert customer.first_name == "Anna"


@pytest.mark.parametrize(
    ("country", "postcode", "ok"),
    [
        ("SE", "114 55", True),
        ("SE", "1145", False),
        ("NO", "0150", True),
        ("NO", "01500", False),
        ("DK", "2100", True),
        ("FI", "00100", True),
        ("FI", "0010", False),
        ("DE", "10115", True),
        ("DE", "1011", False),
        ("GB", "SW1A 1AA", True),
    ],
)
def test_postcode_formats(country: str, postcode: str, ok: bool) -> None:
    result = validate_customer(
        {**DELIVERY, "country": country, "postcode": postcode, "phone": ""}, pickup=False
    )
    assert isinstance(result, Customer) == ok
    if not ok:
        assert "postcode" in errors_of(result)


def test_pickup_needs_only_a_name_and_a_way_to_reach_them() -> None:
    assert isinstance(
        validate_customer({"name": "Bo", "email": "bo@example.se"}, pickup=True), Customer
    )
    assert errors_of(validate_customer({"name": "Bo"}, pickup=True)) == {
        "phone": "Give a phone number or an e-mail for pickup."
    }


def test_delivery_lists_every_missing_field_at_once() -> None:
    assert set(errors_of(validate_customer({}, pickup=False))) == {
        "name",
        "address1",
        "postcode",
        "city",
        "country",
    }


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("phone", "12"),
        ("phone", "abc"),
        ("email", "anna@"),
        ("email", "a b@c.se"),
        ("country", "Sweden"),
    ],
)
def test_shapes_are_checked(field: str, value: str) -> None:
    assert field in errors_of(validate_customer({**DELIVERY, field: value}, pickup=False))


def test_notifications_need_their_contact() -> None:
    result = validate_customer(
        {**DELIVERY, "phone": "", "email": ""}, pickup=False, notify_sms=True, notify_email=True
    )
    assert set(errors_of(result)) == {"phone", "email"}


@pytest.mark.parametrize("field", FIELDS)
def test_every_field_refuses_1000_characters_and_control_characters(field: str) -> None:
    assert field in errors_of(validate_customer({**DELIVERY, field: "x" * 1000}, pickup=False))
    assert (
        "control"
        in errors_of(validate_customer({**DELIVERY, field: "ab\x00c\x1b"}, pickup=False))[field]
    )


@given(st.dictionaries(st.sampled_from(FIELDS), st.text(max_size=300)), st.booleans())
def test_no_input_crashes_validation(form: dict[str, str], pickup: bool) -> None:
    result = validate_customer(form, pickup=pickup)
    assert isinstance(result, Customer | list)
