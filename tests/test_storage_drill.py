"""`make drill-storage`, in the suite: a real full disk and read-only folder (root only)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.helpers.storage import can_mount


@pytest.mark.slow
def test_the_storage_drill_passes_every_step() -> None:
    if not can_mount():
        pytest.skip("the drill mounts a small filesystem: root only (CI runs as root)")
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.storage_drill"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "6 of 6 steps as they should be" in done.stdout
    assert "disk is full" in done.stdout and "cannot be written to" in done.stdout
