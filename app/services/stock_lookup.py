"""Fresh stock per warehouse: one request per scan, concurrent scans coalesced, order kept.

Every fetch asks Ongoing for the scanned article and the rest of the basket in one request,
so "which warehouse can supply everything" is as fresh as the figure just scanned. Answers
carry a sequence number; an older answer never replaces a newer one.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from app.domain.barcodes import ScanKind, ScannedCode, ScanProblem, parse_scan
from app.domain.stock import StockFigure, StockSnapshot, WarehouseInfo
from app.ongoing.client import OngoingClient
from app.ongoing.models import ArticleInventory

if TYPE_CHECKING:
    from app.services.catalogue import Catalogue

log = logging.getLogger(__name__)

MAX_REQUESTS_IN_FLIGHT = 2
MAX_ARTICLES_PER_FETCH = 100


def to_snapshot(inventory: ArticleInventory, fetched_at: datetime) -> StockSnapshot:
    figures = {
        row.warehouse_id: StockFigure(
            warehouse_id=row.warehouse_id,
            sellable=row.sellable_number_of_items,
            physical=row.number_of_items,
        )
        for row in inventory.inventory_per_warehouse or []
        if row is not None
    }
    return StockSnapshot(inventory.article_number or "", figures, fetched_at)


class StockBook:
    """The latest figures per article, with the request sequence that produced them."""

    def __init__(self, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.clock = clock
        self._snapshots: dict[str, tuple[int, StockSnapshot]] = {}
        self._sequence = 0
        self._queued: dict[str, asyncio.Future[None]] = {}
        self._slots = asyncio.Semaphore(MAX_REQUESTS_IN_FLIGHT)
        self.requests_sent = 0
        # Per article, the warehouses whose figure changed when it was fetched because goods
        # arrived or stock was counted: marked on screen until the till fetches it again.
        self.marked_new: dict[str, frozenset[int]] = {}

    def get(self, article_number: str) -> StockSnapshot | None:
        entry = self._snapshots.get(article_number)
        return None if entry is None else entry[1]

    def snapshots(self) -> dict[str, StockSnapshot]:
        return {number: snapshot for number, (_, snapshot) in self._snapshots.items()}

    def forget_except(self, keep: Iterable[str]) -> None:
        """Drop figures no longer needed, so memory stays bounded over a long day."""
        wanted = set(keep)
        for number in [n for n in self._snapshots if n not in wanted]:
            del self._snapshots[number]

    def store(self, sequence: int, snapshot: StockSnapshot) -> bool:
        current = self._snapshots.get(snapshot.article_number)
        if current is not None and current[0] > sequence:
            return False  # an older answer arrived late: keep the newer figures
        self._snapshots[snapshot.article_number] = (sequence, snapshot)
        return True

    async def refresh(self, client: OngoingClient, article_numbers: Sequence[str]) -> None:
        """Fresh figures for these articles. Raises the client's error when Ongoing fails."""
        numbers = list(dict.fromkeys(n for n in article_numbers if n))[:MAX_ARTICLES_PER_FETCH]
        if not numbers:
            return
        for number in numbers:
            self.marked_new.pop(number, None)
        loop = asyncio.get_running_loop()
        waiting: list[asyncio.Future[None]] = []
        to_send: dict[str, asyncio.Future[None]] = {}
        for number in numbers:
            if number in self._queued:
                waiting.append(self._queued[number])
            else:
                future = loop.create_future()
                self._queued[number] = future
                to_send[number] = future
                waiting.append(future)
        if to_send:
            await self._send_queued(client)
        results = await asyncio.gather(*waiting, return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException):
                raise result

    async def _send_queued(self, client: OngoingClient) -> None:
        async with self._slots:
            batch = self._queued
            if not batch:
                return  # another caller took our articles along in its request
            self._queued = {}
            self._sequence += 1
            sequence = self._sequence
            started = time.perf_counter()
            self.requests_sent += 1
            try:
                inventories = await client.get_inventory_per_warehouse(list(batch))
            except BaseException as error:
                for future in batch.values():
                    if not future.done():
                        future.set_exception(error)
                        future.exception()  # retrieved here; each waiter re-raises it
                raise
            fetched_at = self.clock()
            for inventory in inventories:
                self.store(sequence, to_snapshot(inventory, fetched_at))
            for number, future in batch.items():
                if self.get(number) is None:  # Ongoing knows no stock for it: show zeros
                    self.store(sequence, StockSnapshot(number, {}, fetched_at))
                if not future.done():
                    future.set_result(None)
            log.debug(
                "event=stock_fetched articles=%d ms=%.1f",
                len(batch),
                (time.perf_counter() - started) * 1000,
            )


# --- one-shot lookups for the command line and self-test (no local catalogue) ---


@dataclass(frozen=True, slots=True)
class WarehouseStock:
    warehouse: WarehouseInfo
    sellable: Decimal
    physical: Decimal


@dataclass(frozen=True, slots=True)
class ArticleStock:
    query: str
    article_number: str
    article_name: str
    price: Decimal | None
    warehouses: tuple[WarehouseStock, ...]


@dataclass(frozen=True, slots=True)
class UnresolvedCode:
    query: str
    message: str


@dataclass(frozen=True, slots=True)
class StockReport:
    articles: tuple[ArticleStock, ...]
    unresolved: tuple[UnresolvedCode, ...]
    fetched_at: datetime


async def look_up_codes(client: OngoingClient, codes: Sequence[str]) -> StockReport:
    """Resolve codes through Ongoing itself and report stock in every warehouse."""
    from app.services.catalogue import Catalogue, to_catalogue_article, to_warehouse_info

    parsed: list[tuple[str, ScannedCode | ScanProblem]] = [(c, parse_scan(c)) for c in codes]
    unresolved = [
        UnresolvedCode(code, result.message)
        for code, result in parsed
        if isinstance(result, ScanProblem)
    ]
    scanned = [(code, result) for code, result in parsed if isinstance(result, ScannedCode)]
    barcode_keys = [
        key for _, s in scanned if s.kind is not ScanKind.ARTICLE_NUMBER for key in s.lookup_keys
    ]
    # Ongoing compares article numbers exactly; a person types them in any case.
    numbers = [form for _, s in scanned for form in (s.code, s.code.upper(), s.code.lower())]
    numbers = list(dict.fromkeys(numbers))
    catalogue = Catalogue()
    if barcode_keys:
        catalogue.add(
            map(to_catalogue_article, await client.get_articles_by_barcodes(barcode_keys))
        )
    catalogue.add(map(to_catalogue_article, await client.get_articles_by_numbers(numbers)))
    warehouses = [to_warehouse_info(w) for w in await client.get_warehouses()]
    found = [
        (code, catalogue.resolve(s) or catalogue.resolve_ignoring_case(s.code))
        for code, s in scanned
    ]
    unresolved += [_not_found(catalogue, code) for code, article in found if article is None]
    book = StockBook()
    await book.refresh(client, [a.number for _, a in found if a is not None])
    articles = []
    for code, article in found:
        if article is None:
            continue
        snapshot = book.get(article.number)
        rows = tuple(
            WarehouseStock(
                w,
                snapshot.sellable_in(w.id) if snapshot else Decimal(0),
                snapshot.figures[w.id].physical
                if snapshot and w.id in snapshot.figures
                else Decimal(0),
            )
            for w in warehouses
        )
        articles.append(ArticleStock(code, article.number, article.name, article.price, rows))
    return StockReport(tuple(articles), tuple(unresolved), book.clock())


def _not_found(catalogue: Catalogue, code: str) -> UnresolvedCode:
    twins = catalogue.case_twins(code)
    if twins:
        return UnresolvedCode(
            code,
            f"{code} could be any of {', '.join(twins)}, whose article numbers differ only "
            "in capitals: give the one meant exactly.",
        )
    return UnresolvedCode(code, f"{code} is not in Ongoing's catalogue.")
