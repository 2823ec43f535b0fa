"""The scanner is recognised whatever has focus; people's typing is never mistaken for it.

Keys are sent as a keyboard would, each stamped with the time it was pressed (a
`ManualClock` in ms); they are all delivered at once, so only the stamps can tell a typist
from a scanner, as the filter must.
"""

from __future__ import annotations

import pytest
from stdnum import ean

from app.domain.scan_detector import ScannerTiming
from app.qt import Qt, QtCore, QtGui, QtWidgets
from app.ui.scanner_filter import ScannerFilter
from tests.helpers.clocks import ManualClock
from tests.helpers.keys import type_char

TIMING = ScannerTiming(max_interkey_ms=80, min_length=4)
TYPIST_GAPS_MS = (40, 56, 80)
SCANNER_GAPS_MS = (5, 15, 30)


class Rig:
    """A form with a name, a phone, a password, notes and a code field, and the filter."""

    def __init__(self, qtbot) -> None:
        self.window = QtWidgets.QDialog()
        layout = QtWidgets.QVBoxLayout(self.window)
        self.name = QtWidgets.QLineEdit(self.window)
        self.phone = QtWidgets.QLineEdit(self.window)
        self.password = QtWidgets.QLineEdit(self.window)
        self.password.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.notes = QtWidgets.QPlainTextEdit(self.window)
        self.code = QtWidgets.QLineEdit(self.window)
        for widget in (self.name, self.phone, self.password, self.notes, self.code):
            layout.addWidget(widget)
        qtbot.addWidget(self.window)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.clock = ManualClock()
        self.clock.now = 10_000
        self.scanner = ScannerFilter(TIMING, known={"TS-000013"}.__contains__)
        self.scanner.welcome_scans_in(self.code)
        self.scans: list[str] = []
        self.scanner.scanned.connect(self.scans.append)

    def keys(self, text: str, gap_ms: float) -> None:
        """Each key pressed `gap_ms` after the one before, to whatever has focus then."""
        for char in text:
            self.clock.advance(gap_ms)
            widget = QtWidgets.QApplication.focusWidget() or self.window
            type_char(widget, char, self.clock.now)

    def key(self, key: Qt.Key, text: str = "", gap_ms: float = 50) -> None:
        """A key that is not scan data (Backspace, an arrow), pressed as a keyboard would."""
        self.clock.advance(gap_ms)
        widget = QtWidgets.QApplication.focusWidget() or self.window
        for kind in (QtCore.QEvent.Type.ShortcutOverride, QtCore.QEvent.Type.KeyPress):
            event = QtGui.QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            event.setTimestamp(round(self.clock.now))
            QtWidgets.QApplication.sendEvent(widget, event)

    def settle(self) -> None:
        """What the filter's timer does once the keys have gone quiet."""
        self.clock.advance(1000)
        self.scanner.flush()


@pytest.fixture
def rig(qtbot):
    rig = Rig(qtbot)
    app = QtWidgets.QApplication.instance()
    assert app is not None
    app.installEventFilter(rig.scanner)
    yield rig
    app.removeEventFilter(rig.scanner)


@pytest.mark.parametrize("gap", TYPIST_GAPS_MS)
def test_a_quick_typist_fills_a_form_field_by_field(rig: Rig, gap: int) -> None:
    """The issue's case: a name at 56 ms a key, Tab, and the next field's text."""
    rig.name.setFocus()
    rig.keys("Anna Svensson\t", gap)
    rig.keys("070-123 45 67\t", gap)
    rig.keys("0701234567", gap)  # a phone number is digits, and still no code
    rig.settle()
    assert rig.name.text() == "Anna Svensson"
    assert rig.phone.text() == "070-123 45 67"
    assert rig.password.text() == "0701234567"
    assert rig.scans == []


@pytest.mark.parametrize("gap", TYPIST_GAPS_MS)
def test_a_quick_typist_gets_every_key_in_order_with_edits_between(rig: Rig, gap: int) -> None:
    rig.notes.setFocus()
    rig.keys("Anx", gap)
    rig.key(Qt.Key.Key_Backspace, "\b", gap)
    rig.keys("na\rrings at 5\r", gap)
    rig.settle()
    assert rig.notes.toPlainText() == "Anna\nrings at 5\n"
    assert rig.scans == []


@pytest.mark.parametrize("gap", SCANNER_GAPS_MS)
def test_a_scan_in_a_text_field_leaves_no_stray_text(rig: Rig, gap: int) -> None:
    rig.name.setFocus()
    rig.keys("Ann", 150)
    rig.clock.advance(300)  # the cashier picks up the scanner
    rig.keys("7312345678909\r", gap)
    rig.keys("TS-000013\t", gap)  # a code the catalogue holds, ended with Tab
    rig.settle()
    assert rig.scans == ["7312345678909", "TS-000013"]
    assert rig.name.text() == "Ann"
    assert rig.name.hasFocus()  # the scanner's Tab was the scan's, not the person's


@pytest.mark.parametrize("gap", SCANNER_GAPS_MS)
def test_a_fast_run_that_is_no_code_goes_back_to_the_field(rig: Rig, gap: int) -> None:
    rig.name.setFocus()
    rig.keys("Ann Berg\r", gap)
    rig.settle()
    assert rig.name.text() == "Ann Berg"
    assert rig.scans == []


def test_the_code_field_and_other_widgets_take_any_fast_run_as_a_scan(rig: Rig) -> None:
    rig.code.setFocus()
    rig.keys("TS-999999\r", 15)
    rig.settle()
    assert (rig.scans, rig.code.text()) == (["TS-999999"], "")


def test_a_password_field_never_takes_a_scan(rig: Rig) -> None:
    rig.password.setFocus()
    rig.keys("7312345678909", 10)
    rig.settle()
    assert (rig.password.text(), rig.scans) == ("7312345678909", [])


def test_keys_are_timed_by_their_stamps_not_by_when_they_arrive(rig: Rig) -> None:
    """Delivered in one burst (the till was busy), stamped 150 ms apart: a person typed."""
    rig.code.setFocus()
    rig.keys("96385074\r", 150)
    rig.settle()
    assert rig.scans == []


def test_a_scan_while_typing_is_separated(rig: Rig) -> None:
    rig.notes.setFocus()
    rig.keys("ab", 150)
    rig.clock.advance(300)
    rig.keys("96385074\r", 15)
    rig.clock.advance(300)
    rig.keys("c", 150)
    rig.settle()
    assert rig.scans == ["96385074"]
    assert rig.notes.toPlainText() == "abc"


def test_burst_of_scans_each_reported(rig: Rig) -> None:
    rig.name.setFocus()
    codes = [f"73123456780{n:d}" for n in range(10)]
    codes = [code + ean.calc_check_digit(code) for code in codes]
    for code in codes:
        rig.keys(code + "\r", 10)
        rig.clock.advance(40)  # next scan 50 ms later: 20 scans per second
    rig.settle()
    assert rig.scans == codes
    assert rig.name.text() == ""


def test_tab_terminated_scan_does_not_move_focus(rig: Rig) -> None:
    rig.scanner.set_timing(ScannerTiming(terminators=frozenset({"\t"})))
    rig.name.setFocus()
    rig.keys("96385074\t", 15)
    rig.settle()
    assert rig.scans == ["96385074"]
    assert rig.window.focusWidget() is rig.name


def test_enter_typed_by_hand_still_reaches_the_field(rig: Rig) -> None:
    entered: list[str] = []
    rig.name.returnPressed.connect(lambda: entered.append(rig.name.text()))
    rig.name.setFocus()
    rig.keys("12\r", 200)
    rig.settle()
    assert entered == ["12"]
    assert rig.scans == []


def test_keys_queued_behind_the_quiet_timer_still_finish_the_scan(qtbot, rig: Rig) -> None:
    """The till was busy: the timer ran out before the rest of the scanner's keys, already
    pressed and stamped 15 ms apart, were delivered. They come first; the scan is whole."""
    rig.name.setFocus()
    rig.keys("73123", 15)
    rig.scanner._flush_timer.timeout.emit()  # due while the other keys wait in the queue
    rig.keys("45678909\r", 15)
    qtbot.wait(20)  # the loop turns: nothing is left to let through as typing
    assert rig.scans == ["7312345678909"]
    assert rig.name.text() == ""


def test_keys_held_when_the_run_goes_quiet_reach_the_field(qtbot, rig: Rig) -> None:
    rig.name.setFocus()
    rig.keys("Ann", 40)
    qtbot.waitUntil(lambda: rig.name.text() == "Ann")  # the real timer, then one turn
    assert rig.scans == []
