"""The till's catalogue, kept on disk: ready from the first second, refreshed by changes only.

At start the till opens the file (app/persistence/catalogue_file.py) in a worker thread and
sells from it at once (`event=catalogue_ready source=disk`); then it asks Ongoing only for
the articles changed since its last refresh (`articleDataLastUpdatedFrom`), with the
warehouses: two requests. It loads everything again only when it must:

- there is no file yet, it is of another format, or it was another account's (API URL or
  goods owner): emptied on opening;
- its last refresh is older than Ongoing's change filter is trusted to reach
  (`CHANGE_FILTER_REACH`: Ongoing documents a 24-hour limit for its stock filter and none
  for the article filter, so the till keeps to the same day for both);
- its last whole load is older than `FULL_RELOAD_AFTER`: only a whole load notices an
  article deleted in the WMS itself (one the API sets inactive or obsolete arrives as a
  change).

While a whole load runs, the file serves what it held (or what has arrived so far) and a
code it lacks is asked of Ongoing, as before. A load or refresh that fails halfway leaves
every batch written so far whole, and the previous state of the rest: the next refresh
starts that load again.

A damaged file is set aside under a dated name (app/files/damaged.py) and made afresh by a
whole load while the till keeps selling, asking Ongoing for each scan meanwhile; SQLite's
whole check runs in the background after the start. Damage found later (by that check, a
scan's read or a refresh's write) stops the reads at once and calls `on_damage`: the till
starts the rebuild then, in the background, rather than at the next refresh. Loads and
refreshes take turns (one lock), so a rebuild never runs beside a refresh. When the data
folder cannot hold the file at all, the till keeps the catalogue in memory as before.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

from app.domain.articles import CatalogueArticle
from app.files.damaged import DamagedFile, report, set_aside
from app.ongoing.client import OngoingClient
from app.ongoing.models import Article
from app.persistence.catalogue_file import CatalogueFile
from app.persistence.sqlite_files import DamagedDatabaseError, inode_of
from app.persistence.storage_errors import StorageProblem, problem_of
from app.services.article_search import ArticleSearch, SearchResult
from app.services.catalogue import (
    CATALOGUE_PAGE_SIZE,
    REFRESH_OVERLAP,
    Catalogue,
    to_catalogue_article,
    to_warehouse_info,
)

log = logging.getLogger(__name__)

CHANGE_FILTER_REACH = timedelta(hours=24)
FULL_RELOAD_AFTER = timedelta(days=7)
LOADED_AT = "loaded_at"  # meta: when the last whole load that finished started
REFRESHED_AT = "refreshed_at"  # meta: when the last load or refresh that finished started

T = TypeVar("T")


def source_of(base_url: str, goods_owner_id: int) -> str:
    """Whose catalogue the file holds: another API URL or goods owner empties it."""
    return f"{base_url.rstrip('/')}|{goods_owner_id}"


class DiskCatalogue(Catalogue):
    """The catalogue in a file; the in-memory parts of `Catalogue` hold only what was asked
    of Ongoing while the file could not be used (damaged, or the disk refusing it)."""

    def __init__(
        self,
        source: str,
        path: Path,
        search: ArticleSearch | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(search)
        self.source = source
        self.path = path
        self.clock = clock
        self.damage: DamagedFile | None = None  # set aside at this start, for the log
        self._file: CatalogueFile | None = None
        self._count = 0
        self._whole_at: datetime | None = None  # when the last whole load started
        self._rebuild = False  # damage found while reading: set aside at the next refresh
        self._damaged_inode: tuple[int, int] | None = None  # which file was found damaged
        self._warehouses_fresh = False
        self._turn = asyncio.Lock()  # one load or refresh at a time

    def __len__(self) -> int:
        return self._count if self._file is not None else super().__len__()

    @property
    def on_disk(self) -> bool:
        return self._file is not None

    # --- start-up ---

    async def start(self, client: OngoingClient) -> None:
        """Ready from the file when it holds a whole catalogue; else load it from Ongoing."""
        started = time.perf_counter()
        await asyncio.to_thread(self._open)
        if self._file is not None and self._whole_at is not None:
            self.loaded_at = self._file.time_of(REFRESHED_AT) or self._whole_at
            self.refresh_due = True
            log.info(
                "event=catalogue_ready source=disk articles=%d ms=%.0f",
                len(self),
                (time.perf_counter() - started) * 1000,
            )
            return
        await self.load_first(client)

    def _open(self) -> None:
        """Open the file, setting a damaged one aside; no file when the disk refuses it."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                opened, _emptied = CatalogueFile.open(self.path, self.source)
            except DamagedDatabaseError:
                self._set_aside()
                opened, _emptied = CatalogueFile.open(self.path, self.source)
            self._file = opened
            self._read_state(opened)
        except (sqlite3.Error, OSError, DamagedDatabaseError) as error:
            self._unusable(error)

    def _read_state(self, opened: CatalogueFile) -> None:
        self._whole_at = opened.time_of(LOADED_AT)
        self._count = opened.count()
        self.warehouses = {w.id: w for w in opened.warehouses()}

    def _set_aside(self) -> None:
        kept = set_aside(self.path, self.clock())
        self.damage = report(DamagedFile(self.path.name, kept, unreadable=None))

    def _unusable(self, error: BaseException) -> None:
        log.error(
            "event=catalogue_file_unusable problem=%s error=%s",
            problem_of(error).value,
            type(error).__name__,
        )
        if self._file is not None:
            self._file.close()
        self._file = None

    async def settle(self) -> None:
        """After the start, in the background: SQLite's whole check of the file."""
        opened = self._file
        if opened is None:
            return
        started = time.perf_counter()
        try:
            whole = await asyncio.to_thread(opened.check)
        except sqlite3.Error as error:
            self._unusable(error)
            return
        if not whole:
            log.warning("event=catalogue_check_failed")
            self._found_damage(None)
            return
        log.info(
            "event=catalogue_settled articles=%d ms=%.0f",
            len(self),
            (time.perf_counter() - started) * 1000,
        )

    # --- the questions: the file first, then what was asked of Ongoing meanwhile ---

    def _ask(self, question: Callable[[CatalogueFile], T], otherwise: T) -> T:
        opened = self._file
        if opened is None:
            return otherwise
        try:
            return question(opened)
        except sqlite3.Error as error:
            self._found_damage(error)
            return otherwise

    def _found_damage(self, error: sqlite3.Error | None) -> None:
        """Stop reading the file; the next refresh sets it aside and loads it again."""
        if error is not None and problem_of(error) is not StorageProblem.DAMAGED:
            log.warning("event=catalogue_read_failed error=%s", type(error).__name__)
            return  # busy or the like: this question goes to Ongoing, the file stays
        log.warning("event=catalogue_damaged file=%s", self.path.name)
        self._rebuild = True
        self._damaged_inode = self._file.inode if self._file is not None else None
        self._unusable(error or sqlite3.DatabaseError("check failed"))
        if self.on_damage is not None:
            self.on_damage()

    def _find_number(self, number: str) -> CatalogueArticle | None:
        found = self._ask(lambda f: f.by_number(number), None)
        return found if found is not None else super()._find_number(number)

    def _find_barcode(self, code: str) -> CatalogueArticle | None:
        found = self._ask(lambda f: f.by_barcode(code), None)
        return found if found is not None else super()._find_barcode(code)

    def _numbers_but_case(self, code: str) -> set[str]:
        typed = code.strip()
        nothing: set[str] = set()
        on_disk = self._ask(lambda f: f.numbers_but_case(typed), nothing)
        return on_disk | super()._numbers_but_case(code)

    def _find_numbers(self, numbers: tuple[str, ...]) -> dict[str, CatalogueArticle]:
        return {**super()._find_numbers(numbers), **self._ask(lambda f: f.by_numbers(numbers), {})}

    def _search_numbers(self, query: str, limit: int) -> SearchResult:
        """F2 from the file's full-text index; from memory while the file cannot be used."""
        found = self._ask(lambda f: f.search(query, limit), None)
        if found is None:
            return super()._search_numbers(query, limit)
        return SearchResult(*found)

    async def _keep(self, articles: list[Article]) -> None:
        kept = [to_catalogue_article(a) for a in articles if a.article_number]
        if self._file is None or not await self._write(kept):
            self.add(kept)

    # --- loading and refreshing ---

    async def _write(self, articles: list[CatalogueArticle], seen: float | None = None) -> bool:
        """Into the file in a worker thread; False when the file would not take them."""
        opened = self._file
        if opened is None:
            return False
        try:
            await asyncio.to_thread(opened.put, articles, seen)
        except sqlite3.Error as error:
            log.warning("event=catalogue_write_failed error=%s", type(error).__name__)
            if problem_of(error) is StorageProblem.DAMAGED:
                self._found_damage(error)
            return False
        return True

    def _must_load_whole(self) -> bool:
        if self._whole_at is None or self.loaded_at is None:
            return True
        now = self.clock()
        return now - self.loaded_at > CHANGE_FILTER_REACH or now - self._whole_at > (
            FULL_RELOAD_AFTER
        )

    async def load(self, client: OngoingClient) -> None:
        """Every article from Ongoing into the file, page by page; then what it did not bring
        is withdrawn (deleted in the WMS). Without a usable file, into memory as before."""
        async with self._turn:
            await self._load_whole(client)

    async def _load_whole(self, client: OngoingClient) -> None:
        if self._rebuild or self._file is None:
            await asyncio.to_thread(self._reopen)
        if self._file is None:
            await super().load(client)
            return
        started = time.perf_counter()
        loaded_at = self.clock()
        seen = time.time()
        await self._load_warehouses(client)
        count = 0
        # One page is written in a worker thread while the next is fetched: the first start
        # waits for the slower of the two, not for both (one write in flight at a time).
        writing: asyncio.Task[bool] | None = None
        async for page in client.iter_articles(page_size=CATALOGUE_PAGE_SIZE):
            articles = [to_catalogue_article(a) for a in page if a.article_number]
            if writing is not None and not await writing:
                await super().load(client)  # the file failed midway: memory, as before
                return
            writing = asyncio.create_task(self._write(articles, seen))
            count += len(articles)
            self._count = max(self._count, count)
        if writing is not None and not await writing:
            await super().load(client)
            return
        opened = self._file
        try:
            removed = await asyncio.to_thread(opened.withdraw_unseen, seen)
            stamp = loaded_at.isoformat()
            await asyncio.to_thread(opened.set_meta, {LOADED_AT: stamp, REFRESHED_AT: stamp})
            self._count = await asyncio.to_thread(opened.count)
        except sqlite3.Error as error:
            self._found_damage(error)
            await super().load(client)
            return
        self._whole_at = self.loaded_at = loaded_at
        log.info(
            "event=catalogue_loaded articles=%d warehouses=%d removed=%d ms=%.0f",
            len(self),
            len(self.warehouses),
            removed,
            (time.perf_counter() - started) * 1000,
        )

    def _reopen(self) -> None:
        """A file found damaged is set aside, and a fresh one opened for the load."""
        if self._file is not None:
            self._file.close()
            self._file = None
        if self._rebuild:
            self._rebuild = False
            try:  # unless another till on this PC has set it aside and made a new one already
                if inode_of(self.path) == self._damaged_inode:
                    self._set_aside()
            except OSError as error:
                self._unusable(error)
                return
        self._open()

    async def _load_warehouses(self, client: OngoingClient) -> None:
        warehouses = [to_warehouse_info(w) for w in await client.get_warehouses()]
        self.warehouses = {w.id: w for w in warehouses}
        self._warehouses_fresh = True
        if self._file is not None:
            try:
                await asyncio.to_thread(self._file.put_warehouses, warehouses)
            except sqlite3.Error as error:
                log.warning("event=catalogue_write_failed error=%s", type(error).__name__)

    async def refresh(self, client: OngoingClient) -> int:
        """The articles changed since the last refresh (and the warehouses, once a start);
        a whole load instead when one is due (a damaged file: made anew). Returns how many
        articles arrived."""
        async with self._turn:
            return await self._refresh(client)

    async def _refresh(self, client: OngoingClient) -> int:
        if self._rebuild or self._file is None or self._must_load_whole():
            if self._file is None and not self._rebuild and self.loaded_at is not None:
                return await super().refresh(client)  # no file to be had: memory, as before
            await self._load_whole(client)
            return len(self)
        assert self.loaded_at is not None
        started = time.perf_counter()
        since = self.loaded_at - REFRESH_OVERLAP
        refreshed_at = self.clock()
        if not self._warehouses_fresh:
            await self._load_warehouses(client)
        changed = await client.get_articles_changed_since(since)
        articles = [to_catalogue_article(a) for a in changed if a.article_number]
        if not await self._write(articles):
            self.add(articles)
            return len(articles)
        opened = self._file
        if opened is not None:
            try:
                await asyncio.to_thread(opened.set_meta, {REFRESHED_AT: refreshed_at.isoformat()})
                self._count = await asyncio.to_thread(opened.count)
            except sqlite3.Error as error:
                self._found_damage(error)
        self.loaded_at = refreshed_at
        withdrawn = sum(1 for a in articles if a.withdrawn is not None)
        log.info(
            "event=catalogue_refreshed changed=%d withdrawn=%d ms=%.0f",
            len(articles),
            withdrawn,
            (time.perf_counter() - started) * 1000,
        )
        return len(articles)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
