"""Webhook events on disk, keyed by Ongoing's `webhookEventId`.

Ongoing retries a webhook for up to a day, so the same event can arrive many times; the
primary key makes a repeat a no-op, even across restarts. Events hold ids and numbers only
(no customer data); old ones are pruned.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

KEEP_FOR = timedelta(days=2)  # longer than Ongoing's day of retries


class WebhookStore:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA busy_timeout=10000")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS events (event_id TEXT PRIMARY KEY, "
            "received_at TEXT NOT NULL, payload TEXT NOT NULL)"
        )

    def add(self, event_id: str, payload: dict[str, Any], now: datetime | None = None) -> bool:
        """True for a new event, False for a repeat."""
        now = now or datetime.now(UTC)
        with self._lock:
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO events VALUES (?, ?, ?)",
                (event_id, now.isoformat(), json.dumps(payload)),
            )
            self._db.execute(
                "DELETE FROM events WHERE received_at < ?", ((now - KEEP_FOR).isoformat(),)
            )
        return cursor.rowcount == 1

    def count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM events").fetchone()[0])

    def latest(self) -> str | None:
        """The newest event's arrival time: a board compares it to wake up."""
        with self._lock:
            row = self._db.execute("SELECT MAX(received_at) FROM events").fetchone()
        return None if row is None else row[0]

    def close(self) -> None:
        with self._lock:
            self._db.close()
