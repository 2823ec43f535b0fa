"""The committed demo tenant meets the brief, and big catalogues can be generated."""

from __future__ import annotations

import json

from stdnum import ean

from app.resources import resource_path
from app.simulator import generate_state, load_demo_state
from app.simulator.demo_data import DEMO_ARTICLES, DEMO_SEED, state_to_json


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
