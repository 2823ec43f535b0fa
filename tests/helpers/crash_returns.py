"""Crash rounds for returns: `tillside return` killed anywhere, then the outbox resent.

Its own simulator process, whose orders move on by themselves (picked within a second), so
the returns have picked orders to point at. Each round places an order (left to finish),
waits until the warehouse picked it, then starts a return and SIGKILLs it at a random
moment. After recovery (`tillside outbox --send`) every stored return must be in Ongoing
exactly once under its number, and Ongoing must hold no return this PC never stored.
"""

from __future__ import annotations

import sqlite3
import subprocess
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.simulator import DEMO_GOODS_OWNER_ID
from benchmarks.common import simulator_process
from tests.helpers.crash_harness import CrashReport, Harness, _env, _get_json, _tillside


@dataclass
class ReturnReport:
    rounds: int = 0
    killed: int = 0
    stored: int = 0
    in_ongoing: int = 0
    duplicates: list[str] = field(default_factory=list)  # a number twice, or a row twice
    lost: list[str] = field(default_factory=list)  # stored, not in Ongoing after recovery
    unknown_to_outbox: list[str] = field(default_factory=list)
    unsent_after_recovery: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (
            self.duplicates or self.lost or self.unknown_to_outbox or self.unsent_after_recovery
        )


def _return_rows(data_dir: Path) -> dict[str, str]:
    """Return number -> state, of the return rows in a PC's outbox."""
    path = data_dir / "outbox.sqlite"
    if not path.exists():
        return {}
    try:
        with sqlite3.connect(path) as db:
            rows = db.execute(
                "SELECT order_number, state FROM orders WHERE kind = 'return'"
            ).fetchall()
    except sqlite3.OperationalError:
        return {}
    return {number: state for number, state in rows}


def _picked(base_url: str, order_number: str, deadline_s: float = 30) -> None:
    owner = {"goodsOwnerId": DEMO_GOODS_OWNER_ID}
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        found = _get_json(base_url, "orders", {**owner, "orderNumbers": order_number})  # type: ignore[dict-item]
        if found and found[0]["orderInfo"]["orderStatus"]["number"] >= 400:
            return
        time.sleep(0.05)  # the simulator's clock moves the order on
    raise RuntimeError(f"order {order_number} was never picked")


def run_return_rounds(rounds: int, root: Path, rng: Any, max_delay_s: float = 2.0) -> ReturnReport:
    report = ReturnReport()
    faults = "slow-commit=0.3,drop=0.05,seed=1"
    with simulator_process(
        "--latency-ms", "40", "--faults", faults, "--status-step-seconds", "0.1"
    ) as base_url:
        harness = Harness(base_url, root / "returns", rng)
        folder = harness.pc("till")
        env = _env(folder)
        crash = CrashReport()
        for _ in range(rounds):
            report.rounds += 1
            placed = subprocess.run(
                _tillside(
                    "order",
                    "--pickup",
                    harness.warehouse,
                    f"{harness.article}=2",
                    *harness.connection,
                ),
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            if "order number " not in placed.stdout:
                harness.recover("till")
                continue
            number = placed.stdout.split("order number ")[1].split()[0]
            _picked(base_url, number)
            process = subprocess.Popen(
                _tillside(
                    "return",
                    number,
                    f"{harness.article}=1",
                    "--cause",
                    "SIZE",
                    *harness.connection,
                ),
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            report.killed += harness.kill_at_random([process], max_delay_s, crash)
            harness.recover("till")
        for _ in range(5):
            if all(state == "sent" for state in _return_rows(folder).values()):
                break
            harness.recover("till")
        rows = _return_rows(folder)
        returns = _get_json(base_url, "returnOrders", {"goodsOwnerId": DEMO_GOODS_OWNER_ID})
    numbers = Counter(r["returnOrderInfo"]["returnOrderNumber"] for r in returns)
    report.stored, report.in_ongoing = len(rows), len(returns)
    report.duplicates = sorted(n for n, count in numbers.items() if count > 1)
    report.lost = sorted(n for n in rows if n not in numbers)
    report.unknown_to_outbox = sorted(n for n in numbers if n not in rows)
    report.unsent_after_recovery = sorted(n for n, state in rows.items() if state != "sent")
    return report
