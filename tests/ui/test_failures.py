"""Unexpected errors: a crash report without the password, a dialog, and the till goes on."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.qt import QtWidgets
from app.ui.failures import report_unexpected


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
    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "demo"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    log_file = tmp_path / "tillside.log"
    try:
        deadline = time.monotonic() + 60
        while "event=till_started" not in (log_file.read_text() if log_file.exists() else ""):
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            assert time.monotonic() < deadline, "the till never started"
            time.sleep(0.05)  # polling a file another process writes
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    log = log_file.read_text()
    assert process.returncode == 0, err
    assert "Traceback" not in err, err
    assert "event=sigterm_received" in log, f"{log[-3000:]}\n--- stderr:\n{err}"
