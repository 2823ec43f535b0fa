"""Scan-to-display, burst and memory figures for the till window, in one run.

Run: `make bench-scan` (or `.venv/bin/python -m benchmarks.scan_to_display`). It starts the
simulator in its own process with 12 warehouses and a 100,000-article catalogue, opens the
real window offscreen on the real qasync loop, and types scans into it key by key:

- scan-to-display: from the terminator key to the stock rows shown, p50/p95 over 200 scans,
  at 0 ms and 100 ms simulated latency, beside a bare httpx request for the same stock in
  the same run; the app's overhead is the difference per scan; requests per scan counted.
- burst: 20 scans per second for 10 seconds; lost or merged scans; longest event-loop stall.
- memory: RSS after start-up and after 1,000 scans.
- scans right after start-up, while the catalogue is still loading: articles from its far
  end, found in Ongoing directly; scan-to-display and requests per scan.
- one full garbage collection on the Qt thread once the catalogue is loaded, with the
  catalogue set aside as the till does (app/ui/main_thread_gc.py) and without; and the full
  collections during the load, where the till sets aside what grew old instead.

`--catalogue memory` runs the same with the catalogue held in memory (`Catalogue`, as the
till kept it before the catalogue on disk, and as the demo still does), so both can be run
one after the other on the same code: `--catalogue both` alternates them per latency.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
import psutil

from app.domain.scan_detector import ScannerTiming
from app.files.locations import CATALOGUE_FILE
from app.ongoing.client import OngoingClient
from app.ongoing.settings import ConnectionSettings
from app.qt import QtWidgets, qasync
from app.services.catalogue import Catalogue
from app.services.checkout import CheckoutSession
from app.services.disk_catalogue import DiskCatalogue, source_of
from app.services.till import Till as TillContext
from app.simulator import DEMO_API_USER, DEMO_GOODS_OWNER_ID, DEMO_PASSWORD
from app.ui.main_thread_gc import MainThreadCollector
from app.ui.main_window import MainWindow
from app.ui.scanner_filter import ScannerFilter
from app.ui.start.qt_app import io_executor
from benchmarks.client_overhead import CountingTransport
from benchmarks.common import percentile, simulator_process
from tests.helpers.keys import type_char

INVENTORY = "articles/inventoryPerWarehouse"
# A cashier scans at most a few articles a second; between scans the window repaints. Pacing
# the timed scans keeps one scan's repaint out of the next scan's figure (the burst below
# goes at 20 per second on purpose).
SCAN_INTERVAL_S = 0.25


class KeyClock:
    """The scanner's clock: keys stamped 15 ms apart without the benchmark waiting for them."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class StallMonitor:
    """The longest time the event loop went without running a 5 ms heartbeat."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self.longest = 0.0
        self._task = asyncio.ensure_future(self._beat())

    async def _beat(self) -> None:
        last = time.perf_counter()
        while True:
            await asyncio.sleep(0.005)
            now = time.perf_counter()
            self.longest = max(self.longest, now - last - 0.005)
            last = now

    def stop(self) -> float:
        if self._task:
            self._task.cancel()
        return self.longest * 1000


class Till:
    def __init__(self, window: MainWindow, clock: KeyClock) -> None:
        self.window = window
        self.clock = clock

    def type_scan(self, code: str) -> float:
        """Type the code key by key; returns the time the terminator key was pressed."""
        widget = QtWidgets.QApplication.focusWidget() or self.window
        for char in code:
            self.clock.now += 15
            type_char(widget, char, self.clock.now)
        self.clock.now += 15
        pressed = time.perf_counter()
        type_char(widget, "\r", self.clock.now)
        return pressed


LOADING_SCANS = 5  # scans typed while the catalogue loads


def catalogue_loading(url: httpx.URL) -> bool:
    """A request of the catalogue's own load (warehouses, or a page of articles)."""
    return url.path.endswith("/warehouses") or "maxArticlesToGet" in url.params


async def until(condition, timeout: float = 30.0) -> None:
    async with asyncio.timeout(timeout):
        while not condition():
            await asyncio.sleep(0)


class FullCollections:
    """Every full garbage collection between start and stop (gc.callbacks), and its time."""

    def __init__(self) -> None:
        self.durations_ms: list[float] = []
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.durations_ms.append((time.perf_counter() - self._started) * 1000)

    def start(self) -> None:
        gc.callbacks.append(self)

    def stop(self) -> None:
        gc.callbacks.remove(self)


def full_collection() -> tuple[float, int]:
    """How long one full collection holds the Qt thread (ms), and the garbage it found."""
    started = time.perf_counter()
    found = gc.collect()
    return (time.perf_counter() - started) * 1000, found


async def run(
    base_url: str,
    scans: int,
    burst: bool,
    memory_scans: int,
    articles: int,
    collector: MainThreadCollector,
    on_disk: bool = True,
) -> dict[str, float]:
    settings = ConnectionSettings.from_target(
        base_url, DEMO_GOODS_OWNER_ID, DEMO_API_USER, DEMO_PASSWORD
    )
    asyncio.get_running_loop().set_default_executor(io_executor())  # as the app runs
    transport = CountingTransport()
    results: dict[str, float] = {}
    async with (
        OngoingClient(settings, transport=transport) as client,
        httpx.AsyncClient(base_url=base_url, auth=(DEMO_API_USER, DEMO_PASSWORD)) as bare,
    ):
        # Articles from the far end of the catalogue, so the paged load reaches them last.
        far_end = await bare.get(
            "articles",
            params=[
                ("goodsOwnerId", DEMO_GOODS_OWNER_ID),
                ("articleSystemIdFrom", max(1, articles - 1000)),
                ("maxArticlesToGet", 100),
            ],
        )
        early = [
            (a["barCodeInfo"]["barCode"], a["articleNumber"])
            for a in far_end.json()
            if a["barCodeInfo"] and a["barCodeInfo"]["barCode"]
        ][:LOADING_SCANS]
        clock = KeyClock()
        # The catalogue on disk, as the till keeps it; a fresh folder: a first start.
        folder = tempfile.TemporaryDirectory()
        catalogue = (
            DiskCatalogue(
                source_of(base_url, DEMO_GOODS_OWNER_ID), Path(folder.name) / CATALOGUE_FILE
            )
            if on_disk
            else Catalogue()
        )
        session = CheckoutSession(client, catalogue=catalogue)
        window = MainWindow(TillContext(client, session), scanner=ScannerFilter(ScannerTiming()))
        collector.expect_long_lived()  # as the till does
        window.catalogue_loaded.connect(collector.set_aside_long_lived)
        window.show()
        window.focus_entry()
        started = time.perf_counter()
        during_load = FullCollections()
        during_load.start()
        loading_monitor = StallMonitor()
        loading_monitor.start()
        await until(lambda: QtWidgets.QApplication.focusWidget() is window.code_entry)
        loading_ms, loading_requests = [], []
        for code, number in early:  # the cashier scans at once; the catalogue is loading
            sent = len(transport.urls)
            pressed = Till(window, clock).type_scan(code)
            await until(
                lambda number=number: (
                    session.current_article == number and session.stock.get(number) is not None
                )
            )
            loading_ms.append((time.perf_counter() - pressed) * 1000)
            loading_requests.append(
                sum(1 for url in transport.urls[sent:] if not catalogue_loading(url))
            )
        results["loading_scans"] = len(loading_ms)
        results["loading_while_loading"] = float(session.catalogue.loaded_at is None)
        results["loading_p50_ms"] = statistics.median(loading_ms)
        results["loading_max_ms"] = max(loading_ms)
        results["loading_requests"] = max(loading_requests)
        session.clear()
        await until(lambda: session.catalogue.loaded_at is not None, timeout=300)
        results["catalogue_s"] = time.perf_counter() - started
        results["loading_stall_ms"] = loading_monitor.stop()
        during_load.stop()
        results["load_full_gcs"] = len(during_load.durations_ms)
        results["load_full_gc_max_ms"] = max(during_load.durations_ms, default=0.0)
        results["articles"] = len(session.catalogue)
        assert gc.get_freeze_count() > 0, "the loaded catalogue was not set aside"
        results["full_gc_ms"], _ = full_collection()
        gc.unfreeze()  # once more as it was before the set-aside, then set aside again
        # What this collection finds among what was set aside is what the set-aside kept.
        results["full_gc_not_set_aside_ms"], results["set_aside_garbage"] = full_collection()
        collector.set_aside_long_lived()
        results["rss_start_mb"] = psutil.Process().memory_info().rss / 2**20
        till = Till(window, clock)
        rng = random.Random(7)
        numbers = [f"TS-{n:06d}" for n in rng.sample(range(1, articles + 1), 2000)]
        held = [catalogue.by_number(number) for number in numbers]
        codes = [(a.barcodes[0], a.number) for a in held if a is not None and a.barcodes]
        shown_at: dict[str, float] = {}
        shown = asyncio.Event()

        def rows_rendered() -> None:
            snapshot = session.current_snapshot()
            # Figures shown: a warehouse's row with them, or the one line folding those
            # that hold none (an article out of stock everywhere shows only that line).
            rows = window.stock_model.rows()
            if snapshot is not None and any(r.fetched_at or r.folded for r in rows):
                shown_at.setdefault(
                    snapshot.article_number + str(snapshot.fetched_at), time.perf_counter()
                )
                shown.set()

        window.stock_model.modelReset.connect(rows_rendered)
        window.stock_model.dataChanged.connect(rows_rendered)
        totals, overheads, requests = [], [], []
        monitor = StallMonitor()
        monitor.start()
        for code, number in codes[:scans]:
            # The bare request for the same stock, after the same idle gap as the scan.
            await asyncio.sleep(SCAN_INTERVAL_S)
            rtt_start = time.perf_counter()
            params: list[tuple[str, str | int | float | bool | None]] = [
                ("goodsOwnerId", DEMO_GOODS_OWNER_ID),
                ("articleNumbers", number),
            ]
            (await bare.get(INVENTORY, params=params)).json()
            rtt = time.perf_counter() - rtt_start

            session.clear()
            await asyncio.sleep(SCAN_INTERVAL_S)
            sent = transport.sent
            shown_at.clear()
            shown.clear()
            pressed = till.type_scan(code)
            async with asyncio.timeout(30):
                await shown.wait()  # woken by the grid's reset, not by polling
            assert session.current_article == number
            total = min(shown_at.values()) - pressed
            requests.append(transport.sent - sent)
            totals.append(total * 1000)
            overheads.append((total - rtt) * 1000)
        results["scan_stall_ms"] = monitor.stop()
        results["p50_ms"] = statistics.median(totals)
        results["p95_ms"] = percentile(totals, 0.95)
        results["overhead_p50_ms"] = statistics.median(overheads)
        results["overhead_p95_ms"] = percentile(overheads, 0.95)
        results["requests_per_scan_max"] = max(requests)
        results["requests_per_scan_min"] = min(requests)

        if burst:
            session.clear()
            chosen = codes[:20]
            monitor.start()
            for index in range(200):  # 20 scans per second for 10 seconds
                till.type_scan(chosen[index % 20][0])
                await asyncio.sleep(0.05)
            await until(
                lambda: (
                    sum(ln.quantity for ln in session.basket.lines) == 200 or not window._scan_tasks
                ),
                timeout=60,
            )
            await until(lambda: not window._scan_tasks, timeout=60)
            results["burst_stall_ms"] = monitor.stop()
            counted = {ln.article_number: ln.quantity for ln in session.basket.lines}
            results["burst_lost_or_merged"] = sum(
                abs(counted.get(number, 0) - 10) for _, number in chosen
            )

        if memory_scans:
            for index in range(memory_scans):
                if index % 20 == 0:
                    session.clear()
                code, number = codes[index % len(codes)]
                till.type_scan(code)
                await until(
                    lambda number=number: (
                        session.current_article == number and session.stock.get(number) is not None
                    )
                )
            results["rss_after_mb"] = psutil.Process().memory_info().rss / 2**20
        await window.shutdown()
        catalogue.close()
        folder.cleanup()
    window.close()
    gc.unfreeze()  # the next run loads its own catalogue
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scans", type=int, default=200)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--memory-scans", type=int, default=1000)
    parser.add_argument("--catalogue", choices=("disk", "memory", "both"), default="disk")
    parser.add_argument("--latencies", default="0,100", help="simulated ms, comma-separated")
    args = parser.parse_args()
    kinds = ("disk", "memory") if args.catalogue == "both" else (args.catalogue,)
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    assert isinstance(app, QtWidgets.QApplication)
    app.setQuitOnLastWindowClosed(False)  # the second latency run reuses the application
    collector = MainThreadCollector()  # as the app runs
    for latency, kind in [(int(ms), kind) for ms in args.latencies.split(",") for kind in kinds]:
        extra = [
            "--articles",
            str(args.articles),
            "--warehouses",
            "12",
            "--latency-ms",
            str(latency),
        ]
        with simulator_process(*extra) as base_url:
            first = latency == 0
            print(f"the catalogue {'on disk' if kind == 'disk' else 'in memory'}:", flush=True)
            figures = qasync.run(
                run(
                    base_url,
                    args.scans,
                    burst=first,
                    memory_scans=args.memory_scans if first else 0,
                    articles=args.articles,
                    collector=collector,
                    on_disk=kind == "disk",
                )
            )
        print(
            f"latency {latency} ms: catalogue of {figures['articles']:.0f} articles loaded in "
            f"{figures['catalogue_s']:.1f} s"
        )
        still = (
            "all while it was still loading"
            if figures["loading_while_loading"]
            else ("the catalogue finished loading during them")
        )
        print(
            f"  {figures['loading_scans']:.0f} scans right after start-up ({still}), of "
            f"articles the load reaches last: scan-to-display p50 "
            f"{figures['loading_p50_ms']:.1f} ms, max {figures['loading_max_ms']:.1f} ms, "
            f"at most {figures['loading_requests']:.0f} requests each (article, stock); "
            f"longest event-loop stall during the load {figures['loading_stall_ms']:.1f} ms; "
            f"{figures['load_full_gcs']:.0f} full garbage collections during it (full ones "
            f"falling due set aside what grew old, as the till does), the longest "
            f"{figures['load_full_gc_max_ms']:.1f} ms"
        )
        print(
            f"  one full garbage collection on the Qt thread once the catalogue is loaded: "
            f"{figures['full_gc_ms']:.1f} ms with the catalogue set aside (as the till does), "
            f"{figures['full_gc_not_set_aside_ms']:.1f} ms without; garbage the set-aside "
            f"had kept: {figures['set_aside_garbage']:.0f} objects"
        )
        print(
            f"  scan-to-display p50 {figures['p50_ms']:.1f} ms, p95 {figures['p95_ms']:.1f} ms; "
            f"app overhead beyond the round trip p50 {figures['overhead_p50_ms']:.1f} ms, "
            f"p95 {figures['overhead_p95_ms']:.1f} ms"
        )
        print(
            f"  requests per scan: {figures['requests_per_scan_min']:.0f}–"
            f"{figures['requests_per_scan_max']:.0f}; longest loop stall while scanning "
            f"{figures['scan_stall_ms']:.1f} ms"
        )
        if "burst_stall_ms" in figures:
            print(
                f"  burst 20/s for 10 s: {figures['burst_lost_or_merged']:.0f} lost or merged, "
                f"longest loop stall {figures['burst_stall_ms']:.1f} ms"
            )
        if "rss_after_mb" in figures:
            print(
                f"  RSS after start-up {figures['rss_start_mb']:.0f} MiB, after "
                f"{args.memory_scans} more scans {figures['rss_after_mb']:.0f} MiB"
            )

    collector.stop()


if __name__ == "__main__":
    main()
