"""Bundle size, start-up time and memory of the frozen till, beside a minimal PySide6 window.

Run: `make bench-bundle` (or `.venv/bin/python -m benchmarks.bundle_startup`).

Goal ("Ship it to store PCs"): the till's folder bundle within 1.3x the size, and its start
to the window shown within 1.3x the time, of a bare PySide6 QMainWindow frozen the same way
(packaging/minimal/minimal.spec reuses the packaging decisions of packaging/tillside.spec).

1. Build both with PyInstaller (dist/tillside/ and dist/minimal_window/), unless --no-build,
   which reuses what is in dist/.
2. Folder sizes: bytes of every file, symlinks counted as links.
3. Start-up: a fresh process per start (the OS file cache stays warm, so this is not a start
   after a reboot), the programs interleaved, the order rotated every round, after one
   untimed warm-up start of each. Besides the till and the bare window, the bare window's
   program runs with `--table` (one empty table of a Python item model): not a goal, but it
   shows what PySide's item views cost any window that paints one at once (the till does
   not: its tables get their Python models right after the first paint).
   `dist/tillside/tillside demo` runs with TILLSIDE_STARTUP_PROBE=1; all print
   `window shown after X.XXX s` once the window is shown, X measured from the process's
   creation time as psutil reports it. The till shows its window before it connects
   (app/ui/start/till.py) and then prints `till ready after X.XXX s` once the client and
   outbox are attached; that figure is reported too. This script also times each start on
   its own clock, from just before it spawns the process to the moment the line arrives,
   and shows how far psutil's creation time is off (on Linux it adds the boot time, which
   /proc/stat gives in whole seconds, so X can be off by a constant of up to a second).
4. Start-up again with the OS file cache emptied before every start (Linux, as root: it
   writes /proc/sys/vm/drop_caches, for the whole machine), which is what the first start
   after a reboot pays: every library, font and module is read from disk. Skipped, saying
   why, elsewhere.
5. Memory: `dist/tillside/tillside demo` without the probe for 20 s, its RSS sampled every
   100 ms, then SIGTERM; peak RSS and the exit code.

Everything runs headless (QT_QPA_PLATFORM=offscreen) with the till's data, log and config
locations in a temporary folder, so no user files are read or written.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import psutil

from benchmarks.common import percentile

ROOT = Path(__file__).resolve().parent.parent
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
GOAL_RATIO = 1.3
START_TIMEOUT_S = 60.0
PROBE_LINE = re.compile(r"window shown after (\d+\.\d+) s")
READY_LINE = re.compile(r"till ready after (\d+\.\d+) s")  # the till only: attached, scanning
MB = 1_000_000


@dataclass(frozen=True)
class Program:
    label: str
    spec: Path  # relative to ROOT
    folder: Path  # relative to ROOT
    args: tuple[str, ...]

    @property
    def executable(self) -> Path:
        return ROOT / self.folder / f"{self.folder.name}{EXE_SUFFIX}"


TILL = Program("tillside", Path("packaging/tillside.spec"), Path("dist/tillside"), ("demo",))
MINIMAL = Program(
    "minimal", Path("packaging/minimal/minimal.spec"), Path("dist/minimal_window"), ()
)
# The same frozen program showing one empty table of a Python item model: what PySide's item
# views cost a window by themselves (not a goal, an explanation of the till's figure).
MINIMAL_TABLE = Program("min+table", MINIMAL.spec, MINIMAL.folder, ("--table",))
STARTED = (TILL, MINIMAL, MINIMAL_TABLE)


def rotated(programs: Sequence[Program], round_number: int) -> list[Program]:
    """Each round starts with the next program, so none always goes first (or after another)."""
    shift = round_number % len(programs)
    ordered = list(programs[shift:]) + list(programs[:shift])
    return ordered if round_number % 2 == 0 else ordered[::-1]


@dataclass
class Start:
    probe_s: float  # what the program printed (psutil creation time to window shown)
    outside_s: float  # this script's clock: before spawning to the line read
    create_time_error_s: float  # psutil's creation time minus the time just before spawning
    ready_outside_s: float | None = None  # this script's clock to `till ready after` (till)


@dataclass
class Starts:
    program: Program
    warm_up: Start | None = None
    timed: list[Start] = field(default_factory=list)
    stderr: dict[str, int] = field(default_factory=dict)  # line -> how many starts printed it


# --- Build and size ------------------------------------------------------------------------


def build(program: Program) -> float:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        str(program.spec),
        "--distpath",
        "dist",
        "--workpath",
        "build",
    ]
    print(f"building {program.folder} from {program.spec} ...", flush=True)
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, errors="replace")
    if done.returncode != 0:
        print(done.stdout[-3000:] + done.stderr[-6000:], file=sys.stderr)
        raise SystemExit(f"PyInstaller failed for {program.spec} (exit {done.returncode})")
    return time.perf_counter() - started


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files, counting symlinks as links (as an archive would)."""
    total = files = 0
    for parent, _, names in os.walk(folder):
        for name in names:
            total += os.lstat(os.path.join(parent, name)).st_size
            files += 1
    return total, files


# --- Running the frozen programs -----------------------------------------------------------


def child_environment(scratch: Path) -> dict[str, str]:
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("TILLSIDE_")
        and name not in ("QT_DEBUG_PLUGINS", "QT_LOGGING_RULES", "QT_PLUGIN_PATH", "PYTHONPATH")
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["TILLSIDE_DATA_DIR"] = str(scratch / "data")
    env["TILLSIDE_LOG_DIR"] = str(scratch / "logs")
    env["TILLSIDE_CONFIG"] = str(scratch / "config.toml")  # absent: defaults apply
    env["TILLSIDE_MACHINE_CONFIG"] = str(scratch / "machine.toml")  # absent as well
    # Anything else that looks in the user's folders (Qt, keyring) looks in scratch instead.
    env["XDG_CONFIG_HOME"] = str(scratch / "xdg-config")
    env["XDG_DATA_HOME"] = str(scratch / "xdg-data")
    env["XDG_STATE_HOME"] = str(scratch / "xdg-state")
    env["XDG_CACHE_HOME"] = str(scratch / "xdg-cache")
    if sys.platform == "win32":
        env["APPDATA"] = str(scratch / "appdata")
        env["LOCALAPPDATA"] = str(scratch / "localappdata")
    elif not any(env.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")):
        env["LC_ALL"] = "C.UTF-8"  # else Qt warns that it switches locale; tills have one
    return env


def _collect(stream: IO[str] | None, lines: list[tuple[float, str]]) -> None:
    assert stream is not None
    for line in iter(stream.readline, ""):
        lines.append((time.perf_counter(), line.rstrip("\n")))


def start_once(program: Program, env: dict[str, str], cwd: Path) -> tuple[Start, list[str]]:
    """One fresh process until it prints the probe line and exits; the start and its stderr."""
    stdout: list[tuple[float, str]] = []
    stderr: list[tuple[float, str]] = []
    wall_before = time.time()
    clock_before = time.perf_counter()
    process = subprocess.Popen(
        [str(program.executable), *program.args],
        env=env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    try:
        create_time_error = psutil.Process(process.pid).create_time() - wall_before
    except psutil.NoSuchProcess:  # gone already: cannot happen before the window shows
        create_time_error = float("nan")
    readers = [
        threading.Thread(target=_collect, args=(process.stdout, stdout), daemon=True),
        threading.Thread(target=_collect, args=(process.stderr, stderr), daemon=True),
    ]
    for reader in readers:
        reader.start()
    try:
        code = process.wait(timeout=START_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise SystemExit(
            f"{program.executable} did not exit within {START_TIMEOUT_S:.0f} s"
        ) from None
    for reader in readers:
        reader.join(timeout=5)
    shown = [(at, match) for at, line in stdout if (match := PROBE_LINE.search(line))]
    if not shown:
        raise SystemExit(
            f"{program.executable} exited {code} without `window shown after`:\n"
            + "\n".join(line for _, line in stdout + stderr)
        )
    if code != 0:
        raise SystemExit(f"{program.executable} printed the probe line but exited {code}")
    at, match = shown[0]
    ready = [at for at, line in stdout if READY_LINE.search(line)]
    ready_s = ready[0] - clock_before if ready else None
    start = Start(float(match.group(1)), at - clock_before, create_time_error, ready_s)
    return start, [line for _, line in stderr]


def measure_starts(
    runs: int,
    env: dict[str, str],
    cwd: Path,
    *,
    warm_up: bool = True,
    before_each: Callable[[], None] = lambda: None,
) -> dict[str, Starts]:
    """Every program started `runs` times (after one untimed start each), interleaved."""
    measured = {program.label: Starts(program) for program in STARTED}
    probe_env = {**env, "TILLSIDE_STARTUP_PROBE": "1"}
    for round_number in range(-1 if warm_up else 0, runs):  # round -1: the untimed warm-up
        for program in rotated(STARTED, round_number):
            starts = measured[program.label]
            before_each()
            start, errors = start_once(program, probe_env, cwd)
            for line in errors:
                starts.stderr[line] = starts.stderr.get(line, 0) + 1
            if round_number < 0:
                starts.warm_up = start
            else:
                starts.timed.append(start)
        print(".", end="", flush=True)
    print(flush=True)
    return measured


DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def why_no_cache_drop() -> str | None:
    """None when this process may empty the OS file cache; else the reason it may not."""
    if sys.platform != "linux":
        return "emptying the file cache is done here only on Linux"
    if not os.access(DROP_CACHES, os.W_OK):
        return f"needs root (it writes {DROP_CACHES})"
    return None


def drop_file_cache() -> None:
    """Write dirty pages out, then let the kernel forget every cached file page."""
    os.sync()
    DROP_CACHES.write_text("3\n", encoding="ascii")


@dataclass
class Memory:
    seconds: float
    samples: int
    peak_rss: int  # the till's own process, sampled
    peak_tree_rss: int  # the till and any child processes, summed per sample
    children_seen: int
    high_water_mark: int | None  # Linux: the kernel's own peak RSS (VmHWM), read before SIGTERM
    rss_at_end: int
    exit_code: int | None
    exit_after_sigterm_s: float | None
    exited_early: bool
    stderr_tail: list[str]


def high_water_mark(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def measure_memory(seconds: float, env: dict[str, str], cwd: Path, log: Path) -> Memory:
    """Run the demo till (no probe) for `seconds`, sampling RSS every 100 ms; then SIGTERM."""
    interval = 0.1
    samples = 0
    peak = peak_tree = last = 0
    children: set[int] = set()
    with open(log, "w+", encoding="utf-8", errors="replace") as errors:
        process = subprocess.Popen(
            [str(TILL.executable), *TILL.args],
            env=env,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        watched = psutil.Process(process.pid)
        started = time.perf_counter()
        next_sample = started
        exited_early = False
        hwm: int | None = None
        while time.perf_counter() - started < seconds:
            try:
                last = watched.memory_info().rss
                tree = last
                for child in watched.children(recursive=True):
                    children.add(child.pid)
                    with contextlib.suppress(psutil.NoSuchProcess):
                        tree += child.memory_info().rss
            except psutil.NoSuchProcess:
                exited_early = True
                break
            if process.poll() is not None:
                exited_early = True
                break
            samples += 1
            peak, peak_tree = max(peak, last), max(peak_tree, tree)
            next_sample += interval
            time.sleep(max(0.0, next_sample - time.perf_counter()))
        elapsed = time.perf_counter() - started
        exit_after: float | None = None
        if not exited_early:
            hwm = high_water_mark(process.pid)
            sigterm_at = time.perf_counter()
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
                exit_after = time.perf_counter() - sigterm_at
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        code = process.returncode
        errors.seek(0)
        stderr_tail = errors.read().splitlines()[-10:]
    return Memory(
        elapsed,
        samples,
        peak,
        peak_tree,
        len(children),
        hwm,
        last,
        code,
        exit_after,
        exited_early,
        stderr_tail,
    )


# --- Report --------------------------------------------------------------------------------


def stats(samples: Sequence[float]) -> tuple[float, float]:
    return statistics.median(samples), percentile(samples, 0.95)


def verdict(ratio: float) -> str:
    return "goal met" if ratio <= GOAL_RATIO else "goal NOT met"


def paired_ratios(till: Sequence[Start], minimal: Sequence[Start]) -> list[float]:
    """Each round's till start over the same round's minimal start (outside clock)."""
    return [t.outside_s / m.outside_s for t, m in zip(till, minimal, strict=True)]


def explain_table_price(till_s: float, minimal_s: float, table_s: float) -> str:
    """What a table of a Python model costs a window, beside the till (which avoids it)."""
    return (
        f"  PySide's item views: the bare window with one empty table of a Python model starts "
        f"in {table_s / minimal_s:.2f}x the bare window's time (the till's tables show a Qt "
        f"model of their titles until after the paint: app/ui/table_titles.py); the till in "
        f"{till_s / table_s:.2f}x the table window's"
    )


def package_version(*names: str) -> str:
    """The installed version of the first distribution found (PySide6 ships under two names)."""
    from importlib.metadata import PackageNotFoundError, version

    for name in names:
        try:
            return version(name)
        except PackageNotFoundError:
            pass
    return "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed starts of each (default 15)")
    parser.add_argument(
        "--no-build", action="store_true", help="reuse dist/tillside and dist/minimal_window"
    )
    parser.add_argument("--memory-seconds", type=float, default=20.0)
    parser.add_argument(
        "--cache-dropped-runs",
        type=int,
        default=7,
        help="starts of each after emptying the OS file cache (Linux, root; 0: skip)",
    )
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if args.cache_dropped_runs < 0:
        parser.error("--cache-dropped-runs must be 0 or more")

    pyside = package_version("PySide6-Essentials", "PySide6")
    print(
        f"{platform.system()} {platform.release()} {platform.machine()}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"PySide6 {pyside}, PyInstaller {package_version('pyinstaller')}"
    )
    build_times: dict[str, float] = {}
    if args.no_build:
        print("--no-build: using the bundles already in dist/ (they may be stale)")
    else:
        for program in (TILL, MINIMAL):
            build_times[program.label] = build(program)
    for program in (TILL, MINIMAL):
        if not program.executable.is_file():
            raise SystemExit(f"{program.executable} is missing: run without --no-build")

    print()
    print("Bundle size (1 MB = 10^6 bytes; symlinks counted as links)")
    sizes = {}
    for program in (TILL, MINIMAL):
        size, files = folder_size(ROOT / program.folder)
        sizes[program.label] = size
        built = build_times.get(program.label)
        note = f", built in {built:.0f} s" if built is not None else ""
        print(f"  {program.label:9} {size / MB:8.1f} MB  {files:5} files  {program.folder}{note}")
    size_ratio = sizes[TILL.label] / sizes[MINIMAL.label]
    print(f"  ratio     {size_ratio:8.2f}x  ({verdict(size_ratio)}: <= {GOAL_RATIO}x)")

    with tempfile.TemporaryDirectory(prefix="tillside-bench-") as folder:
        scratch = Path(folder)
        env = child_environment(scratch)
        print()
        print(
            f"Start to window shown: {args.runs} timed starts of each, interleaved, order "
            "rotated every round, after 1 untimed warm-up start of each"
        )
        print(
            "  warm: a fresh process every time, but the OS file cache is warm (not a start "
            "after a reboot: that is the cold start below). Headless: QT_QPA_PLATFORM=offscreen"
        )
        measured = measure_starts(args.runs, env, scratch)
        till = measured[TILL.label]
        print(f"  {'':9} {'probe (as printed)':>22} {'outside clock':>22}  warm-up start")
        print(f"  {'':9} {'median':>10} {'p95':>10}  {'median':>10} {'p95':>10}  probe / outside")
        medians: dict[str, tuple[float, float]] = {}
        for starts in measured.values():
            probe_median, probe_p95 = stats([s.probe_s for s in starts.timed])
            outside_median, outside_p95 = stats([s.outside_s for s in starts.timed])
            medians[starts.program.label] = (probe_median, outside_median)
            warm = starts.warm_up
            assert warm is not None
            print(
                f"  {starts.program.label:9} {probe_median:9.3f}s {probe_p95:9.3f}s  "
                f"{outside_median:9.3f}s {outside_p95:9.3f}s  "
                f"{warm.probe_s:.3f}s / {warm.outside_s:.3f}s"
            )
        probe_ratio = medians[TILL.label][0] / medians[MINIMAL.label][0]
        outside_ratio = medians[TILL.label][1] / medians[MINIMAL.label][1]
        print(f"  ratio of medians, probe:         {probe_ratio:.2f}x ({verdict(probe_ratio)})")
        print(f"  ratio of medians, outside clock: {outside_ratio:.2f}x ({verdict(outside_ratio)})")
        paired = paired_ratios(till.timed, measured[MINIMAL.label].timed)
        print(
            f"  per round (the two started back to back), outside clock: median "
            f"{statistics.median(paired):.2f}x, middle half {percentile(paired, 0.25):.2f}x"
            f"-{percentile(paired, 0.75):.2f}x (less moved by the machine's load drifting)"
        )
        print(
            explain_table_price(
                medians[TILL.label][1], medians[MINIMAL.label][1], medians[MINIMAL_TABLE.label][1]
            )
        )
        ready = [s.ready_outside_s for s in till.timed if s.ready_outside_s is not None]
        if ready:
            ready_median, ready_p95 = stats(ready)
            print(
                f"  till ready to scan (client, outbox and catalogue request started; "
                f"outside clock): median {ready_median:.3f}s, p95 {ready_p95:.3f}s = "
                f"{ready_median / medians[MINIMAL.label][1]:.2f}x the minimal window's shown"
            )
        errors = [s.create_time_error_s for starts in measured.values() for s in starts.timed]
        print(
            "  psutil's process creation time minus the time just before spawning: median "
            f"{statistics.median(errors):+.3f} s (min {min(errors):+.3f}, max {max(errors):+.3f})"
        )
        if abs(statistics.median(errors)) > 0.05:
            print(
                "    -> the probe figures are off by about that much (psutil adds the boot "
                "time, which the OS gives in whole seconds); the outside clock is not, so "
                "judge the ratio by it"
            )
        if args.runs < 20:
            print(f"  (with {args.runs} starts, p95 is the slowest start: nearest rank)")
        for starts in measured.values():
            for line, count in starts.stderr.items():
                print(f"  stderr of {starts.program.label} ({count} starts): {line}")

        print()
        print(
            "Cold start to window shown: the OS file cache emptied before every start (as the "
            "first start after a reboot: every library and file is read from disk again)"
        )
        reason = why_no_cache_drop() if args.cache_dropped_runs > 0 else "--cache-dropped-runs 0"
        if reason is not None:
            print(f"  skipped: {reason}")
        else:
            print(
                f"  {args.cache_dropped_runs} starts of each, interleaved, order rotated every "
                "round; this empties the cache of the whole machine, not only of these programs"
            )
            measured = measure_starts(
                args.cache_dropped_runs, env, scratch, warm_up=False, before_each=drop_file_cache
            )
            dropped_medians: dict[str, float] = {}
            for label, starts in measured.items():
                median, p95 = stats([start.outside_s for start in starts.timed])
                dropped_medians[label] = median
                print(f"  {label:9} outside clock median {median:.3f}s, p95 {p95:.3f}s")
            dropped_ratio = dropped_medians[TILL.label] / dropped_medians[MINIMAL.label]
            print(f"  ratio of medians: {dropped_ratio:.2f}x ({verdict(dropped_ratio)})")
            print(
                explain_table_price(
                    dropped_medians[TILL.label],
                    dropped_medians[MINIMAL.label],
                    dropped_medians[MINIMAL_TABLE.label],
                )
            )

        print()
        print(
            f"Memory: `{TILL.folder / TILL.executable.name} demo` (no probe, idle, offscreen) "
            f"for {args.memory_seconds:.0f} s, RSS sampled every 100 ms, then SIGTERM"
        )
        memory = measure_memory(args.memory_seconds, env, scratch, scratch / "memory-stderr.txt")
        print(
            f"  peak RSS {memory.peak_rss / MB:.1f} MB over {memory.samples} samples "
            f"in {memory.seconds:.1f} s; RSS at the end {memory.rss_at_end / MB:.1f} MB"
        )
        if memory.high_water_mark is not None:
            hwm = memory.high_water_mark / MB
            print(f"  kernel's peak RSS (VmHWM) before SIGTERM: {hwm:.1f} MB")
        if memory.children_seen:
            print(
                f"  {memory.children_seen} child processes seen; peak RSS of the till and "
                f"its children together {memory.peak_tree_rss / MB:.1f} MB"
            )
        else:
            print("  no child processes (the demo's simulator is a thread in the till)")
        if memory.exited_early:
            print(f"  the till EXITED BY ITSELF before SIGTERM, exit code {memory.exit_code}")
        elif memory.exit_after_sigterm_s is None:
            print("  the till did not exit within 30 s of SIGTERM and was killed")
        else:
            print(
                f"  exit code after SIGTERM: {memory.exit_code} "
                f"(exited {memory.exit_after_sigterm_s:.2f} s after the signal)"
            )
        for line in memory.stderr_tail:
            print(f"  stderr: {line}")


if __name__ == "__main__":
    main()
