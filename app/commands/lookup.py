"""`tillside lookup CODE...`: stock per warehouse for barcodes or article numbers."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from decimal import Decimal

from app.commands.exit_status import ExitStatus
from app.domain.money import DEFAULT_CURRENCY, currency_decimals
from app.ongoing.client import OngoingClient
from app.ongoing.errors import AuthenticationError, OngoingError
from app.ongoing.settings import ConnectionSettings
from app.services.ongoing_words import describe_for_it
from app.services.stock_lookup import StockReport, look_up_codes


def _number(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral_value() else str(value)


def _money(value: Decimal, currency: str) -> str:
    """64.9 from Ongoing's JSON reads 64.90 SEK, as on the shelf label."""
    places = Decimal(1).scaleb(-currency_decimals(currency))
    return f"{value.quantize(places)} {currency}"


def format_table(report: StockReport, currency: str = DEFAULT_CURRENCY) -> str:
    """Prices are read in the store's currency (`store.currency`), as the till reads them."""
    lines: list[str] = []
    for article in report.articles:
        price = f"  {_money(article.price, currency)}" if article.price is not None else ""
        lines.append(f"{article.query}  {article.article_number}  {article.article_name}{price}")
        lines.append(f"  {'Warehouse':<28}{'Code':<8}{'Sellable':>10}{'Physical':>10}")
        for row in article.warehouses:
            lines.append(
                f"  {row.warehouse.name[:27]:<28}{row.warehouse.code[:7]:<8}"
                f"{_number(row.sellable):>10}{_number(row.physical):>10}"
            )
        lines.append("")
    lines.extend(f"{item.query}: {item.message}" for item in report.unresolved)
    local = report.fetched_at.astimezone()  # this PC's time zone, as IT reads a clock
    lines.append(f"as of {local:%Y-%m-%d %H:%M:%S} {local.tzname() or ''}".rstrip())
    return "\n".join(lines)


def format_json(report: StockReport, currency: str = DEFAULT_CURRENCY) -> str:
    return json.dumps(
        {
            "fetchedAt": report.fetched_at.isoformat(),
            "articles": [
                {
                    "code": a.query,
                    "articleNumber": a.article_number,
                    "articleName": a.article_name,
                    "price": None if a.price is None else str(a.price),
                    "currency": None if a.price is None else currency,
                    "warehouses": [
                        {
                            "warehouseId": r.warehouse.id,
                            "code": r.warehouse.code,
                            "name": r.warehouse.name,
                            "sellable": str(r.sellable),
                            "physical": str(r.physical),
                        }
                        for r in a.warehouses
                    ],
                }
                for a in report.articles
            ],
            "unresolved": [{"code": u.query, "message": u.message} for u in report.unresolved],
        },
        ensure_ascii=False,
        indent=2,
    )


async def run_lookup_command(
    codes: Sequence[str],
    connection: ConnectionSettings,
    *,
    as_json: bool,
    currency: str = DEFAULT_CURRENCY,
) -> int:
    """Stock for the codes; a sentence in IT's words and its exit status when Ongoing fails."""
    try:
        async with OngoingClient(connection, words=describe_for_it) as client:
            report = await look_up_codes(client, codes)
    except AuthenticationError as error:
        print(f"tillside lookup: {error}", file=sys.stderr)
        return ExitStatus.REFUSED
    except OngoingError as error:
        print(f"tillside lookup: {error}", file=sys.stderr)
        return ExitStatus.UNAVAILABLE
    except ValueError as error:  # a code the client refuses before sending (too long, empty)
        print(f"tillside lookup: {error}", file=sys.stderr)
        return ExitStatus.USAGE
    print(format_json(report, currency) if as_json else format_table(report, currency))
    return ExitStatus.WAITING if report.unresolved else ExitStatus.OK
