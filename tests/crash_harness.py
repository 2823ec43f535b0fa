"""Kill a till mid-order (SIGKILL) again and again; after each restart, one order per number.

Each round starts `tillside order` in its own process against a simulator in another
process, kills it after a random delay (anywhere from before the outbox write to after
Ongoing's answer), then runs `tillside outbox --send` as the restarted till would. The
simulator adds latency, answers each order 0.3 s after committing it and drops some
connections, so kills
land in every window. At the end every outbox row must be sent, and Ongoing must hold
exactly one order per outbox row and no order the outbox does not know.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from app.simulator import DEMO_API_USER, DEMO_GOODS_OWNER_ID, DEMO_PASSWORD
from benchmarks.common import simulator_process


@dataclass
class CrashReport:
    rounds: int = 0
    killed: int = 0
    finished_before_kill: int = 0
    outbox_rows: int = 0
    orders_in_ongoing: int = 0
    duplicates: list[str] = field(default_factory=list)
    unknown_to_outbox: list[str] = field(default_factory=list)
    unsent_after_recovery: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.duplicates or self.unknown_to_outbox or self.unsent_after_recovery)


def _env(data_dir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "TILLSIDE_DATA_DIR": str(data_dir),
        "TILLSIDE_CONFIG": str(data_dir / "absent.toml"),
        "TILLSIDE_MACHINE_CONFIG": str(data_dir / "absent-machine.toml"),
        "TILLSIDE_API_USER": DEMO_API_USER,
        "TILLSIDE_API_PASSWORD": DEMO_PASSWORD,
        "TILLSIDE_STORE_ORDER_PREFIX": "CRASH",
        "TILLSIDE_STORE_BACKORDERS_ALLOWED": "true",  # rounds must not run out of stock
    }


def _tillside(*args: str) -> list[str]:
    return [sys.executable, "-m", "app.cli", *args]


def _get_json(base_url: str, path: str, params: dict[str, int] | None = None) -> Any:
    """The harness's own reads; the simulator drops some connections on purpose, so retry."""
    auth = (DEMO_API_USER, DEMO_PASSWORD)
    with httpx.Client(base_url=base_url, auth=auth) as http:
        for attempt in range(20):
            try:
                response = http.get(path, params=params)
                if response.status_code < 500:
                    return response.json()
            except httpx.TransportError:
                if attempt == 19:
                    raise
    raise RuntimeError(f"the simulator kept failing on {path}")


def _stocked_code(base_url: str) -> tuple[str, str]:
    """An article number and a warehouse code that has it (from the simulator over HTTP)."""
    owner = {"goodsOwnerId": DEMO_GOODS_OWNER_ID}
    warehouses = {w["id"]: w["code"] for w in _get_json(base_url, "warehouses")}
    inventory = _get_json(
        base_url, "articles/inventoryPerWarehouse", {**owner, "maxArticlesToGet": 50}
    )
    for row in inventory:
        for per in row["inventoryPerWarehouse"] or []:
            if per["sellableNumberOfItems"] >= 1:
                return row["articleNumber"], warehouses[per["warehouseId"]]
    raise RuntimeError("the demo data has no stock")


def _orders_in_ongoing(base_url: str) -> Counter[str]:
    orders = _get_json(base_url, "orders", {"goodsOwnerId": DEMO_GOODS_OWNER_ID})
    return Counter(o["orderInfo"]["orderNumber"] for o in orders)


def _outbox(data_dir: Path) -> dict[str, str]:
    path = data_dir / "outbox.sqlite"
    if not path.exists():
        return {}
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT order_number, state FROM orders").fetchall())


def run_crash_rounds(
    rounds: int, data_dir: Path, seed: int = 1, max_delay_s: float = 3.0
) -> CrashReport:
    rng = random.Random(seed)
    report = CrashReport()
    faults = f"slow-commit=0.3,drop=0.05,seed={seed}"
    with simulator_process("--latency-ms", "40", "--faults", faults) as base_url:
        article_number, warehouse = _stocked_code(base_url)
        connection = ["--api-url", base_url, "--goods-owner-id", str(DEMO_GOODS_OWNER_ID)]
        env = _env(data_dir)
        for _ in range(rounds):
            report.rounds += 1
            order = subprocess.Popen(
                _tillside("order", "--pickup", warehouse, f"{article_number}=1", *connection),
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            if report.rounds % 2:
                # anywhere: start-up, lookup, stock check, outbox write, send, answer
                time.sleep(rng.uniform(0.0, max_delay_s))
            else:
                # inside the send: once the order is stored, within its round trip
                rows = len(_outbox(data_dir))
                deadline = time.monotonic() + 30
                while len(_outbox(data_dir)) == rows and order.poll() is None:
                    if time.monotonic() > deadline:
                        raise RuntimeError("the order never reached the outbox")
                    time.sleep(0.005)  # polling a file another process writes
                time.sleep(rng.uniform(0.0, 0.5))
            if order.poll() is None:
                order.send_signal(signal.SIGKILL)
                report.killed += 1
            else:
                report.finished_before_kill += 1
            order.wait()
            subprocess.run(  # the restarted till sends what waits
                _tillside("outbox", "--send", *connection),
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=False,
            )
        # Recovery until nothing waits (drops after commit can need another pass).
        for _ in range(5):
            if all(state == "sent" for state in _outbox(data_dir).values()):
                break
            subprocess.run(
                _tillside("outbox", "--send", *connection),
                env=env,
                stdout=subprocess.DEVNULL,
                check=False,
            )
        outbox = _outbox(data_dir)
        in_ongoing = _orders_in_ongoing(base_url)
    report.outbox_rows = len(outbox)
    report.orders_in_ongoing = sum(in_ongoing.values())
    report.duplicates = sorted(n for n, count in in_ongoing.items() if count > 1)
    report.unknown_to_outbox = sorted(n for n in in_ongoing if n not in outbox)
    report.unsent_after_recovery = sorted(n for n, s in outbox.items() if s != "sent")
    return report
