"""Drill: a real full disk and a real read-only data folder under `tillside order`.

Run: `make drill-storage` (root on Linux: it mounts a 1 MB tmpfs as the data folder and
unmounts it afterwards). Against a simulator in its own process it places an order on a
healthy disk, fills the disk and orders again, reads the outbox on the full disk, frees the
space and orders again, then turns the folder read-only and orders once more. It prints
each step's exit status, the first line said and how many orders Ongoing holds; an order
refused for storage must leave Ongoing untouched. Exit 0 when every step went as it should.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import httpx

from app.commands.exit_status import ExitStatus
from app.simulator import DEMO_API_USER, DEMO_GOODS_OWNER_ID, DEMO_PASSWORD
from benchmarks.common import simulator_process
from tests.helpers.storage import can_mount, filled_up, small_filesystem


@dataclass(frozen=True)
class Step:
    name: str
    expected: ExitStatus
    status: int
    said: str
    orders_before: int
    orders_after: int
    must_not_send: bool

    @property
    def ok(self) -> bool:
        unchanged = self.orders_after == self.orders_before
        return self.status == self.expected and (unchanged or not self.must_not_send)


def orders_in_ongoing(base_url: str) -> int:
    with httpx.Client(base_url=base_url, auth=(DEMO_API_USER, DEMO_PASSWORD)) as http:
        reply = http.get("orders", params={"goodsOwnerId": DEMO_GOODS_OWNER_ID})
        reply.raise_for_status()
        return len(reply.json())


def stocked(base_url: str) -> tuple[str, str]:
    with httpx.Client(base_url=base_url, auth=(DEMO_API_USER, DEMO_PASSWORD)) as http:
        owner = {"goodsOwnerId": DEMO_GOODS_OWNER_ID}
        codes = {w["id"]: w["code"] for w in http.get("warehouses").json()}
        rows = http.get("articles/inventoryPerWarehouse", params=owner).json()
    for row in rows:
        for per in row["inventoryPerWarehouse"] or []:
            if per["sellableNumberOfItems"] >= 10:
                return row["articleNumber"], codes[per["warehouseId"]]
    raise RuntimeError("the demo data has no stock")


def run_drill(root: Path) -> list[Step]:
    steps: list[Step] = []
    with simulator_process() as base_url, small_filesystem(root / "disk", 1024) as disk:
        article, warehouse = stocked(base_url)
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("TILLSIDE_")},
            "TILLSIDE_DATA_DIR": str(disk / "data"),
            "TILLSIDE_LOG_DIR": str(root / "logs"),
            "TILLSIDE_CONFIG": str(root / "absent.toml"),
            "TILLSIDE_MACHINE_CONFIG": str(root / "absent-machine.toml"),
            "TILLSIDE_API_USER": DEMO_API_USER,
            "TILLSIDE_API_PASSWORD": DEMO_PASSWORD,
        }
        connection = ["--api-url", base_url, "--goods-owner-id", str(DEMO_GOODS_OWNER_ID)]
        order = ["order", "--pickup", warehouse, f"{article}=1", *connection]

        def step(name: str, args: list[str], expected: ExitStatus, refuses: bool) -> None:
            before = orders_in_ongoing(base_url)
            done = subprocess.run(
                [sys.executable, "-m", "app.cli", *args],
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
                check=False,
            )
            said = (done.stderr.strip() or done.stdout.strip()).splitlines() or [""]
            if "Traceback" in done.stderr + done.stdout:
                said = ["A TRACEBACK: " + said[-1]]
            after = orders_in_ongoing(base_url)
            steps.append(Step(name, expected, done.returncode, said[0], before, after, refuses))

        step("order, disk healthy", order, ExitStatus.OK, refuses=False)
        with filled_up(disk):
            step("order, disk full", order, ExitStatus.STORAGE, refuses=True)
            step("outbox, disk full", ["outbox"], ExitStatus.STORAGE, refuses=True)
        step("order, space freed", order, ExitStatus.OK, refuses=False)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        step("order, folder read-only", order, ExitStatus.STORAGE, refuses=True)
        step("outbox, read-only", ["outbox"], ExitStatus.STORAGE, refuses=True)
    return steps


def main() -> int:
    if not can_mount():
        print("The storage drill mounts a small filesystem: run it as root.", file=sys.stderr)
        return ExitStatus.USAGE
    with tempfile.TemporaryDirectory() as folder:
        steps = run_drill(Path(folder))
    width = max(len(s.name) for s in steps)
    for s in steps:
        verdict = "ok" if s.ok else "WRONG"
        print(
            f"{s.name:<{width}}  exit {s.status} (want {int(s.expected)})  "
            f"orders in Ongoing {s.orders_before}->{s.orders_after}  {verdict}  {s.said[:110]}"
        )
    failed = [s for s in steps if not s.ok]
    print(f"{len(steps) - len(failed)} of {len(steps)} steps as they should be")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
