"""Stock-taking results and other adjustments at the store's warehouse, for its bookkeeping.

Read with `GET /inventoryAdjustments` (article, signed change, cause, comment, time); only
Ongoing's inventory webhook tells a stock-taking count apart (`isCountInventory`), so an
adjustment is marked as one when an event said so, and "not known" otherwise. The CSV is
written for a spreadsheet: UTF-8 with a byte order mark, one adjustment a row. Marking the
exported ones reported in Ongoing (`setReported`) happens only when `events.mark_reported`
is on, because that flag is shared with every other system of the goods owner.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from app.ongoing.client import OngoingClient
from app.services.incoming import ArticleNames, no_names

CSV_COLUMNS = (
    "time_utc",
    "article_number",
    "article_name",
    "change",
    "stock_taking",
    "cause",
    "comment",
    "location",
    "warehouse",
    "inventory_id",
)


@dataclass(frozen=True, slots=True)
class Adjustment:
    inventory_id: int
    article_system_id: int | None
    article_number: str
    name: str
    change: Decimal
    cause: str
    comment: str
    location: str
    warehouse_code: str
    at: datetime | None
    stock_taking: bool | None  # None: no event said (only webhooks tell)


async def adjustments_since(
    client: OngoingClient,
    warehouse_id: int,
    since: datetime,
    counted: Mapping[int, bool] | None = None,
    names: ArticleNames = no_names,
) -> list[Adjustment]:
    """Adjustments at this warehouse (or with no warehouse given) since `since`, newest first;
    `counted` says, per inventory id an event named, whether it was stock-taking."""
    counts = dict(counted or {})
    found: list[Adjustment] = []
    for line in await client.get_inventory_adjustments(since):
        article = line.article
        number = (article.article_number if article else None) or ""
        for item in line.inventory_adjustments or []:
            if item is None or item.inventory_id is None:
                continue
            if item.warehouse is not None and item.warehouse.id != warehouse_id:
                continue
            cause = item.inventory_adjustment_cause
            found.append(
                Adjustment(
                    inventory_id=item.inventory_id,
                    article_system_id=article.article_system_id if article else None,
                    article_number=number,
                    name=(article.article_name if article else None) or names(number),
                    change=item.number_of_items,
                    cause=(cause.name or cause.code or "") if cause else "",
                    comment=item.inventory_item_comment or item.article_item_comment or "",
                    location=item.location or "",
                    warehouse_code=(item.warehouse.code or "") if item.warehouse else "",
                    at=item.inventory_time,
                    stock_taking=counts.get(item.inventory_id),
                )
            )
    found.sort(key=lambda a: (a.at is not None, a.at, a.inventory_id), reverse=True)
    return found


def as_csv(adjustments: Iterable[Adjustment]) -> str:
    """The adjustments as CSV text (comma-separated, quoted where needed)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for a in adjustments:
        writer.writerow(
            (
                a.at.strftime("%Y-%m-%d %H:%M:%S") if a.at else "",
                a.article_number,
                a.name,
                format(a.change.normalize(), "f"),
                {True: "yes", False: "no", None: ""}[a.stock_taking],
                a.cause,
                a.comment,
                a.location,
                a.warehouse_code,
                a.inventory_id,
            )
        )
    return out.getvalue()


def write_csv(adjustments: Iterable[Adjustment], path: Path) -> None:
    """Write the file whole or not at all (a temporary file, then renamed); OSError on a full
    disk or a folder that refuses it."""
    temporary = path.with_name(path.name + ".part")
    temporary.write_text(as_csv(adjustments), encoding="utf-8-sig", newline="")
    temporary.replace(path)


async def mark_reported(client: OngoingClient, adjustments: Iterable[Adjustment]) -> int:
    """Mark each adjustment reported in Ongoing; how many were marked."""
    marked = 0
    for a in adjustments:
        if a.article_system_id is None:
            continue
        await client.set_adjustment_reported(a.inventory_id, a.article_system_id)
        marked += 1
    return marked
