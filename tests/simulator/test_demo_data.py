"""The committed demo tenant meets the brief, and big catalogues can be generated."""

from __future__ import annotations

import asyncio
import json
import re
from decimal import Decimal
from pathlib import Path

from stdnum import ean

from app.resources import resource_path
from app.services.checkout import CheckoutSession
from app.services.order_plans import OrderOptions, order_options
from app.simulator import generate_state, load_demo_state
from app.simulator.demo_data import DEMO_ARTICLES, DEMO_SEED, state_to_json
from tests.helpers.simulator import client_for


def test_demo_warehouses_are_nordic_with_addresses_and_hours() -> None:
    warehouses = load_demo_state().warehouses()
    assert len(warehouses) >= 8
    assert {"STO1", "GBG", "MMO", "OSL", "CPH", "HEL", "UMEA", "LKP"} <= {
        w.code for w in warehouses
    }
    assert {w.country_code for w in warehouses} == {"SE", "NO", "DK", "FI"}
    assert all(w.address1 and w.post_code and w.city and w.opening_hours for w in warehouses)
    assert len({w.id for w in warehouses}) == len(warehouses)


def test_demo_articles_have_valid_unique_barcodes_and_some_odd_ones() -> None:
    articles = load_demo_state().articles()
    assert len(articles) >= 300
    codes = [c for a in articles for c in a.barcodes()]
    assert all(len(c) == 13 and c.startswith("73") and ean.is_valid(c) for c in codes)
    assert len(codes) == len(set(codes))
    assert any(not a.barcode and a.package_barcode for a in articles)
    assert any(not a.barcode and a.alternative_barcodes for a in articles)
    assert any(a.pallet_barcode for a in articles)
    assert all(a.name and a.article_number for a in articles)
    priced = sum(a.price is not None for a in articles)
    assert 0 < len(articles) - priced < priced


def test_demo_stock_is_uneven() -> None:
    state = load_demo_state()
    warehouses = state.warehouses()
    stock = state.stock_by_warehouse(a.article_number for a in state.articles())
    rows = [list(per_warehouse.values()) for per_warehouse in stock.values()]
    assert any(all(s.sellable <= 0 for s in row) for row in rows)  # sold out everywhere
    assert any(any(s.sellable < 0 for s in row) for row in rows)  # oversold somewhere
    assert any(any(s.locked > 0 for s in row) for row in rows)
    homes = [sum(1 for s in row if s.physical > 0) for row in rows]
    assert max(homes) < len(warehouses)
    assert sorted(homes)[len(homes) // 2] <= 3  # most live in a few warehouses only


def test_demo_purchase_orders_are_advised_partly_and_fully_received() -> None:
    orders = load_demo_state().purchase_orders()
    statuses = {p.status for p in orders}
    assert {100, 300, 500} <= statuses
    lines = [line for p in orders for line in p.lines]
    assert any(received == 0 for _, _, received in lines)
    assert any(0 < received < advised for _, advised, received in lines)
    assert any(received == advised for _, advised, received in lines)


def test_the_committed_demo_file_is_the_generators_output() -> None:
    committed = json.loads(resource_path("demo", "tenant.json").read_text(encoding="utf-8"))
    assert committed == state_to_json(generate_state(8, DEMO_ARTICLES, DEMO_SEED))


def test_loading_twice_gives_independent_states() -> None:
    first, second = load_demo_state(), load_demo_state()
    number = first.articles()[0].article_number
    first.set_stock(number, 1, physical=999)
    assert second.stock(number, 1).physical != 999


def test_a_large_catalogue_can_be_generated() -> None:
    state = generate_state(12, 100_000, seed=5)
    assert len(state.warehouses()) == 12
    assert len({w.code for w in state.warehouses()}) == 12
    articles = state.articles()
    assert len(articles) == 100_000
    last = articles[-1]
    assert state.article(last.article_number) is last
    assert last.barcode is None or state.article_by_barcode(last.barcode) is last
    codes = {c for a in articles for c in a.barcodes()}
    assert len(codes) == sum(len(a.barcodes()) for a in articles)  # unique
    assert all(ean.is_valid(c) for c in list(codes)[:2000])


def test_generation_is_reproducible() -> None:
    assert state_to_json(generate_state(3, 50, seed=9)) == state_to_json(
        generate_state(3, 50, seed=9)
    )
    assert state_to_json(generate_state(3, 50, seed=9)) != state_to_json(
        generate_state(3, 50, seed=10)
    )


def shelf_price(price: Decimal) -> bool:
    """Written as a Swedish shop writes it: 64,90 under a hundred, 149 or 1 495 above."""
    if price < 100:
        return price % 1 == Decimal("0.90")
    return price % 1 == 0 and (price % 10 == 9 if price < 1000 else price % 100 == 95)


def test_demo_prices_look_like_a_nordic_shops() -> None:
    articles = load_demo_state().articles()
    assert len({a.name for a in articles}) == len(articles)  # no two alike
    priced = [a for a in articles if a.price]
    assert all(5 <= a.price <= 3000 and shelf_price(a.price) for a in priced if a.price)
    coffee = [a for a in priced if a.name.startswith("Kaffe") and "450 g" in a.name]
    assert coffee and all(a.price and 50 <= a.price <= 80 for a in coffee)
    assert any(a.price is None for a in articles)  # no customer price in Ongoing
    assert any(a.price == 0 for a in articles)  # a price never filled in
    # What the goods owner pays its suppliers in: the till must never show it.
    assert {a.currency for a in articles} == {"SEK", "EUR", "NOK", "DKK"}


def test_demo_stock_is_sized_by_the_kind_of_goods() -> None:
    state = load_demo_state()
    stock = state.stock_by_warehouse(a.article_number for a in state.articles())

    def shelves(prefix: str) -> list[Decimal]:
        return [
            figures.physical
            for a in state.articles()
            if a.name.startswith(prefix)
            for figures in stock[a.article_number].values()
            if figures.physical
        ]

    assert max(shelves("Skruvdragare")) <= 8  # a few drills
    assert max(shelves("Kaffe")) >= 48  # dozens of bags of coffee


README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_the_readmes_three_barcodes_need_a_split(simulator) -> None:
    """The demo split the README suggests: scanned at the till, no warehouse has all three,
    and the order form offers a split."""
    sentence = re.search(r"For an order\s+split across warehouses, scan (.*?): no", README, re.S)
    assert sentence is not None
    codes = re.findall(r"`(\d{13})`", sentence.group(1))
    assert len(codes) == 3

    async def scenario() -> OrderOptions:
        async with client_for(simulator) as client:
            session = CheckoutSession(client)
            await session.start()
            for code in codes:
                assert await session.scan(code)
            await session.close()
            return order_options(
                session.catalogue.warehouses.values(),
                session.lines,
                session.stock.snapshots(),
                session.preference,
            )

    options = asyncio.run(scenario())
    assert not any(supplies for _, supplies in options.ranked)
    assert len(options.split) >= 2
    split = sorted(number for _, numbers in options.split for number in numbers)
    assert split == sorted(
        simulator.state.article_by_barcode(code).article_number for code in codes
    )
