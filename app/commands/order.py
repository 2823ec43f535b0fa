"""`tillside order ...` and `tillside outbox [--send]`: the till's order path, scriptable.

Both go through the same outbox and order service as the window, so an order placed here is
stored before it is sent, confirmed only with Ongoing's orderId, and left waiting (listed
by `tillside outbox`) when Ongoing cannot take it now. With `--split`, when no warehouse
can supply everything, the basket goes as one order per warehouse: the split the order form
(F10) offers, from the same chooser, stored as one checkout.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.commands.exit_status import ExitStatus
from app.config.settings import Settings
from app.domain.basket import BasketLine, QuantityError, parse_quantity
from app.domain.customer import Customer, validate_customer
from app.domain.errors import TillsideError
from app.domain.order_body import FulfilmentKind
from app.files.damaged import DamagedFile
from app.ongoing.client import OngoingClient
from app.ongoing.errors import AuthenticationError, OngoingError
from app.ongoing.settings import ConnectionSettings
from app.persistence.outbox import Outbox, OutboxEntry, OutboxState, open_default_outbox
from app.persistence.storage_errors import StorageError
from app.services import ongoing_words
from app.services.order_plans import OrderOptions, PlannedOrder
from app.services.orders import (
    NotEnoughStockError,
    OrderError,
    OrderNotStoredError,
    OrderPlan,
    OrderService,
)
from app.services.stock_lookup import StockReport, look_up_codes

log = logging.getLogger(__name__)

EXIT_CONFIRMED, EXIT_WAITING, EXIT_USAGE = ExitStatus.OK, ExitStatus.WAITING, ExitStatus.USAGE
EXIT_UNAVAILABLE, EXIT_NO_STOCK = ExitStatus.UNAVAILABLE, ExitStatus.NO_STOCK
EXIT_STORAGE, EXIT_DAMAGED = ExitStatus.STORAGE, ExitStatus.DAMAGED


class UsageError(TillsideError):
    """Bad input on the command line; the text (English only) says what to write instead."""


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
    split: bool = False


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


def basket_lines(
    report: StockReport, wanted: Sequence[tuple[str, int]], currency: str
) -> list[BasketLine]:
    """The order's lines, priced as the till prices them: Ongoing's usable customer price,
    in the store's currency (app/domain/money.py)."""
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
            currency if article.price is not None else None,
        )
    return list(lines.values())


class NoSplitError(TillsideError):
    """No warehouse can supply the basket, and no split across warehouses can either."""


def options_for(
    report: StockReport, lines: Sequence[BasketLine], settings: Settings
) -> OrderOptions:
    """What the order form would offer for these lines: the same choice, from the same code."""
    from app.domain.stock import StockFigure, StockSnapshot
    from app.services.order_plans import order_options

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
    options = order_options(warehouses.values(), lines, snapshots, settings.store.preference())
    if options.best is None:
        raise UsageError("Ongoing has no warehouses.")
    return options


def planned_orders(
    arguments: OrderArguments,
    lines: Sequence[BasketLine],
    customer: Customer | None,
    options: OrderOptions,
) -> list[PlannedOrder] | None:
    """One order per warehouse when `--split` and no warehouse can supply everything; None
    for a single order (from the warehouse asked for, else the best)."""
    from app.services.order_plans import plan_orders

    if not arguments.split or any(supplies for _, supplies in options.ranked):
        return None
    if not options.split:
        raise NoSplitError(
            "no warehouse can supply everything, and no split across warehouses can either "
            "(some item is not available whole in any one of them)."
        )
    kind = FulfilmentKind.PICKUP if arguments.pickup_warehouse else FulfilmentKind.DELIVERY
    return plan_orders(
        lines,
        kind,
        options.split[0][0],
        customer,
        split=options.split,
        receipt=arguments.receipt,
        language=arguments.language,
    )


def describe_damage(damage: DamagedFile) -> str:
    """The outbox was damaged: what was recovered, and what IT does, in one paragraph."""
    if damage.unreadable is None:
        lost = "nothing else could be read from it"
    elif damage.unreadable:
        lost = f"{damage.unreadable} more could not be read"
    else:
        lost = "nothing was lost"
    return (
        f"The list of unsent orders on this PC was damaged: {damage.recovered} orders were "
        f"recovered ({damage.unsent} of them unsent, which will be sent) and {lost}. "
        f"The damaged file is kept as {damage.kept_as}; IT can compare it with the orders "
        "in Ongoing, then delete it."
    )


def open_outbox(command: str) -> Outbox | int:
    """The PC's outbox, or an exit status after saying why it cannot be used."""
    try:
        outbox = open_default_outbox()
    except StorageError as error:
        log.error("event=outbox_unavailable command=%s problem=%s", command, error.problem.value)
        if command == "order":
            print(f"tillside order: {error} Nothing was stored or sent.", file=sys.stderr)
        else:
            print(
                f"tillside {command}: {error} Orders stored before stay as they are.",
                file=sys.stderr,
            )
        return EXIT_STORAGE
    if outbox.damage is not None:
        print(f"tillside {command}: {describe_damage(outbox.damage)}", file=sys.stderr)
    return outbox


def describe(entry: OutboxEntry) -> str:
    order_id = entry.ongoing_order_id if entry.ongoing_order_id is not None else "-"
    reason = f"  {entry.reason}" if str(entry.reason) else ""
    id_name = "returnOrderId" if entry.kind == "return" else "orderId"  # returns share the outbox
    return (
        f"{entry.order_number}  {entry.kind:<10} {entry.state.value:<9} "
        f"{id_name} {order_id}  attempts {entry.attempts}{reason}"
    )


async def run_order_command(
    arguments: OrderArguments, connection: ConnectionSettings, settings: Settings
) -> int:
    try:
        if arguments.split and arguments.from_warehouse:
            raise UsageError("--split chooses the warehouses itself: leave out --from.")
        wanted = parse_items(arguments.items)
        customer = customer_from(arguments)
    except UsageError as error:
        print(f"tillside order: {error}", file=sys.stderr)
        return EXIT_USAGE
    outbox = open_outbox("order")
    if isinstance(outbox, int):
        return outbox
    try:
        async with OngoingClient(connection, words=ongoing_words.describe_for_it) as client:
            report = await look_up_codes(client, [code for code, _ in wanted])
            lines = basket_lines(report, wanted, settings.store.currency)
            options = options_for(report, lines, settings)
            planned = planned_orders(arguments, lines, customer, options)
            if planned is not None:
                plans = [part.plan for part in planned]
                warehouses = [part.warehouse.code for part in planned]
            else:
                if arguments.pickup_warehouse:
                    kind, code = FulfilmentKind.PICKUP, arguments.pickup_warehouse
                else:
                    kind = FulfilmentKind.DELIVERY
                    code = arguments.from_warehouse or options.ranked[0][0].code
                plans = [
                    OrderPlan(
                        tuple(lines), kind, code, customer, arguments.receipt, arguments.language
                    )
                ]
                warehouses = [code]
            entries = await OrderService(client, outbox, settings.store).place_all(plans)
    except UsageError as error:
        log.warning("event=order_not_placed reason=usage")
        print(f"tillside order: {error}", file=sys.stderr)
        return EXIT_USAGE
    except NotEnoughStockError as error:
        hint = "" if arguments.split else " (--split sends one order per warehouse)"
        print(f"tillside order: {error} Nothing was sent{hint}.", file=sys.stderr)
        return EXIT_NO_STOCK
    except NoSplitError as error:
        log.info("event=order_refused reason=no_split")
        print(f"tillside order: {error} Nothing was sent.", file=sys.stderr)
        return EXIT_NO_STOCK
    except OrderNotStoredError as error:
        print(f"tillside order: {error.storage} Nothing was sent.", file=sys.stderr)
        return EXIT_STORAGE
    except OrderError as error:
        log.warning("event=order_not_placed reason=refused")
        print(f"tillside order: {error}", file=sys.stderr)
        return EXIT_USAGE
    except AuthenticationError as error:
        log.warning("event=order_not_placed reason=refused_login error=%s", type(error).__name__)
        print(f"tillside order: {error} Nothing was sent.", file=sys.stderr)
        return ExitStatus.REFUSED
    except OngoingError as error:
        log.warning("event=order_not_placed reason=ongoing error=%s", type(error).__name__)
        print(f"tillside order: {error} Nothing was sent.", file=sys.stderr)
        return EXIT_UNAVAILABLE
    finally:
        outbox.close()
    return report_placed(entries, warehouses)


def report_placed(entries: Sequence[OutboxEntry], warehouses: Sequence[str]) -> int:
    """Each part's number (and, confirmed, Ongoing's orderId), then the checkout's id; the
    parts Ongoing has not confirmed yet are named on standard error."""
    split = len(entries) > 1
    for entry, warehouse in zip(entries, warehouses, strict=True):
        if entry.state is OutboxState.SENT:
            print(f"order number {entry.order_number}" + (f" (warehouse {warehouse})" * split))
            print(f"Ongoing orderId {entry.ongoing_order_id}")
        else:
            print(
                f"tillside order: {entry.order_number} is not confirmed yet: {entry.reason} "
                "It waits in the outbox; `tillside outbox --send` sends it again.",
                file=sys.stderr,
            )
    if entries:
        print(f"checkout {entries[0].checkout}")
    confirmed = all(entry.state is OutboxState.SENT for entry in entries)
    return EXIT_CONFIRMED if confirmed else EXIT_WAITING


async def run_outbox_command(
    *, send: bool, connection: ConnectionSettings | None, settings: Settings
) -> int:
    if send and connection is None:
        print("tillside outbox --send: no Ongoing connection.", file=sys.stderr)
        return EXIT_USAGE
    outbox = open_outbox("outbox")
    if isinstance(outbox, int):
        return outbox
    try:
        if send and connection is not None:
            async with OngoingClient(connection, words=ongoing_words.describe_for_it) as client:
                await OrderService(client, outbox, settings.store).send_waiting()
        unsent = outbox.unsent()
    except StorageError as error:
        print(f"tillside outbox: {error}", file=sys.stderr)
        return EXIT_STORAGE
    finally:
        outbox.close()
    if not unsent:
        print("No unsent orders.")
    for entry in unsent:
        print(describe(entry))
    if outbox.damage is not None:
        return EXIT_DAMAGED
    return EXIT_WAITING if unsent else EXIT_CONFIRMED
