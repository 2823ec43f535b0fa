"""Save the latest version of a document in a worker thread, never on the UI's loop.

An fsync can take tens of milliseconds on a busy till disk; the cashier must not wait for
it. Saves coalesce: while one write runs, only the newest pending document is kept, so a
burst of scans costs at most two writes. `flush()` waits for the last one (on shutdown).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from app.persistence.json_file import JsonFile

log = logging.getLogger(__name__)


class BackgroundSaver:
    """`failed` hears once when saving starts failing (a full disk), `recovered` once when a
    save works again; the document itself stays in memory meanwhile."""

    def __init__(
        self,
        file: JsonFile,
        failed: Callable[[OSError], None] = lambda error: None,
        recovered: Callable[[], None] = lambda: None,
    ) -> None:
        self.file = file
        self.failed = failed
        self.recovered = recovered
        self.failing = False
        self._pending: dict[str, Any] | None = None
        self._writer: asyncio.Task[None] | None = None
        self.writes = 0

    def save(self, document: dict[str, Any]) -> None:
        """Queue this version; returns at once."""
        self._pending = document
        if self._writer is None or self._writer.done():
            self._writer = asyncio.get_running_loop().create_task(self._write_pending())

    async def flush(self) -> None:
        """Wait until the newest queued version is on disk."""
        while self._writer is not None and not self._writer.done():
            await asyncio.shield(self._writer)
        if self._pending is not None:  # queued after the writer finished its loop
            await self._write_pending()

    async def _write_pending(self) -> None:
        while self._pending is not None:
            document, self._pending = self._pending, None
            try:
                await asyncio.to_thread(self.file.save, document)
                self.writes += 1
            except OSError as error:
                log.error("event=save_failed file=%s error=%s", self.file.path.name, error)
                if not self.failing:
                    self.failing = True
                    self.failed(error)
                continue
            if self.failing:
                self.failing = False
                self.recovered()
