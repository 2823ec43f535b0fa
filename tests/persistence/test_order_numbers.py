"""Order numbers from the outbox: distinct and increasing across processes, restarts and clocks."""

from __future__ import annotations

import itertools
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from app.domain.order_number import OrderNumberFormat, stamp_of
from app.persistence.outbox import Outbox
from tests.helpers.clocks import ManualWallClock

NUMBERS = OrderNumberFormat.of("TS", "1")
START = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


class NumbersAcrossRestartsAndClockJumps(RuleBasedStateMachine):
    """A PC whose clock jumps back and forth while the till restarts now and then."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="tillside-numbers-"))
        self.clock = ManualWallClock(START)
        self.outbox = Outbox(self.folder / "outbox.sqlite", clock=self.clock)
        self.issued: list[str] = []

    @rule(seconds=st.floats(min_value=-7 * 86400, max_value=7 * 86400, allow_nan=False))
    def the_clock_jumps(self, seconds: float) -> None:
        self.clock.now += timedelta(seconds=seconds)

    @rule()
    def the_till_restarts(self) -> None:
        self.outbox.close()
        self.outbox = Outbox(self.folder / "outbox.sqlite", clock=self.clock)

    @rule(count=st.integers(min_value=1, max_value=5))
    def numbers_are_taken(self, count: int) -> None:
        for _ in range(count):
            self.issued.append(self.outbox.allocate_number(NUMBERS))

    @invariant()
    def no_number_twice_and_each_after_the_last(self) -> None:
        assert len(set(self.issued)) == len(self.issued)
        stamps = [stamp_of(number) for number in self.issued]
        assert None not in stamps
        assert all(a < b for a, b in itertools.pairwise(stamps))  # type: ignore[operator]

    def teardown(self) -> None:
        self.outbox.close()
        shutil.rmtree(self.folder, ignore_errors=True)


TestNumbersAcrossRestartsAndClockJumps = NumbersAcrossRestartsAndClockJumps.TestCase
TestNumbersAcrossRestartsAndClockJumps.settings = settings(
    max_examples=60, stateful_step_count=30, deadline=None
)


def test_numbers_keep_their_installation_id_across_restarts(tmp_path: Path) -> None:
    first = Outbox(tmp_path / "outbox.sqlite")
    installation = first.installation_id()
    first.close()
    again = Outbox(tmp_path / "outbox.sqlite")
    assert again.installation_id() == installation
    assert again.allocate_number(NUMBERS).startswith(f"TS1-{installation}")


def test_two_data_folders_have_their_own_installation_ids(tmp_path: Path) -> None:
    ids = {Outbox(tmp_path / name / "outbox.sqlite").installation_id() for name in "abcdef"}
    assert len(ids) == 6


def test_an_installation_id_edited_by_hand_is_replaced_not_used(tmp_path: Path) -> None:
    import sqlite3

    Outbox(tmp_path / "outbox.sqlite").close()
    with sqlite3.connect(tmp_path / "outbox.sqlite") as db:
        db.execute("UPDATE numbering SET installation_id = 'x'")
    number = Outbox(tmp_path / "outbox.sqlite").allocate_number(NUMBERS)
    assert "-x" not in number and stamp_of(number) is not None


@pytest.mark.slow
def test_processes_allocating_in_parallel_never_share_a_number(tmp_path: Path) -> None:
    outbox = tmp_path / "outbox.sqlite"
    Outbox(outbox).close()  # created once, as the till does before any order
    processes, each = 4, 1500
    running = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.persistence.allocate_numbers", str(outbox), str(each)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(processes)
    ]
    outputs = [process.communicate(timeout=240) for process in running]
    assert [p.returncode for p in running] == [0] * processes, [err for _, err in outputs]
    per_process = [out.split() for out, _ in outputs]
    numbers = [n for made in per_process for n in made]
    assert len(numbers) == processes * each
    assert len(set(numbers)) == len(numbers), "a number was issued twice"
    for made in per_process:  # each process sees its numbers increase
        stamps = [stamp_of(n) or 0 for n in made]
        assert stamps == sorted(stamps)


def test_a_data_folder_copied_to_another_pc_takes_its_own_installation_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A disk image or a restored backup carries the outbox; the numbers must not follow."""
    monkeypatch.setattr("socket.gethostname", lambda: "till-1")
    with Outbox(tmp_path / "outbox.sqlite") as original:
        first = original.allocate_number(NUMBERS)
        installation = original.installation_id()
    monkeypatch.setattr("socket.gethostname", lambda: "till-2")  # the copy, on another PC
    with Outbox(tmp_path / "outbox.sqlite") as copy:
        second = copy.allocate_number(NUMBERS)
        assert copy.installation_id() != installation
        assert copy.allocate_number(NUMBERS).startswith(f"TS1-{copy.installation_id()}")
    assert (stamp_of(second) or 0) > (stamp_of(first) or 0)
    assert "event=installation_id_renewed" in caplog.text
