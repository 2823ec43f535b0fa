"""The catalogue on disk with 100,000 articles: start to ready, requests, memory, refresh, resolve.

Run: `make bench-catalogue` (or `.venv/bin/python -m benchmarks.catalogue --articles 100000`).
It starts `tillside simulator --articles N` in its own process, then the real till
(`tillside run`, offscreen) against it three times on one fresh data folder, each its own
process, reading the till's log lines as they come:

1. first start: no catalogue on the PC, so the whole of it is loaded from Ongoing;
2. second start, nothing changed: ready from disk, then what changed since is asked;
3. third start after 1,000 articles were changed in Ongoing (`PUT /articles`, as the goods
   owner's system would): the refresh that brings them.

Each start: seconds from the process start to `event=catalogue_ready` (source disk or
ongoing), the catalogue's requests to Ongoing until it settled (its search filled, its file
checked) and refreshed, and the till's RSS then. Then, in this process, resolving scanned
codes (barcodes in their scanned forms, article numbers) from the file: p50/p95 over 20,000.
"""

from __future__ import annotations

import argparse
import os
import queue
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import psutil

from app.domain.barcodes import ScannedCode, parse_scan
from app.files.locations import CATALOGUE_FILE, LOG_FILE
from app.persistence.catalogue_file import CatalogueFile
from app.services.catalogue import Catalogue
from app.services.disk_catalogue import DiskCatalogue, source_of
from app.simulator import DEMO_API_USER, DEMO_GOODS_OWNER_ID, DEMO_PASSWORD
from benchmarks.common import percentile, simulator_process

CATALOGUE_PATHS = ("path=articles ", "path=warehouses ")
SETTLE_WAIT_S = 600.0


@dataclass
class Start:
    ready_s: float
    open_ms: float  # the catalogue's own part: from its start to ready (the log's ms=)
    source: str
    articles: int
    requests: int
    rss_mib: float
    refresh_line: str


def till_environment(base_url: str, scratch: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TILLSIDE_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONUNBUFFERED="1",
        TILLSIDE_DATA_DIR=str(scratch / "data"),
        TILLSIDE_CONFIG=str(scratch / "config.toml"),
        TILLSIDE_MACHINE_CONFIG=str(scratch / "machine.toml"),
        TILLSIDE_CONNECTION_API_URL=base_url,
        TILLSIDE_CONNECTION_GOODS_OWNER_ID=str(DEMO_GOODS_OWNER_ID),
        TILLSIDE_CONNECTION_API_USER=DEMO_API_USER,
        TILLSIDE_API_PASSWORD=DEMO_PASSWORD,
    )
    return env


def log_lines(path: Path, lines: queue.Queue[tuple[float, str]], stop: threading.Event) -> None:
    """Follow the till's log file, each new line with when it was seen."""
    offset = 0
    pending = ""
    while not stop.is_set():
        try:
            with path.open(encoding="utf-8", errors="replace") as log:
                log.seek(offset)
                pending += log.read()
                offset = log.tell()
        except FileNotFoundError:
            pass
        now = time.perf_counter()
        *complete, pending = pending.split("\n")
        for line in complete:
            lines.put((now, line))
        time.sleep(0.005)


def start_till(env: dict[str, str], logs: Path, expect_refresh: bool) -> Start:
    """One start of the till: until its catalogue is ready, settled and refreshed."""
    command = [sys.executable, "-m", "app.cli", "--log-level", "DEBUG", "run"]
    lines: queue.Queue[tuple[float, str]] = queue.Queue()
    stop = threading.Event()
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        env={**env, "TILLSIDE_LOG_DIR": str(logs)},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    follower = threading.Thread(target=log_lines, args=(logs / LOG_FILE, lines, stop))
    follower.start()
    ready_s, open_ms, source, articles, requests, refresh_line = 0.0, 0.0, "", 0, 0, ""
    settled = refreshed = False
    deadline = time.perf_counter() + SETTLE_WAIT_S
    try:
        while not (settled and (refreshed or not expect_refresh)):
            at, line = lines.get(timeout=max(0.1, deadline - time.perf_counter()))
            if "event=ongoing_request" in line and any(p in line for p in CATALOGUE_PATHS):
                requests += 1
            if "event=catalogue_ready" in line:
                ready_s = at - started
                fields = dict(f.split("=", 1) for f in line.split() if "=" in f)
                source, articles = fields["source"], int(fields["articles"])
                open_ms = float(fields["ms"])
            if "event=catalogue_settled" in line:
                settled = True
            if "event=catalogue_refreshed" in line:
                refreshed, refresh_line = True, line.split("event=", 1)[1].strip()
            if "Traceback" in line or "event=catalogue_file_unusable" in line:
                raise RuntimeError(line)
        time.sleep(1.0)  # let what the start left behind be freed
        rss = psutil.Process(process.pid).memory_info().rss / 2**20
    finally:
        stop.set()
        follower.join()
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return Start(ready_s, open_ms, source, articles, requests, rss, refresh_line)


def change_articles(base_url: str, count: int, seed: int) -> None:
    """Rename `count` articles in the simulator, as the goods owner's system would."""
    auth = (DEMO_API_USER, DEMO_PASSWORD)
    with httpx.Client(base_url=base_url, auth=auth, timeout=30) as api:
        everything = api.get(
            "articles", params={"goodsOwnerId": DEMO_GOODS_OWNER_ID, "maxArticlesToGet": 5 * count}
        ).json()
        chosen = random.Random(seed).sample(everything, count)
        for article in chosen:
            body = {
                "goodsOwnerId": DEMO_GOODS_OWNER_ID,
                "articleNumber": article["articleNumber"],
                "articleName": f"{article['articleName']} (ny)",
            }
            api.put("articles", json=body).raise_for_status()


def resolve_timings(
    data: Path, base_url: str, samples: int, seed: int
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Resolving scanned codes as a scan does, from the file the till made and, for
    comparison, from the same articles held in memory (the catalogue before it was kept on
    disk): (p50, p95) in ms of each. A scan asks the catalogue once to resolve the code and
    the header once more for the article's name and price (`by_number`): both are timed."""
    catalogue = DiskCatalogue(source_of(base_url, DEMO_GOODS_OWNER_ID), data / CATALOGUE_FILE)
    opened = CatalogueFile(data / CATALOGUE_FILE)
    rows = opened.read.execute("SELECT number, barcodes FROM articles").fetchall()
    in_memory = Catalogue()
    in_memory.add(opened.by_numbers([number for number, _ in rows]).values())
    opened.close()
    rng = random.Random(seed)
    codes: list[ScannedCode] = []
    for number, barcodes in rng.sample(rows, samples):
        text = rng.choice([number, *barcodes.split("\n")]) if barcodes else number
        scanned = parse_scan(text)
        if isinstance(scanned, ScannedCode):
            codes.append(scanned)
    import asyncio

    asyncio.run(asyncio.to_thread(catalogue._open))
    figures = []
    for held in (catalogue, in_memory):
        timings = []
        for scanned in codes:
            begun = time.perf_counter()
            found = held.resolve(scanned)
            assert found is not None, scanned.code
            held.by_number(found.number)
            timings.append((time.perf_counter() - begun) * 1000)
        figures.append((statistics.median(timings), percentile(timings, 0.95)))
    catalogue.close()
    return figures[0], figures[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--warehouses", type=int, default=12)
    parser.add_argument("--changes", type=int, default=1000)
    parser.add_argument("--resolves", type=int, default=20_000)
    args = parser.parse_args()
    sim_args = ["--articles", str(args.articles), "--warehouses", str(args.warehouses)]
    with (
        simulator_process(*sim_args) as base_url,
        tempfile.TemporaryDirectory() as folder,
    ):
        scratch = Path(folder)
        env = till_environment(base_url, scratch)
        print(f"{args.articles:,} articles, {args.warehouses} warehouses; simulator {base_url}")
        first = start_till(env, scratch / "logs-1", expect_refresh=False)
        runs = [("first start (nothing on disk)", first)]
        second = start_till(env, scratch / "logs-2", expect_refresh=True)
        runs.append(("second start, nothing changed", second))
        began = time.perf_counter()
        change_articles(base_url, args.changes, seed=7)
        print(f"{args.changes} articles changed in Ongoing in {time.perf_counter() - began:.1f} s")
        third = start_till(env, scratch / "logs-3", expect_refresh=True)
        runs.append((f"third start, {args.changes} changed", third))
        for title, run in runs:
            print(
                f"{title}: ready after {run.ready_s:.2f} s from the process start, the "
                f"catalogue's part {run.open_ms:.0f} ms (source={run.source}, "
                f"{run.articles:,} articles); {run.requests} catalogue requests; "
                f"RSS {run.rss_mib:.0f} MiB"
                + (f"; refresh: {run.refresh_line}" if run.refresh_line else "")
            )
        size = (scratch / "data" / CATALOGUE_FILE).stat().st_size / 2**20
        print(f"catalogue file: {size:.1f} MiB")
        disk, memory = resolve_timings(scratch / "data", base_url, args.resolves, seed=11)
        print(
            f"a scan's questions to the catalogue (resolve the code, then the article by "
            f"number): from disk p50 {disk[0]:.3f} ms, p95 {disk[1]:.3f} ms; the same "
            f"articles in memory p50 {memory[0]:.3f} ms, p95 {memory[1]:.3f} ms"
        )


if __name__ == "__main__":
    main()
