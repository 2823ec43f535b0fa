"""The order outbox: every order is stored, with its final number, before the first send.

SQLite in WAL mode, one row per order. Because the order number is fixed before sending
and `PUT /orders` is an upsert on it, re-sending after a timeout or a crash updates the same
order in Ongoing instead of creating a second one. A claim column keeps two windows (or two
processes) from sending the same row at once; a stale claim (a crash mid-send) expires.

Each row has its own id (`checkout_id`, which claims and sends go by) and names the checkout
it belongs to (`checkout`): a split checkout stores one row per warehouse, all sharing one
checkout, so its slip, its log lines and a reprint find every part. Beside the body sent to
Ongoing a row keeps what its slip prints that is not the customer's (`slip`: the warehouse,
the article names); the customer's details leave the row once Ongoing confirmed it.

An order taken while Ongoing could not be asked (the till is offline, or slow) is stored
first, its stock "not yet checked" (`stock_checked` 0): before its first send it gets the
fresh stock check every order gets, and when the stock is no longer there it waits for a
person with the shortage as its reason. Rows from before version 4 were checked before
they were stored.

Why a row is waiting (`reason`) is shown to the cashier, so it is stored as a `Text` in JSON
(`{"context", "source", "values"}`) and translated when shown; rows written before that
hold a plain English string and read back as an untranslated Text.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import Enum
from pathlib import Path
from types import MappingProxyType
from typing import Any

import psutil

from app.domain.order_number import (
    OrderNumberFormat,
    is_installation_id,
    new_installation_id,
    next_stamp,
)
from app.domain.texts import Text, as_text
from app.files.damaged import DamagedFile, report, set_aside
from app.files.locations import OUTBOX_FILE
from app.persistence.sqlite_files import DamagedDatabaseError, inode_of, open_checked, transaction
from app.persistence.storage_errors import reported_as_storage_errors

log = logging.getLogger(__name__)

CLAIM_TIMEOUT = timedelta(minutes=2)
SCHEMA_VERSION = 4
FILE_NAME = OUTBOX_FILE
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
    reason: Text  # why it waits: translated where shown, str() for the command line and logs
    attempts: int
    created_at: datetime
    updated_at: datetime
    # Ongoing was asked, before the first send, whether it already holds this number.
    number_checked: bool = True
    # The checkout this order is a part of, shared by every part of a split ("" in a row
    # made by hand: then the row's own id).
    checkout: str = ""
    # What the slip prints that is not the customer's: the warehouse, the article names.
    slip: Mapping[str, Any] = field(default_factory=dict)
    # The fresh stock check before the first send was made (False: taken offline, or while
    # Ongoing was slow, and not yet checked).
    stock_checked: bool = True

    @property
    def needs_attention(self) -> bool:
        """Sending was refused for a reason a person must look at (not a retry's wait)."""
        return self.state is OutboxState.ATTENTION


@dataclass(frozen=True, slots=True)
class NewOrder:
    """One order to store before its first send (a split checkout stores several at once).

    `checkout` groups the parts of one checkout; empty, the order is a checkout of its own
    (its `checkout_id`). `slip` must hold no customer data: it outlives the confirmation.
    """

    checkout_id: str
    order_number: str
    kind: str
    body: dict[str, Any]
    number_checked: bool = False
    checkout: str = ""
    slip: Mapping[str, Any] = field(default_factory=dict)
    stock_checked: bool = True


class Outbox:
    """A durable queue of orders keyed by each row's own id (`checkout_id`), safe across
    processes; `checkout_parts` finds the rows of one checkout.

    Opening checks the file: a damaged one is set aside under a dated name, every order that
    can still be read goes into a fresh outbox, and `damage` says what happened (once).
    Every error of the disk or SQLite comes out as a `StorageError` that says what to do.
    """

    def __init__(self, path: Path, clock: Callable[[], datetime] = lambda: datetime.now(UTC)):
        self.path = path
        self.clock = clock
        self.damage: DamagedFile | None = None
        # One connection for the life of the outbox (opening one per call cost ~1 ms each);
        # calls may come from worker threads, one at a time under the lock.
        self._lock = threading.RLock()
        with reported_as_storage_errors(path):
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._db = _open(path)
            except DamagedDatabaseError as found:
                self._db = self._salvage(found.inode)

    def _salvage(self, inode: tuple[int, int] | None) -> sqlite3.Connection:
        """Set the damaged file aside, read back what it holds, start afresh with that."""
        if inode is not None and inode_of(self.path) != inode:
            return _open(self.path)  # another process set it aside meanwhile: use its fresh one
        try:
            kept_as = set_aside(self.path, self.clock().astimezone())
        except FileNotFoundError:  # the same, a moment later
            return _open(self.path)
        rows, unreadable = read_back_rows(kept_as)
        db = _open(self.path)
        with transaction(db, durable=True):
            for row in rows:
                db.execute(
                    f"INSERT OR IGNORE INTO orders ({_STORED_COLUMNS}) "
                    f"VALUES ({', '.join('?' * len(row))})",
                    row,
                )
        unsent = sum(1 for row in rows if row[4] in _SENDABLE)
        self.damage = report(DamagedFile(FILE_NAME, kept_as, len(rows), unreadable, unsent))
        return db

    @contextmanager
    def _connect(self, *, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """The connection, under the lock; any failure as a StorageError.

        `durable` commits reach the disk before returning (an order stored before its first
        send must survive a power cut). Other writes (claims, states) use WAL's NORMAL sync:
        atomic and safe if the till crashes; a power cut can lose only the latest state
        change, and replaying it is harmless because every send is an upsert.
        """
        with self._lock, reported_as_storage_errors(self.path):
            self._db.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
            yield self._db

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- numbers ---

    def allocate_number(self, numbers: OrderNumberFormat) -> str:
        """The next order number of this PC, taken inside one write transaction.

        Every process on the PC shares the last stamp kept here, so each gets a distinct,
        increasing number, also after a restart with the clock stepped back. The write
        reaches the disk with the order that uses the number (a durable commit syncs it).
        """
        host = socket.gethostname()
        with self._connect() as db, transaction(db):
            row = db.execute("SELECT installation_id, last_stamp, host FROM numbering").fetchone()
            if row is None or not is_installation_id(row[0]):  # edited by hand: a new space
                row = (new_installation_id(), 0, host)
                db.execute("DELETE FROM numbering")
                db.execute("INSERT INTO numbering VALUES (1, ?, ?, ?)", row)
            elif row[2] != host:
                # The data folder was copied from another PC (a disk image, a backup put
                # back): its numbers are that PC's, so this one takes its own space.
                if row[2]:
                    log.warning("event=installation_id_renewed reason=other_pc")
                    row = (new_installation_id(), row[1], host)
                db.execute("UPDATE numbering SET installation_id = ?, host = ?", (row[0], host))
            installation_id, last = row[0], int(row[1])
            stamp = next_stamp(last, self.clock())
            db.execute("UPDATE numbering SET last_stamp = ?", (stamp,))
        return numbers.number(installation_id, stamp)

    def installation_id(self) -> str:
        with self._connect() as db:
            row = db.execute("SELECT installation_id FROM numbering").fetchone()
        return str(row[0]) if row else ""

    # --- storing ---

    def add(
        self, checkout_id: str, order_number: str, kind: str, body: dict[str, Any]
    ) -> OutboxEntry:
        """Store a new order before it is sent; adding the same checkout again is a no-op."""
        [entry] = self.add_all([NewOrder(checkout_id, order_number, kind, body)])
        return entry

    def add_all(self, orders: Sequence[NewOrder]) -> list[OutboxEntry]:
        """Store every part of a checkout in one durable transaction: all of them, or none.

        Raises StorageError (nothing stored) when the disk is full, the folder read-only, or
        the file held too long by another process; ValueError for a number already stored
        under another checkout.
        """
        now = self.clock().isoformat()
        with self._connect(durable=True) as db, transaction(db):
            for order in orders:
                try:
                    db.execute(
                        "INSERT OR IGNORE INTO orders (checkout_id, order_number, kind, body, "
                        "state, number_checked, created_at, updated_at, checkout, slip, "
                        "stock_checked) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            order.checkout_id,
                            order.order_number,
                            order.kind,
                            json.dumps(order.body),
                            OutboxState.WAITING.value,
                            int(order.number_checked),
                            now,
                            now,
                            order.checkout or order.checkout_id,
                            json.dumps(dict(order.slip), ensure_ascii=False),
                            int(order.stock_checked),
                        ),
                    )
                except sqlite3.IntegrityError:
                    raise ValueError(
                        f"Order number {order.order_number} is already in the outbox."
                    ) from None
        entries = [self.get(order.checkout_id) for order in orders]
        return [entry for entry in entries if entry is not None]

    def renumber(self, checkout_id: str, order_number: str, body: dict[str, Any]) -> None:
        """Give a never-sent order a new number (Ongoing holds its old one for another order)."""
        with self._connect(durable=True) as db:
            db.execute(
                "UPDATE orders SET order_number = ?, body = ?, number_checked = 1, "
                "updated_at = ? WHERE checkout_id = ? AND number_checked = 0",
                (order_number, json.dumps(body), self.clock().isoformat(), checkout_id),
            )

    def mark_number_checked(self, checkout_id: str) -> None:
        """Ongoing holds no other order with this number: from now on every send is ours."""
        with self._connect(durable=True) as db:
            db.execute("UPDATE orders SET number_checked = 1 WHERE checkout_id = ?", (checkout_id,))

    def mark_stock_checked(self, checkout_id: str) -> None:
        """The fresh stock check before the first send found everything (or it may go short)."""
        with self._connect(durable=True) as db:
            db.execute("UPDATE orders SET stock_checked = 1 WHERE checkout_id = ?", (checkout_id,))

    def claim(self, checkout_id: str, claimant: str) -> OutboxEntry | None:
        """Take the row for sending, unless another live sender holds a fresh claim on it.

        A claim is free when nobody holds it, when it is older than CLAIM_TIMEOUT, or when
        its holder is a process on this PC that no longer runs (the till was killed
        mid-send): then the restarted till resends at once instead of waiting.
        """
        now = self.clock()
        with self._connect() as db, transaction(db):
            row = db.execute(
                "SELECT state, claimed_by, claimed_at FROM orders WHERE checkout_id = ?",
                (checkout_id,),
            ).fetchone()
            free = row is not None and row[0] in _SENDABLE
            if not (free and _claim_is_free(row, claimant, now)):
                return None
            db.execute(
                "UPDATE orders SET claimed_by = ?, claimed_at = ?, "
                "attempts = attempts + 1 WHERE checkout_id = ?",
                (claimant, now.isoformat(), checkout_id),
            )
        return self.get(checkout_id)

    def replace_body(
        self,
        checkout_id: str,
        claimant: str,
        body: dict[str, Any],
        slip: Mapping[str, Any] | None = None,
    ) -> bool:
        """Change what an unsent order will send (its quantities lowered at the till), and
        what its slip prints with it (`slip`, when given).

        False, and nothing changed, when the row is no longer waiting or a sender other
        than `claimant` holds a fresh claim on it (it is on its way with the old body).
        """
        now = self.clock()
        with self._connect(durable=True) as db, transaction(db):
            row = db.execute(
                "SELECT state, claimed_by, claimed_at FROM orders WHERE checkout_id = ?",
                (checkout_id,),
            ).fetchone()
            if row is None or row[0] not in _SENDABLE or not _claim_is_free(row, claimant, now):
                return False
            db.execute(
                "UPDATE orders SET body = ?, updated_at = ? WHERE checkout_id = ?",
                (json.dumps(body), now.isoformat(), checkout_id),
            )
            if slip is not None:
                db.execute(
                    "UPDATE orders SET slip = ? WHERE checkout_id = ?",
                    (json.dumps(dict(slip), ensure_ascii=False), checkout_id),
                )
        return True

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
            "state = ?, ongoing_order_id = ?, reason = '', claimed_by = NULL, body = ?, "
            "number_checked = 1",
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
                _SENDABLE,
            ).fetchall()
        return [_entry(row) for row in rows]

    def all(self) -> list[OutboxEntry]:
        with self._connect() as db:
            rows = db.execute(f"SELECT {_COLUMNS} FROM orders ORDER BY created_at").fetchall()
        return [_entry(row) for row in rows]

    def sent_of_kind(self, kind: str, since: datetime) -> list[OutboxEntry]:
        """Rows of `kind` Ongoing confirmed, stored at `since` or later, oldest first."""
        with self._connect() as db:
            rows = db.execute(
                f"SELECT {_COLUMNS} FROM orders WHERE kind = ? AND state = ? "
                "AND created_at >= ? ORDER BY created_at",
                (kind, OutboxState.SENT.value, since.astimezone(UTC).isoformat()),
            ).fetchall()
        return [_entry(row) for row in rows]

    def note_slip(self, checkout_id: str, facts: Mapping[str, Any]) -> None:
        """Add facts to a row's slip (what became known later, e.g. a return received)."""
        with self._connect(durable=True) as db, transaction(db):
            row = db.execute(
                "SELECT slip FROM orders WHERE checkout_id = ?", (checkout_id,)
            ).fetchone()
            if row is None:
                return
            slip = {**_slip_from_json(row[0]), **facts}
            db.execute(
                "UPDATE orders SET slip = ?, updated_at = ? WHERE checkout_id = ?",
                (json.dumps(slip, ensure_ascii=False), self.clock().isoformat(), checkout_id),
            )

    def checkout_parts(self, key: str) -> list[OutboxEntry]:
        """Every part of the checkout that `key` names (one of its order numbers, or the
        checkout's id), in the order they were stored; empty when this PC has none."""
        key = key.strip()
        with self._connect() as db:
            rows = db.execute(
                f"SELECT {_COLUMNS} FROM orders WHERE checkout IN "
                "(SELECT checkout FROM orders WHERE order_number = ? OR checkout = ? "
                " OR checkout_id = ?) ORDER BY rowid",
                (key.upper(), key, key),
            ).fetchall()
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
    "created_at, updated_at, number_checked, checkout, slip, stock_checked"
)
# What a fresh outbox takes over from a damaged one (claims are not: their senders are gone).
_STORED_COLUMNS = _COLUMNS
# A column an older outbox lacks, as its rows read back: what the upgrade gives them.
_OLDER_ROWS = {
    "number_checked": "(attempts > 0 OR state = 'sent')",
    "checkout": "checkout_id",
    "slip": "'{}'",
    "stock_checked": "1",
}
_SENDABLE = (OutboxState.WAITING.value, OutboxState.ATTENTION.value)


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
    return OutboxEntry(
        checkout_id=row[0],
        order_number=row[1],
        kind=row[2],
        body=json.loads(row[3]),
        state=OutboxState(row[4]),
        ongoing_order_id=row[5],
        reason=reason_from_json(row[6]),
        attempts=row[7],
        created_at=datetime.fromisoformat(row[8]),
        updated_at=datetime.fromisoformat(row[9]),
        number_checked=bool(row[10]),
        checkout=row[11] or row[0],
        slip=_slip_from_json(row[12]),
        stock_checked=bool(row[13]),
    )


def _slip_from_json(stored: str) -> dict[str, Any]:
    """The row's slip facts; none when they cannot be read (the slip prints what it has)."""
    try:
        facts = json.loads(stored or "{}")
    except ValueError:
        return {}
    return facts if isinstance(facts, dict) else {}


def open_default_outbox() -> Outbox:
    """The till's outbox in the user data folder, shared by the window and the CLI.

    Raises StorageError when the data folder cannot be made or the file cannot be opened.
    """
    from app.files.locations import outbox_path

    return Outbox(outbox_path())


# --- opening, checking, salvaging ---


def _open(path: Path) -> sqlite3.Connection:
    return open_checked(path, _create_or_upgrade)


def _create_or_upgrade(db: sqlite3.Connection) -> None:
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
            updated_at TEXT NOT NULL,
            number_checked INTEGER NOT NULL DEFAULT 0,
            checkout TEXT NOT NULL DEFAULT '',
            slip TEXT NOT NULL DEFAULT '{}',
            stock_checked INTEGER NOT NULL DEFAULT 1
        )"""
    )
    columns = {row[1] for row in db.execute("PRAGMA table_info(orders)")}
    if "number_checked" not in columns:
        # Version 1: a row that was ever sent (or tried) is this outbox's own in Ongoing.
        db.execute("ALTER TABLE orders ADD COLUMN number_checked INTEGER NOT NULL DEFAULT 0")
        db.execute("UPDATE orders SET number_checked = 1 WHERE attempts > 0 OR state = 'sent'")
    if "checkout" not in columns:
        # Version 2: every row was a checkout of its own; what its slip printed was not kept.
        db.execute("ALTER TABLE orders ADD COLUMN checkout TEXT NOT NULL DEFAULT ''")
        db.execute("UPDATE orders SET checkout = checkout_id WHERE checkout = ''")
    if "slip" not in columns:
        db.execute("ALTER TABLE orders ADD COLUMN slip TEXT NOT NULL DEFAULT '{}'")
    if "stock_checked" not in columns:
        # Version 4: every older row had its stock checked before it was stored.
        db.execute("ALTER TABLE orders ADD COLUMN stock_checked INTEGER NOT NULL DEFAULT 1")
    db.execute("CREATE INDEX IF NOT EXISTS orders_checkout ON orders (checkout)")
    db.execute(
        """CREATE TABLE IF NOT EXISTS numbering (
            only INTEGER PRIMARY KEY CHECK (only = 1),
            installation_id TEXT NOT NULL,
            last_stamp INTEGER NOT NULL,
            host TEXT NOT NULL DEFAULT ''
        )"""
    )
    if "host" not in {row[1] for row in db.execute("PRAGMA table_info(numbering)")}:
        db.execute("ALTER TABLE numbering ADD COLUMN host TEXT NOT NULL DEFAULT ''")
    db.execute(
        "INSERT OR IGNORE INTO numbering VALUES (1, ?, 0, ?)",
        (new_installation_id(), socket.gethostname()),
    )
    if db.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
        db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")


def read_back_rows(path: Path) -> tuple[list[tuple[Any, ...]], int | None]:
    """Every order row that can still be read from a damaged outbox, row by row.

    Returns the rows (claims dropped) and how many could not be read; None for that count
    when the file could not be read at all, so nothing could be counted. A file from an
    older version reads back as its upgrade would have made it.
    """
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return [], None
    try:
        try:
            highest = db.execute("SELECT max(rowid) FROM orders").fetchone()[0] or 0
            present = {row[1] for row in db.execute("PRAGMA table_info(orders)")}
        except sqlite3.DatabaseError:
            return [], None
        selected = ", ".join(
            column if column in present else _OLDER_ROWS.get(column, column)
            for column in _STORED_COLUMNS.split(", ")
        )
        rows: list[tuple[Any, ...]] = []
        unreadable = 0
        for rowid in range(1, min(int(highest), _MOST_ROWS_READ_BACK) + 1):
            try:
                row = db.execute(
                    f"SELECT {selected} FROM orders WHERE rowid = ?", (rowid,)
                ).fetchone()
            except sqlite3.DatabaseError:
                unreadable += 1
                continue
            if row is None:
                continue  # never there, or deleted
            if _row_is_whole(row):
                rows.append(row)
            else:
                unreadable += 1
        return rows, unreadable
    except sqlite3.OperationalError:  # the table's shape itself is gone
        return [], None
    finally:
        db.close()


_MOST_ROWS_READ_BACK = 5_000_000


def _row_is_whole(row: tuple[Any, ...]) -> bool:
    """Every field an order needs is there and makes sense."""
    try:
        checkout_id, number, kind, body, state = row[:5]
        ok = all(isinstance(v, str) and v for v in (checkout_id, number, kind))
        ok = ok and state in {s.value for s in OutboxState}
        ok = ok and isinstance(json.loads(body), dict)
        datetime.fromisoformat(row[8])
        datetime.fromisoformat(row[9])
        return ok and isinstance(row[7], int)
    except (TypeError, ValueError):
        return False
