"""Guards against regressions in the Qt bindings themselves that would crash a till.

PySide6 6.12.0 released one reference to None too many on every call returning None; with
Python 3.11 (where None is an ordinary counted object) the interpreter aborts with
"deallocating None" after some thousands of key presses. The benchmark found it.
"""

from __future__ import annotations

import sys

import pytest

from app.qt import QtCore, QtWidgets

CALLS = 2000


def none_references_lost(call: object) -> float:
    assert callable(call)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        call()
    return (before - sys.getrefcount(None)) / CALLS


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_qt_calls_returning_none_keep_none_alive(qapp: QtWidgets.QApplication) -> None:
    timer = QtCore.QTimer()
    timer.setSingleShot(True)
    assert none_references_lost(QtWidgets.QApplication.focusWidget) < 0.5
    assert none_references_lost(lambda: timer.start(10_000)) < 0.5
    timer.stop()
