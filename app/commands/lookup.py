"""`tillside lookup CODE...`: stock per warehouse for barcodes or article numbers."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from decimal import Decimal

from app.ongoing.client import OngoingClient
from app.ongoing.errors import OngoingError
from app.ongoing.settings import ConnectionSettings
from app.services.ongoing_words import describe
from app.services.stock_lookup import StockReport, look_up_codes

EXIT_OK, EXIT_NOT_FOUND, EXIT_USAGE, EXIT_UNAVAILABLE = 0, 1, 2, 3


def _number(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral_value() else str(value)


def format_table(report: StockReport) -> str:
    lines: list[str] = []
    for article in report.articles:
        price = f"  {article.price} " if article.price is not None else ""
        lines.append(f"{article.query}  {article.article_number}  {article.article_name}{price}")
        lines.append(f"  {'Warehouse':<28}{'Code':<8}{'Sellable':>10}{'Physical':>10}")
        for row in article.warehouses:
            lines.append(
                f"  {row.warehouse.name[:27]:<28}{row.warehouse.code[:7]:<8}"
                f"{_number(row.sellable):>10}{_number(row.physical):>10}"
            )
        lines.append("")
    lines.extend(f"{item.query}: {item.message}" for item in report.unresolved)
    lines.append(f"as of {report.fetched_at:%Y-%m-%d %H:%M:%S} UTC")
    return "\n".join(lines)


def format_json(report: StockReport) -> str:
    return json.dumps(
        {
            "fetchedAt": report.fetched_at.isoformat(),
            "articles": [
                {
                    "code": a.query,
                    "articleNumber": a.article_number,
                    "articleName": a.article_name,
                    "price": None if a.price is None else str(a.price),
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
    *,
    codes: Sequence[str],
    api_url: str,
    goods_owner_id: int,
    api_user: str,
    password: str,
    as_json: bool,
) -> int:
    if not api_user or not password:
        print(
            "tillside lookup: set the API user and password in the environment variables "
            "TILLSIDE_API_USER and TILLSIDE_API_PASSWORD.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        settings = ConnectionSettings.from_target(api_url, goods_owner_id, api_user, password)
    except ValueError as error:
        print(f"tillside lookup: {error}", file=sys.stderr)
        return EXIT_USAGE
    try:
        async with OngoingClient(settings, words=describe) as client:
            report = await look_up_codes(client, codes)
    except OngoingError as error:
        print(f"tillside lookup: {error}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    print(format_json(report) if as_json else format_table(report))
    return EXIT_NOT_FOUND if report.unresolved else EXIT_OK
