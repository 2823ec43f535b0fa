"""The scanner is recognised whatever has focus; people's typing is never mistaken for it."""

from __future__ import annotations

import pytest

from app.domain.scan_detector import ScannerTiming
from app.qt import Qt, QtWidgets
from app.ui.scanner_filter import ScannerFilter
from tests.helpers.clocks import ManualClock

TIMING = ScannerTiming(max_interkey_ms=80, min_length=4)


@pytest.fixture
def rig(qtbot):
    window = QtWidgets.QWidget()
    layout = QtWidgets.QVBoxLayout(window)
    name_field = QtWidgets.QLineEdit(window)
    notes = QtWidgets.QPlainTextEdit(window)
    layout.addWidget(name_field)
    layout.addWidget(notes)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    clock = ManualClock()
    scanner = ScannerFilter(TIMING, clock_ms=clock)
    app = QtWidgets.QApplication.instance()
    assert app is not None
    app.installEventFilter(scanner)
    scans: list[str] = []
    scanner.scanned.connect(scans.append)
    yield window, name_field, notes, clock, scanner, scans
    app.removeEventFilter(scanner)


def key_for(char: str) -> tuple[int, str]:
    if char == "\r":
        return Qt.Key.Key_Return, "\r"
    if char == "\t":
        return Qt.Key.Key_Tab, "\t"
    return 0, char


def press(qtbot, widget, clock: ManualClock, text: str, gap_ms: float) -> None:
    for char in text:
        clock.now += gap_ms
        key, key_text = key_for(char)
        if key:
            qtbot.keyClick(widget, key)
        else:
            qtbot.keyClicks(widget, key_text)


def settle(scanner: ScannerFilter, clock: ManualClock) -> None:
    clock.now += 1000
    scanner.flush()


def test_scan_in_a_text_field_leaves_no_stray_text(qtbot, rig) -> None:
    _, name_field, _, clock, scanner, scans = rig
    name_field.setFocus()
    press(qtbot, name_field, clock, "7312345678909\r", 20)
    settle(scanner, clock)
    assert scans == ["7312345678909"]
    assert name_field.text() == ""


def test_typing_by_hand_reaches_the_field_in_order(qtbot, rig) -> None:
    _, name_field, _, clock, scanner, scans = rig
    name_field.setFocus()
    press(qtbot, name_field, clock, "Anna 12", 160)
    settle(scanner, clock)
    assert name_field.text() == "Anna 12"
    assert scans == []


def test_a_scan_while_typing_is_separated(qtbot, rig) -> None:
    _, _, notes, clock, scanner, scans = rig
    notes.setFocus()
    press(qtbot, notes, clock, "ab", 150)
    clock.now += 300
    press(qtbot, notes, clock, "96385074\r", 15)
    clock.now += 300
    press(qtbot, notes, clock, "c", 150)
    settle(scanner, clock)
    assert scans == ["96385074"]
    assert notes.toPlainText() == "abc"


def test_burst_of_scans_each_reported(qtbot, rig) -> None:
    _, name_field, _, clock, scanner, scans = rig
    name_field.setFocus()
    codes = [f"73123456789{n:02d}" for n in range(10)]
    for code in codes:
        press(qtbot, name_field, clock, code + "\r", 10)
        clock.now += 40  # next scan 50 ms later: 20 scans per second
        scanner.flush()
    settle(scanner, clock)
    assert scans == codes
    assert name_field.text() == ""


def test_tab_terminated_scan_does_not_move_focus(qtbot, rig) -> None:
    window, name_field, _, clock, scanner, scans = rig
    scanner.set_timing(ScannerTiming(terminators=frozenset({"\t"})))
    name_field.setFocus()
    press(qtbot, name_field, clock, "96385074\t", 15)
    settle(scanner, clock)
    assert scans == ["96385074"]
    assert window.focusWidget() is name_field


def test_enter_typed_by_hand_still_reaches_the_field(qtbot, rig) -> None:
    _, name_field, _, clock, scanner, scans = rig
    entered: list[str] = []
    name_field.returnPressed.connect(lambda: entered.append(name_field.text()))
    name_field.setFocus()
    press(qtbot, name_field, clock, "12\r", 200)
    settle(scanner, clock)
    assert entered == ["12"]
    assert scans == []
