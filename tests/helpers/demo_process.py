"""The demo till as its own process, stopped with SIGTERM once its log shows an event."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Stopped:
    returncode: int
    stderr: str
    log: str


def demo_stopped_after(event: str, env: dict[str, str], log_file: Path) -> Stopped:
    """`tillside demo` until `event=<event>` is in its log, then SIGTERM; how it ended."""
    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "demo"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while f"event={event}" not in (log_file.read_text() if log_file.exists() else ""):
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            assert time.monotonic() < deadline, f"the till never logged {event}"
            time.sleep(0.05)  # polling a file another process writes
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    return Stopped(process.returncode, err, log_file.read_text())
