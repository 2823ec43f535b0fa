"""Smoke-test the frozen bundle in dist/tillside/ (run by `make bundle-test`).

Starts the bundled program headless (QT_QPA_PLATFORM=offscreen) from an empty folder, so
nothing from the source tree can help it, and fails (exit 1) when:
  * `tillside --version` does not print the version in pyproject.toml (package metadata
    missing from the bundle) and the Python and Qt it runs, or
  * `tillside self-test` exits non-zero, does not say "self-test passed", or writes anything
    to stderr that is not on ALLOWED_STDERR (warnings there are what breaks on a till), or
  * on Linux, a bundled library needs a Qt library that is not in the bundle (a Qt plugin
    the spec keeps, such as xcb for real desktops, but offscreen never loads).
It prints the bundle's size and how long the program takes to start and to pass self-test.

Usage: python packaging/bundle_smoke.py [BUNDLE_DIR]   (default: dist/tillside)
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_SECONDS = 120
# Regexes for stderr lines that are harmless. Keep it empty unless a line is unavoidable,
# and say why next to each entry.
ALLOWED_STDERR: tuple[str, ...] = ()


def project() -> dict[str, str]:
    with open(ROOT / "pyproject.toml", "rb") as file:
        return tomllib.load(file)["project"]


def bundle_size(bundle: Path) -> tuple[int, int]:
    """Bytes and number of files, counting symlinks as links (as the archive will)."""
    total = files = 0
    for folder, _, names in os.walk(bundle):
        for name in names:
            total += os.lstat(os.path.join(folder, name)).st_size
            files += 1
    return total, files


def child_environment(scratch: Path) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("TILLSIDE_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    # The user's settings, data and logs must not leak into the test (nor the test into them).
    env["XDG_CONFIG_HOME"] = str(scratch / "config")
    env["XDG_DATA_HOME"] = str(scratch / "data")
    env["XDG_STATE_HOME"] = str(scratch / "state")  # the log folder
    env["TILLSIDE_MACHINE_CONFIG"] = str(scratch / "machine.toml")  # not this PC's settings
    if sys.platform == "win32":
        env["APPDATA"] = str(scratch / "appdata")
        env["LOCALAPPDATA"] = str(scratch / "localappdata")
    elif not any(env.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")):
        # Without a locale Qt warns that it switches to C.UTF-8; tills always have one.
        env["LC_ALL"] = "C.UTF-8"
    for name in ("QT_DEBUG_PLUGINS", "QT_LOGGING_RULES", "QT_PLUGIN_PATH", "PYTHONPATH"):
        env.pop(name, None)
    return env


def run(command: list[str], env: dict[str, str], cwd: Path) -> tuple[int, str, str, float]:
    started = time.perf_counter()
    try:
        done = subprocess.run(
            command,
            env=env,
            cwd=cwd,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT_SECONDS,
        )
    except subprocess.TimeoutExpired:
        return -1, "", f"timed out after {TIMEOUT_SECONDS} s", float(TIMEOUT_SECONDS)
    return done.returncode, done.stdout, done.stderr, time.perf_counter() - started


def unexpected_stderr(stderr: str) -> list[str]:
    return [
        line
        for line in stderr.splitlines()
        if line.strip() and not any(re.search(allowed, line) for allowed in ALLOWED_STDERR)
    ]


def missing_libraries(bundle: Path) -> tuple[list[str], list[str]]:
    """Linux: (Qt libraries missing from the bundle, other libraries missing on this machine).

    ldd runs with the bundle's library folder on LD_LIBRARY_PATH, as the bootloader sets it.
    """
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    qt_missing: set[str] = set()
    other_missing: set[str] = set()
    for path in sorted(internal.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        output = subprocess.run(
            ["ldd", str(path)], env=env, capture_output=True, text=True, check=False
        ).stdout
        for line in output.splitlines():
            if "not found" not in line:
                continue
            library = line.split("=>")[0].strip()
            needer = path.relative_to(bundle).as_posix()
            missing = qt_missing if library.startswith("libQt6") else other_missing
            missing.add(f"{library} (needed by {needer})")
    return sorted(qt_missing), sorted(other_missing)


def main() -> int:
    bundle = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / project()["name"]
    name = project()["name"]
    exe = bundle / (f"{name}.exe" if sys.platform == "win32" else name)
    if not exe.is_file():
        print(f"FAIL: no bundled program at {exe}; build it first (make bundle)")
        return 1
    failures: list[str] = []

    size, files = bundle_size(bundle)
    shown = bundle.resolve()
    print(f"bundle: {shown.relative_to(ROOT) if shown.is_relative_to(ROOT) else shown}")
    print(f"bundle size: {size / 1e6:.1f} MB in {files} files")

    with tempfile.TemporaryDirectory(prefix="tillside-smoke-") as scratch_name:
        scratch = Path(scratch_name)
        env = child_environment(scratch)

        code, out, err, seconds = run([str(exe.resolve()), "--version"], env, scratch)
        expected = f"{name} {project()['version']}"
        lines = out.splitlines()
        print(f"start-up (--version): {seconds:.2f} s -> {' / '.join(lines) or err.strip()!r}")
        if code != 0 or lines[:1] != [expected]:
            failures.append(f"--version: exit {code}, printed {out.strip()!r}, want {expected!r}")
        if not any(line.startswith("Python ") and ", Qt 6." in line for line in lines):
            failures.append(f"--version does not name the Python and Qt it runs: {out!r}")
        failures += [f"--version stderr: {line}" for line in unexpected_stderr(err)]

        code, out, err, seconds = run([str(exe.resolve()), "self-test"], env, scratch)
        print(f"self-test: {seconds:.2f} s, exit code {code}")
        print("".join(f"  | {line}\n" for line in out.splitlines()), end="")
        if code != 0:
            failures.append(f"self-test exited with {code}")
        if "self-test passed" not in out:
            failures.append("self-test did not print 'self-test passed'")
        failures += [f"self-test stderr: {line}" for line in unexpected_stderr(err)]

    if sys.platform.startswith("linux"):
        qt_missing, other_missing = missing_libraries(bundle)
        failures += [f"Qt library missing from the bundle: {entry}" for entry in qt_missing]
        if other_missing:
            # Not a failure: PyInstaller bundles the system libraries it finds on the build
            # machine; these were absent here, so the store PC must provide them.
            print("note: system libraries not on this machine, so not bundled:")
            print("".join(f"  {entry}\n" for entry in other_missing), end="")

    if failures:
        print("bundle smoke test FAILED:")
        print("".join(f"  {failure}\n" for failure in failures), end="")
        return 1
    print("bundle smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
