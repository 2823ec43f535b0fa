"""The checkout use case: scans in, basket and fresh stock out, without any widgets.

The window only renders this object and forwards keys to it, so every rule of the till
(what a scan does, what happens offline, what survives a restart) is tested without Qt.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from app.domain.barcodes import ScannedCode, ScanProblem, parse_scan
from app.domain.basket import Basket, BasketLine
from app.domain.money import DEFAULT_CURRENCY, Total
from app.domain.stock import (
    Coverage,
    StockSnapshot,
    WarehouseInfo,
    WarehousePreference,
    cover,
    rank_warehouses,
)
from app.domain.text_values import filled
from app.domain.texts import translate
from app.ongoing.client import OngoingClient
from app.ongoing.errors import OngoingError
from app.persistence.json_file import JsonFile
from app.services.background_save import BackgroundSaver
from app.services.catalogue import ArticleMatches, Catalogue, CatalogueArticle
from app.services.notices import (
    CheckoutListeners,
    ConnectionState,
    Notice,
    NoticeLevel,
    ScanFailure,
)
from app.services.polling import Backoff
from app.services.stock_lookup import StockBook
from app.services.tasks import TaskRegistry

__all__ = [
    "CheckoutListeners",
    "CheckoutSession",
    "ConnectionState",
    "Notice",
    "NoticeLevel",
]

log = logging.getLogger(__name__)

RECOVERY_FIRST_DELAY_S = 2.0
RECOVERY_MAX_DELAY_S = 30.0
CATALOGUE_REFRESH_S = 300.0
CATALOGUE_REBUILD = "catalogue-rebuild"


@dataclass(frozen=True, slots=True)
class Availability:
    """The basket against every warehouse, as the stock panel shows it.

    `rows` are the warehouses with something of the basket (or not known yet), best first;
    `without_any` those whose figures say they hold none of it (folded on screen).
    """

    articles: tuple[str, ...]  # the basket's article numbers, in its order
    names: tuple[str, ...]
    current: str | None  # the article scanned last
    rows: tuple[Coverage, ...]
    without_any: tuple[WarehouseInfo, ...]
    fetched_at: datetime | None  # the oldest figures shown
    stale: bool
    # (article, warehouse) figures that changed when fetched because goods arrived or stock
    # was counted
    new: frozenset[tuple[str, int]] = frozenset()


@dataclass
class CheckoutSession:
    client: OngoingClient
    catalogue: Catalogue = field(default_factory=Catalogue)
    basket_file: JsonFile | None = None
    preference: WarehousePreference = field(default_factory=WarehousePreference)
    stale_after: timedelta = timedelta(minutes=2)
    currency: str = DEFAULT_CURRENCY  # the store's (store.currency): every price is read in it
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    listeners: CheckoutListeners = field(default_factory=CheckoutListeners)

    def __post_init__(self) -> None:
        self.basket = Basket()
        self.stock = StockBook(clock=self.clock)
        self.current_article: str | None = None
        self.connection = ConnectionState()
        self.tasks = TaskRegistry()
        self.scan_timings_ms: deque[float] = deque(maxlen=1000)  # bounded over a long day
        self._saver: BackgroundSaver | None = None
        self.lookup_in_flight: str | None = None  # the scanned article whose figures are coming
        # Lines of articles Ongoing no longer sells, by article number: marked on screen
        # until the cashier removes them (`_recheck_basket`)
        self.withdrawn_lines: dict[str, CatalogueArticle] = {}
        self.catalogue.on_damage = self._rebuild_catalogue
        if self.basket_file is not None:
            self._saver = BackgroundSaver(
                self.basket_file, self._basket_not_saved, self._basket_saved_again
            )
            saved = self.basket_file.load()
            if saved:
                self.basket = Basket.from_dict(saved)

    def _basket_not_saved(self, error: OSError) -> None:
        self.listeners.notice(
            Notice(
                NoticeLevel.WARNING,
                filled(
                    translate(
                        "Checkout",
                        "The basket cannot be saved on this PC ({problem}): it stays on the "
                        "screen, but would be lost if the till stopped. Tell IT.",
                    ),
                    problem=error.strerror or type(error).__name__,
                ),
            )
        )

    def _basket_saved_again(self) -> None:
        self.listeners.notice(
            Notice(NoticeLevel.INFO, translate("Checkout", "The basket is saved again."))
        )

    # --- start-up and shutdown ---

    async def start(self) -> None:
        """Ready the catalogue (from this PC's disk, or loaded from Ongoing), then keep it
        fresh; when Ongoing is away, keep retrying in the background."""
        try:
            await self.catalogue.start(self.client)
        except OngoingError as error:
            self._went_offline(error)
            self.tasks.start("recover", self._recover())
            return
        self._catalogue_ready()
        if self.basket.lines:
            self.tasks.start("stock", self.refresh_stock())

    def _catalogue_ready(self) -> None:
        self.listeners.catalogue_loaded()
        self._recheck_basket()
        self.tasks.start("catalogue-settle", self.catalogue.settle())
        self.tasks.start("catalogue-refresh", self._refresh_catalogue_periodically())

    async def close(self) -> None:
        await self.tasks.close()
        if self._saver is not None:
            await self._saver.flush()
        self.catalogue.close()

    # --- scanning ---

    async def scan(self, text: str) -> bool:
        """Handle one scanned or typed code; True when it went into the basket."""
        started = time.perf_counter()
        result = parse_scan(text)
        if isinstance(result, ScanProblem):
            self.listeners.scan_failed(ScanFailure(text.strip(), result.text))
            log.info("event=scan_refused reason=%s", result.reason.name)
            return False
        article = self.catalogue.resolve(result)
        if article is None:  # still loading, created since it loaded, typed in another case,
            try:  # or not in Ongoing
                article = await self.catalogue.look_up(self.client, result)
            except OngoingError as error:
                self._went_offline(error)
                article = self.catalogue.resolve_ignoring_case(result.code)  # the best known
                if article is None:
                    unreachable = translate(
                        "Checkout",
                        "Code {code} is not in the articles loaded so far, and Ongoing "
                        "cannot be reached to ask. Scan it again when it is back.",
                    )
                    self.listeners.scan_failed(
                        ScanFailure(result.code, filled(unreachable, code=result.code))
                    )
                    log.info("event=scan_unresolved kind=%s", result.kind.name)
                    return False
            if article is not None:
                log.info("event=article_looked_up article=%s", article.number)
        if article is None:
            self._unknown_code(result.code, result.kind.name)
            return False
        if article.withdrawn is not None:
            self._not_sold(result.code, article)
            return False
        return await self._sell(article, started)

    async def take(self, article_number: str) -> bool:
        """An article the cashier picked in the search (F2): into the basket as if scanned.

        By its exact number: the list showed it, so no other spelling is meant.
        """
        started = time.perf_counter()
        article = self.catalogue.by_number(article_number)
        if article is None:
            self._unknown_code(article_number, "PICKED")
            return False
        if article.withdrawn is not None:
            self._not_sold(article_number, article)
            return False
        log.info("event=article_picked article=%s", article.number)
        return await self._sell(article, started)

    def find_articles(self, query: str, limit: int = 50) -> ArticleMatches:
        """The search (F2): articles by name, number or code, best first; no request."""
        return self.catalogue.search(query, limit)

    def _unknown_code(self, code: str, kind: str) -> None:
        twins = self.catalogue.case_twins(code)
        if twins:
            several = translate(
                "Checkout",
                "{code} could be any of {numbers}: their article numbers differ only in "
                "capitals. Type the one meant exactly, or find it with F2.",
            )
            text = filled(several, code=code, numbers=", ".join(twins))
            self.listeners.scan_failed(ScanFailure(code, text))
            log.info("event=scan_ambiguous_case kind=%s", kind)
            return
        unknown = translate("Checkout", "Unknown code {code}: not in Ongoing.")
        self.listeners.scan_failed(ScanFailure(code, filled(unknown, code=code), not_found=True))
        log.info("event=scan_unknown kind=%s", kind)

    def _not_sold(self, code: str, article: CatalogueArticle) -> None:
        """An article Ongoing no longer sells (set inactive, obsolete, or deleted) is refused."""
        refused = translate(
            "Checkout",
            "{number} {name} is no longer sold: Ongoing has taken it out of the range. "
            "Do not sell it; put it aside and tell the store manager.",
        )
        text = filled(refused, number=article.number, name=article.name)
        self.listeners.scan_failed(ScanFailure(code, text))
        reason = article.withdrawn.value if article.withdrawn else ""
        log.info("event=scan_not_sold article=%s reason=%s", article.number, reason)

    async def _sell(self, article: CatalogueArticle, started: float) -> bool:
        """One of this article into the basket, and fresh stock for the whole basket."""
        priced = article.price is not None
        self.basket.add(
            BasketLine(
                article.number, article.name, 1, article.price, self.currency if priced else None
            )
        )
        self.current_article = article.number
        self.lookup_in_flight = article.number
        self.listeners.scan_accepted(article.number)
        try:
            self._basket_changed()
            log.info("event=scan_accepted article=%s", article.number)
            await self.refresh_stock(first=article.number)
        finally:
            if self.lookup_in_flight == article.number:
                self.lookup_in_flight = None
        elapsed_ms = (time.perf_counter() - started) * 1000
        self.scan_timings_ms.append(elapsed_ms)
        log.info(
            "event=lookup_done article=%s online=%s ms=%.1f",
            article.number,
            self.connection.online,
            elapsed_ms,
        )
        return True

    async def refresh_stock(self, first: str | None = None) -> None:
        """One request: the scanned article first, then the rest of the basket."""
        numbers = [first] if first else []
        numbers += [line.article_number for line in self.basket.lines]
        if not numbers:
            return
        try:
            await self.stock.refresh(self.client, numbers)
        except OngoingError as error:
            self._went_offline(error)
            if not self.tasks.running("recover"):
                self.tasks.start("recover", self._recover())
            self.listeners.stock_changed()
            return
        self._came_online()
        self.listeners.stock_changed()

    def shown_articles(self) -> set[str]:
        """The articles whose figures are on the screen: the basket's and the last scanned."""
        shown = {line.article_number for line in self.basket.lines}
        if self.current_article:
            shown.add(self.current_article)
        return shown

    async def refresh_changed(self, article_numbers: set[str]) -> set[str]:
        """Goods arrived or stock was counted: fetch the figures shown of these articles
        again and mark them new. Returns the ones fetched (none when none is shown)."""
        concerned = article_numbers & self.shown_articles()
        if not concerned:
            return set()
        before = {number: self.stock.get(number) for number in concerned}
        marked = {number: self.stock.marked_new.get(number, frozenset()) for number in concerned}
        try:
            await self.stock.refresh(self.client, sorted(concerned))
        except OngoingError as error:
            self._went_offline(error)
            self.listeners.stock_changed()
            raise
        for number in concerned:
            changed = changed_warehouses(before[number], self.stock.get(number)) | marked[number]
            if changed:
                self.stock.marked_new[number] = changed
        self._came_online()
        self.listeners.stock_changed()
        return concerned

    # --- basket edits ---

    def set_quantity(self, article_number: str, quantity: int) -> None:
        self.basket.set_quantity(article_number, quantity)
        self._basket_changed()

    def remove(self, article_number: str) -> None:
        self.basket.remove(article_number)
        if self.current_article == article_number:
            self.current_article = None
        self._basket_changed()

    def undo(self) -> bool:
        before = {line.article_number for line in self.basket.lines}
        undone = self.basket.undo()
        if undone:
            back = [
                ln.article_number for ln in self.basket.lines if ln.article_number not in before
            ]
            if back and self.current_article is None:
                self.current_article = back[0]  # the line brought back is what the header names
            self._basket_changed()
            self._recheck_basket()  # a line brought back may be of an article withdrawn since
            self._fetch_missing_figures()  # a line brought back had its figures forgotten
        return undone

    def _fetch_missing_figures(self) -> None:
        snapshots = self.stock.snapshots()
        if any(line.article_number not in snapshots for line in self.basket.lines):
            self.tasks.start("stock", self.refresh_stock())

    def clear(self) -> None:
        self.basket.clear()
        self.current_article = None
        self._basket_changed()

    def hand_over(self, taken: tuple[BasketLine, ...]) -> None:
        """The order took these lines; what was scanned since stays, for the next customer."""
        self.basket.hand_over(taken)
        remaining = {line.article_number for line in self.basket.lines}
        if self.current_article not in remaining:
            self.current_article = None
        self._basket_changed()

    # --- what the window shows ---

    @property
    def lines(self) -> tuple[BasketLine, ...]:
        """The basket as it sells: each price usable and in the store's currency, or none.

        What the window, the order and its slip are made from, so a line priced in another
        currency (a basket kept from before store.currency changed) is "no price" everywhere.
        """
        return self.basket.priced_in(self.currency)

    def knows_code(self, text: str) -> bool:
        """Whether the catalogue loaded so far holds `text` as a barcode or article number.

        The scanner filter asks before it takes quick typing in a form's field for a scan.
        """
        result = parse_scan(text)
        return isinstance(result, ScannedCode) and self.catalogue.resolve(result) is not None

    @property
    def catalogue_size(self) -> int:
        return len(self.catalogue)

    def current_article_info(self) -> CatalogueArticle | None:
        """The article scanned last, as the catalogue knows it."""
        return self.catalogue.by_number(self.current_article) if self.current_article else None

    def availability(self) -> Availability:
        """Every warehouse against the basket (the stock panel): best first, and the
        warehouses holding none of it apart, with when the figures were fetched."""
        lines = self.basket.lines
        needed = self.basket.quantities()
        snapshots = self.stock.snapshots()
        rows = cover(self.catalogue.warehouses.values(), needed, snapshots, self.preference)
        known = [snapshots[a] for a in needed if a in snapshots]
        oldest = min((s.fetched_at for s in known), default=None)
        return Availability(
            articles=tuple(line.article_number for line in lines),
            names=tuple(line.name for line in lines),
            current=self.current_article,
            rows=tuple(row for row in rows if row.has_any or not row.known),
            without_any=tuple(row.warehouse for row in rows if row.known and not row.has_any),
            fetched_at=oldest,
            stale=any(self.is_stale(snapshot) for snapshot in known),
            new=frozenset(
                (number, warehouse)
                for number, warehouses in self.stock.marked_new.items()
                if number in needed
                for warehouse in warehouses
            ),
        )

    def current_snapshot(self) -> StockSnapshot | None:
        return self.stock.get(self.current_article) if self.current_article else None

    def ranked_warehouses(self) -> list[tuple[WarehouseInfo, bool]]:
        return rank_warehouses(
            self.catalogue.warehouses.values(),
            self.basket.quantities(),
            self.stock.snapshots(),
            self.preference,
        )

    def is_stale(self, snapshot: StockSnapshot) -> bool:
        return not self.connection.online or snapshot.is_stale(self.clock(), self.stale_after)

    def basket_total(self) -> Total:
        """The sum in the store's currency, with how many lines it leaves out."""
        return self.basket.total(self.currency)

    # --- internals ---

    def withdrawn_among(self, lines: tuple[BasketLine, ...]) -> list[CatalogueArticle]:
        """The articles of these lines that Ongoing no longer sells, as the catalogue has
        them now (an order with any of them is refused)."""
        found = (self.catalogue.by_number(line.article_number) for line in lines)
        return [a for a in found if a is not None and a.withdrawn is not None]

    def _recheck_basket(self) -> None:
        """Once the catalogue is ready or refreshed: lines of articles withdrawn since they
        were scanned (a basket restored after a restart, or the range changed meanwhile)
        are marked, and the cashier is told which, by name. Nothing is dropped silently:
        the cashier removes them, and an order with them is refused."""
        withdrawn = {a.number: a for a in self.withdrawn_among(self.basket.lines)}
        new = [a for number, a in withdrawn.items() if number not in self.withdrawn_lines]
        changed = withdrawn.keys() != self.withdrawn_lines.keys()
        self.withdrawn_lines = withdrawn
        if new:
            text = translate(
                "Checkout",
                "No longer sold: {articles}. Ongoing has taken them out of the range since "
                "they were scanned. Remove them from the basket (Delete) and put them aside; "
                "an order with them is refused.",
            )
            named = ", ".join(f"{a.number} {a.name}" for a in new)
            self.listeners.notice(Notice(NoticeLevel.WARNING, filled(text, articles=named)))
            log.warning("event=basket_lines_withdrawn lines=%d", len(new))
        if changed:
            self.listeners.basket_changed()

    def _basket_changed(self) -> None:
        self.stock.forget_except(line.article_number for line in self.basket.lines)
        if self.withdrawn_lines:  # a removed line is no longer marked
            held = {line.article_number for line in self.basket.lines}
            self.withdrawn_lines = {n: a for n, a in self.withdrawn_lines.items() if n in held}
        if self._saver is not None:
            self._saver.save(self.basket.to_dict())
        self.listeners.basket_changed()

    def _went_offline(self, error: OngoingError) -> None:
        reason = error.text  # the cashier's words: a refused login, a foreign goods owner...
        if self.connection.online or self.connection.reason != reason:
            since = self.connection.since if not self.connection.online else self.clock()
            self.connection = ConnectionState(False, since, reason)
            log.warning("event=ongoing_unavailable error=%s", type(error).__name__)
            self.listeners.connection_changed(self.connection)

    def _came_online(self) -> None:
        if not self.connection.online:
            self.connection = ConnectionState()
            log.info("event=ongoing_available")
            self.listeners.connection_changed(self.connection)

    async def _recover(self) -> None:
        """Retry with growing pauses until Ongoing answers; then catch up by itself."""
        backoff = Backoff(RECOVERY_FIRST_DELAY_S, RECOVERY_MAX_DELAY_S, sleep=self.sleep)
        while True:
            await backoff.wait()
            try:
                if self.catalogue.loaded_at is None:
                    await self.catalogue.load_first(self.client)
                    self._catalogue_ready()
                numbers = [line.article_number for line in self.basket.lines]
                if numbers:
                    await self.stock.refresh(self.client, numbers)
                else:  # nothing to refresh: a small question, so "back" is Ongoing's answer
                    await self.client.get_warehouses()
            except OngoingError as error:
                self._went_offline(error)
                backoff.failed()
                continue
            self._came_online()
            self.listeners.stock_changed()
            return

    def _rebuild_catalogue(self) -> None:
        """The catalogue's file turned out damaged while selling: it is made anew now, in
        the background, rather than at the next refresh; scans ask Ongoing meanwhile."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # asked outside the event loop: the next refresh rebuilds it
            return
        if not self.tasks.running(CATALOGUE_REBUILD):
            log.info("event=catalogue_rebuild_started")
            self.tasks.start(CATALOGUE_REBUILD, self._rebuild())

    async def _rebuild(self) -> None:
        try:
            await self.catalogue.refresh(self.client)  # a damaged file: a whole load
        except OngoingError as error:  # the periodic refresh tries again
            log.info("event=catalogue_refresh_failed error=%s", type(error).__name__)
            return
        self._recheck_basket()

    async def _refresh_catalogue_periodically(self) -> None:
        """Every few minutes; at once when the catalogue came from disk (what changed since)."""
        due = self.catalogue.refresh_due
        while True:
            if not due:
                await self.sleep(CATALOGUE_REFRESH_S)
            due = False
            try:
                await self.catalogue.refresh(self.client)
            except OngoingError as error:
                log.info("event=catalogue_refresh_failed error=%s", type(error).__name__)
                continue
            self._recheck_basket()


def changed_warehouses(before: StockSnapshot | None, after: StockSnapshot | None) -> frozenset[int]:
    """The warehouses whose sellable figure differs between two snapshots (all of the new
    one's when there was none before)."""
    if after is None:
        return frozenset()
    if before is None:
        return frozenset(after.figures)
    ids = set(before.figures) | set(after.figures)
    return frozenset(w for w in ids if before.sellable_in(w) != after.sellable_in(w))
