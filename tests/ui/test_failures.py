"""Unexpected errors: a crash report without the password, a dialog, and the till goes on."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from app.qt import QtWidgets
from app.ui.failures import report_unexpected
from tests.helpers.demo_process import demo_stopped_after


def test_an_unexpected_error_writes_a_report_and_shows_what_to_tell_it(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TILLSIDE_LOG_DIR", str(tmp_path))
    monkeypatch.setenv("TILLSIDE_API_PASSWORD", "pw-Zq9!secret")
    parent = QtWidgets.QWidget()
    qtbot.addWidget(parent)
    try:
        raise RuntimeError("boom with pw-Zq9!secret inside")
    except RuntimeError as error:
        path = report_unexpected(error, parent)
    assert path is not None
    report = path.read_text(encoding="utf-8")
    assert "RuntimeError: boom" in report and "Tillside" in report
    assert "pw-Zq9!secret" not in report
    box = parent.findChild(QtWidgets.QMessageBox, "unexpectedErrorDialog")
    assert box is not None and path.name in box.text()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is POSIX")
def test_sigterm_closes_the_till_cleanly(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TILLSIDE_DATA_DIR": str(tmp_path),
        "TILLSIDE_LOG_DIR": str(tmp_path),
    }
    env.pop("TILLSIDE_STARTUP_PROBE", None)
    stopped = demo_stopped_after("till_started", env, tmp_path / "tillside.log")
    log, err = stopped.log, stopped.stderr
    assert stopped.returncode == 0, err
    assert "Traceback" not in err, err
    assert "event=sigterm_received" in log, f"{log[-3000:]}\n--- stderr:\n{err}"
