"""Webhook events on disk, keyed by Ongoing's `webhookEventId`.

Ongoing retries a webhook for up to a day, so the same event can arrive many times; the
primary key makes a repeat a no-op, even across restarts. Events hold ids and numbers only
(no customer data); old ones are pruned. A damaged file holds nothing Ongoing would not send
again, so it is set aside and a fresh one started; a disk that refuses writes comes out as
StorageError (the receiver answers 503, and Ongoing retries).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.files.damaged import DamagedFile, report, set_aside
from app.persistence.sqlite_files import DamagedDatabaseError, inode_of, open_checked
from app.persistence.storage_errors import reported_as_storage_errors

KEEP_FOR = timedelta(days=2)  # longer than Ongoing's day of retries


@dataclass(frozen=True, slots=True)
class KeptEvent:
    sequence: int  # the row's id: grows with every new event, what tills ask after
    event_id: str
    received_at: str  # ISO, UTC
    payload: dict[str, Any]


def _create(db: sqlite3.Connection) -> None:
    db.execute(
        "CREATE TABLE IF NOT EXISTS events (event_id TEXT PRIMARY KEY, "
        "received_at TEXT NOT NULL, payload TEXT NOT NULL)"
    )


class WebhookStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.damage: DamagedFile | None = None
        self._lock = threading.Lock()
        with reported_as_storage_errors(path):
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._db = open_checked(path, _create)
            except DamagedDatabaseError as found:
                if found.inode is not None and inode_of(path) == found.inode:
                    kept_as = set_aside(path, datetime.now())
                    self.damage = report(DamagedFile(path.name, kept_as, unreadable=None))
                self._db = open_checked(path, _create)

    def add(self, event_id: str, payload: dict[str, Any], now: datetime | None = None) -> bool:
        """True for a new event, False for a repeat; StorageError when the disk refuses."""
        now = now or datetime.now(UTC)
        with self._lock, reported_as_storage_errors(self.path):
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO events VALUES (?, ?, ?)",
                (event_id, now.isoformat(), json.dumps(payload)),
            )
            # The newest row always stays, so sequence numbers (rowids) never restart.
            self._db.execute(
                "DELETE FROM events WHERE received_at < ? "
                "AND rowid < (SELECT MAX(rowid) FROM events)",
                ((now - KEEP_FOR).isoformat(),),
            )
        return cursor.rowcount == 1

    def since(self, sequence: int, limit: int = 200) -> list[KeptEvent]:
        """Events kept after `sequence`, oldest first: what a till has not seen yet."""
        with self._lock, reported_as_storage_errors(self.path):
            rows = self._db.execute(
                "SELECT rowid, event_id, received_at, payload FROM events "
                "WHERE rowid > ? ORDER BY rowid LIMIT ?",
                (sequence, limit),
            ).fetchall()
        return [KeptEvent(int(r[0]), str(r[1]), str(r[2]), json.loads(r[3])) for r in rows]

    def last_sequence(self) -> int:
        with self._lock, reported_as_storage_errors(self.path):
            row = self._db.execute("SELECT MAX(rowid) FROM events").fetchone()
        return int(row[0] or 0)

    def count(self) -> int:
        with self._lock, reported_as_storage_errors(self.path):
            return int(self._db.execute("SELECT COUNT(*) FROM events").fetchone()[0])

    def latest(self) -> str | None:
        """The newest event's arrival time: a board compares it to wake up."""
        with self._lock, reported_as_storage_errors(self.path):
            row = self._db.execute("SELECT MAX(received_at) FROM events").fetchone()
        return None if row is None else row[0]

    def close(self) -> None:
        with self._lock:
            self._db.close()
