"""Each of Ongoing's webhook templates read as what the till acts on."""

from __future__ import annotations

from datetime import UTC, datetime

from app.domain.webhook_events import EventKind, kind_of, parse_sent_time, read_event
from tests.webhooks import payloads

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def test_every_template_is_told_apart() -> None:
    assert kind_of(payloads.order()) is EventKind.ORDER
    assert kind_of(payloads.purchase_order_received()) is EventKind.PURCHASE_ORDER
    assert kind_of(payloads.inbound()) is EventKind.INBOUND
    assert kind_of(payloads.inventory()) is EventKind.INVENTORY
    assert kind_of(payloads.article_item_status()) is EventKind.ARTICLE_ITEM
    assert kind_of({"webhookEventId": "x"}) is EventKind.OTHER


def test_the_shape_decides_when_the_template_names_nothing_known() -> None:
    for make, kind in (
        (payloads.order, EventKind.ORDER),
        (payloads.purchase_order_received, EventKind.PURCHASE_ORDER),
        (payloads.inbound, EventKind.INBOUND),
        (payloads.inventory, EventKind.INVENTORY),
        (payloads.article_item_status, EventKind.ARTICLE_ITEM),
    ):
        event = make()
        event["webhookTemplate"] = "Test"
        assert kind_of(event) is kind


def test_stock_taking_is_told_from_other_adjustments() -> None:
    counted = read_event(1, "v-1", NOW, payloads.inventory(change=-2, count=True))
    other = read_event(2, "v-2", NOW, payloads.inventory(change=3, count=False))
    assert (counted.is_count_inventory, counted.quantity) == (True, -2.0)
    assert (other.is_count_inventory, other.quantity) == (False, 3.0)
    assert counted.article_numbers == ("TS-000001",)
    assert (counted.warehouse_id, counted.warehouse_code) == (1, "STO1")
    assert counted.comment == "Shelf A"


def test_an_inbound_names_its_article_purchase_order_and_quantity() -> None:
    event = read_event(1, "i-1", NOW, payloads.inbound(items=6))
    assert event.article_numbers == ("TS-000001",)
    assert (event.purchase_order_id, event.purchase_order_number) == (5001, "PO-5001")
    assert event.quantity == 6.0
    assert event.changes_stock
    assert not read_event(2, "o-1", NOW, payloads.order()).changes_stock


def test_odd_values_become_none_never_an_error() -> None:
    event = read_event(
        1,
        "x",
        NOW,
        {"webhookEventId": "x", "article": "TS-1", "location": [1], "transaction": {"x": True}},
    )
    assert event.article_numbers == ()
    assert event.warehouse_id is None
    assert event.quantity is None


def test_ongoings_zone_less_seven_decimal_time_is_read() -> None:
    assert parse_sent_time("2023-01-01T12:00:00.1234567") == datetime(2023, 1, 1, 12, 0, 0, 123456)
    assert parse_sent_time("2023-01-01T12:00:00") == datetime(2023, 1, 1, 12)
    assert parse_sent_time("yesterday") is None
