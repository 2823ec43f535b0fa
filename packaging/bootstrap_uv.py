"""Install into this Python's environment exactly the uv that uv.lock pins, hash-checked.

    .venv/bin/python packaging/bootstrap_uv.py      (make runs it once, in a new .venv)

uv then installs everything else from uv.lock (`uv sync --locked`). uv is itself in the lock
(the `dev` group), so every machine runs the same uv and `uv sync` keeps it; the version and
the hashes are read here from the lock rather than written a second time. Only the standard
library and pip (ensurepip brings it where the environment has none) are used.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "uv.lock"


def uv_requirement(lock: Path = LOCK) -> str:
    """`uv==X --hash=...` for every file of uv's locked release, as pip's hash mode wants."""
    with lock.open("rb") as file:
        packages = tomllib.load(file)["package"]
    locked = [package for package in packages if package["name"] == "uv"]
    if len(locked) != 1:
        raise SystemExit(f"{lock.name} pins {len(locked)} versions of uv; it should pin one")
    package = locked[0]
    files = [*package.get("wheels", []), *([package["sdist"]] if "sdist" in package else [])]
    hashes = " ".join(f"--hash={file['hash']}" for file in files)
    return f"uv=={package['version']} {hashes}\n"


def main() -> int:
    try:
        import pip  # noqa: F401
    except ImportError:  # an environment made without pip (uv venv, venv --without-pip)
        subprocess.run([sys.executable, "-m", "ensurepip", "--default-pip"], check=True)
    with tempfile.TemporaryDirectory(prefix="tillside-uv-") as folder:
        requirements = Path(folder) / "uv.txt"
        requirements.write_text(uv_requirement(), encoding="utf-8")
        command = [sys.executable, "-m", "pip", "install", "--quiet"]
        command += ["--disable-pip-version-check", "--no-deps", "--only-binary=:all:"]
        command += ["--require-hashes", "-r", str(requirements)]
        return subprocess.call(command)


if __name__ == "__main__":
    sys.exit(main())
