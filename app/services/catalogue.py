"""The local catalogue: every article and warehouse, indexed so a scan resolves without a request.

Loaded once at start-up with cursor paging and refreshed incrementally, so the scan path
spends its one network round trip on fresh stock, never on finding the article. A code it
does not hold (the catalogue is still loading, or the article was created since) is asked
of Ongoing directly, so the till sells from its first second, whatever the catalogue's size.

Barcodes match exactly (they are digits). Article numbers are case-sensitive strings in
Ongoing, but a cashier types "ts-000013" for TS-000013: a typed number that matches no
article exactly is asked of Ongoing in its usual spellings, and then matches whatever the
case, unless two articles differ only by case: then only the exact one is ever taken.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from app.domain.articles import CatalogueArticle, Withdrawal
from app.domain.barcodes import ScanKind, ScannedCode, gtin_variants, parse_scan
from app.domain.money import usable_price
from app.domain.stock import WarehouseInfo
from app.ongoing.client import OngoingClient
from app.ongoing.models import Article, Warehouse
from app.services.article_search import ArticleSearch, SearchIndex, SearchResult

__all__ = ["ArticleMatches", "Catalogue", "CatalogueArticle", "Withdrawal"]

log = logging.getLogger(__name__)

CATALOGUE_PAGE_SIZE = 1000
ADD_SLICE = 100  # articles indexed between two turns of the event loop (~4 ms)
# Ongoing's change filters look back at most a day; overlap a little so no edit slips through.
REFRESH_OVERLAP = timedelta(minutes=2)


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
        withdrawn=withdrawal_of(article),
    )


def withdrawal_of(article: Article) -> Withdrawal | None:
    """Why Ongoing no longer sells this article, if it does not: set inactive, or obsolete."""
    if article.is_active is False:
        return Withdrawal.INACTIVE
    storage = article.storage_properties
    if storage is not None and storage.is_obsolete:
        return Withdrawal.OBSOLETE
    return None


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


@dataclass(frozen=True, slots=True)
class ArticleMatches:
    """What the cashier typed into the search (F2) and the articles it finds, best first.

    `exact`: the article the text names as a code (a barcode, or its article number
    whatever the case), listed first. `total`: how many match in all, of which `articles`
    holds the first.
    """

    query: str
    articles: tuple[CatalogueArticle, ...]
    total: int
    exact: CatalogueArticle | None

    def chosen(self, row: int | None) -> CatalogueArticle | str | None:
        """What Enter takes: the highlighted article, or the text as a code to look up.

        A barcode the catalogue does not hold is looked up as if scanned, whatever the list
        shows, so that a scanner's keys landing in the search are never taken for a name;
        with nothing listed, the text is looked up as a code (Ongoing may know it).
        """
        if self.exact is None and self.is_barcode:
            return self.query
        if row is not None and 0 <= row < len(self.articles):
            return self.articles[row]
        return self.query if self.query.strip() else None

    @property
    def is_barcode(self) -> bool:
        scanned = parse_scan(self.query)
        return isinstance(scanned, ScannedCode) and scanned.kind is not ScanKind.ARTICLE_NUMBER


class Catalogue:
    """Articles by every barcode variant and by article number; warehouses by id.

    This one holds them in memory (the command line's one-shot lookups, tests); the till's
    keeps them on disk (`app/services/disk_catalogue.py`), answering the same questions
    through the `_find_*` methods. `search` (F2) finds articles by words of their names or
    the start of their numbers, behind `ArticleSearch`.
    """

    def __init__(self, search: ArticleSearch | None = None) -> None:
        self.warehouses: dict[int, WarehouseInfo] = {}
        self._by_number: dict[str, CatalogueArticle] = {}
        # Numbers in mixed case ("Ts-13"), by their casefolded form; the others are found by
        # trying the typed code in capitals and in small letters, which costs no memory.
        self._mixed_case: dict[str, set[str]] = {}
        self._by_barcode: dict[str, CatalogueArticle] = {}
        self._search: ArticleSearch = search if search is not None else SearchIndex()
        self.loaded_at: datetime | None = None
        self._withdrawn = 0  # articles held that are no longer sold
        self.refresh_due = False  # ready from an older copy: ask what changed at once
        # Called when the file behind the catalogue turns out damaged (the disk catalogue):
        # the owner starts the rebuild (`refresh`) at once, in the background.
        self.on_damage: Callable[[], None] | None = None

    def __len__(self) -> int:
        """Articles that may be sold."""
        return len(self._by_number) - self._withdrawn

    def add(self, articles: Iterable[CatalogueArticle]) -> None:
        for article in articles:
            previous = self._by_number.get(article.number)
            if previous is not None:
                for code in previous.barcodes:
                    for variant in gtin_variants(code) or (code,):
                        if self._by_barcode.get(variant) is previous:
                            del self._by_barcode[variant]
            else:
                self._fold_number(article.number)
            self._withdrawn += (article.withdrawn is not None) - (
                previous is not None and previous.withdrawn is not None
            )
            self._by_number[article.number] = article
            if article.withdrawn is None:
                self._search.put(article.number, article.name)
            for code in article.barcodes:
                for variant in gtin_variants(code) or (code,):
                    known = self._by_barcode.get(variant)
                    if known is None or (known.withdrawn and not article.withdrawn):
                        self._by_barcode[variant] = article

    def _fold_number(self, number: str) -> None:
        if number not in (number.upper(), number.lower()):
            self._mixed_case.setdefault(number.casefold(), set()).add(number)

    def add_from_ongoing(self, articles: Iterable[Article]) -> None:
        """Ongoing's articles as catalogue entries; one without an article number is unsellable."""
        self.add(to_catalogue_article(a) for a in articles if a.article_number)

    async def _keep(self, articles: list[Article]) -> None:
        """Keep what a look-up found (the disk catalogue writes it in a worker thread)."""
        self.add_from_ongoing(articles)

    # --- the questions, answered from memory (the disk catalogue asks its file first) ---

    def _find_number(self, number: str) -> CatalogueArticle | None:
        return self._by_number.get(number)

    def _find_barcode(self, code: str) -> CatalogueArticle | None:
        return self._by_barcode.get(code)

    def _numbers_but_case(self, code: str) -> set[str]:
        """Numbers that equal `code` but for case (the typed code included when held)."""
        typed = code.strip()
        folded = typed.casefold()
        found = set(self._mixed_case.get(folded, ()))
        for spelling in (typed, typed.upper(), typed.lower()):
            if spelling in self._by_number and spelling.casefold() == folded:
                found.add(spelling)
        return found

    def _find_numbers(self, numbers: tuple[str, ...]) -> dict[str, CatalogueArticle]:
        return {n: self._by_number[n] for n in numbers if n in self._by_number}

    # --- resolving a scan ---

    def resolve(self, scanned: ScannedCode) -> CatalogueArticle | None:
        """The article a scan means: by barcode for GTIN-family codes, else by number."""
        if scanned.kind is not ScanKind.ARTICLE_NUMBER:
            for key in scanned.lookup_keys:
                found = self._find_barcode(key)
                if found is not None:
                    return found
        return self._find_number(scanned.code) or self._find_barcode(scanned.code)

    def resolve_ignoring_case(self, code: str) -> CatalogueArticle | None:
        """The one article whose number is `code` but for case; None when there is none, or
        when several differ only by case (AB-1 and ab-1 typed as Ab-1: which one is meant
        cannot be told, and taking the wrong one would sell the wrong goods)."""
        found = self._numbers_but_case(code)
        return self._find_number(found.pop()) if len(found) == 1 else None

    def case_twins(self, code: str) -> tuple[str, ...]:
        """The article numbers that equal `code` but for case, when there are several."""
        found = self._numbers_but_case(code)
        return tuple(sorted(found)) if len(found) > 1 else ()

    async def look_up(self, client: OngoingClient, scanned: ScannedCode) -> CatalogueArticle | None:
        """Ask Ongoing for a code this catalogue does not hold exactly; keep and return what
        it finds.

        The same order as `resolve`: barcodes (every variant) for GTIN-family codes, then
        the code as an article number: as typed, in capitals and in small letters, in one
        request, since Ongoing compares numbers exactly. Asked even when this catalogue holds
        the number in another case, so an article with exactly the number typed, created
        since the catalogue loaded, is the one taken.
        """
        if scanned.kind is not ScanKind.ARTICLE_NUMBER:
            await self._keep(await client.get_articles_by_barcodes(scanned.lookup_keys))
            found = self.resolve(scanned)
            if found is not None:
                return found
        spellings = dict.fromkeys((scanned.code, scanned.code.upper(), scanned.code.lower()))
        await self._keep(await client.get_articles_by_numbers(list(spellings)))
        return self.resolve(scanned) or self.resolve_ignoring_case(scanned.code)

    def search(self, query: str, limit: int = 50) -> ArticleMatches:
        """Articles for the search (F2): the one the text names as a code first, then those
        whose numbers start with it, then those with every word of it in their names.
        Articles no longer sold are left out."""
        scanned = parse_scan(query)
        exact = None
        if isinstance(scanned, ScannedCode):
            exact = self.resolve(scanned) or self.resolve_ignoring_case(scanned.code)
            exact = exact if exact is not None and exact.withdrawn is None else None
        found = self._search_numbers(query, limit)
        held = self._find_numbers(found.numbers)
        articles = [held[n] for n in found.numbers if n in held]
        sellable = [article for article in articles if article.withdrawn is None]
        total = found.total - (len(found.numbers) - len(sellable))
        articles = sellable
        if exact is not None:
            if exact in articles:
                articles.remove(exact)
            else:
                total += 1
            articles = [exact, *articles[: limit - 1]]
        return ArticleMatches(query, tuple(articles), total, exact)

    def _search_numbers(self, query: str, limit: int) -> SearchResult:
        return self._search.search(query, limit)

    def by_number(self, number: str) -> CatalogueArticle | None:
        return self._find_number(number)

    # --- loading and refreshing ---

    async def start(self, client: OngoingClient) -> None:
        """Ready to sell from the whole catalogue: here, loaded from Ongoing."""
        await self.load_first(client)

    async def load_first(self, client: OngoingClient) -> None:
        """The whole catalogue from Ongoing, the first time this run: at start, or by the
        recovery loop when Ongoing was away then. Logs `catalogue_ready` either way, so the
        log tells when the till could sell from its whole catalogue."""
        started = time.perf_counter()
        await self.load(client)
        ms = (time.perf_counter() - started) * 1000
        log.info("event=catalogue_ready source=ongoing articles=%d ms=%.0f", len(self), ms)

    async def settle(self) -> None:
        """Work left after the start, in the background (the disk catalogue: the search)."""

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

    def close(self) -> None:
        """Let go of what the catalogue holds open (the disk catalogue: its file)."""
