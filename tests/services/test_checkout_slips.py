"""A split checkout: its parts share one checkout id in the outbox and the log, and print on
one slip, now or later from the outbox (without the customer once Ongoing has the orders)."""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from app.domain.basket import BasketLine
from app.domain.customer import Customer
from app.domain.order_body import FulfilmentKind
from app.persistence.outbox import Outbox, OutboxState
from app.services.order_desk import PlacedOrder
from app.services.order_plans import PlannedOrder
from app.services.orders import OrderPlan, OrderService
from app.services.slips import checkout_slip, reprint_slip
from tests.helpers.orders import STORE, customer, service
from tests.helpers.simulator import SplitStock, fast_client, split_across

CUSTOMER_DATA = ("Ann Berg", "Storgatan 1", "111 22", "+46701234567", "ann@example.com")


def split_plans(stock: SplitStock, kind: FulfilmentKind, who: Customer | None) -> list[OrderPlan]:
    """One plan per warehouse, as plan_orders makes them for a split (three lines)."""
    first = BasketLine(stock.first.article_number, "Blue mug", 2, Decimal("99.50"), "SEK")
    second = BasketLine(stock.second.article_number, "Kettle", 1, Decimal("499.00"), "SEK")
    return [
        OrderPlan((first,), kind, stock.warehouses[0].code, who, language="fi"),
        OrderPlan((second,), kind, stock.warehouses[1].code, who, language="fi"),
    ]


async def placed_checkout(
    orders: OrderService, plans: list[OrderPlan], *, send: bool = True
) -> list[PlacedOrder]:
    """Store every part, send each (unless not), as the till's order desk does."""
    entries = await orders.prepare(plans)
    placed = []
    for entry, plan in zip(entries, plans, strict=True):
        sent = await orders.send(entry.checkout_id) if send else entry
        placed.append(
            PlacedOrder(sent, PlannedOrder(plan, await orders.warehouse(plan.warehouse_code)))
        )
    return placed


def test_the_parts_of_one_checkout_share_its_id_in_the_outbox_and_the_log(
    simulator, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    stock = split_across(simulator)
    caplog.set_level(logging.INFO, logger="app.services.orders")

    async def scenario() -> tuple[list[PlacedOrder], list[PlacedOrder]]:
        async with fast_client(simulator) as client:
            orders = service(client, tmp_path)
            first = await placed_checkout(
                orders, split_plans(stock, FulfilmentKind.DELIVERY, customer())
            )
            second = await placed_checkout(
                orders, split_plans(stock, FulfilmentKind.DELIVERY, customer())
            )
            return first, second

    first, second = asyncio.run(scenario())
    checkout = first[0].entry.checkout
    assert [p.entry.checkout for p in first] == [checkout, checkout]
    assert len({p.entry.checkout_id for p in first}) == 2  # each row keeps its own id
    assert second[0].entry.checkout == second[1].entry.checkout != checkout
    assert all(p.entry.state is OutboxState.SENT for p in first + second)
    outbox = Outbox(tmp_path / "outbox.sqlite")
    assert [e.order_number for e in outbox.checkout_parts(checkout)] == [
        p.entry.order_number for p in first
    ]
    for event in ("event=order_queued", "event=order_confirmed"):
        lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith(event)]
        assert sum(f"checkout={checkout}" in line for line in lines) == 2, lines
        for part in first:
            assert any(
                part.entry.order_number in line and f"checkout={checkout}" in line for line in lines
            )


def test_the_checkout_slip_has_every_part_and_the_customer_once(simulator, tmp_path: Path) -> None:
    stock = split_across(simulator)

    async def scenario() -> list[PlacedOrder]:
        async with fast_client(simulator) as client:
            orders = service(client, tmp_path)
            return await placed_checkout(
                orders, split_plans(stock, FulfilmentKind.DELIVERY, customer())
            )

    placed = asyncio.run(scenario())
    slip = checkout_slip(placed, "Tillside Kungsgatan")
    assert slip.order_numbers == tuple(p.entry.order_number for p in placed)
    assert [part.warehouse_name for part in slip.parts] == [w.name for w in stock.warehouses]
    assert [part.ongoing_order_id for part in slip.parts] == [
        p.entry.ongoing_order_id for p in placed
    ]
    assert [[(i.name, i.quantity) for i in part.items] for part in slip.parts] == [
        [("Blue mug", 2)],
        [("Kettle", 1)],
    ]
    assert slip.customer_name == "Ann Berg"
    assert "Ann Berg" not in slip.delivery_address_lines  # the name is printed once
    assert slip.delivery_address_lines[0] == "Storgatan 1"
    assert (slip.kind, slip.language, slip.store_name) == (
        FulfilmentKind.DELIVERY,
        "fi",
        "Tillside Kungsgatan",
    )
    assert slip.checkout_id == placed[0].entry.checkout and not slip.reprint


def test_a_reprint_before_ongoing_confirmed_is_the_same_slip_marked_as_a_copy(
    simulator, tmp_path: Path
) -> None:
    stock = split_across(simulator)
    who = Customer("Ann Berg", phone="+46701234567")

    async def scenario() -> list[PlacedOrder]:
        async with fast_client(simulator) as client:
            orders = service(client, tmp_path)
            return await placed_checkout(
                orders, split_plans(stock, FulfilmentKind.PICKUP, who), send=False
            )

    placed = asyncio.run(scenario())
    original = checkout_slip(placed, STORE.name)
    parts = Outbox(tmp_path / "outbox.sqlite").checkout_parts(placed[1].entry.order_number)
    again = reprint_slip(parts)
    assert again.reprint and again.customer_details_kept
    assert again.parts == original.parts
    assert all(part.queued for part in again.parts)  # not with the warehouse yet: it says so
    assert (again.customer_name, again.kind, again.language, again.store_name) == (
        "Ann Berg",
        FulfilmentKind.PICKUP,
        "fi",
        STORE.name,
    )


def test_once_ongoing_confirmed_the_pc_keeps_no_customer_data_and_the_reprint_says_so(
    simulator, tmp_path: Path
) -> None:
    stock = split_across(simulator)

    async def scenario() -> list[PlacedOrder]:
        async with fast_client(simulator) as client:
            orders = service(client, tmp_path)
            return await placed_checkout(
                orders, split_plans(stock, FulfilmentKind.DELIVERY, customer())
            )

    placed = asyncio.run(scenario())
    outbox = Outbox(tmp_path / "outbox.sqlite")
    parts = outbox.checkout_parts(placed[0].entry.checkout)
    assert all(entry.state is OutboxState.SENT for entry in parts)
    stored = json.dumps([[e.body, dict(e.slip)] for e in parts], ensure_ascii=False)
    for detail in CUSTOMER_DATA:
        assert detail not in stored, detail
    outbox.close()
    with sqlite3.connect(tmp_path / "outbox.sqlite") as db:
        rows = repr(db.execute("SELECT * FROM orders").fetchall())
    for detail in CUSTOMER_DATA:
        assert detail not in rows, detail
    again = reprint_slip(parts, "A store renamed since")
    assert again.reprint and not again.customer_details_kept
    assert not any(part.queued for part in again.parts)
    assert again.customer_name == "" and again.delivery_address_lines == ()
    assert [part.warehouse_name for part in again.parts] == [w.name for w in stock.warehouses]
    assert [[i.name for i in part.items] for part in again.parts] == [["Blue mug"], ["Kettle"]]
    assert again.totals() == {"SEK": Decimal("698.00")}
    assert again.store_name == STORE.name  # as it was when ordered


def test_a_reprint_of_an_order_stored_before_slips_were_kept_prints_what_the_body_has(
    tmp_path: Path,
) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite")
    body = {
        "orderNumber": "TS1-OLD1",
        "languageCode": "sv",
        "consignee": {"name": "Bo Ek"},
        "orderLines": [
            {
                "rowNumber": "1",
                "articleNumber": "A-1",
                "numberOfItems": 3,
                "prices": {"customerLinePrice": 30.0, "currencyCode": "SEK"},
            },
            {"rowNumber": "2", "articleNumber": "B-2", "numberOfItems": 1},
            {"rowNumber": "3", "articleNumber": "C-3", "numberOfItems": 0},
        ],
    }
    outbox.add("old-row", "TS1-OLD1", "pickup", body)
    slip = reprint_slip(outbox.checkout_parts("TS1-OLD1"), "Kungsgatan")
    [part] = slip.parts
    assert [(i.article_number, i.quantity, i.unit_price) for i in part.items] == [
        ("A-1", 3, Decimal(10)),
        ("B-2", 1, None),
    ]
    assert part.warehouse_name == ""
    assert (slip.customer_name, slip.language, slip.store_name) == ("Bo Ek", "sv", "Kungsgatan")
