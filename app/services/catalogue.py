"""The local catalogue: every article and warehouse, indexed so a scan resolves without a request.

Loaded once at start-up with cursor paging and refreshed incrementally, so the scan path
spends its one network round trip on fresh stock, never on finding the article. A code it
does not hold (the catalogue is still loading, or the article was created since) is asked
of Ongoing directly, so the till sells from its first second, whatever the catalogue's size.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from app.domain.barcodes import ScanKind, ScannedCode, gtin_variants
from app.domain.money import usable_price
from app.domain.stock import WarehouseInfo
from app.ongoing.client import OngoingClient
from app.ongoing.models import Article, Warehouse

log = logging.getLogger(__name__)

CATALOGUE_PAGE_SIZE = 1000
ADD_SLICE = 100  # articles indexed between two turns of the event loop (~4 ms)
# Ongoing's change filters look back at most a day; overlap a little so no edit slips through.
REFRESH_OVERLAP = timedelta(minutes=2)


@dataclass(frozen=True, slots=True)
class CatalogueArticle:
    """An article as the till sells it. `price` is Ongoing's `customerPrice` when usable (see
    app/domain/money.py): in the store's currency, as Ongoing states none for it."""

    system_id: int
    number: str
    name: str
    price: Decimal | None
    barcodes: tuple[str, ...]


def to_catalogue_article(article: Article) -> CatalogueArticle:
    info = article.bar_code_info
    codes: list[str] = []
    if info is not None:
        codes += [info.bar_code or "", info.bar_code_package or "", info.bar_code_pallet or ""]
        codes += [alt.bar_code or "" for alt in info.alternative_bar_codes or [] if alt]
    return CatalogueArticle(
        system_id=article.article_system_id,
        number=article.article_number or "",
        name=article.article_name or "",
        price=usable_price(article.customer_price),  # never purcaseCurrencyCode: the supplier's
        barcodes=tuple(code.strip() for code in codes if code and code.strip()),
    )


def to_warehouse_info(warehouse: Warehouse) -> WarehouseInfo:
    address = warehouse.address
    lines: tuple[str, ...] = ()
    hours = ""
    if address is not None:
        town = " ".join(part for part in (address.post_code, address.city) if part)
        lines = tuple(part for part in (address.address1, address.address2, town) if part)
        hours = address.address_free_text1 or ""
    return WarehouseInfo(
        id=warehouse.id,
        code=warehouse.code or str(warehouse.id),
        name=warehouse.name or warehouse.code or f"Warehouse {warehouse.id}",
        address_lines=lines,
        opening_hours=hours,
    )


class Catalogue:
    """Articles by every barcode variant and by article number; warehouses by id."""

    def __init__(self) -> None:
        self.warehouses: dict[int, WarehouseInfo] = {}
        self._by_number: dict[str, CatalogueArticle] = {}
        self._by_barcode: dict[str, CatalogueArticle] = {}
        self.loaded_at: datetime | None = None

    def __len__(self) -> int:
        return len(self._by_number)

    def add(self, articles: Iterable[CatalogueArticle]) -> None:
        for article in articles:
            previous = self._by_number.get(article.number)
            if previous is not None:
                for code in previous.barcodes:
                    for variant in gtin_variants(code) or (code,):
                        if self._by_barcode.get(variant) is previous:
                            del self._by_barcode[variant]
            self._by_number[article.number] = article
            for code in article.barcodes:
                for variant in gtin_variants(code) or (code,):
                    self._by_barcode.setdefault(variant, article)

    def add_from_ongoing(self, articles: Iterable[Article]) -> None:
        """Ongoing's articles as catalogue entries; one without an article number is unsellable."""
        self.add(to_catalogue_article(a) for a in articles if a.article_number)

    def resolve(self, scanned: ScannedCode) -> CatalogueArticle | None:
        """The article a scan means: by barcode for GTIN-family codes, else by number."""
        if scanned.kind is not ScanKind.ARTICLE_NUMBER:
            for key in scanned.lookup_keys:
                found = self._by_barcode.get(key)
                if found is not None:
                    return found
        return self._by_number.get(scanned.code) or self._by_barcode.get(scanned.code)

    async def look_up(self, client: OngoingClient, scanned: ScannedCode) -> CatalogueArticle | None:
        """Ask Ongoing for a code this catalogue does not hold; keep and return what it finds.

        The same order as `resolve`: barcodes (every variant) for GTIN-family codes, then
        the code as an article number. One request when the first answer finds it.
        """
        if scanned.kind is not ScanKind.ARTICLE_NUMBER:
            self.add_from_ongoing(await client.get_articles_by_barcodes(scanned.lookup_keys))
            found = self.resolve(scanned)
            if found is not None:
                return found
        self.add_from_ongoing(await client.get_articles_by_numbers([scanned.code]))
        return self.resolve(scanned)

    def by_number(self, number: str) -> CatalogueArticle | None:
        return self._by_number.get(number)

    async def load(self, client: OngoingClient) -> None:
        started = time.perf_counter()
        loaded_at = datetime.now(UTC)
        self.warehouses = {w.id: to_warehouse_info(w) for w in await client.get_warehouses()}
        async for page in client.iter_articles(page_size=CATALOGUE_PAGE_SIZE):
            for start in range(0, len(page), ADD_SLICE):  # the till's keys are served between
                self.add_from_ongoing(page[start : start + ADD_SLICE])
                await asyncio.sleep(0)
        self.loaded_at = loaded_at
        log.info(
            "event=catalogue_loaded articles=%d warehouses=%d ms=%.0f",
            len(self),
            len(self.warehouses),
            (time.perf_counter() - started) * 1000,
        )

    async def refresh(self, client: OngoingClient) -> int:
        """Fetch only the articles changed since the last load or refresh; returns how many."""
        if self.loaded_at is None:
            await self.load(client)
            return len(self)
        since = self.loaded_at - REFRESH_OVERLAP
        refreshed_at = datetime.now(UTC)
        changed = await client.get_articles_changed_since(since)
        self.add_from_ongoing(changed)
        self.loaded_at = refreshed_at
        if changed:
            log.info("event=catalogue_refreshed changed=%d", len(changed))
        return len(changed)
