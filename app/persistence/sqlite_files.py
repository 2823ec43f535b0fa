"""Opening this PC's SQLite files so that damage is found at once and told apart.

Every SQLite file of the till (the outbox, the webhook events) is opened the same way: WAL,
a busy timeout so two processes wait for each other, and SQLite's integrity check, so a
file that is not a database any more or fails the check raises `DamagedDatabaseError` on
opening instead of failing somewhere later. What to do with a damaged file (salvage the
orders, or start afresh) is the owner's decision.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from app.persistence.storage_errors import StorageProblem, problem_of

BUSY_TIMEOUT_S = 10  # another process writing: wait this long before saying it is held


class DamagedDatabaseError(Exception):
    """The file is not a database any more, or fails SQLite's integrity check."""

    def __init__(self, inode: tuple[int, int] | None) -> None:
        super().__init__("damaged")
        self.inode = inode  # which file was found damaged (another may be there by now)


def inode_of(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


@contextmanager
def transaction(db: sqlite3.Connection, *, durable: bool = False) -> Iterator[None]:
    """One write transaction, taken at once (BEGIN IMMEDIATE) so readers never upgrade."""
    if durable:
        db.execute("PRAGMA synchronous=FULL")
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def open_checked(
    path: Path, create_or_upgrade: Callable[[sqlite3.Connection], None]
) -> sqlite3.Connection:
    """Open, check, and bring the schema up to date in one write transaction.

    Raises DamagedDatabaseError for a broken file; any other sqlite3 or OS error as it is
    (callers turn those into StorageError).
    """
    inode = inode_of(path)
    db = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
    )
    try:
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
        db.execute("PRAGMA secure_delete=ON")  # deleted data (customer details) is overwritten
        verdict = db.execute("PRAGMA integrity_check(5)").fetchall()
        if verdict != [("ok",)]:
            raise DamagedDatabaseError(inode)
        db.execute("PRAGMA journal_mode=WAL")
        with transaction(db):
            create_or_upgrade(db)
    except sqlite3.DatabaseError as error:
        db.close()
        if problem_of(error) is StorageProblem.DAMAGED:
            raise DamagedDatabaseError(inode) from error
        raise
    except BaseException:
        db.close()
        raise
    return db
