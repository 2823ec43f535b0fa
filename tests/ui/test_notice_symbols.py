"""The symbol in front of every notice is one the till's font draws: an order error once
showed an empty box there (⛔, which no font of a Linux till has), in bold white on red."""

from __future__ import annotations

import pytest

from app.domain.texts import as_text
from app.qt import QtGui, QtWidgets
from app.services.notices import Notice, NoticeLevel
from app.ui.message_bar import NoticeLine


def notice_line(qtbot) -> tuple[QtWidgets.QWidget, NoticeLine]:
    """The notice line in a frame of its own (both kept: the frame owns the line)."""
    frame = QtWidgets.QWidget()
    qtbot.addWidget(frame)
    return frame, NoticeLine(frame)


@pytest.mark.parametrize("level", list(NoticeLevel))
def test_each_notice_begins_with_a_symbol_the_font_draws_plain_and_bold(qtbot, level) -> None:
    _frame, line = notice_line(qtbot)
    line.show_notice(Notice(level, as_text("Order TS1-ABC is stored on this PC.")))
    symbol = line.text()[0]
    assert not symbol.isascii()  # a symbol, seen at a glance
    bold = QtGui.QFont(line.font())
    bold.setBold(True)  # the error line is bold
    for font in (line.font(), bold):
        assert QtGui.QFontMetrics(font).inFontUcs4(ord(symbol)), (level, symbol)


def test_the_check_sees_a_missing_glyph(qtbot) -> None:
    """Guards the guard: a code point no font draws (the last of the private use planes)."""
    _frame, line = notice_line(qtbot)
    assert not QtGui.QFontMetrics(line.font()).inFontUcs4(0x10FFFD)
