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
    cover,
    fewest_warehouses,
)
from app.services.orders import OrderPlan

Split = tuple[tuple[WarehouseInfo, tuple[str, ...]], ...]


@dataclass(frozen=True, slots=True)
class WarehouseChoice:
    """A warehouse as the order form lists it: how much of the basket it can supply now."""

    warehouse: WarehouseInfo
    supplies_all: bool
    covered: int = 0  # basket lines it can supply whole
    lines: int = 0
    missing: tuple[str, ...] = ()  # the names of the lines it cannot supply whole
    oversold: tuple[str, ...] = ()  # of those, where Ongoing's sellable figure is below 0
    store: bool = False  # the store's own warehouse
    # Fresh figures for every line here: False while Ongoing is away or before they came,
    # when the form says the stock is unknown (not short) and the order is checked later.
    known: bool = True


@dataclass(frozen=True, slots=True)
class OrderOptions:
    """What the order form offers: warehouses best first, and a split when none supplies all.

    The best first: the most of the basket, then the store's preference and distance. The
    split uses as few warehouses as can supply the basket between them (then the store's
    preference); it is empty when one warehouse supplies everything, or none can.
    """

    choices: tuple[WarehouseChoice, ...]
    split: Split
    names: Mapping[str, str]  # article number -> name, for saying which lines go where

    @property
    def best(self) -> WarehouseInfo | None:
        return self.choices[0].warehouse if self.choices else None

    @property
    def ranked(self) -> tuple[tuple[WarehouseInfo, bool], ...]:
        return tuple((c.warehouse, c.supplies_all) for c in self.choices)


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
    store_warehouse: str | None = None,
    *,
    online: bool = True,
) -> OrderOptions:
    warehouses = list(warehouses)
    needed = quantities(lines)
    names = {line.article_number: line.name for line in lines}
    articles = list(needed)
    choices = tuple(
        WarehouseChoice(
            row.warehouse,
            row.supplies_all,
            row.lines_covered,
            row.lines,
            tuple(names[a] for a in row.missing(articles)),
            tuple(
                names[a]
                for a, have in zip(articles, row.sellable, strict=True)
                if have is not None and have < 0
            ),
            row.warehouse.code == store_warehouse,
            online and all(have is not None for have in row.sellable),
        )
        for row in cover(warehouses, needed, stock, preference)
    )
    split: Split = ()
    if choices and not choices[0].supplies_all:
        by_preference = sorted(warehouses, key=preference.sort_key)
        parts = fewest_warehouses(by_preference, needed, stock) or []
        split = tuple((warehouse, tuple(numbers)) for warehouse, numbers in parts)
    return OrderOptions(choices, split, names)


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
