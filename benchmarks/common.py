"""Helpers the benchmark scripts share: a simulator in its own process, and percentiles."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager


def percentile(samples: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile: simple, and exact for the sample counts used here."""
    ordered = sorted(samples)
    index = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index]


def summary_ms(samples_s: Sequence[float]) -> tuple[float, float]:
    """(p50, p95) in milliseconds."""
    ms = [s * 1000 for s in samples_s]
    return statistics.median(ms), percentile(ms, 0.95)


@contextmanager
def simulator_process(*extra_args: str) -> Iterator[str]:
    """Run `tillside simulator` in a child process, so it does not share our GIL; yield its URL."""
    with subprocess.Popen(
        [sys.executable, "-m", "app.cli", "simulator", "--status-step-seconds", "0", *extra_args],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    ) as process:
        try:
            assert process.stdout is not None
            for line in process.stdout:
                if line.startswith("Listening on "):
                    yield line.removeprefix("Listening on ").strip()
                    break
            else:
                raise RuntimeError("the simulator exited before it listened")
        finally:
            process.terminate()
            process.wait(timeout=10)
