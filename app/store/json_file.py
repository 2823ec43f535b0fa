"""Small JSON documents saved atomically, so a crash never leaves half a file behind."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


class JsonFile:
    """One JSON document on disk: `save` replaces it atomically, `load` tolerates damage."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def save(self, document: dict[str, Any]) -> None:
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
        """The saved document, or None; a damaged file is set aside (not deleted) and logged."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        try:
            document = json.loads(text)
        except ValueError:
            document = None
        if not isinstance(document, dict):
            aside = self.path.with_suffix(self.path.suffix + ".damaged")
            os.replace(self.path, aside)
            log.warning("event=saved_file_damaged file=%s set_aside=%s", self.path.name, aside.name)
            return None
        return document

    def delete(self) -> None:
        self.path.unlink(missing_ok=True)
