"""A damaged file is set aside under a dated name, never deleted, and reported once.

The till keeps working with a fresh file; IT gets the damaged one to look at, and the
cashier and the log say what was recovered from it. `DamagedFile` is that report: the
outbox, the basket and the settings file each make one when they find damage on opening.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)

# SQLite keeps a database's recent writes beside it; they move with it.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True, slots=True)
class DamagedFile:
    """What was found damaged, where it is kept now, and what could be read back from it.

    `unreadable` is None when nothing could be read at all (so nothing could be counted).
    """

    name: str
    kept_as: Path
    recovered: int = 0
    unreadable: int | None = 0
    unsent: int = 0

    def log_line(self) -> str:
        unreadable = "unknown" if self.unreadable is None else str(self.unreadable)
        return (
            f"event=storage_damaged file={self.name} kept_as={self.kept_as.name} "
            f"recovered={self.recovered} unsent={self.unsent} unreadable={unreadable}"
        )


def dated_name(path: Path, when: datetime) -> Path:
    """`outbox.sqlite` -> `outbox.damaged-20261204-101500.sqlite`, free of any file there."""
    stamp = when.strftime("%Y%m%d-%H%M%S")
    for attempt in range(1, 1000):
        suffix = "" if attempt == 1 else f"-{attempt}"
        candidate = path.with_name(f"{path.stem}.damaged-{stamp}{suffix}{path.suffix}")
        taken = candidate.exists() or any(
            candidate.with_name(candidate.name + s).exists() for s in COMPANION_SUFFIXES
        )
        if not taken:
            return candidate
    raise FileExistsError(f"Too many damaged copies of {path.name} in {path.parent}.")


def set_aside(path: Path, when: datetime) -> Path:
    """Move the file (and SQLite's companions) to a dated name beside it; the new path.

    Renaming never copies, so it works on a full disk too.
    """
    target = dated_name(path, when)
    os.replace(path, target)
    for suffix in COMPANION_SUFFIXES:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    return target


def report(damage: DamagedFile) -> DamagedFile:
    log.warning(damage.log_line())
    return damage
