"""When a file on this PC cannot be written or read: what went wrong, in words to act on.

SQLite and the OS each report a full disk, a read-only folder or a file held by another
program their own way (an error code, an errno). `storage_error` turns any of them into one
`StorageError` whose `problem` the callers branch on and whose `text` tells a person what to
do. The order was not stored, so it was not sent: nothing typed is lost.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path

from app.domain.errors import TillsideError
from app.domain.text_values import filled
from app.domain.texts import Text, translate

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 5, 6, 8
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26
_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


class StorageProblem(Enum):
    FULL = "full"
    READ_ONLY = "read-only"
    LOCKED = "locked"
    DAMAGED = "damaged"
    UNAVAILABLE = "unavailable"  # any other error of the disk or the OS


class StorageError(TillsideError):
    """A file could not be used; `text` says so and what to do."""

    def __init__(self, problem: StorageProblem, path: Path, detail: str = "") -> None:
        super().__init__(_describe(problem, path, detail))
        self.problem = problem
        self.path = path
        self.detail = detail


def problem_of(error: BaseException) -> StorageProblem:
    """What kind of trouble an OSError or a SQLite error is."""
    if isinstance(error, sqlite3.Error):
        code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
        if code == _SQLITE_FULL:
            return StorageProblem.FULL
        if code == _SQLITE_READONLY:
            return StorageProblem.READ_ONLY
        if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
            return StorageProblem.LOCKED
        if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
            return StorageProblem.DAMAGED
        if code == _SQLITE_CANTOPEN:
            return StorageProblem.READ_ONLY
        return StorageProblem.UNAVAILABLE
    if isinstance(error, OSError):
        if error.errno in _FULL_ERRNOS:
            return StorageProblem.FULL
        if error.errno in _READ_ONLY_ERRNOS:
            return StorageProblem.READ_ONLY
    return StorageProblem.UNAVAILABLE


def storage_error(error: BaseException, path: Path) -> StorageError:
    detail = getattr(error, "strerror", None) or str(error)
    problem = problem_of(error)
    if problem is StorageProblem.UNAVAILABLE and _nearly_full(path):
        # SQLite says only "disk I/O error" when it cannot grow its shared-memory file on a
        # full disk (SQLITE_IOERR_SHMSIZE); the free space tells what it was.
        problem = StorageProblem.FULL
    return StorageError(problem, path, detail)


NEARLY_FULL_BYTES = 256 * 1024


def _nearly_full(path: Path) -> bool:
    for folder in (path.parent, *path.parent.parents):
        try:
            return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
        except OSError:
            continue
    return False


@contextmanager
def reported_as_storage_errors(path: Path) -> Iterator[None]:
    """Raise StorageError (from the original) for any SQLite or OS error inside."""
    try:
        yield
    except StorageError:
        raise
    except (sqlite3.Error, OSError) as error:
        raise storage_error(error, path) from error


def _describe(problem: StorageProblem, path: Path, detail: str) -> Text:
    folder = str(path.parent)
    if problem is StorageProblem.FULL:
        return translate("Storage", "This PC's disk is full. Free some space, then try again.")
    if problem is StorageProblem.READ_ONLY:
        return filled(
            translate(
                "Storage",
                "This PC's data folder cannot be written to ({folder}). "
                "IT: give the till's user write access to it, then try again.",
            ),
            folder=folder,
        )
    if problem is StorageProblem.LOCKED:
        return translate(
            "Storage",
            "Another Tillside program on this PC is holding the list of orders. "
            "Try again in a moment.",
        )
    if problem is StorageProblem.DAMAGED:
        return filled(
            translate(
                "Storage",
                "The file {file} on this PC is damaged. Restart Tillside: it sets the file "
                "aside and recovers what it can.",
            ),
            file=path.name,
        )
    return filled(
        translate(
            "Storage", "This PC could not use the file {file} ({detail}). Tell IT, then try again."
        ),
        file=str(path),
        detail=detail or problem.value,
    )
