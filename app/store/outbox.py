"""The order outbox: every order is stored, with its final number, before the first send.

SQLite in WAL mode, one row per checkout. Because the order number is fixed before sending
and `PUT /orders` is an upsert on it, re-sending after a timeout or a crash updates the same
order in Ongoing instead of creating a second one. A claim column keeps two windows (or two
processes) from sending the same row at once; a stale claim (a crash mid-send) expires.

Why a row is waiting (`reason`) is shown to the cashier, so it is stored as a `Text` in JSON
(`{"context", "source", "values"}`) and translated when shown; rows written before that
hold a plain English string and read back as an untranslated Text.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import Enum
from pathlib import Path
from types import MappingProxyType
from typing import Any

import psutil

from app.domain.texts import Text, as_text

CLAIM_TIMEOUT = timedelta(minutes=2)
SCHEMA_VERSION = 1
# Customer fields removed from a row once Ongoing confirmed it: the PC keeps no more than needed.
CUSTOMER_FIELDS = ("consignee", "emailNotification", "smsNotification", "telephoneNotification")


class OutboxState(Enum):
    WAITING = "waiting"
    SENT = "sent"
    ATTENTION = "attention"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    checkout_id: str
    order_number: str
    kind: str
    body: dict[str, Any]
    state: OutboxState
    ongoing_order_id: int | None
    reason: str  # English, for the command line and logs
    attempts: int
    created_at: datetime
    updated_at: datetime
    reason_text: Text = field(default_factory=lambda: _NO_REASON)  # shown, translated

    def __post_init__(self) -> None:
        if self.reason_text is _NO_REASON and self.reason:  # built with a plain reason only
            object.__setattr__(self, "reason_text", as_text(self.reason))


class Outbox:
    """A durable queue of orders keyed by checkout id, safe across processes."""

    def __init__(self, path: Path, clock: Callable[[], datetime] = lambda: datetime.now(UTC)):
        self.path = path
        self.clock = clock
        path.parent.mkdir(parents=True, exist_ok=True)
        # One connection for the life of the outbox (opening one per call cost ~1 ms each);
        # calls may come from worker threads, one at a time under the lock.
        self._lock = threading.RLock()
        self._db = sqlite3.connect(path, timeout=10, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA busy_timeout=10000")
        self._db.execute("PRAGMA secure_delete=ON")  # scrubbed customer data is overwritten
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(
                """CREATE TABLE IF NOT EXISTS orders (
                    checkout_id TEXT PRIMARY KEY,
                    order_number TEXT NOT NULL UNIQUE,
                    kind TEXT NOT NULL,
                    body TEXT NOT NULL,
                    state TEXT NOT NULL,
                    ongoing_order_id INTEGER,
                    reason TEXT NOT NULL DEFAULT '',
                    attempts INTEGER NOT NULL DEFAULT 0,
                    claimed_by TEXT,
                    claimed_at TEXT,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                )"""
            )
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    @contextmanager
    def _connect(self, *, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """The connection, under the lock.

        `durable` commits reach the disk before returning (an order stored before its first
        send must survive a power cut). Other writes (claims, states) use WAL's NORMAL sync:
        atomic and safe if the till crashes; a power cut can lose only the latest state
        change, and replaying it is harmless because every send is an upsert.
        """
        with self._lock:
            self._db.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
            yield self._db

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def add(
        self, checkout_id: str, order_number: str, kind: str, body: dict[str, Any]
    ) -> OutboxEntry:
        """Store a new order before it is sent; adding the same checkout again is a no-op."""
        now = self.clock().isoformat()
        with self._connect(durable=True) as db:
            db.execute(
                "INSERT OR IGNORE INTO orders (checkout_id, order_number, kind, body, state, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    checkout_id,
                    order_number,
                    kind,
                    json.dumps(body),
                    OutboxState.WAITING.value,
                    now,
                    now,
                ),
            )
        entry = self.get(checkout_id)
        assert entry is not None
        return entry

    def claim(self, checkout_id: str, claimant: str) -> OutboxEntry | None:
        """Take the row for sending, unless another live sender holds a fresh claim on it.

        A claim is free when nobody holds it, when it is older than CLAIM_TIMEOUT, or when
        its holder is a process on this PC that no longer runs (the till was killed
        mid-send): then the restarted till resends at once instead of waiting.
        """
        now = self.clock()
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                row = db.execute(
                    "SELECT state, claimed_by, claimed_at FROM orders WHERE checkout_id = ?",
                    (checkout_id,),
                ).fetchone()
                sendable = (OutboxState.WAITING.value, OutboxState.ATTENTION.value)
                free = row is not None and row[0] in sendable
                if free and _claim_is_free(row, claimant, now):
                    db.execute(
                        "UPDATE orders SET claimed_by = ?, claimed_at = ?, "
                        "attempts = attempts + 1 WHERE checkout_id = ?",
                        (claimant, now.isoformat(), checkout_id),
                    )
                    db.execute("COMMIT")
                else:
                    db.execute("ROLLBACK")
                    return None
            except BaseException:
                db.execute("ROLLBACK")
                raise
        return self.get(checkout_id)

    def release(self, checkout_id: str, reason: Text | str, *, attention: bool) -> None:
        """Sending failed: back to waiting (will retry) or to needs-attention (a person decides)."""
        state = OutboxState.ATTENTION if attention else OutboxState.WAITING
        self._update(
            checkout_id,
            "state = ?, reason = ?, claimed_by = NULL",
            state.value,
            reason_to_json(reason),
        )

    def mark_sent(self, checkout_id: str, ongoing_order_id: int) -> None:
        entry = self.get(checkout_id)
        if entry is None:
            return
        body = {k: v for k, v in entry.body.items() if k not in CUSTOMER_FIELDS}
        self._update(
            checkout_id,
            "state = ?, ongoing_order_id = ?, reason = '', claimed_by = NULL, body = ?",
            OutboxState.SENT.value,
            ongoing_order_id,
            json.dumps(body),
        )

    def mark_cancelled(self, checkout_id: str, reason: Text | str) -> None:
        entry = self.get(checkout_id)
        body = {k: v for k, v in (entry.body if entry else {}).items() if k not in CUSTOMER_FIELDS}
        self._update(
            checkout_id,
            "state = ?, reason = ?, claimed_by = NULL, body = ?",
            OutboxState.CANCELLED.value,
            reason_to_json(reason),
            json.dumps(body),
        )

    def _update(self, checkout_id: str, assignments: str, *values: object) -> None:
        with self._connect() as db:
            db.execute(
                f"UPDATE orders SET {assignments}, updated_at = ? WHERE checkout_id = ?",
                (*values, self.clock().isoformat(), checkout_id),
            )

    def get(self, checkout_id: str) -> OutboxEntry | None:
        with self._connect() as db:
            row = db.execute(
                f"SELECT {_COLUMNS} FROM orders WHERE checkout_id = ?", (checkout_id,)
            ).fetchone()
        return None if row is None else _entry(row)

    def unsent(self) -> list[OutboxEntry]:
        """Orders still waiting or needing attention, oldest first."""
        with self._connect() as db:
            rows = db.execute(
                f"SELECT {_COLUMNS} FROM orders WHERE state IN (?, ?) ORDER BY created_at",
                (OutboxState.WAITING.value, OutboxState.ATTENTION.value),
            ).fetchall()
        return [_entry(row) for row in rows]

    def all(self) -> list[OutboxEntry]:
        with self._connect() as db:
            rows = db.execute(f"SELECT {_COLUMNS} FROM orders ORDER BY created_at").fetchall()
        return [_entry(row) for row in rows]


def this_process() -> str:
    """The claimant name of this process: host and process id."""
    return f"{socket.gethostname()}:{os.getpid()}"


def _claim_is_free(row: tuple[Any, ...], claimant: str, now: datetime) -> bool:
    holder, claimed_at = row[1], row[2]
    if holder is None or holder == claimant:
        return True
    if claimed_at is None or datetime.fromisoformat(claimed_at) < now - CLAIM_TIMEOUT:
        return True
    host, _, pid = holder.rpartition(":")
    if host == socket.gethostname() and pid.isdigit():
        return not psutil.pid_exists(int(pid))
    return False


_COLUMNS = (
    "checkout_id, order_number, kind, body, state, ongoing_order_id, reason, attempts, "
    "created_at, updated_at"
)


_NO_REASON: Text = as_text("")
_TEXT_KEYS = {"context", "source", "values"}


def reason_to_json(reason: Text | str) -> str:
    """A reason as stored: a Text as JSON, values as strings (a Text value nested as JSON)."""
    if isinstance(reason, str):
        if not reason:
            return ""
        reason = as_text(reason)
    return json.dumps(_text_to_data(reason), ensure_ascii=False)


def reason_from_json(stored: str) -> Text:
    """The stored reason as a Text; a row from before (plain English) as an untranslated one."""
    if stored.startswith("{"):
        try:
            data = json.loads(stored)
        except ValueError:
            data = None
        if _is_text_data(data):
            text = _text_from_data(data)
            try:
                str(text)  # every placeholder has its value: safe to show
            except (KeyError, IndexError, ValueError):
                return as_text(stored)
            return text
    return as_text(stored)


def _text_to_data(text: Text) -> dict[str, Any]:
    values = {
        key: _text_to_data(value) if isinstance(value, Text) else str(value)
        for key, value in text.values.items()
    }
    return {"context": text.context, "source": text.source, "values": values}


def _is_text_data(data: Any) -> bool:
    return (
        isinstance(data, dict)
        and set(data) == _TEXT_KEYS
        and isinstance(data["context"], str)
        and isinstance(data["source"], str)
        and isinstance(data["values"], dict)
    )


def _text_from_data(data: dict[str, Any]) -> Text:
    values = {
        key: _text_from_data(value) if _is_text_data(value) else str(value)
        for key, value in data["values"].items()
    }
    return Text(data["context"], data["source"], MappingProxyType(values))


def _entry(row: tuple[Any, ...]) -> OutboxEntry:
    reason = reason_from_json(row[6])
    return OutboxEntry(
        checkout_id=row[0],
        order_number=row[1],
        kind=row[2],
        body=json.loads(row[3]),
        state=OutboxState(row[4]),
        ongoing_order_id=row[5],
        reason=str(reason),
        attempts=row[7],
        created_at=datetime.fromisoformat(row[8]),
        updated_at=datetime.fromisoformat(row[9]),
        reason_text=reason,
    )


def open_default_outbox() -> Outbox:
    """The till's outbox in the user data folder, shared by the window and the CLI."""
    from app.store.paths import data_dir

    return Outbox(data_dir() / "outbox.sqlite")
