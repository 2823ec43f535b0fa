"""Storage that fails as a PC's does: a real small disk that fills up, writes the disk
refuses, and an outbox file damaged on purpose.

The small filesystems are real tmpfs mounts, so they need root (`can_mount`); the rest
works anywhere.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.domain.order_number import OrderNumberFormat
from app.persistence.outbox import Outbox

# --- real small filesystems (root only) ---


def can_mount() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


@contextlib.contextmanager
def small_filesystem(mount_point: Path, size_kib: int = 1024) -> Iterator[Path]:
    """A tmpfs of `size_kib` at `mount_point`, unmounted afterwards whatever happened."""
    mount_point.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(mount_point)],
        check=True,
    )
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


@contextlib.contextmanager
def filled_up(folder: Path) -> Iterator[Path]:
    """Fill the filesystem holding `folder` to the last byte; freed again afterwards."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    try:
        for size in (65536, 4096, 512, 1):  # big blocks first, then what is left
            with contextlib.suppress(OSError):
                while os.write(fd, b"\0" * size):
                    pass
    finally:
        os.close(fd)
    try:
        yield filler
    finally:
        filler.unlink(missing_ok=True)


# --- an outbox whose disk refuses writes ---


class FailingWrites:
    """The outbox's connection, failing every INSERT as the disk would."""

    def __init__(self, db: sqlite3.Connection, error: BaseException) -> None:
        self._db, self._error = db, error

    def execute(self, sql: str, *args: Any) -> Any:
        if sql.lstrip().upper().startswith("INSERT"):
            raise self._error
        return self._db.execute(sql, *args)

    def close(self) -> None:
        self._db.close()


def fail_writes(outbox: Outbox, error: BaseException) -> Callable[[], None]:
    """From now on the outbox's disk refuses every write; the returned call heals it."""
    healthy = outbox._db
    outbox._db = FailingWrites(healthy, error)  # type: ignore[assignment]

    def heal() -> None:
        outbox._db = healthy

    return heal


# --- damaged outbox files ---

# The outboxes made here number their orders thus, with their clock standing at WHEN.
NUMBERS = OrderNumberFormat.of("TS", "1")
WHEN = datetime(2026, 12, 4, 10, 15, 0, tzinfo=UTC)
PAGE = 4096  # SQLite's page size


def outbox_row(marker: str) -> dict[str, object]:
    """An order body that `marker` can be found by in the file's bytes."""
    return {
        "orderNumber": marker,
        "consignee": {"name": "Ann Berg"},
        "orderLines": [{"rowNumber": "1", "articleNumber": marker, "numberOfItems": 1}],
        "padding": marker * 40,  # a few rows per page, so one bad page loses only some
    }


def filled_outbox(path: Path, orders: int = 40, sent_every: int = 3) -> list[str]:
    """An outbox of `orders` rows (every third sent), closed so the WAL is in the file."""
    with Outbox(path, clock=lambda: WHEN) as outbox:
        numbers = []
        for index in range(orders):
            number = outbox.allocate_number(NUMBERS)
            outbox.add(f"c{index:03}", number, "pickup", outbox_row(f"ROW{index:03}"))
            if index % sent_every == 0:
                outbox.claim(f"c{index:03}", "me")
                outbox.mark_sent(f"c{index:03}", 1000 + index)
            numbers.append(number)
    return numbers


def spoil_page_holding(path: Path, marker: bytes) -> None:
    """Overwrite the b-tree header of the page that holds `marker`: its rows cannot be read."""
    data = bytearray(path.read_bytes())
    offset = data.index(marker)
    page_start = offset - offset % PAGE
    data[page_start : page_start + 12] = b"\xee" * 12
    path.write_bytes(bytes(data))


def spoil_index_entry(path: Path, order_number: str) -> None:
    """The unique index on order numbers disagrees with the table: the integrity check fails."""
    data = bytearray(path.read_bytes())
    [in_index] = [
        at for at in _occurrences(data, order_number.encode()) if _page_type(data, at) == 10
    ]
    data[in_index : in_index + 2] = b"ZZ"
    path.write_bytes(bytes(data))


def _occurrences(data: bytearray, needle: bytes) -> list[int]:
    found, start = [], 0
    while (at := data.find(needle, start)) >= 0:
        found.append(at)
        start = at + 1
    return found


def _page_type(data: bytearray, offset: int) -> int:
    """SQLite's b-tree page type of the page holding `offset` (10: index leaf, 13: table leaf)."""
    page_start = offset - offset % PAGE
    return data[page_start + (100 if page_start == 0 else 0)]
