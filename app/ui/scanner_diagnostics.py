"""Scanner diagnostics for IT: raw keys with timing, what was recognised, and what to change.

Opened with F12. It listens to the same filter the till uses, so what it shows is exactly
what the till sees.
"""

from __future__ import annotations

from app.domain.barcodes import ProblemReason, ScanProblem, parse_scan
from app.domain.scan_detector import ScannerTiming
from app.qt import QtGui, QtWidgets
from app.ui.scanner_filter import ScannerFilter

VISIBLE_KEYS = {"\r": "⏎Enter", "\n": "⏎LF", "\t": "⇥Tab", "\x1d": "<GS>", " ": "␣"}


def describe_key(char: str) -> str:
    return VISIBLE_KEYS.get(char, char if char.isprintable() else f"\\x{ord(char):02x}")


def advice(timing: ScannerTiming, gaps_ms: list[float], problem: ScanProblem | None) -> list[str]:
    """Settings that would make the scanner work, from what was actually seen."""
    tips: list[str] = []
    if gaps_ms:
        slowest = max(gaps_ms)
        if slowest > timing.max_interkey_ms * 0.8:
            suggested = int(min(95, slowest * 1.5))
            tips.append(
                f"The slowest key gap was {slowest:.0f} ms, close to the limit of "
                f"{timing.max_interkey_ms:.0f} ms: set scanner.max_interkey_ms to {suggested}."
            )
    if problem is not None and problem.reason is ProblemReason.KEYBOARD_LAYOUT:
        tips.append(
            f"The scanner types as if the keyboard were {problem.layout}: set the scanner to "
            "the PC's keyboard layout (or use its 'Alt+numpad' / 'universal' keyboard mode)."
        )
    if problem is not None and problem.reason is ProblemReason.WRONG_CHECK_DIGIT:
        tips.append("A wrong check digit usually means a damaged label or a missed digit.")
    return tips


class ScannerDiagnostics(QtWidgets.QDialog):
    def __init__(self, scanner: ScannerFilter, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scannerDiagnostics")
        self.setWindowTitle("Scanner diagnostics")
        self.setAccessibleName("Scanner diagnostics")
        self.scanner = scanner
        self._last_ms: float | None = None
        self._gaps: list[float] = []

        layout = QtWidgets.QVBoxLayout(self)
        timing = scanner.timing
        terminators = " ".join(describe_key(t) for t in sorted(timing.terminators))
        self.settings_label = QtWidgets.QLabel(
            f"Settings: a scan is keys at most {timing.max_interkey_ms:.0f} ms apart, at least "
            f"{timing.min_length} long, ending with {terminators}.",
            self,
        )
        self.settings_label.setWordWrap(True)
        layout.addWidget(self.settings_label)
        layout.addWidget(QtWidgets.QLabel("Keys as they arrive (gap in ms):", self))
        self.keys_view = QtWidgets.QPlainTextEdit(self)
        self.keys_view.setObjectName("rawKeys")
        self.keys_view.setAccessibleName("Raw keys with timing")
        self.keys_view.setReadOnly(True)
        self.keys_view.setFocusPolicy(QtGui.Qt.FocusPolicy.NoFocus)
        self.keys_view.setFont(
            QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont)
        )
        layout.addWidget(self.keys_view, 1)
        self.result_label = QtWidgets.QLabel("Scan something.", self)
        self.result_label.setObjectName("scanResult")
        self.result_label.setAccessibleName("What was recognised")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        close = QtWidgets.QPushButton("Close (Esc)", self)
        close.clicked.connect(self.reject)
        layout.addWidget(close)
        self.resize(560, 420)

        scanner.keys_seen.connect(self._key_seen)
        scanner.scanned.connect(self._scanned)
        self.finished.connect(self._disconnect)

    def _disconnect(self) -> None:
        self.scanner.keys_seen.disconnect(self._key_seen)
        self.scanner.scanned.disconnect(self._scanned)

    def _key_seen(self, char: str, t_ms: float) -> None:
        gap = None if self._last_ms is None else t_ms - self._last_ms
        self._last_ms = t_ms
        if gap is not None and gap < 1000:
            self._gaps.append(gap)
        shown = "   —" if gap is None or gap >= 1000 else f"{gap:4.0f}"
        self.keys_view.appendPlainText(f"{shown} ms  {describe_key(char)}")

    def _scanned(self, text: str) -> None:
        result = parse_scan(text)
        if isinstance(result, ScanProblem):
            lines = [f"Scan “{text}”: {result.message}"]
        else:
            check = "check digit OK" if result.gtin14 else "no check digit (article number)"
            lines = [f"Scan “{text}”: {result.kind.value} {result.code}, {check}."]
        problem = result if isinstance(result, ScanProblem) else None
        lines += advice(self.scanner.timing, self._gaps, problem)
        self.result_label.setText("\n".join(lines))
        self._gaps = []
