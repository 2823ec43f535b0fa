"""A short run of the crash test (the full one: `make bench-crash`, at least 50 kills)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.helpers.crash_harness import CrashReport, Row, _judge, run_crash_rounds


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killing_tills_mid_order_never_loses_doubles_or_overwrites_an_order(
    tmp_path: Path,
) -> None:
    report = run_crash_rounds(
        rounds=4,
        data_dir=tmp_path,
        seed=3,
        allocator_rounds=2,
        pair_rounds=2,
        pc_rounds=2,
        offline_rounds=4,
    )
    assert report.rounds == 14
    assert report.taken_offline >= 2  # every other one is killed only once it is stored
    assert report.outbox_rows >= 1
    assert report.numbers_allocated > 0 and report.numbers_repeated == []
    assert report.duplicates == [] and report.overwritten == [] and report.lost == []
    assert report.unknown_to_outbox == []
    assert report.unsent_after_recovery == []
    assert report.orders_in_ongoing == report.outbox_rows


def test_the_judge_sees_an_overwritten_a_doubled_and_a_lost_order() -> None:
    """Guards the guard: each kind of harm is counted."""
    report = CrashReport()
    outboxes = [
        {"N1": Row("N1", "sent", "R1"), "N3": Row("N3", "sent", "R3")},
        {"N1": Row("N1", "sent", "R2")},  # another PC's checkout under the same number
    ]
    ongoing = [
        {"orderInfo": {"orderNumber": "N1", "goodsOwnerOrderId": "R2"}},
        {"orderInfo": {"orderNumber": "N9", "goodsOwnerOrderId": "R2"}},
    ]
    _judge(report, outboxes, ongoing)
    assert report.overwritten == ["N1"]
    assert "R2" in report.duplicates and "N1" in report.duplicates
    assert report.lost == ["N3"] and report.unknown_to_outbox == ["N9"]
    assert not report.ok


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killing_returns_midway_never_loses_or_doubles_a_return(tmp_path: Path) -> None:
    import random

    from tests.helpers.crash_returns import run_return_rounds

    report = run_return_rounds(4, tmp_path, random.Random(5), max_delay_s=1.5)
    assert report.rounds == 4
    assert report.duplicates == [] and report.lost == [] and report.unknown_to_outbox == []
    assert report.unsent_after_recovery == []
    assert report.in_ongoing == report.stored
