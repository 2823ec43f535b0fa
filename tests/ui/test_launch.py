"""The real entry point: open the demo till, close the window, exit cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_closing_the_window_ends_the_app_cleanly_with_exit_code_0(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TILLSIDE_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.close_driver"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
