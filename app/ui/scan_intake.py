"""Codes into the till: scanned (the application-wide scanner filter), typed in the code
field, or picked in the F2 search.

A code never waits for the one before: each is looked up as a task of its own. While the
till starts (the window is painted before the till exists, app/ui/start/till.py) codes are
kept and looked up in order once the window is attached; while F12 tests the scanner its
scans are the diagnostics' own (`held`) and the basket gets none.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from app.qt import QtWidgets
from app.services.task_groups import SCANS

if TYPE_CHECKING:
    from app.domain.scan_detector import ScannerTiming
    from app.ui.main_window import MainWindow
    from app.ui.scanner_filter import ScannerFilter

log = logging.getLogger(__name__)


class ScanIntake:
    """The window's way in for codes; `listen()` once the window is on screen."""

    def __init__(
        self, window: MainWindow, scanner: ScannerFilter | None, timing: ScannerTiming | None
    ) -> None:
        self._window = window
        self._scanner = scanner
        self._timing = timing
        self._waiting: list[str] = []  # codes from before the till was attached
        self.listening = False
        self.held = False  # F12 is open: its scans are the diagnostics' own
        if scanner is not None:
            scanner.scanned.connect(self._scanned)
        window.code_entry.returnPressed.connect(self._manual_entry)

    @property
    def scanner(self) -> ScannerFilter:
        """The application-wide scanner filter; made when first needed, after the first paint."""
        if self._scanner is None:
            from app.ui.scanner_filter import ScannerFilter

            self._scanner = ScannerFilter(self._timing, parent=self._window)
            self._scanner.scanned.connect(self._scanned)
        return self._scanner

    def listen(self) -> None:
        """Take the scanner's keys from now on (the window's `after_first_paint` says why
        not before); the code field welcomes scans, its job being codes."""
        if self.listening:
            return
        app = QtWidgets.QApplication.instance()
        assert app is not None
        self.scanner.welcome_scans_in(self._window.code_entry)
        app.installEventFilter(self.scanner)
        self.listening = True

    def stop(self) -> None:
        app = QtWidgets.QApplication.instance()
        if app is not None and self.listening:
            app.removeEventFilter(self.scanner)
            self.listening = False

    def submit(self, text: str) -> None:
        """A complete code from the scanner or the manual field: handled without waiting."""
        till = self._window.till
        if till is None or self._waiting:
            # Starting: kept, and looked up in order once the window is attached.
            self._waiting.append(text)
            return
        till.tasks.spawn(SCANS, till.checkout.scan(text))

    def take_article(self, article_number: str) -> None:
        """An article picked in the search: into the basket as if it had been scanned."""
        till = self._window.till
        if till is not None:
            till.tasks.spawn(SCANS, till.checkout.take(article_number))

    def submit_waiting(self) -> None:
        """Codes scanned while the till was starting, in their order, once it is attached."""
        waiting, self._waiting = self._waiting, []
        for code in waiting:
            self.submit(code)

    @property
    def tasks(self) -> list[Any]:
        """Scans still being looked up (benchmarks wait for none)."""
        till = self._window.till
        return till.tasks.group(SCANS) if till is not None else []

    def _scanned(self, text: str) -> None:
        """A scan: the basket's, unless IT is testing the scanner in F12, which shows it."""
        if self.held:
            log.info("event=scan_kept_in_diagnostics")
            return
        self.submit(text)

    def _manual_entry(self) -> None:
        entry = self._window.code_entry
        text = entry.text()
        entry.clear()
        if text.strip():
            self.submit(text)
