"""Kill tills mid-order (SIGKILL) again and again; after recovery, one order per checkout.

Five ways a PC can hurt an order, each run as real processes against a simulator in
another process (latency, a slow commit, dropped connections):

- one till killed anywhere in an order (start-up, lookup, stock check, outbox write, send);
- orders taken while Ongoing is down (stored "not yet checked", as the order form does),
  the process killed anywhere; sent later with the fresh stock check;
- processes killed while they take order numbers from one outbox;
- two order processes at once on one outbox (a second till window, a script);
- two "PCs" (data folders) preseeded with the same till id, ordering at the same time.

Every order carries a receipt number unique to its run, so at the end the checks can tell
a checkout placed twice (two orders with one receipt), an order overwritten by another
checkout (Ongoing's order under a number holds another receipt than the outbox row that
sent it), an order lost (stored but never in Ongoing after recovery), and an order Ongoing
holds that no outbox knows. All must be zero; numbers taken by allocating processes must
never repeat, killed or not.
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
    duplicates: list[str] = field(default_factory=list)  # receipts in Ongoing twice
    overwritten: list[str] = field(default_factory=list)  # numbers holding another receipt
    lost: list[str] = field(default_factory=list)  # stored, not in Ongoing after recovery
    unknown_to_outbox: list[str] = field(default_factory=list)
    unsent_after_recovery: list[str] = field(default_factory=list)
    numbers_allocated: int = 0
    numbers_repeated: list[str] = field(default_factory=list)
    allocators_killed: int = 0
    scenario_kills: Counter[str] = field(default_factory=Counter)
    taken_offline: int = 0  # orders stored while Ongoing was down

    @property
    def ok(self) -> bool:
        return not (
            self.duplicates
            or self.overwritten
            or self.lost
            or self.unknown_to_outbox
            or self.unsent_after_recovery
            or self.numbers_repeated
        )


def _env(data_dir: Path, till_id: str = "1") -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("TILLSIDE_")},
        "TILLSIDE_DATA_DIR": str(data_dir),
        "TILLSIDE_LOG_DIR": str(data_dir / "logs"),
        "TILLSIDE_CONFIG": str(data_dir / "absent.toml"),
        "TILLSIDE_MACHINE_CONFIG": str(data_dir / "absent-machine.toml"),
        "TILLSIDE_API_USER": DEMO_API_USER,
        "TILLSIDE_API_PASSWORD": DEMO_PASSWORD,
        "TILLSIDE_STORE_ORDER_PREFIX": "CRASH",
        "TILLSIDE_STORE_TILL_ID": till_id,
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


def _orders_in_ongoing(base_url: str) -> list[dict[str, Any]]:
    orders: list[dict[str, Any]] = _get_json(
        base_url, "orders", {"goodsOwnerId": DEMO_GOODS_OWNER_ID}
    )
    return orders


@dataclass(frozen=True)
class Row:
    number: str
    state: str
    receipt: str


def _outbox(data_dir: Path) -> dict[str, Row]:
    path = data_dir / "outbox.sqlite"
    if not path.exists():
        return {}
    try:
        with sqlite3.connect(path) as db:
            rows = db.execute("SELECT order_number, state, body FROM orders").fetchall()
    except sqlite3.OperationalError:  # a process is creating it this moment: none yet
        return {}
    return {
        number: Row(number, state, str(_json(body).get("goodsOwnerOrderId") or ""))
        for number, state, body in rows
    }


def _json(text: str) -> dict[str, Any]:
    import json

    value = json.loads(text)
    return value if isinstance(value, dict) else {}


ALLOCATOR = "tests.persistence.allocate_numbers"
OFFLINE_ORDER = "tests.services.queue_offline"


class Harness:
    """One simulator, a folder per PC, and the order processes started and killed."""

    def __init__(self, base_url: str, root: Path, rng: random.Random) -> None:
        self.base_url = base_url
        self.root = root
        self.rng = rng
        self.article, self.warehouse = _stocked_code(base_url)
        self.warehouse_id = next(
            w["id"] for w in _get_json(base_url, "warehouses") if w["code"] == self.warehouse
        )
        self.connection = ["--api-url", base_url, "--goods-owner-id", str(DEMO_GOODS_OWNER_ID)]
        self.pcs: dict[str, Path] = {}
        self.receipts = 0

    def pc(self, name: str) -> Path:
        folder = self.pcs.setdefault(name, self.root / name)
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def start_order(self, pc: str, till_id: str = "1") -> subprocess.Popen[bytes]:
        self.receipts += 1
        receipt = f"R{self.receipts:05}"
        return subprocess.Popen(
            _tillside(
                "order",
                "--pickup",
                self.warehouse,
                f"{self.article}=1",
                "--receipt",
                receipt,
                *self.connection,
            ),
            env=_env(self.pc(pc), till_id),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def kill_at_random(
        self, processes: list[subprocess.Popen[bytes]], max_delay_s: float, report: CrashReport
    ) -> int:
        """Wait a random moment, SIGKILL whichever still run; how many were killed."""
        time.sleep(self.rng.uniform(0.0, max_delay_s))
        killed = 0
        for process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                killed += 1
            else:
                report.finished_before_kill += 1
            process.wait()
        report.killed += killed
        return killed

    def start_offline_order(self, pc: str, dead_url: str) -> subprocess.Popen[bytes]:
        """An order taken while nothing answers at `dead_url` (Ongoing down)."""
        self.receipts += 1
        return subprocess.Popen(
            [
                sys.executable,
                "-m",
                OFFLINE_ORDER,
                str(self.pc(pc)),
                dead_url,
                self.article,
                str(self.warehouse_id),
                self.warehouse,
                f"R{self.receipts:05}",
            ],
            env=_env(self.pc(pc)),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def recover(self, pc: str, till_id: str = "1") -> None:
        """The restarted till sends what waits."""
        subprocess.run(
            _tillside("outbox", "--send", *self.connection),
            env=_env(self.pc(pc), till_id),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )


def _one_till_killed_mid_order(
    harness: Harness, rounds: int, max_delay_s: float, report: CrashReport
) -> None:
    """Anywhere in the order, or, every other round, once it is stored (inside the send)."""
    for _ in range(rounds):
        report.rounds += 1
        folder = harness.pc("till")
        order = harness.start_order("till")
        if report.rounds % 2:
            killed = harness.kill_at_random([order], max_delay_s, report)
        else:
            rows = len(_outbox(folder))
            deadline = time.monotonic() + 30
            while len(_outbox(folder)) == rows and order.poll() is None:
                if time.monotonic() > deadline:
                    raise RuntimeError("the order never reached the outbox")
                time.sleep(0.005)  # polling a file another process writes
            killed = harness.kill_at_random([order], 0.5, report)
        report.scenario_kills["one till mid-order"] += killed
        harness.recover("till")


def _orders_taken_offline(
    harness: Harness, rounds: int, max_delay_s: float, report: CrashReport
) -> None:
    """Ongoing is down: each order is stored unchecked and tried, the process killed
    anywhere (every other round once it is stored); when Ongoing is back, the stored ones are
    checked and sent. Down means, by turns, nothing listening (refused at once) and a host
    that takes the connection and never answers (the send hangs until it is killed)."""
    import socket

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1024)  # connections queue up; none is ever answered
        down = (  # even rounds (killed once stored): mid-send on the silent host
            _url_on_port(harness.base_url, silent.getsockname()[1]),
            _url_on_port(harness.base_url, _closed_port()),
        )
        for _ in range(rounds):
            report.rounds += 1
            folder = harness.pc("offline")
            rows = len(_outbox(folder))
            order = harness.start_offline_order("offline", down[report.rounds % 2])
            if report.rounds % 2:
                killed = harness.kill_at_random([order], max_delay_s, report)
            else:
                deadline = time.monotonic() + 30
                while len(_outbox(folder)) == rows and order.poll() is None:
                    if time.monotonic() > deadline:
                        raise RuntimeError("the offline order never reached the outbox")
                    time.sleep(0.005)  # polling a file another process writes
                killed = harness.kill_at_random([order], 0.3, report)
            report.scenario_kills["orders taken offline"] += killed
            report.taken_offline += len(_outbox(folder)) - rows
    harness.recover("offline")  # Ongoing answers again


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _url_on_port(base_url: str, port: int) -> str:
    """The simulator's address on another port (where Ongoing is down)."""
    from urllib.parse import urlsplit, urlunsplit

    return urlunsplit(urlsplit(base_url)._replace(netloc=f"127.0.0.1:{port}"))


def _allocators_killed(harness: Harness, rounds: int, report: CrashReport) -> None:
    """Three processes take numbers from one outbox at once, each killed at its own moment."""
    outbox = harness.pc("numbers") / "outbox.sqlite"
    seen: Counter[str] = Counter()
    for _ in range(rounds):
        report.rounds += 1
        processes = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "tests.persistence.allocate_numbers",
                    str(outbox),
                    "10000000",
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            for _ in range(3)
        ]
        readers = [_Collector(process) for process in processes]
        for process in sorted(processes, key=lambda _: harness.rng.random()):
            time.sleep(harness.rng.uniform(0.1, 0.6))  # mid-transaction, mid-print, anywhere
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                report.allocators_killed += 1
                report.killed += 1
                report.scenario_kills["numbers being taken"] += 1
        for reader in readers:
            seen.update(reader.numbers())
    report.numbers_allocated = sum(seen.values())
    report.numbers_repeated = sorted(number for number, count in seen.items() if count > 1)
    # After the kills, the outbox still gives a number none of them had.
    from app.domain.order_number import OrderNumberFormat
    from app.persistence.outbox import Outbox

    with Outbox(outbox) as survivor:
        after = survivor.allocate_number(OrderNumberFormat.of("TS", "1"))
    if after in seen:
        report.numbers_repeated.append(after)


class _Collector:
    """Reads a process's printed numbers as they come, so its pipe never fills up."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        import threading

        self._process = process
        self._lines: list[str] = []
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        self._lines.extend(line.strip() for line in self._process.stdout if line.strip())

    def numbers(self) -> list[str]:
        self._process.wait(timeout=120)
        self._thread.join(timeout=120)
        assert self._process.stdout is not None
        self._process.stdout.close()
        return self._lines


def _two_orders_at_once_on_one_outbox(
    harness: Harness, rounds: int, max_delay_s: float, report: CrashReport
) -> None:
    for _ in range(rounds):
        report.rounds += 1
        pair = [harness.start_order("shared"), harness.start_order("shared")]
        if report.rounds % 2:
            # one of the two is killed at a random moment; the other finishes
            victim = harness.rng.choice(pair)
            killed = harness.kill_at_random([victim], max_delay_s, report)
            report.scenario_kills["two at once, one outbox"] += killed
        for process in pair:
            process.wait()
        harness.recover("shared")


def _two_pcs_with_one_till_id(
    harness: Harness, rounds: int, max_delay_s: float, report: CrashReport
) -> None:
    """IT copied one config file to two tills: the same prefix and till id on both."""
    for _ in range(rounds):
        report.rounds += 1
        pair = [harness.start_order("pc-a", "7"), harness.start_order("pc-b", "7")]
        if report.rounds % 2:
            killed = harness.kill_at_random(pair, max_delay_s, report)
            report.scenario_kills["two PCs, one till id"] += killed
        for process in pair:
            process.wait()
        harness.recover("pc-a", "7")
        harness.recover("pc-b", "7")


def run_crash_rounds(
    rounds: int,
    data_dir: Path,
    seed: int = 1,
    max_delay_s: float = 3.0,
    *,
    allocator_rounds: int = 0,
    pair_rounds: int = 0,
    pc_rounds: int = 0,
    offline_rounds: int = 0,
) -> CrashReport:
    rng = random.Random(seed)
    report = CrashReport()
    faults = f"slow-commit=0.3,drop=0.05,seed={seed}"
    with simulator_process("--latency-ms", "40", "--faults", faults) as base_url:
        harness = Harness(base_url, data_dir, rng)
        _one_till_killed_mid_order(harness, rounds, max_delay_s, report)
        _orders_taken_offline(harness, offline_rounds, max_delay_s, report)
        _allocators_killed(harness, allocator_rounds, report)
        _two_orders_at_once_on_one_outbox(harness, pair_rounds, max_delay_s, report)
        _two_pcs_with_one_till_id(harness, pc_rounds, max_delay_s, report)
        # Recovery until nothing waits (drops after commit can need another pass).
        ordering = [pc for pc in harness.pcs if pc != "numbers"]
        for _ in range(5):
            rows = [row for pc in ordering for row in _outbox(harness.pcs[pc]).values()]
            if all(row.state == "sent" for row in rows):
                break
            for pc in ordering:
                harness.recover(pc, "7" if pc.startswith("pc-") else "1")
        outboxes = [_outbox(harness.pcs[pc]) for pc in ordering]
        in_ongoing = _orders_in_ongoing(base_url)
    _judge(report, outboxes, in_ongoing)
    return report


def _judge(
    report: CrashReport, outboxes: list[dict[str, Row]], in_ongoing: list[dict[str, Any]]
) -> None:
    rows = [row for outbox in outboxes for row in outbox.values()]
    stored_numbers = Counter(row.number for row in rows)
    ongoing_receipt = {
        o["orderInfo"]["orderNumber"]: str(o["orderInfo"].get("goodsOwnerOrderId") or "")
        for o in in_ongoing
    }
    receipts = Counter(ongoing_receipt.values())
    report.outbox_rows = len(rows)
    report.orders_in_ongoing = len(in_ongoing)
    report.duplicates = sorted(receipt for receipt, count in receipts.items() if count > 1)
    report.duplicates += sorted(n for n, count in stored_numbers.items() if count > 1)
    report.overwritten = sorted(
        row.number
        for row in rows
        if row.number in ongoing_receipt and ongoing_receipt[row.number] != row.receipt
    )
    report.lost = sorted(row.number for row in rows if row.number not in ongoing_receipt)
    report.unknown_to_outbox = sorted(n for n in ongoing_receipt if n not in stored_numbers)
    report.unsent_after_recovery = sorted(row.number for row in rows if row.state != "sent")
