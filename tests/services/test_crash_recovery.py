"""A short run of the crash test (the full one: `make bench-crash`, at least 50 kills)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.crash_harness import run_crash_rounds


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killing_the_till_mid_order_never_loses_or_doubles_an_order(tmp_path: Path) -> None:
    report = run_crash_rounds(rounds=6, data_dir=tmp_path, seed=3)
    assert report.rounds == 6
    assert report.outbox_rows >= 1
    assert report.duplicates == []
    assert report.unknown_to_outbox == []
    assert report.unsent_after_recovery == []
    assert report.orders_in_ongoing == report.outbox_rows
