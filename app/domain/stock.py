"""Stock figures per warehouse, as the till shows them, independent of Ongoing's JSON shapes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from itertools import combinations


@dataclass(frozen=True, slots=True)
class WarehouseInfo:
    """What a cashier needs to recognise a warehouse and tell a customer where to go."""

    id: int
    code: str
    name: str
    address_lines: tuple[str, ...] = ()
    opening_hours: str = ""


@dataclass(frozen=True, slots=True)
class StockFigure:
    """One article in one warehouse. Sellable may be negative: Ongoing oversold it."""

    warehouse_id: int
    sellable: Decimal
    physical: Decimal


@dataclass(frozen=True, slots=True)
class StockSnapshot:
    """Fresh figures for one article in every warehouse, and when Ongoing gave them."""

    article_number: str
    figures: Mapping[int, StockFigure]
    fetched_at: datetime

    def sellable_in(self, warehouse_id: int) -> Decimal:
        figure = self.figures.get(warehouse_id)
        return figure.sellable if figure is not None else Decimal(0)

    def is_stale(self, now: datetime, max_age: timedelta) -> bool:
        return now - self.fetched_at > max_age


@dataclass(frozen=True, slots=True)
class WarehousePreference:
    """The store's order of warehouses: listed codes first, in that order, then by distance."""

    preferred_codes: Sequence[str] = ()
    distance_km: Mapping[str, float] = field(default_factory=dict)

    def sort_key(self, warehouse: WarehouseInfo) -> tuple[int, float, str]:
        codes = list(self.preferred_codes)
        rank = codes.index(warehouse.code) if warehouse.code in codes else len(codes)
        return (rank, self.distance_km.get(warehouse.code, float("inf")), warehouse.name)


def can_supply(
    warehouse_id: int, needed: Mapping[str, Decimal], stock: Mapping[str, StockSnapshot]
) -> bool:
    """True when the warehouse has every needed quantity sellable right now."""
    for article_number, quantity in needed.items():
        snapshot = stock.get(article_number)
        if snapshot is None or snapshot.sellable_in(warehouse_id) < quantity:
            return False
    return True


def rank_warehouses(
    warehouses: Iterable[WarehouseInfo],
    needed: Mapping[str, Decimal],
    stock: Mapping[str, StockSnapshot],
    preference: WarehousePreference,
) -> list[tuple[WarehouseInfo, bool]]:
    """Warehouses that can supply the whole basket first, then the store's own order."""
    ranked = [(w, bool(needed) and can_supply(w.id, needed, stock)) for w in warehouses]
    ranked.sort(key=lambda pair: (not pair[1], preference.sort_key(pair[0])))
    return ranked


def split_by_warehouse(
    ranked: Sequence[WarehouseInfo],
    needed: Mapping[str, Decimal],
    stock: Mapping[str, StockSnapshot],
) -> list[tuple[WarehouseInfo, list[str]]] | None:
    """One order per warehouse when no single one can supply everything.

    Each article goes, whole, to the first warehouse in the store's order that has all of
    it; warehouses already chosen are preferred so the customer gets as few parcels as
    possible. None when some article is not available whole anywhere.
    """
    plan: dict[int, list[str]] = {}
    by_id = {w.id: w for w in ranked}
    for article_number, quantity in needed.items():
        snapshot = stock.get(article_number)
        able = [
            w for w in ranked if snapshot is not None and snapshot.sellable_in(w.id) >= quantity
        ]
        if not able:
            return None
        chosen = next((w for w in able if w.id in plan), able[0])
        plan.setdefault(chosen.id, []).append(article_number)
    return [(by_id[warehouse_id], numbers) for warehouse_id, numbers in plan.items()]


@dataclass(frozen=True, slots=True)
class Coverage:
    """How much of a basket one warehouse can supply right now, article by article.

    `sellable` follows the order of the basket's articles; None where no figures have come
    yet. Negative figures (Ongoing oversold) count as nothing to sell.
    """

    warehouse: WarehouseInfo
    sellable: tuple[Decimal | None, ...]
    wanted: tuple[Decimal, ...]

    @property
    def lines(self) -> int:
        return len(self.wanted)

    @property
    def lines_covered(self) -> int:
        return sum(
            1 for have, want in zip(self.sellable, self.wanted, strict=True) if enough(have, want)
        )

    @property
    def supplies_all(self) -> bool:
        return self.lines > 0 and self.lines_covered == self.lines

    @property
    def has_any(self) -> bool:
        """Something of the basket is sellable here (even if not all of a line)."""
        return any(have is not None and have > 0 for have in self.sellable)

    @property
    def known(self) -> bool:
        return any(have is not None for have in self.sellable)

    def missing(self, articles: Sequence[str]) -> list[str]:
        """The basket's articles this warehouse cannot supply whole."""
        return [
            article
            for article, have, want in zip(articles, self.sellable, self.wanted, strict=True)
            if not enough(have, want)
        ]


def enough(have: Decimal | None, want: Decimal) -> bool:
    return have is not None and have >= want


def cover(
    warehouses: Iterable[WarehouseInfo],
    needed: Mapping[str, Decimal],
    stock: Mapping[str, StockSnapshot],
    preference: WarehousePreference,
) -> list[Coverage]:
    """Every warehouse against the basket, best first: those that can supply all of it,
    then by how many of its lines they cover, then the store's preference and distance."""
    articles = list(needed)
    wanted = tuple(needed[a] for a in articles)
    rows = []
    for warehouse in warehouses:
        sellable = tuple(
            None if (snapshot := stock.get(a)) is None else snapshot.sellable_in(warehouse.id)
            for a in articles
        )
        rows.append(Coverage(warehouse, sellable, wanted))
    rows.sort(
        key=lambda row: (
            not row.supplies_all,
            -row.lines_covered,
            not row.has_any,
            preference.sort_key(row.warehouse),
        )
    )
    return rows


MOST_WAREHOUSES_IN_A_SPLIT = 4  # beyond this a split is not worth offering at the till


def fewest_warehouses(
    ranked: Sequence[WarehouseInfo],
    needed: Mapping[str, Decimal],
    stock: Mapping[str, StockSnapshot],
) -> list[tuple[WarehouseInfo, list[str]]] | None:
    """One order per warehouse, from as few warehouses as can supply the basket between them.

    Every article goes whole to one warehouse. Among the smallest sets of warehouses that
    can do it, the one earliest in `ranked` (the store's preference) wins, and each article
    goes to the first of the set, in that order, that has all of it. None when no set of up
    to MOST_WAREHOUSES_IN_A_SPLIT warehouses can.
    """
    able: dict[str, list[int]] = {}
    for article, quantity in needed.items():
        snapshot = stock.get(article)
        able[article] = [
            i
            for i, w in enumerate(ranked)
            if snapshot is not None and snapshot.sellable_in(w.id) >= quantity
        ]
        if not able[article]:
            return None
    useful = sorted({i for indexes in able.values() for i in indexes})
    for size in range(1, min(MOST_WAREHOUSES_IN_A_SPLIT, len(useful)) + 1):
        for chosen in combinations(useful, size):  # in preference order: the first wins
            if all(any(i in chosen for i in able[a]) for a in needed):
                plan: dict[int, list[str]] = {}
                for article in needed:
                    first = next(i for i in chosen if i in able[article])
                    plan.setdefault(first, []).append(article)
                return [(ranked[i], plan[i]) for i in sorted(plan)]
    return None
