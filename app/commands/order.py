"""`tillside order ...` and `tillside outbox [--send]`: the till's order path, scriptable.

Both go through the same outbox and order service as the window, so an order placed here is
stored before it is sent, confirmed only with Ongoing's orderId, and left waiting (listed
by `tillside outbox`) when Ongoing cannot take it now.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from app.config.settings import Settings
from app.domain.basket import BasketLine, QuantityError, parse_quantity
from app.domain.customer import Customer, validate_customer
from app.domain.order_body import FulfilmentKind
from app.domain.stock import rank_warehouses
from app.ongoing.client import OngoingClient
from app.ongoing.errors import OngoingError
from app.ongoing.settings import ConnectionSettings
from app.services.orders import NotEnoughStockError, OrderError, OrderPlan, OrderService
from app.services.stock_lookup import StockReport, look_up_codes
from app.store.outbox import OutboxEntry, OutboxState, open_default_outbox

EXIT_CONFIRMED, EXIT_WAITING, EXIT_USAGE, EXIT_UNAVAILABLE, EXIT_NO_STOCK = 0, 1, 2, 3, 4


class UsageError(Exception):
    """Bad input on the command line; the text says what to write instead."""


@dataclass(frozen=True, slots=True)
class OrderArguments:
    items: Sequence[str]
    pickup_warehouse: str | None
    deliver: bool
    from_warehouse: str | None
    customer_fields: Mapping[str, str]
    notify_email: bool
    notify_sms: bool
    receipt: str
    language: str


def parse_items(items: Sequence[str]) -> list[tuple[str, int]]:
    """CODE=QTY pairs (QTY defaults to 1); the same code twice adds up."""
    if not items:
        raise UsageError("Name at least one item as CODE=QTY, e.g. 7350000000019=2.")
    totals: dict[str, int] = {}
    for item in items:
        code, _, quantity = item.partition("=")
        code = code.strip()
        if not code:
            raise UsageError(f"{item!r}: the code is missing; write CODE=QTY.")
        try:
            totals[code] = totals.get(code, 0) + (parse_quantity(quantity) if quantity else 1)
        except QuantityError as error:
            raise UsageError(f"{item!r}: {error}") from None
    return list(totals.items())


def customer_from(arguments: OrderArguments) -> Customer | None:
    fields = {k: v for k, v in arguments.customer_fields.items() if v}
    pickup = arguments.pickup_warehouse is not None
    if pickup and not fields:
        return None  # an anonymous pickup: the slip's order number is the customer's proof
    result = validate_customer(
        fields, pickup=pickup, notify_email=arguments.notify_email, notify_sms=arguments.notify_sms
    )
    if isinstance(result, list):
        problems = "; ".join(f"--{e.field.replace('_', '-')}: {e.message}" for e in result)
        raise UsageError(problems)
    return result


def basket_lines(report: StockReport, wanted: Sequence[tuple[str, int]]) -> list[BasketLine]:
    if report.unresolved:
        raise UsageError("; ".join(item.message for item in report.unresolved))
    by_query = {article.query: article for article in report.articles}
    lines: dict[str, BasketLine] = {}
    for code, quantity in wanted:
        article = by_query[code]
        previous = lines.get(article.article_number)
        lines[article.article_number] = BasketLine(
            article.article_number,
            article.article_name,
            quantity + (previous.quantity if previous else 0),
            article.price,
            None,
        )
    return list(lines.values())


def best_warehouse(report: StockReport, lines: Sequence[BasketLine], settings: Settings) -> str:
    """The warehouse that can supply everything, nearest or most preferred first."""
    from app.domain.stock import StockFigure, StockSnapshot

    snapshots = {
        a.article_number: StockSnapshot(
            a.article_number,
            {
                w.warehouse.id: StockFigure(w.warehouse.id, w.sellable, w.physical)
                for w in a.warehouses
            },
            report.fetched_at,
        )
        for a in report.articles
    }
    warehouses = {w.warehouse.id: w.warehouse for a in report.articles for w in a.warehouses}
    quantities = {line.article_number: Decimal(line.quantity) for line in lines}
    ranked = rank_warehouses(
        warehouses.values(), quantities, snapshots, settings.store.preference()
    )
    if not ranked:
        raise UsageError("Ongoing has no warehouses.")
    return ranked[0][0].code


def describe(entry: OutboxEntry) -> str:
    order_id = entry.ongoing_order_id if entry.ongoing_order_id is not None else "-"
    reason = f"  {entry.reason}" if entry.reason else ""
    return (
        f"{entry.order_number}  {entry.kind:<10} {entry.state.value:<9} "
        f"orderId {order_id}  attempts {entry.attempts}{reason}"
    )


async def run_order_command(
    arguments: OrderArguments, connection: ConnectionSettings, settings: Settings
) -> int:
    try:
        wanted = parse_items(arguments.items)
        customer = customer_from(arguments)
    except UsageError as error:
        print(f"tillside order: {error}", file=sys.stderr)
        return EXIT_USAGE
    outbox = open_default_outbox()
    try:
        async with OngoingClient(connection) as client:
            report = await look_up_codes(client, [code for code, _ in wanted])
            lines = basket_lines(report, wanted)
            if arguments.pickup_warehouse:
                kind, code = FulfilmentKind.PICKUP, arguments.pickup_warehouse
            else:
                kind = FulfilmentKind.DELIVERY
                code = arguments.from_warehouse or best_warehouse(report, lines, settings)
            plan = OrderPlan(
                tuple(lines), kind, code, customer, arguments.receipt, arguments.language
            )
            entry = await OrderService(client, outbox, settings.store).place(plan)
    except UsageError as error:
        print(f"tillside order: {error}", file=sys.stderr)
        return EXIT_USAGE
    except NotEnoughStockError as error:
        print(f"tillside order: {error} Nothing was sent.", file=sys.stderr)
        return EXIT_NO_STOCK
    except OrderError as error:
        print(f"tillside order: {error}", file=sys.stderr)
        return EXIT_USAGE
    except OngoingError as error:
        print(f"tillside order: {error} Nothing was sent.", file=sys.stderr)
        return EXIT_UNAVAILABLE
    if entry.state is OutboxState.SENT:
        print(f"order number {entry.order_number}")
        print(f"Ongoing orderId {entry.ongoing_order_id}")
        return EXIT_CONFIRMED
    print(
        f"tillside order: {entry.order_number} is not confirmed yet: {entry.reason} "
        "It waits in the outbox; `tillside outbox --send` sends it again.",
        file=sys.stderr,
    )
    return EXIT_WAITING


async def run_outbox_command(
    *, send: bool, connection: ConnectionSettings | None, settings: Settings
) -> int:
    outbox = open_default_outbox()
    if send:
        if connection is None:
            print("tillside outbox --send: give --api-url and --goods-owner-id.", file=sys.stderr)
            return EXIT_USAGE
        async with OngoingClient(connection) as client:
            await OrderService(client, outbox, settings.store).send_waiting()
    unsent = outbox.unsent()
    if not unsent:
        print("No unsent orders.")
        return EXIT_CONFIRMED
    for entry in unsent:
        print(describe(entry))
    return EXIT_WAITING
