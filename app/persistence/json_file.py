"""Small JSON documents saved atomically, so a crash never leaves half a file behind."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from app.files.damaged import DamagedFile, report, set_aside

log = logging.getLogger(__name__)


class JsonFile:
    """One JSON document on disk: `save` replaces it atomically, `load` tolerates damage.

    A damaged file is set aside under a dated name (never deleted); `damage` says so.
    """

    def __init__(self, path: Path, clock: Callable[[], datetime] = datetime.now) -> None:
        self.path = path
        self.clock = clock
        self.damage: DamagedFile | None = None

    def save(self, document: dict[str, Any]) -> None:
        """Write and sync a new version, then swap it in; OSError when the disk refuses."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=self.path.name, dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(document, handle, ensure_ascii=False)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def load(self) -> dict[str, Any] | None:
        """The saved document, or None: missing, unreadable now, or damaged (set aside)."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            log.warning("event=saved_file_unreadable file=%s error=%s", self.path.name, error)
            return None
        try:
            document = json.loads(data.decode("utf-8"))
        except ValueError:  # not UTF-8, or not JSON
            document = None
        if isinstance(document, dict):
            return document
        try:
            kept_as = set_aside(self.path, self.clock())
        except FileNotFoundError:  # another process set it aside first
            return None
        except OSError as error:
            log.warning("event=saved_file_damaged file=%s error=%s", self.path.name, error)
            return None
        self.damage = report(DamagedFile(self.path.name, kept_as, recovered=0, unreadable=None))
        return None

    def delete(self) -> None:
        self.path.unlink(missing_ok=True)
