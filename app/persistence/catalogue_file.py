"""The catalogue on this PC's disk: every article by barcode and by number, and the warehouses.

A till that starts with this file sells from its first second and asks Ongoing only for what
changed since (`refreshed_since`); it holds no article as a Python object, so its memory does
not grow with the catalogue. SQLite in WAL mode: a reader never waits for a writer, so two
tills on one PC (or the till and a refresh in a worker thread) share the file, each write
batch is one transaction, and a refresh that fails halfway leaves the file as the last
committed batch had it: every article in it still whole.

Reads go through one connection (`read`), used on the event loop's thread: each is a lookup
in an index, tens of microseconds. Writes go through another (`write`), used from worker
threads one at a time. A barcode is kept once, as its GTIN-14 when it is one, so every form
a scanner may send (EAN-13, UPC-A, EAN-8, GTIN-14) finds it with one key.

The file is a copy of Ongoing's data: nothing in it is the till's own. A file of another
format is emptied and loaded again; a damaged one is set aside by its owner
(app/services/disk_catalogue.py) and made afresh.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from app.domain.articles import CatalogueArticle, Withdrawal
from app.domain.barcodes import gtin_variants
from app.domain.folding import fold, words_of
from app.domain.stock import WarehouseInfo
from app.persistence.sqlite_files import BUSY_TIMEOUT_S, DamagedDatabaseError, inode_of, transaction
from app.persistence.storage_errors import StorageProblem, problem_of

FORMAT = "2"  # raise when the tables change: a file of another format is loaded again
_LINE = "\n"
STREAM_CACHE_KIB = 256

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS articles(
    system_id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    folded_number TEXT NOT NULL,
    name TEXT NOT NULL,
    price TEXT,
    barcodes TEXT NOT NULL,
    withdrawn TEXT,
    seen REAL NOT NULL,
    sort_key TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_folded_number ON articles(folded_number);
CREATE INDEX IF NOT EXISTS articles_sellable_number ON articles(folded_number)
    WHERE withdrawn IS NULL;
CREATE INDEX IF NOT EXISTS articles_sort_key ON articles(sort_key);
CREATE VIRTUAL TABLE IF NOT EXISTS name_words USING fts5(
    words, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3', detail = none
);
CREATE VIRTUAL TABLE IF NOT EXISTS name_inside USING fts5(words, tokenize = 'trigram');
CREATE TABLE IF NOT EXISTS codes(
    code TEXT NOT NULL,
    system_id INTEGER NOT NULL,
    PRIMARY KEY (code, system_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS codes_of_article ON codes(system_id);
CREATE TABLE IF NOT EXISTS warehouses(
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    address_lines TEXT NOT NULL,
    opening_hours TEXT NOT NULL
);
"""
_TABLES = ("meta", "articles", "codes", "warehouses", "name_words", "name_inside")
_SEARCHED = ("name_words", "name_inside")  # the names of sellable articles, folded
NUMBER_FROM = 2  # typed this long, the text also finds article numbers starting with it
INSIDE_FROM = 3  # a typed word this long also matches inside a word of the name
_LAST = "\U0010ffff"  # sorts after any text: what starts with X lies before X + _LAST
# Matching this many articles or more, the first ones are found by walking all in the order
# shown (they come early); fewer are looked up and sorted.
WALK_FROM = 20_000  # (make bench-search: p95 18 ms at 1,500, 7 ms at 20,000)
_COLUMNS = "system_id, number, name, price, barcodes, withdrawn"
_NUMBERS_PER_QUERY = 500  # well under SQLite's limit of variables in one statement


def barcode_key(code: str) -> str:
    """The one form a barcode is kept and looked up in: GTIN-14 for a GTIN, else as it is."""
    stripped = code.strip()
    return stripped.zfill(14) if gtin_variants(stripped) else stripped


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
    )
    db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
    return db


def _article(row: tuple[int, str, str, str | None, str, str | None]) -> CatalogueArticle:
    system_id, number, name, price, barcodes, withdrawn = row
    try:
        amount = Decimal(price) if price is not None else None
    except InvalidOperation:
        amount = None
    return CatalogueArticle(
        system_id=system_id,
        number=number,
        name=name,
        price=amount,
        barcodes=tuple(barcodes.split(_LINE)) if barcodes else (),
        withdrawn=Withdrawal(withdrawn) if withdrawn in _WITHDRAWALS else None,
    )


_WITHDRAWALS = {w.value for w in Withdrawal}


class CatalogueFile:
    """One open catalogue file. Reads on the caller's thread; writes from any one thread at
    a time (a lock keeps two worker threads of one till in turn)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.inode = inode_of(path)
        self._write_lock = threading.Lock()
        self.read = _connect(path)
        self.write = _connect(path)
        # Writes and the whole check stream through pages once: a small cache (memory that
        # a worker thread's allocator would keep) does as well as SQLite's 2 MiB default.
        self.write.execute(f"PRAGMA cache_size=-{STREAM_CACHE_KIB}")

    # --- opening ---

    @classmethod
    def open(cls, path: Path, source: str) -> tuple[CatalogueFile, bool]:
        """Open (or make) the file for this Ongoing account; True when it was emptied (a new
        file, another format, or another account's), so a full load must fill it.

        Raises DamagedDatabaseError when SQLite finds it is not a database any more; other
        sqlite3 and OS errors as they are. The whole check (`check`) runs later, in the
        background: reading 30 MB at start would cost the till its first second.
        """
        inode = inode_of(path)
        try:
            opened = cls(path)
        except sqlite3.DatabaseError as error:
            raise _as_damage(error, inode) from error
        try:
            emptied = opened._prepare(source)
        except sqlite3.DatabaseError as error:
            opened.close()
            raise _as_damage(error, inode) from error
        except BaseException:
            opened.close()
            raise
        return opened, emptied

    def _prepare(self, source: str) -> bool:
        db = self.write
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")  # a copy of Ongoing's: a power cut may lose a batch
        with transaction(db):
            has_meta = db.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
            ).fetchone()
            meta = dict(db.execute("SELECT key, value FROM meta").fetchall()) if has_meta else {}
            kept = meta.get("format") == FORMAT and meta.get("source") == source
            if not kept:  # another format's tables may differ: made anew, not emptied
                for table in _TABLES:
                    db.execute(f"DROP TABLE IF EXISTS {table}")
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    db.execute(statement)
            if not kept:
                db.executemany(
                    "INSERT INTO meta(key, value) VALUES (?, ?)",
                    [("format", FORMAT), ("source", source)],
                )
            return not kept

    def check(self) -> bool:
        """SQLite's whole check of the file (reads all of it): False when it is damaged."""
        db = _connect(self.path)
        try:
            db.execute(f"PRAGMA cache_size=-{STREAM_CACHE_KIB}")
            return db.execute("PRAGMA quick_check(1)").fetchall() == [("ok",)]
        except sqlite3.DatabaseError as error:
            if problem_of(error) is StorageProblem.DAMAGED:
                return False
            raise
        finally:
            db.close()

    def close(self) -> None:
        with self._write_lock:  # a write in a worker thread finishes first
            self.read.close()
            self.write.close()

    # --- reading (the event loop's thread) ---

    def count(self) -> int:
        """Sellable articles (reads the whole table: ~10 ms for 100,000; callers keep it)."""
        row = self.read.execute("SELECT count(*) FROM articles WHERE withdrawn IS NULL").fetchone()
        return int(row[0])

    def by_number(self, number: str) -> CatalogueArticle | None:
        row = self.read.execute(
            f"SELECT {_COLUMNS} FROM articles WHERE number = ?",
            (number,),
        ).fetchone()
        return _article(row) if row else None

    def by_barcode(self, code: str) -> CatalogueArticle | None:
        row = self.read.execute(
            f"SELECT {_COLUMNS} FROM codes JOIN articles USING (system_id) "
            "WHERE code = ? ORDER BY withdrawn IS NOT NULL, system_id LIMIT 1",
            (barcode_key(code),),
        ).fetchone()
        return _article(row) if row else None

    def numbers_but_case(self, code: str) -> set[str]:
        rows = self.read.execute(
            "SELECT number FROM articles WHERE folded_number = ?", (code.casefold(),)
        ).fetchall()
        return {number for (number,) in rows}

    def by_numbers(self, numbers: Sequence[str]) -> dict[str, CatalogueArticle]:
        found: dict[str, CatalogueArticle] = {}
        for start in range(0, len(numbers), 500):
            chunk = numbers[start : start + 500]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT {_COLUMNS} FROM articles WHERE number IN ({marks})"
            for row in self.read.execute(query, chunk):
                article = _article(row)
                found[article.number] = article
        return found

    def search(self, query: str, limit: int) -> tuple[tuple[str, ...], int]:
        """The search (F2) in the file: article numbers best first, at most `limit`, and how
        many match in all. The same rules as the search in memory
        (app/services/article_search.py): numbers starting with the text first, then names
        with every typed word at a word's start, then names with every word somewhere (a
        word of three letters or more, not all digits, also inside a word)."""
        folded = " ".join(fold(query).split())
        typed = list(dict.fromkeys(words_of(folded)))
        if not folded or limit <= 0:
            return (), 0
        db = self.read
        shown: list[str] = []
        total = numbers_found = 0
        in_range = "folded_number >= ? AND folded_number < ? AND withdrawn IS NULL"
        if len(folded) >= NUMBER_FROM:
            span = (folded, folded + _LAST)
            shown += [
                number
                for (number,) in db.execute(
                    f"SELECT number FROM articles WHERE {in_range} ORDER BY folded_number LIMIT ?",
                    (*span, limit),
                )
            ]
            numbers_found = db.execute(
                f"SELECT count(*) FROM articles WHERE {in_range}", span
            ).fetchone()[0]
            total += numbers_found
        if not typed:
            return tuple(shown), total
        first, first_args = _prefix_query(typed)
        # Every word somewhere: in the trigram index, a long word anywhere, a shorter one
        # after a space (the start of a word: the indexed text starts with one too); a
        # single letter, which no trigram holds, from the prefix index.
        anywhere = [
            f'"{w}"' if len(w) >= INSIDE_FROM and not w.isdigit() else f'" {w}"'
            for w in typed
            if len(w) > 1
        ]
        letters = [w for w in typed if len(w) == 1]
        parts: list[tuple[str, list[str]]] = []
        if anywhere:
            match = " AND ".join(anywhere)
            parts.append(("SELECT rowid FROM name_inside WHERE name_inside MATCH ?", [match]))
        if letters:
            parts.append(_prefix_query(letters))
        every = " INTERSECT ".join(sql for sql, _ in parts)
        every_args = [arg for _, args in parts for arg in args]
        firsts = db.execute(f"SELECT count(*) FROM ({first})", first_args).fetchone()[0]
        inside = any(len(w) >= INSIDE_FROM and not w.isdigit() for w in typed)
        # What starts a word is somewhere too: the rest are those found only inside words.
        rest = (
            db.execute(f"SELECT count(*) FROM ({every})", every_args).fetchone()[0] - firsts
            if inside
            else 0
        )
        total += firsts + rest
        lists = [(firsts, f"system_id IN ({first})", first_args)]
        lists.append(
            (
                rest,
                f"system_id IN ({every}) AND system_id NOT IN ({first})",
                every_args + first_args,
            )
        )
        for count, where, args in lists:
            if len(shown) < limit and count:
                walk = "INDEXED BY articles_sort_key" if count >= WALK_FROM else ""
                rows = db.execute(
                    f"SELECT number FROM articles {walk} WHERE {where} ORDER BY sort_key LIMIT ?",
                    (*args, limit),
                )
                shown += [number for (number,) in rows if number not in shown][: limit - len(shown)]
        if numbers_found and total > numbers_found:  # articles both found: counted once
            both = db.execute(  # every name found is in `every` (those at a start too)
                f"SELECT count(*) FROM articles WHERE {in_range} AND system_id IN ({every})",
                (folded, folded + _LAST, *every_args),
            ).fetchone()[0]
            total -= both
        return tuple(shown[:limit]), total

    def warehouses(self) -> list[WarehouseInfo]:
        rows = self.read.execute(
            "SELECT id, code, name, address_lines, opening_hours FROM warehouses ORDER BY id"
        ).fetchall()
        return [
            WarehouseInfo(
                id=row[0],
                code=row[1],
                name=row[2],
                address_lines=tuple(row[3].split(_LINE)) if row[3] else (),
                opening_hours=row[4],
            )
            for row in rows
        ]

    def meta(self, key: str) -> str | None:
        row = self.read.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def time_of(self, key: str) -> datetime | None:
        value = self.meta(key)
        try:
            return datetime.fromisoformat(value) if value else None
        except ValueError:
            return None

    # --- writing (worker threads) ---

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        with self._write_lock, transaction(self.write):
            yield self.write

    def put(self, articles: Iterable[CatalogueArticle], seen: float | None = None) -> int:
        """Add or update articles in one transaction; how many. `seen`: when the load that
        brought them started (a full load withdraws what it did not see)."""
        stamp = time.time() if seen is None else seen
        rows = [
            (
                a.system_id,
                a.number,
                a.number.casefold(),
                a.name,
                None if a.price is None else str(a.price),
                _LINE.join(a.barcodes),
                a.withdrawn.value if a.withdrawn else None,
                stamp,
                f"{fold(a.name)}\0{a.number.casefold()}",
            )
            for a in articles
        ]
        if not rows:
            return 0
        with self._writing() as db:
            ids = [(row[0],) for row in rows]
            numbers = [(row[1], row[0]) for row in rows]
            # An article renumbered, or a number now another article's: the old row goes.
            # Asked in slices of numbers, not a query per article (a first load puts 100,000).
            incoming = dict(numbers)
            gone = []
            for start in range(0, len(numbers), _NUMBERS_PER_QUERY):
                chunk = [number for number, _ in numbers[start : start + _NUMBERS_PER_QUERY]]
                marks = ", ".join("?" * len(chunk))
                gone += [
                    (system_id,)
                    for number, system_id in db.execute(
                        f"SELECT number, system_id FROM articles WHERE number IN ({marks})", chunk
                    )
                    if incoming[number] != system_id
                ]
            db.executemany("DELETE FROM articles WHERE system_id = ?", gone)
            db.executemany("DELETE FROM codes WHERE system_id = ?", ids + gone)
            for table in _SEARCHED:
                db.executemany(f"DELETE FROM {table} WHERE rowid = ?", ids + gone)
            db.executemany(
                "INSERT OR REPLACE INTO articles(system_id, number, folded_number, name, price, "
                "barcodes, withdrawn, seen, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            searched = [
                (row[0], " " + " ".join(words_of(row[8].partition("\0")[0])))
                for row in rows
                if row[6] is None
            ]
            for table in _SEARCHED:
                db.executemany(f"INSERT INTO {table}(rowid, words) VALUES (?, ?)", searched)
            codes = [
                (barcode_key(code), row[0])
                for row in rows
                if row[5]
                for code in row[5].split(_LINE)
            ]
            db.executemany("INSERT OR IGNORE INTO codes(code, system_id) VALUES (?, ?)", codes)
        return len(rows)

    def put_warehouses(self, warehouses: Iterable[WarehouseInfo]) -> None:
        rows = [
            (w.id, w.code, w.name, _LINE.join(w.address_lines), w.opening_hours) for w in warehouses
        ]
        with self._writing() as db:
            db.execute("DELETE FROM warehouses")
            db.executemany(
                "INSERT INTO warehouses(id, code, name, address_lines, opening_hours) "
                "VALUES (?, ?, ?, ?, ?)",
                rows,
            )

    def withdraw_unseen(self, since: float) -> int:
        """After a whole load: articles it did not bring (deleted in Ongoing) are withdrawn."""
        with self._writing() as db:
            gone = db.execute(
                "SELECT system_id FROM articles WHERE seen < ? AND withdrawn IS NULL", (since,)
            ).fetchall()
            db.executemany(
                "UPDATE articles SET withdrawn = ? WHERE system_id = ?",
                [(Withdrawal.REMOVED.value, system_id) for (system_id,) in gone],
            )
            for table in _SEARCHED:
                db.executemany(f"DELETE FROM {table} WHERE rowid = ?", gone)
            return len(gone)

    def set_meta(self, values: dict[str, str]) -> None:
        with self._writing() as db:
            db.executemany(
                "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", list(values.items())
            )


def _prefix_query(words: list[str]) -> tuple[str, list[str]]:
    """Articles with a word starting with each of these (SQLite's full-text prefix index)."""
    match = " AND ".join(f'"{w}"*' for w in words)
    return "SELECT rowid FROM name_words WHERE name_words MATCH ?", [match]


def _as_damage(error: sqlite3.DatabaseError, inode: tuple[int, int] | None) -> Exception:
    if problem_of(error) is StorageProblem.DAMAGED:
        return DamagedDatabaseError(inode)
    return error
