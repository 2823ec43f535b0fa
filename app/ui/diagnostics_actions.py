"""F12: the scanner diagnostics, open at most once; while open, the scans are its own.

IT on the phone asks the cashier for F12 when the scanner misbehaves: the dialog shows what
the till sees of each scan (app/ui/scanner_diagnostics.py), and the basket gets none of
them until it closes (`ScanIntake.held`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.scanner_diagnostics import ScannerDiagnostics

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class DiagnosticsActions:
    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._dialog: ScannerDiagnostics | None = None

    def open(self) -> None:
        if self._dialog is None:
            self._dialog = ScannerDiagnostics(self._window.scanner, self._window)
            self._dialog.finished.connect(self._closed)
            self._window.scans.held = True
        self._dialog.open()

    def _closed(self) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
            self._dialog = None
        self._window.scans.held = False
        self._window.focus_entry()
