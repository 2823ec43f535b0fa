"""Scanner diagnostics for IT: raw keys with timing, what was recognised, and what to change.

Opened with F12. It listens to the same filter the till uses, so what it shows is exactly
what the till sees. Its words follow the till's language like the rest of the window; the
setting names in the advice (`scanner.max_interkey_ms`) stay as they are written in the file.
"""

from __future__ import annotations

from app.domain.barcodes import ProblemReason, ScannedCode, ScanProblem, parse_scan
from app.domain.scan_detector import ScannerTiming
from app.domain.texts import QT_TRANSLATE_NOOP
from app.qt import QtCore, QtGui, QtWidgets
from app.ui.i18n import shown
from app.ui.scanner_filter import ScannerFilter

VISIBLE_KEYS = {
    "\r": QT_TRANSLATE_NOOP("ScannerDiagnostics", "⏎Enter"),
    "\n": QT_TRANSLATE_NOOP("ScannerDiagnostics", "⏎LF"),
    "\t": QT_TRANSLATE_NOOP("ScannerDiagnostics", "⇥Tab"),
    "\x1d": QT_TRANSLATE_NOOP("ScannerDiagnostics", "<GS>"),
    " ": "␣",
}


def describe_key(char: str) -> str:
    """A key as a person can read it: control characters by name or as a hex escape."""
    if char in VISIBLE_KEYS:
        return QtCore.QCoreApplication.translate("ScannerDiagnostics", VISIBLE_KEYS[char])
    return char if char.isprintable() else "\\x" + format(ord(char), "02x")


def advice(timing: ScannerTiming, gaps_ms: list[float], problem: ScanProblem | None) -> list[str]:
    """Settings that would make the scanner work, from what was actually seen."""
    translate = QtCore.QCoreApplication.translate
    tips: list[str] = []
    if gaps_ms:
        slowest = max(gaps_ms)
        if slowest > timing.max_interkey_ms * 0.8:
            suggested = int(min(95, slowest * 1.5))
            tips.append(
                translate(
                    "ScannerDiagnostics",
                    "The slowest key gap was {slowest} ms, close to the limit of {limit} ms: "
                    "set scanner.max_interkey_ms to {suggested}.",
                ).format(
                    slowest=round(slowest),
                    limit=round(timing.max_interkey_ms),
                    suggested=suggested,
                )
            )
    if problem is not None and problem.reason is ProblemReason.KEYBOARD_LAYOUT:
        tips.append(
            translate(
                "ScannerDiagnostics",
                "The scanner types as if the keyboard were {layout}: set the scanner to "
                "the PC's keyboard layout (or use its 'Alt+numpad' / 'universal' keyboard mode).",
            ).format(layout=problem.layout)
        )
    if problem is not None and problem.reason is ProblemReason.WRONG_CHECK_DIGIT:
        tips.append(
            translate(
                "ScannerDiagnostics",
                "A wrong check digit usually means a damaged label or a missed digit.",
            )
        )
    return tips


class ScannerDiagnostics(QtWidgets.QDialog):
    def __init__(self, scanner: ScannerFilter, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scannerDiagnostics")
        self.scanner = scanner
        self._last_ms: float | None = None
        self._gaps: list[float] = []
        # The last scan with the gaps seen before it: rendered again on a language change.
        self._last_scan: tuple[str, ScannedCode | ScanProblem, list[float]] | None = None

        layout = QtWidgets.QVBoxLayout(self)
        self.settings_label = QtWidgets.QLabel(self)
        self.settings_label.setWordWrap(True)
        layout.addWidget(self.settings_label)
        self.keys_label = QtWidgets.QLabel(self)
        layout.addWidget(self.keys_label)
        self.keys_view = QtWidgets.QPlainTextEdit(self)
        self.keys_view.setObjectName("rawKeys")
        self.keys_view.setReadOnly(True)
        self.keys_view.setFocusPolicy(QtGui.Qt.FocusPolicy.NoFocus)
        self.keys_view.setFont(
            QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont)
        )
        layout.addWidget(self.keys_view, 1)
        self.result_label = QtWidgets.QLabel(self)
        self.result_label.setObjectName("scanResult")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.close_button = QtWidgets.QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.close_button)
        self.resize(560, 420)
        self.retranslate()

        scanner.keys_seen.connect(self._key_seen)
        scanner.scanned.connect(self._scanned)
        self.finished.connect(self._disconnect)

    def retranslate(self) -> None:
        """Texts in the till's language; the keys already listed stay as they were written."""
        self.setWindowTitle(self.tr("Scanner diagnostics"))
        self.setAccessibleName(self.tr("Scanner diagnostics"))
        timing = self.scanner.timing
        terminators = " ".join(describe_key(t) for t in sorted(timing.terminators))
        self.settings_label.setText(
            self.tr(
                "Settings: a scan is keys at most {gap} ms apart, at least {length} long, "
                "ending with {terminators}."
            ).format(
                gap=round(timing.max_interkey_ms),
                length=timing.min_length,
                terminators=terminators,
            )
        )
        self.keys_label.setText(self.tr("Keys as they arrive (gap in ms):"))
        self.keys_view.setAccessibleName(self.tr("Raw keys with timing"))
        self.result_label.setAccessibleName(self.tr("What was recognised"))
        self.close_button.setText(self.tr("Close (Esc)"))
        self._render_result()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _disconnect(self) -> None:
        self.scanner.keys_seen.disconnect(self._key_seen)
        self.scanner.scanned.disconnect(self._scanned)

    def _key_seen(self, char: str, t_ms: float) -> None:
        gap = None if self._last_ms is None else t_ms - self._last_ms
        self._last_ms = t_ms
        if gap is not None and gap < 1000:
            self._gaps.append(gap)
        written = "   —" if gap is None or gap >= 1000 else format(gap, "4.0f")
        self.keys_view.appendPlainText(
            self.tr("{gap} ms  {key}").format(gap=written, key=describe_key(char))
        )

    def _scanned(self, text: str) -> None:
        self._last_scan = (text, parse_scan(text), self._gaps)
        self._gaps = []
        self._render_result()

    def _render_result(self) -> None:
        if self._last_scan is None:
            self.result_label.setText(self.tr("Scan something."))
            return
        text, result, gaps = self._last_scan
        if isinstance(result, ScanProblem):
            lines = [
                self.tr("Scan “{code}”: {problem}").format(code=text, problem=shown(result.text))
            ]
        else:
            if result.gtin14:
                check = self.tr("check digit OK")
            else:
                check = self.tr("no check digit (article number)")
            kind = QtCore.QCoreApplication.translate("Scan", result.kind.value)
            lines = [
                self.tr("Scan “{code}”: {kind} {value}, {check}.").format(
                    code=text, kind=kind, value=result.code, check=check
                )
            ]
        problem = result if isinstance(result, ScanProblem) else None
        lines += advice(self.scanner.timing, gaps, problem)
        self.result_label.setText("\n".join(lines))
