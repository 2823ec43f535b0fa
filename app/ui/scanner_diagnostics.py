"""Scanner diagnostics for IT: raw keys with timing, what was recognised, and what to change.

Opened with F12. It listens to the same filter the till uses, so what it shows is exactly
what the till sees. Its words follow the till's language like the rest of the window; the
setting names in the advice (`scanner.max_interkey_ms`) stay as they are written in the file.
"""

from __future__ import annotations

import logging

from app.domain.barcodes import ProblemReason, ScannedCode, ScanProblem, parse_scan
from app.domain.scanner_verdict import TERMINATOR_NAMES, KeyRun, Verdict, judge
from app.domain.texts import QT_TRANSLATE_NOOP
from app.qt import QtCore, QtGui, QtWidgets
from app.ui.i18n import shown
from app.ui.scanner_filter import ScannerFilter

log = logging.getLogger(__name__)

RUN_BREAK_MS = 1000  # a pause this long starts a new run of keys
QUIET_MS = 600  # no key for this long, and no terminator: the run is judged as it is

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


def advice(problem: ScanProblem | None) -> list[str]:
    """What the code itself says about the scanner's set-up (the timing has its verdict)."""
    translate = QtCore.QCoreApplication.translate
    tips: list[str] = []
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
    """The keys as they come, then a verdict on each run of them and the code it made.

    While it is open the till's scans are its own (the window does not sell them), and the
    scanner's Enter ends the test scan rather than closing it: only Esc or the button do.
    """

    def __init__(self, scanner: ScannerFilter, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scannerDiagnostics")
        self.scanner = scanner
        self._last_ms: float | None = None
        self._run: list[str] = []
        self._gaps: list[float] = []  # between the keys of the run
        # What the last run came to: rendered again on a language change.
        self._verdict: Verdict | None = None
        self._last_scan: tuple[str, ScannedCode | ScanProblem] | None = None
        self._quiet = QtCore.QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.timeout.connect(self.run_went_quiet)

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
        self.result_label.setTextInteractionFlags(
            QtGui.Qt.TextInteractionFlag.TextSelectableByMouse
        )
        layout.addWidget(self.result_label)
        self.close_button = QtWidgets.QPushButton(self)
        self.close_button.setObjectName("closeDiagnostics")
        # Neither Enter nor Space may press it: a scanner types both.
        self.close_button.setAutoDefault(False)
        self.close_button.setFocusPolicy(QtGui.Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.close_button)
        self.resize(640, 480)
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

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        """Enter is the end of a test scan here, never "close" (QDialog's default)."""
        if event.key() in (QtGui.Qt.Key.Key_Return, QtGui.Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    @property
    def verdict(self) -> Verdict | None:
        """The verdict on the last run of keys (tests and tools read it)."""
        return self._verdict

    def _disconnect(self) -> None:
        self._quiet.stop()
        self.scanner.keys_seen.disconnect(self._key_seen)
        self.scanner.scanned.disconnect(self._scanned)

    def _key_seen(self, char: str, t_ms: float) -> None:
        gap = None if self._last_ms is None else t_ms - self._last_ms
        self._last_ms = t_ms
        new_run = gap is None or not 0 <= gap < RUN_BREAK_MS
        written = "   —" if new_run else format(gap, "4.0f")
        self.keys_view.appendPlainText(
            self.tr("{gap} ms  {key}").format(gap=written, key=describe_key(char))
        )
        if new_run:
            self.run_went_quiet()  # the keys before the pause, if its timer has not yet
            self._run, self._gaps = [], []
        elif gap is not None:
            self._gaps.append(gap)
        if char in TERMINATOR_NAMES:
            self._end_run(char)
        else:
            self._run.append(char)
            self._quiet.start(QUIET_MS)

    def run_went_quiet(self) -> None:
        """No key for a while and no terminator: what the keys so far came to."""
        if self._run:
            self._end_run(None)

    def _end_run(self, terminator: str | None) -> None:
        """Judge the keys since the last run; a scan's code follows from the filter."""
        self._quiet.stop()
        run = KeyRun("".join(self._run), tuple(self._gaps), terminator)
        self._run, self._gaps = [], []
        verdict = judge(run, self.scanner.timing)
        if verdict is None:
            return
        self._verdict = verdict
        self._last_scan = None
        log.info("event=scanner_verdict kind=%s", verdict.kind.name)
        self._render_result()

    def _scanned(self, text: str) -> None:
        self._last_scan = (text, parse_scan(text))
        self._render_result()

    def _render_result(self) -> None:
        lines: list[str] = []
        problem: ScanProblem | None = None
        if self._last_scan is not None:
            text, result = self._last_scan
            if isinstance(result, ScanProblem):
                problem = result
                lines.append(
                    self.tr("Scan “{code}”: {problem}").format(
                        code=text, problem=shown(result.text)
                    )
                )
            else:
                if result.gtin14:
                    check = self.tr("check digit OK")
                else:
                    check = self.tr("no check digit (article number)")
                kind = QtCore.QCoreApplication.translate("Scan", result.kind.value)
                lines.append(
                    self.tr("Scan “{code}”: {kind} {value}, {check}.").format(
                        code=text, kind=kind, value=result.code, check=check
                    )
                )
        if self._verdict is not None:
            lines.append(shown(self._verdict.text))
        lines += advice(problem)
        self.result_label.setText("\n".join(lines) if lines else self.tr("Scan something."))
