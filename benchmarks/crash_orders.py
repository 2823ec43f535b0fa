"""Crash test: SIGKILL tills mid-order many times, in four ways; count what went wrong.

Run: `make bench-crash` (or `.venv/bin/python -m benchmarks.crash_orders --rounds 60`).
The ways (tests/helpers/crash_harness.py says each): one till killed anywhere in an order;
orders taken while Ongoing is down, killed anywhere, sent once it is back; processes killed
while they take order numbers; two order processes at once on one
outbox; two PCs preseeded with the same till id; and returns (`tillside return`) killed
anywhere, then resent. Duplicates, overwritten, lost and unknown
orders, unsent rows after recovery and repeated numbers must all be 0.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from tests.helpers.crash_harness import run_crash_rounds
from tests.helpers.crash_returns import run_return_rounds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=75, help="one till killed mid-order")
    parser.add_argument("--offline-rounds", type=int, default=30, help="orders taken offline")
    parser.add_argument("--allocator-rounds", type=int, default=20)
    parser.add_argument("--pair-rounds", type=int, default=20)
    parser.add_argument("--pc-rounds", type=int, default=20)
    parser.add_argument("--return-rounds", type=int, default=20, help="returns killed anywhere")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        report = run_crash_rounds(
            args.rounds,
            Path(folder),
            seed=args.seed,
            allocator_rounds=args.allocator_rounds,
            pair_rounds=args.pair_rounds,
            pc_rounds=args.pc_rounds,
            offline_rounds=args.offline_rounds,
        )
        returns = run_return_rounds(args.return_rounds, Path(folder), random.Random(args.seed))
    print(
        f"{report.rounds} rounds in {time.perf_counter() - started:.0f} s: "
        f"{report.killed} processes killed, {report.finished_before_kill} finished first"
    )
    for scenario, kills in report.scenario_kills.items():
        print(f"  kills, {scenario}: {kills}")
    print(f"orders stored while Ongoing was down: {report.taken_offline}")
    print(
        f"numbers taken by killed and surviving processes: {report.numbers_allocated}, "
        f"repeated {len(report.numbers_repeated)}"
    )
    print(
        f"outbox rows {report.outbox_rows}, orders in Ongoing {report.orders_in_ongoing}: "
        f"duplicates {len(report.duplicates)}, overwritten {len(report.overwritten)}, "
        f"lost {len(report.lost)}, unknown to the outbox {len(report.unknown_to_outbox)}, "
        f"unsent after recovery {len(report.unsent_after_recovery)}: "
        f"{'OK' if report.ok else 'FAILED'}"
    )
    print(
        f"returns: {returns.rounds} rounds, {returns.killed} killed; return rows "
        f"{returns.stored}, return orders in Ongoing {returns.in_ongoing}: duplicates "
        f"{len(returns.duplicates)}, lost {len(returns.lost)}, unknown to the outbox "
        f"{len(returns.unknown_to_outbox)}, unsent after recovery "
        f"{len(returns.unsent_after_recovery)}: {'OK' if returns.ok else 'FAILED'}"
    )
    if not (report.ok and returns.ok):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
