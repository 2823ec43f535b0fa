"""`tillside return ORDER ARTICLE=QTY... --cause CODE` and `tillside cancel ORDER`.

The same services as the till: the return is checked against Ongoing (the order, what was
picked and already returned, the causes), stored in the outbox with its final number, then
sent; it is confirmed only with Ongoing's return order id, and otherwise waits in the outbox
(`tillside outbox --send` sends it again, as an update of the same return).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping, Sequence
from decimal import Decimal

from app.commands.exit_status import ExitStatus
from app.commands.order import UsageError, open_outbox
from app.config.settings import Settings
from app.domain.basket import QuantityError, parse_quantity
from app.domain.returns import ReturnError, ReturnRefusal
from app.ongoing.client import OngoingClient
from app.ongoing.errors import AuthenticationError, OngoingError
from app.ongoing.settings import ConnectionSettings
from app.persistence.outbox import OutboxState
from app.persistence.storage_errors import StorageError
from app.services import ongoing_words
from app.services.order_changes import OrderChanges
from app.services.orders import OrderError, OrderService
from app.services.return_desk import ReturnDesk
from app.services.returns import ReturnService

log = logging.getLogger(__name__)

# The refund stays with the store's own POS; `store.refund_when` says when (English only, as
# the command line's other messages).
REFUND_TEXT = {
    "now": "refund: now, in the store's POS",
    "received": "refund: in the store's POS once the warehouse has received the goods",
}


def parse_articles(items: Sequence[str]) -> dict[str, Decimal]:
    """ARTICLE=QTY pairs (article numbers as on the order); the same article twice adds up."""
    if not items:
        raise UsageError("Name at least one article as ARTICLE=QTY, e.g. TS-000001=1.")
    totals: dict[str, Decimal] = {}
    for item in items:
        article, equals, quantity = item.partition("=")
        article = article.strip()
        if not article or not equals:
            raise UsageError(f"{item!r}: write ARTICLE=QTY, e.g. TS-000001=1.")
        try:
            totals[article] = totals.get(article, Decimal(0)) + parse_quantity(quantity)
        except QuantityError as error:
            raise UsageError(f"{item!r}: {error}") from None
    return totals


def _refused(command: str, error: ReturnError) -> int:
    log.info("event=%s_refused reason=%s", command, error.refusal.value)
    print(f"tillside {command}: {error} Nothing was sent.", file=sys.stderr)
    if error.refusal is ReturnRefusal.NOT_RETURNABLE:
        return ExitStatus.NOT_RETURNABLE
    return ExitStatus.USAGE


def _ongoing_failed(command: str, error: OngoingError) -> int:
    log.warning("event=%s_not_sent reason=ongoing error=%s", command, type(error).__name__)
    print(f"tillside {command}: {error} Nothing was sent.", file=sys.stderr)
    if isinstance(error, AuthenticationError):
        return ExitStatus.REFUSED
    return ExitStatus.UNAVAILABLE


async def run_return_command(
    order_number: str,
    items: Sequence[str],
    cause: str,
    comment: str,
    to_warehouse: str | None,
    connection: ConnectionSettings,
    settings: Settings,
) -> int:
    try:
        wanted = parse_articles(items)
    except UsageError as error:
        print(f"tillside return: {error}", file=sys.stderr)
        return ExitStatus.USAGE
    outbox = open_outbox("return")
    if isinstance(outbox, int):
        return outbox
    try:
        async with OngoingClient(connection, words=ongoing_words.describe_for_it) as client:
            returns = ReturnService(client, outbox, settings.store)
            plan = await returns.plan(order_number, wanted, cause, comment, to_warehouse)
            stored = await returns.take(plan)
            entry = await returns.send(stored.checkout_id)
    except ReturnError as error:
        return _refused("return", error)
    except StorageError as error:
        print(f"tillside return: {error} Nothing was sent.", file=sys.stderr)
        return ExitStatus.STORAGE
    except OngoingError as error:
        return _ongoing_failed("return", error)
    finally:
        outbox.close()
    print(f"return number {entry.order_number}")
    print(f"goods go to warehouse {plan.warehouse_code}")
    print(REFUND_TEXT[settings.store.refund_when])
    if entry.state is OutboxState.SENT:
        print(f"Ongoing returnOrderId {entry.ongoing_order_id}")
        return ExitStatus.OK
    print(
        f"tillside return: {entry.order_number} is not confirmed yet: {entry.reason} "
        "It waits in the outbox; `tillside outbox --send` sends it again.",
        file=sys.stderr,
    )
    return ExitStatus.WAITING


async def run_cancel_command(
    order_number: str,
    connection: ConnectionSettings,
    settings: Settings,
    items: Sequence[str] = (),
) -> int:
    """The whole order, or with ARTICLE=QTY items only that many of each (all: the order)."""
    try:
        wanted = parse_articles(items) if items else {}
    except UsageError as error:
        print(f"tillside cancel: {error}", file=sys.stderr)
        return ExitStatus.USAGE
    outbox = open_outbox("cancel")
    if isinstance(outbox, int):
        return outbox
    try:
        async with OngoingClient(connection, words=ongoing_words.describe_for_it) as client:
            if wanted:
                desk = ReturnDesk(
                    ReturnService(client, outbox, settings.store),
                    OrderChanges(client, outbox),
                    OrderService(client, outbox, settings.store),
                )
                return await _cancel_items(desk, order_number, wanted)
            done = await ReturnService(client, outbox, settings.store).cancel(order_number)
    except ReturnError as error:
        return _refused("cancel", error)
    except StorageError as error:
        print(f"tillside cancel: {error}", file=sys.stderr)
        return ExitStatus.STORAGE
    except OngoingError as error:
        return _ongoing_failed("cancel", error)
    finally:
        outbox.close()
    print(f"order {done.order_number} cancelled (Ongoing orderId {done.order_id})")
    return ExitStatus.OK


async def _cancel_items(desk: ReturnDesk, order_number: str, wanted: Mapping[str, Decimal]) -> int:
    """That many of each article off the order; every item of it: the order is cancelled."""
    found = await desk.look_up(order_number)
    lines = {line.article_number: line for line in found.order.lines}
    for article, quantity in wanted.items():
        line = lines.get(article)
        if line is None or quantity > line.ordered:
            most = "it is not on the order" if line is None else f"{line.ordered} ordered"
            print(
                f"tillside cancel: {article}={quantity}: {most}. Nothing was sent.",
                file=sys.stderr,
            )
            return ExitStatus.USAGE
    new = {lines[a].line_id: lines[a].ordered - q for a, q in wanted.items()}
    try:
        if all(new.get(line.line_id, line.ordered) == 0 for line in found.order.lines):
            print(await desk.cancel(found))
            return ExitStatus.OK
        print(await desk.lower(found, new))
    except OrderError as error:  # a row of this PC's outbox the warehouse has started on
        print(f"tillside cancel: {error} Nothing was changed.", file=sys.stderr)
        return ExitStatus.NOT_RETURNABLE
    for line in found.order.lines:
        print(f"{line.article_number}: {new.get(line.line_id, line.ordered)}")
    return ExitStatus.OK
