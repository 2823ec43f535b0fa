"""The body of `PUT /orders`: valid against Ongoing's schema, shaped like Ongoing's own example,
and saying what the cashier meant (pickup, delivery or a sale over the counter)."""

from __future__ import annotations

import json
import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.basket import BasketLine
from app.domain.customer import Customer, validate_customer
from app.domain.order_body import (
    PICKUP_INSTRUCTION,
    PICKUP_PICKING_PRIORITY,
    Fulfilment,
    FulfilmentKind,
    build_order_body,
)
from app.domain.stock import WarehouseInfo
from app.ongoing.models import PostOrder
from tests.helpers.openapi_contract import document, operation, validate_request_body

ORDERS = "/api/v1/orders"
EXAMPLES = Path(__file__).parents[1] / "contract" / "ongoing-official-examples"
OFFICIAL_FULL = json.loads((EXAMPLES / "order-put-full-request.json").read_text(encoding="utf-8"))
OFFICIAL_MINIMAL = json.loads(
    (EXAMPLES / "order-put-minimal-request.json").read_text(encoding="utf-8")
)

WAREHOUSE = WarehouseInfo(
    id=7,
    code="CW",
    name="Central warehouse",
    address_lines=("Lagergatan 1", "111 22 Stockholm"),
    opening_hours="Mon–Fri 9–18",
)
PICKUP = Fulfilment(FulfilmentKind.PICKUP, WAREHOUSE, "PICKUP", "Pickup at warehouse")
DELIVERY = Fulfilment(FulfilmentKind.DELIVERY, WAREHOUSE, "HOME", "Home delivery")
STORE_SALE = Fulfilment(FulfilmentKind.STORE_SALE, WAREHOUSE, "STORE", "Store sale")
ALL_FULFILMENTS = (PICKUP, DELIVERY, STORE_SALE)
STORE_NAME = "Tillside Södermalm"
DELIVERY_DATE = date(2026, 11, 30)

LINES = (
    BasketLine("A-1", "Blue mug", 2, Decimal("19.99"), "SEK"),
    BasketLine("B-2", "Tea towel", 1, Decimal("100.00"), "SEK"),
    BasketLine("C-3", "Spoon", 5),
)


def _customer(form: Mapping[str, str], *, pickup: bool, email: bool, sms: bool) -> Customer:
    result = validate_customer(form, pickup=pickup, notify_email=email, notify_sms=sms)
    assert isinstance(result, Customer), result
    return result


DELIVERY_FORM = {
    "name": "Anna Svensson",
    "address1": "Storgatan 1",
    "address2": "Lgh 1102",
    "postcode": "11455",
    "city": "Stockholm",
    "country": "se",
    "phone": "070-123 45 67",
    "email": "anna@example.se",
    "door_code": "1234#",
    "delivery_instruction": "Leave at the door",
}
DELIVERY_CUSTOMER = _customer(DELIVERY_FORM, pickup=False, email=True, sms=True)
MINIMAL_DELIVERY_CUSTOMER = _customer(
    {
        "name": "Bo Ek",
        "address1": "Kungsgatan 2",
        "postcode": "41119",
        "city": "Göteborg",
        "country": "SE",
    },
    pickup=False,
    email=False,
    sms=False,
)
PICKUP_EMAIL_CUSTOMER = _customer(
    {"name": "Cilla Berg", "email": "cilla@example.se"}, pickup=True, email=True, sms=False
)
PICKUP_SMS_CUSTOMER = _customer(
    {"name": "Dan Lund", "phone": "+46 70 765 43 21"}, pickup=True, email=False, sms=True
)


def build(**changes: Any) -> dict[str, Any]:
    arguments: dict[str, Any] = {
        "goods_owner_id": 159,
        "order_number": "TS-1001",
        "receipt_number": "R-2026-000123",
        "lines": LINES,
        "customer": DELIVERY_CUSTOMER,
        "fulfilment": DELIVERY,
        "delivery_date": DELIVERY_DATE,
        "store_name": STORE_NAME,
    }
    arguments.update(changes)
    return build_order_body(**arguments)


def on_the_wire(body: Mapping[str, Any]) -> Any:
    """What httpx actually sends: strict JSON, no NaN, no Decimal, no tuples."""
    return json.loads(json.dumps(body, allow_nan=False))


# --- checking against the schema -----------------------------------------------------------


def request_schema() -> dict[str, Any]:
    schema: dict[str, Any] = operation("PUT", ORDERS)["requestBody"]["content"]["application/json"][
        "schema"
    ]
    return schema


def _resolve(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in schema:
        schema = document()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def unknown_keys(schema: Mapping[str, Any], value: Any, where: str = "") -> list[str]:
    """Keys the schema does not declare. The derived document never says
    `additionalProperties: false`, so plain validation would let a misspelt key through."""
    schema = _resolve(schema)
    found: list[str] = []
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        for key, sub in value.items():
            path = f"{where}.{key}" if where else key
            if key in properties:
                found += unknown_keys(properties[key], sub, path)
            else:
                found.append(path)
    elif isinstance(value, list):
        for item in value:
            found += unknown_keys(schema.get("items", {}), item, f"{where}[]")
    return found


def assert_valid(body: Mapping[str, Any]) -> None:
    wire = on_the_wire(body)
    assert wire == body, "the body changes when sent as JSON"
    validate_request_body("PUT", ORDERS, wire)
    assert unknown_keys(request_schema(), wire) == []


SCENARIOS: dict[str, dict[str, Any]] = {
    "delivery, everything": {},
    "delivery, no address2, no door code, no notifications": {
        "customer": MINIMAL_DELIVERY_CUSTOMER
    },
    "delivery, unpriced lines only": {"lines": (BasketLine("X", "Unpriced", 3),)},
    "delivery, price without currency": {
        "lines": (BasketLine("X", "No currency", 3, Decimal("2.50")),)
    },
    "pickup, e-mail notification": {"fulfilment": PICKUP, "customer": PICKUP_EMAIL_CUSTOMER},
    "pickup, SMS notification": {"fulfilment": PICKUP, "customer": PICKUP_SMS_CUSTOMER},
    "pickup, both notifications and a delivery instruction": {
        "fulfilment": PICKUP,
        "customer": DELIVERY_CUSTOMER,
    },
    "pickup, no customer": {"fulfilment": PICKUP, "customer": None},
    "store sale, no customer": {"fulfilment": STORE_SALE, "customer": None},
    "store sale, no store name": {"fulfilment": STORE_SALE, "customer": None, "store_name": ""},
    "store sale with a customer": {"fulfilment": STORE_SALE, "customer": PICKUP_EMAIL_CUSTOMER},
    "other language, empty receipt number": {"language_code": "fi", "receipt_number": ""},
    "mixed currencies and a free line": {
        "lines": (
            BasketLine("E-1", "Euro mug", 1, Decimal("5.00"), "EUR"),
            BasketLine("F-0", "Free sample", 1, Decimal("0.00"), "SEK"),
            BasketLine("G-9", "Lots", 999, Decimal("99999.99"), "NOK"),
        )
    },
}


@pytest.mark.parametrize("changes", list(SCENARIOS.values()), ids=list(SCENARIOS))
def test_every_body_validates_against_the_put_orders_schema(changes: dict[str, Any]) -> None:
    assert_valid(build(**changes))


def without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: without_nulls(sub) for key, sub in value.items() if sub is not None}
    if isinstance(value, list):
        return [without_nulls(item) for item in value]
    return value


def assert_survives_the_client_model(body: Mapping[str, Any]) -> None:
    """The outbox body goes through `PostOrder` (extra="ignore") before it is sent: a key the
    model does not know would vanish silently. Only nulls may be dropped."""
    assert PostOrder.model_validate(body).to_body() == without_nulls(on_the_wire(body))


@pytest.mark.parametrize("changes", list(SCENARIOS.values()), ids=list(SCENARIOS))
def test_nothing_is_lost_on_the_way_through_the_client_model(changes: dict[str, Any]) -> None:
    assert_survives_the_client_model(build(**changes))


def test_the_schema_checks_have_teeth() -> None:
    """The checks above would notice a wrong type, a missing field or an unknown key."""
    good = on_the_wire(build())
    wrong_type = on_the_wire(build())
    wrong_type["orderLines"][0]["rowNumber"] = 1
    with pytest.raises(AssertionError, match="rowNumber"):
        validate_request_body("PUT", ORDERS, wrong_type)
    no_consignee = {key: value for key, value in good.items() if key != "consignee"}
    with pytest.raises(AssertionError, match="consignee"):
        validate_request_body("PUT", ORDERS, no_consignee)
    misspelt = on_the_wire(build())
    misspelt["consignee"]["postcode"] = misspelt["consignee"].pop("postCode")
    misspelt["pickup"] = True
    validate_request_body("PUT", ORDERS, misspelt)  # the schema alone lets these through
    assert unknown_keys(request_schema(), misspelt) == ["consignee.postcode", "pickup"]


# --- the official example ------------------------------------------------------------------


def test_the_official_examples_pass_our_own_checks() -> None:
    for example in (OFFICIAL_FULL, OFFICIAL_MINIMAL):
        validate_request_body("PUT", ORDERS, example)
        assert unknown_keys(request_schema(), example) == []


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return type(value).__name__


def shape_differences(ours: Any, example: Any, where: str = "") -> tuple[list[str], list[str]]:
    """(keys whose JSON type differs from the example's, keys the example does not have)."""
    differ: list[str] = []
    beyond: list[str] = []
    if isinstance(ours, dict) and isinstance(example, dict):
        for key, value in ours.items():
            path = f"{where}.{key}" if where else key
            if key not in example:
                beyond.append(path)
            elif value is not None and _kind(value) != _kind(example[key]):
                differ.append(f"{path}: {_kind(value)}, example has {_kind(example[key])}")
            else:
                sub_differ, sub_beyond = shape_differences(value, example[key], path)
                differ += sub_differ
                beyond += sub_beyond
    elif isinstance(ours, list) and isinstance(example, list) and example:
        for item in ours:
            sub_differ, sub_beyond = shape_differences(item, example[0], f"{where}[]")
            differ += sub_differ
            beyond += sub_beyond
    return differ, sorted(set(beyond))


# What we send that Ongoing's example does not show; each is declared in the schema (checked
# by unknown_keys). A new key must be added here on purpose.
BEYOND_THE_EXAMPLE = {
    "warehouseId",
    "languageCode",
    "pickingPriority",
    "warehouseInstruction",
    "orderLines[].prices",
}


@pytest.mark.parametrize("changes", list(SCENARIOS.values()), ids=list(SCENARIOS))
def test_names_and_shapes_match_the_official_example(changes: dict[str, Any]) -> None:
    body = on_the_wire(build(**changes))
    differ, beyond = shape_differences(body, OFFICIAL_FULL)
    assert differ == []
    assert set(beyond) <= BEYOND_THE_EXAMPLE
    assert unknown_keys(request_schema(), body) == []


def test_each_section_uses_only_known_names() -> None:
    body = on_the_wire(build(fulfilment=PICKUP, customer=DELIVERY_CUSTOMER))
    delivery = on_the_wire(build())
    sections = {
        "top level": (set(body) | set(delivery), set(OFFICIAL_FULL), "PostOrderModel"),
        "consignee": (
            set(body["consignee"]) | set(delivery["consignee"]),
            set(OFFICIAL_FULL["consignee"]),
            "PostOrderConsignee",
        ),
        "orderLines": (
            {key for line in body["orderLines"] for key in line},
            set(OFFICIAL_FULL["orderLines"][0]),
            "PostOrderLine",
        ),
        "prices": (
            set(body["orderLines"][0]["prices"]),
            set(),
            "PostOrderLinePrices",
        ),
        "emailNotification": (
            set(body["emailNotification"]),
            set(OFFICIAL_FULL["emailNotification"]),
            "PostOrderModelEmailNotification",
        ),
        "smsNotification": (
            set(body["smsNotification"]),
            set(OFFICIAL_FULL["smsNotification"]),
            "PostOrderModelEmailNotification",
        ),
        "wayOfDelivery": (
            set(body["wayOfDelivery"]),
            set(OFFICIAL_FULL["wayOfDelivery"]),
            "GetArticleItemInfoStatus",
        ),
    }
    schemas = document()["components"]["schemas"]
    for section, (ours, official, schema_name) in sections.items():
        allowed = official | set(schemas[schema_name]["properties"])
        assert ours <= allowed, f"{section}: {sorted(ours - allowed)}"
    assert sections["consignee"][0] <= sections["consignee"][1]
    assert sections["emailNotification"][0] == {"toBeNotified", "value"}
    assert sections["smsNotification"][0] == {"toBeNotified", "value"}
    assert sections["wayOfDelivery"][0] == {"code", "name"}
    assert sections["prices"][0] == {"customerLinePrice", "currencyCode"}


# --- what the body says --------------------------------------------------------------------


def test_order_identity_date_warehouse_and_way_of_delivery() -> None:
    body = build(language_code="nb")
    assert body["goodsOwnerId"] == 159
    assert body["orderNumber"] == "TS-1001"
    assert body["goodsOwnerOrderId"] == "R-2026-000123"
    assert body["deliveryDate"] == "2026-11-30T00:00:00"
    assert datetime.fromisoformat(body["deliveryDate"]).date() == DELIVERY_DATE
    assert body["warehouseId"] == 7
    assert body["wayOfDelivery"] == {"code": "HOME", "name": "Home delivery"}
    assert body["languageCode"] == "nb"
    assert build()["languageCode"] == "sv"


def test_the_delivery_date_is_midnight_of_that_day_whatever_the_day() -> None:
    for day in (date(2026, 1, 1), date(2028, 2, 29), date(2026, 12, 31)):
        value = build(delivery_date=day)["deliveryDate"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T00:00:00", value)
        assert value.startswith(day.isoformat())


@pytest.mark.parametrize("fulfilment", ALL_FULFILMENTS, ids=lambda f: f.kind.value)
def test_warehouse_and_way_of_delivery_come_from_the_fulfilment(fulfilment: Fulfilment) -> None:
    other = replace(fulfilment, warehouse=replace(WAREHOUSE, id=42, name="North"))
    body = build(fulfilment=other, customer=PICKUP_EMAIL_CUSTOMER)
    assert body["warehouseId"] == 42
    assert body["wayOfDelivery"] == {
        "code": fulfilment.way_of_delivery_code,
        "name": fulfilment.way_of_delivery_name,
    }


def test_rows_are_numbered_from_one_in_basket_order() -> None:
    lines = [BasketLine(number, "", 1) for number in ("Z", "A", "M", "A")]
    body = build(lines=lines)
    assert [line["rowNumber"] for line in body["orderLines"]] == ["1", "2", "3", "4"]
    assert [line["articleNumber"] for line in body["orderLines"]] == ["Z", "A", "M", "A"]
    assert build(lines=lines)["orderLines"] == body["orderLines"]  # stable on a retry
    assert build(lines=lines[::-1])["orderLines"][0] == {
        "rowNumber": "1",
        "articleNumber": "A",
        "numberOfItems": 1,
    }


def test_number_of_items_is_the_quantity_as_a_json_integer() -> None:
    body = build(lines=[BasketLine("A", "", 1), BasketLine("B", "", 37), BasketLine("C", "", 9999)])
    quantities = [line["numberOfItems"] for line in body["orderLines"]]
    assert quantities == [1, 37, 9999]
    assert all(type(quantity) is int for quantity in quantities)


def test_the_customer_line_price_is_unit_price_times_quantity() -> None:
    body = on_the_wire(build())
    first, second, unpriced = body["orderLines"]
    assert first["prices"] == {"customerLinePrice": 39.98, "currencyCode": "SEK"}
    assert second["prices"] == {"customerLinePrice": 100, "currencyCode": "SEK"}
    assert type(second["prices"]["customerLinePrice"]) is int
    assert "prices" not in unpriced


def test_a_price_without_currency_sends_no_currency_code() -> None:
    body = build(lines=[BasketLine("A", "", 3, Decimal("0.10"))])
    assert body["orderLines"][0]["prices"] == {"customerLinePrice": 0.3}


def test_pickup_is_urgent_and_tells_the_warehouse_to_pick_at_once() -> None:
    body = build(fulfilment=PICKUP, customer=PICKUP_SMS_CUSTOMER)
    assert body["pickingPriority"] == PICKUP_PICKING_PRIORITY == 10
    assert body["warehouseInstruction"] == PICKUP_INSTRUCTION
    assert "PICK NOW" in body["warehouseInstruction"]


@pytest.mark.parametrize(
    ("fulfilment", "customer"),
    [(DELIVERY, DELIVERY_CUSTOMER), (STORE_SALE, None), (STORE_SALE, PICKUP_EMAIL_CUSTOMER)],
    ids=["delivery", "store sale", "store sale with customer"],
)
def test_only_pickup_is_urgent(fulfilment: Fulfilment, customer: Customer | None) -> None:
    body = build(fulfilment=fulfilment, customer=customer)
    assert "pickingPriority" not in body
    assert "warehouseInstruction" not in body


def test_delivery_consignee_carries_the_whole_address() -> None:
    assert build()["consignee"] == {
        "name": "Anna Svensson",
        "address1": "Storgatan 1",
        "address2": "Lgh 1102",
        "postCode": "114 55",
        "city": "Stockholm",
        "countryCode": "SE",
        "doorCode": "1234#",
    }


def test_delivery_consignee_leaves_out_empty_optional_fields() -> None:
    assert build(customer=MINIMAL_DELIVERY_CUSTOMER)["consignee"] == {
        "name": "Bo Ek",
        "address1": "Kungsgatan 2",
        "postCode": "411 19",
        "city": "Göteborg",
        "countryCode": "SE",
    }


def test_pickup_consignee_is_only_the_name_and_where_to_collect() -> None:
    # Even a customer who gave a full address is not sent one for pickup.
    body = build(fulfilment=PICKUP, customer=DELIVERY_CUSTOMER)
    assert body["consignee"] == {"name": "Anna Svensson", "remark": "Pickup at Central warehouse"}


@pytest.mark.parametrize(
    "customer", [None, PICKUP_EMAIL_CUSTOMER, DELIVERY_CUSTOMER], ids=["none", "pickup", "full"]
)
def test_store_sale_consignee_is_the_store(customer: Customer | None) -> None:
    body = build(fulfilment=STORE_SALE, customer=customer)
    assert body["consignee"] == {"name": STORE_NAME}
    unnamed = build(fulfilment=STORE_SALE, customer=customer, store_name="")
    assert unnamed["consignee"] == {"name": "Central warehouse"}


def test_a_pickup_without_a_customer_is_addressed_to_its_warehouse_not_the_store() -> None:
    """The pickup board shows no customer for it; a store's name would read as one."""
    body = build(fulfilment=PICKUP, customer=None)
    assert body["consignee"] == {
        "name": "Central warehouse",
        "remark": "Pickup at Central warehouse",
    }
    assert_valid(body)


def test_a_delivery_without_a_customer_is_refused() -> None:
    with pytest.raises(ValueError, match="customer"):
        build(customer=None)


@pytest.mark.parametrize("lines", [(), []], ids=["tuple", "list"])
@pytest.mark.parametrize("fulfilment", ALL_FULFILMENTS, ids=lambda f: f.kind.value)
def test_an_empty_basket_is_refused(lines: Sequence[BasketLine], fulfilment: Fulfilment) -> None:
    with pytest.raises(ValueError, match="at least one line"):
        build(lines=lines, fulfilment=fulfilment)


@pytest.mark.parametrize(
    ("chose", "phone", "email", "expected_sms", "expected_email"),
    [
        ((True, True), "+46701234567", "a@example.se", True, True),
        ((True, True), "", "", False, False),  # chose, but gave nothing to notify
        ((False, False), "+46701234567", "a@example.se", False, False),  # gave, did not choose
        ((True, False), "+46701234567", "a@example.se", True, False),
        ((False, True), "+46701234567", "a@example.se", False, True),
        ((True, True), "+46701234567", "", True, False),
        ((True, True), "", "a@example.se", False, True),
    ],
)
def test_notified_only_when_the_customer_chose_it_and_gave_the_value(
    chose: tuple[bool, bool], phone: str, email: str, expected_sms: bool, expected_email: bool
) -> None:
    customer = Customer(
        name="Eva Holm", phone=phone, email=email, notify_sms=chose[0], notify_email=chose[1]
    )
    for fulfilment in (PICKUP, STORE_SALE):
        body = build(fulfilment=fulfilment, customer=customer)
        assert body["smsNotification"] == {"toBeNotified": expected_sms, "value": phone or None}
        assert body["emailNotification"] == {
            "toBeNotified": expected_email,
            "value": email or None,
        }
        assert_valid(body)


def test_validated_customers_are_notified_as_they_chose() -> None:
    email_only = build(fulfilment=PICKUP, customer=PICKUP_EMAIL_CUSTOMER)
    assert email_only["emailNotification"] == {"toBeNotified": True, "value": "cilla@example.se"}
    assert email_only["smsNotification"] == {"toBeNotified": False, "value": None}
    sms_only = build(fulfilment=PICKUP, customer=PICKUP_SMS_CUSTOMER)
    assert sms_only["smsNotification"] == {"toBeNotified": True, "value": "+46707654321"}
    assert sms_only["emailNotification"] == {"toBeNotified": False, "value": None}


@pytest.mark.parametrize("fulfilment", [PICKUP, STORE_SALE], ids=["pickup", "store sale"])
def test_without_a_customer_there_is_nobody_to_notify(fulfilment: Fulfilment) -> None:
    body = build(fulfilment=fulfilment, customer=None)
    assert "emailNotification" not in body
    assert "smsNotification" not in body
    assert "deliveryInstruction" not in body


def test_the_delivery_instruction_is_sent_only_when_given() -> None:
    assert build()["deliveryInstruction"] == "Leave at the door"
    assert "deliveryInstruction" not in build(customer=MINIMAL_DELIVERY_CUSTOMER)


# --- any basket ----------------------------------------------------------------------------

SAFE_ARTICLE_CHARACTERS = string.ascii_uppercase + string.digits + "-_./"
PRICES = st.none() | st.decimals(
    min_value=Decimal("0.00"),
    max_value=Decimal("99999.99"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)
BASKET_LINES = st.builds(
    BasketLine,
    article_number=st.text(SAFE_ARTICLE_CHARACTERS, min_size=1, max_size=25),
    name=st.text(max_size=40),
    quantity=st.integers(min_value=1, max_value=999),
    unit_price=PRICES,
    currency=st.sampled_from([None, "SEK", "EUR", "NOK", "DKK"]),
)
WHO_AND_HOW = st.sampled_from(
    [
        (DELIVERY, DELIVERY_CUSTOMER),
        (DELIVERY, MINIMAL_DELIVERY_CUSTOMER),
        (PICKUP, PICKUP_EMAIL_CUSTOMER),
        (PICKUP, PICKUP_SMS_CUSTOMER),
        (PICKUP, None),
        (STORE_SALE, None),
        (STORE_SALE, PICKUP_EMAIL_CUSTOMER),
    ]
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lines=st.lists(BASKET_LINES, min_size=1, max_size=30),
    who_and_how=WHO_AND_HOW,
    day=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
)
def test_any_basket_gives_a_valid_body_with_unique_rows(
    lines: list[BasketLine],
    who_and_how: tuple[Fulfilment, Customer | None],
    day: date,
) -> None:
    fulfilment, customer = who_and_how
    body = build(lines=lines, fulfilment=fulfilment, customer=customer, delivery_date=day)
    assert_valid(body)
    assert_survives_the_client_model(body)
    rows = [line["rowNumber"] for line in body["orderLines"]]
    assert len(set(rows)) == len(rows) == len(lines)
    assert rows == [str(number) for number in range(1, len(lines) + 1)]
    wire = on_the_wire(body)
    for sent, line in zip(wire["orderLines"], lines, strict=True):
        assert sent["articleNumber"] == line.article_number
        assert sent["numberOfItems"] == line.quantity
        if line.unit_price is None:
            assert "prices" not in sent
        else:
            # Exact to the öre after the round trip through JSON.
            total = Decimal(repr(sent["prices"]["customerLinePrice"]))
            assert total == line.unit_price * line.quantity
            assert sent["prices"].get("currencyCode") == line.currency
