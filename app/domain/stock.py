"""Stock figures per warehouse, as the till shows them, independent of Ongoing's JSON shapes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal


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
