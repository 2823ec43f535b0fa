"""From a basket to orders: which warehouses, which split, one plan per order.

One place decides, for the order form (F10), a sale over the counter (Shift+F10) and
`tillside order`, so the form and the command line never disagree: the warehouses ranked
as the stock grid shows them (those that can supply the whole basket first, then the
store's preference), a split across warehouses when none can supply everything, and one
`OrderPlan` per warehouse.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from app.domain.basket import BasketLine
from app.domain.customer import Customer
from app.domain.order_body import FulfilmentKind
from app.domain.stock import (
    StockSnapshot,
    WarehouseInfo,
    WarehousePreference,
    rank_warehouses,
    split_by_warehouse,
)
from app.services.orders import OrderPlan

Split = tuple[tuple[WarehouseInfo, tuple[str, ...]], ...]


@dataclass(frozen=True, slots=True)
class OrderOptions:
    """What the order form offers: warehouses best first (✔ = supplies all), and a split."""

    ranked: tuple[tuple[WarehouseInfo, bool], ...]
    split: Split  # empty unless no single warehouse can supply the whole basket

    @property
    def best(self) -> WarehouseInfo | None:
        return self.ranked[0][0] if self.ranked else None


def quantities(lines: Iterable[BasketLine]) -> dict[str, Decimal]:
    wanted: dict[str, Decimal] = {}
    for line in lines:
        wanted[line.article_number] = wanted.get(line.article_number, Decimal(0)) + Decimal(
            line.quantity
        )
    return wanted


def order_options(
    warehouses: Iterable[WarehouseInfo],
    lines: Sequence[BasketLine],
    stock: Mapping[str, StockSnapshot],
    preference: WarehousePreference,
) -> OrderOptions:
    needed = quantities(lines)
    ranked = rank_warehouses(warehouses, needed, stock, preference)
    split: Split = ()
    if not any(supplies for _, supplies in ranked):
        parts = split_by_warehouse([w for w, _ in ranked], needed, stock) or []
        split = tuple((warehouse, tuple(numbers)) for warehouse, numbers in parts)
    return OrderOptions(tuple(ranked), split)


@dataclass(frozen=True, slots=True)
class PlannedOrder:
    """One order to place, and the warehouse it goes to (the slip names it)."""

    plan: OrderPlan
    warehouse: WarehouseInfo


def plan_orders(
    lines: Sequence[BasketLine],
    kind: FulfilmentKind,
    warehouse: WarehouseInfo,
    customer: Customer | None,
    *,
    split: Split = (),
    receipt: str = "",
    language: str = "sv",
) -> list[PlannedOrder]:
    """One order for the basket from `warehouse`, or one per warehouse of `split`."""
    parts = split or ((warehouse, tuple(line.article_number for line in lines)),)
    return [
        PlannedOrder(
            OrderPlan(
                tuple(line for line in lines if line.article_number in numbers),
                kind,
                part.code,
                customer,
                receipt_number=receipt,
                language=language,
            ),
            part,
        )
        for part, numbers in parts
    ]
