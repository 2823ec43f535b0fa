from datetime import UTC, datetime, timedelta
from decimal import Decimal

from app.domain.stock import (
    StockFigure,
    StockSnapshot,
    WarehouseInfo,
    WarehousePreference,
    can_supply,
    rank_warehouses,
    split_by_warehouse,
)

NOW = datetime(2026, 11, 28, 14, 3, 5, tzinfo=UTC)
NORTH = WarehouseInfo(1, "UMEA", "Umeå")
CITY = WarehouseInfo(2, "STO1", "Stockholm City")
WEST = WarehouseInfo(3, "GBG", "Göteborg")


def snapshot(number: str, **sellable: int) -> StockSnapshot:
    ids = {"north": 1, "city": 2, "west": 3}
    figures = {
        ids[k]: StockFigure(ids[k], Decimal(v), Decimal(max(v, 0))) for k, v in sellable.items()
    }
    return StockSnapshot(number, figures, NOW)


def test_a_warehouse_supplies_only_when_every_line_is_sellable() -> None:
    stock = {"A": snapshot("A", north=5, city=1), "B": snapshot("B", north=2, city=-3)}
    needed = {"A": Decimal(2), "B": Decimal(1)}
    assert can_supply(1, needed, stock)
    assert not can_supply(2, needed, stock)  # A short and B oversold
    assert not can_supply(3, needed, stock)  # no figures at all
    assert not can_supply(1, {"C": Decimal(1)}, stock)  # unknown article


def test_ranking_puts_full_suppliers_first_then_store_preference_then_distance() -> None:
    stock = {"A": snapshot("A", north=5, city=5, west=0)}
    preference = WarehousePreference(preferred_codes=("GBG",), distance_km={"STO1": 3, "UMEA": 600})
    ranked = rank_warehouses([NORTH, CITY, WEST], {"A": Decimal(1)}, stock, preference)
    assert [(w.code, ok) for w, ok in ranked] == [("STO1", True), ("UMEA", True), ("GBG", False)]


def test_empty_basket_ranks_by_preference_only() -> None:
    ranked = rank_warehouses([NORTH, CITY, WEST], {}, {}, WarehousePreference(("UMEA", "GBG")))
    assert [w.code for w, _ in ranked] == ["UMEA", "GBG", "STO1"]
    assert not any(ok for _, ok in ranked)


def test_staleness_is_relative_to_the_fetch_time() -> None:
    snap = snapshot("A", city=1)
    assert not snap.is_stale(NOW + timedelta(seconds=30), timedelta(seconds=60))
    assert snap.is_stale(NOW + timedelta(seconds=61), timedelta(seconds=60))


def test_a_split_sends_each_article_whole_from_the_first_warehouse_that_has_it() -> None:
    stock = {
        "A": snapshot("A", north=5, city=0, west=5),
        "B": snapshot("B", north=0, city=4, west=0),
        "C": snapshot("C", north=1, city=9, west=0),
    }
    needed = {"A": Decimal(2), "B": Decimal(3), "C": Decimal(2)}
    plan = split_by_warehouse([WEST, CITY, NORTH], needed, stock)
    assert plan is not None
    # A from the preferred west; B only in the city; C joins the city parcel, not a third one
    assert [(w.code, numbers) for w, numbers in plan] == [("GBG", ["A"]), ("STO1", ["B", "C"])]


def test_no_split_when_an_article_is_not_available_whole_anywhere() -> None:
    stock = {"A": snapshot("A", north=1, city=1, west=1)}
    assert split_by_warehouse([WEST, CITY, NORTH], {"A": Decimal(2)}, stock) is None
    assert split_by_warehouse([WEST], {"Z": Decimal(1)}, stock) is None


def test_warehouses_rank_by_how_much_of_the_basket_they_cover() -> None:
    from app.domain.stock import cover

    needed = {"A": Decimal(1), "B": Decimal(1), "C": Decimal(1)}
    stock = {
        "A": snapshot("A", north=5, city=5, west=5),
        "B": snapshot("B", city=5, west=-2),
        "C": snapshot("C", city=0),
    }
    preference = WarehousePreference(("UMEA", "GBG", "STO1"))
    rows = cover([NORTH, CITY, WEST], needed, stock, preference)
    assert [(r.warehouse.code, r.lines_covered, r.supplies_all) for r in rows] == [
        ("STO1", 2, False),  # A and B
        ("UMEA", 1, False),  # A only: preferred over GBG at the same coverage
        ("GBG", 1, False),
    ]
    assert rows[0].missing(["A", "B", "C"]) == ["C"]
    assert rows[2].sellable == (Decimal(5), Decimal(-2), Decimal(0))


def test_the_split_uses_as_few_warehouses_as_can_supply_the_basket() -> None:
    from app.domain.stock import fewest_warehouses

    needed = {"A": Decimal(1), "B": Decimal(1), "C": Decimal(1), "D": Decimal(1)}
    stock = {
        "A": snapshot("A", west=5, north=5),
        "B": snapshot("B", city=5, north=5),
        "C": snapshot("C", city=5),
        "D": snapshot("D", north=5),
    }
    ranked = [WEST, CITY, NORTH]
    old = split_by_warehouse(ranked, needed, stock)
    assert old is not None and len(old) == 3  # by preference, one article at a time
    plan = fewest_warehouses(ranked, needed, stock)
    assert plan == [(CITY, ["B", "C"]), (NORTH, ["A", "D"])]


def test_no_split_when_an_article_is_nowhere_whole() -> None:
    from app.domain.stock import fewest_warehouses

    stock = {"A": snapshot("A", north=1)}
    assert fewest_warehouses([WEST, CITY, NORTH], {"A": Decimal(2)}, stock) is None
