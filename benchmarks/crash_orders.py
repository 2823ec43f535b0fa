"""Crash test: SIGKILL the till mid-order many times; count lost and doubled orders.

Run: `make bench-crash` (or `.venv/bin/python -m benchmarks.crash_orders --rounds 60`).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from tests.crash_harness import run_crash_rounds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=75)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        report = run_crash_rounds(args.rounds, Path(folder), seed=args.seed)
    print(
        f"{report.rounds} rounds in {time.perf_counter() - started:.0f} s: "
        f"{report.killed} killed mid-order, {report.finished_before_kill} finished first"
    )
    print(
        f"outbox rows {report.outbox_rows}, orders in Ongoing {report.orders_in_ongoing}, "
        f"duplicates {len(report.duplicates)}, unknown to the outbox "
        f"{len(report.unknown_to_outbox)}, unsent after recovery "
        f"{len(report.unsent_after_recovery)}: {'OK' if report.ok else 'FAILED'}"
    )
    if not report.ok:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
