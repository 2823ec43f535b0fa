"""uv.lock pins what the tests and the bundle use; it must name only public places to get it.

A lock written on a machine that uses a private mirror (pip.conf, uv.toml, UV_INDEX_URL)
records that mirror's host: every other machine would then fail to install, or fetch from a
host nobody vetted. (`make` checks that the lock agrees with pyproject.toml: `uv sync --locked`.)
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

from tests.helpers import packaging_scripts

ROOT = Path(__file__).resolve().parents[1]
PUBLIC_INDEX = "https://pypi.org/simple"
PUBLIC_FILES = "https://files.pythonhosted.org/packages/"


def locked_packages() -> list[dict[str, Any]]:
    with (ROOT / "uv.lock").open("rb") as file:
        packages: list[dict[str, Any]] = tomllib.load(file)["package"]
    return packages


def test_every_locked_package_comes_from_public_pypi_or_is_the_project() -> None:
    for package in locked_packages():
        source = package["source"]
        if package["name"] == "tillside":
            assert source == {"editable": "."}
            continue
        assert source == {"registry": PUBLIC_INDEX}, package["name"]
        files = [*package.get("wheels", []), *([package["sdist"]] if "sdist" in package else [])]
        assert files, package["name"]
        for file in files:
            assert file["url"].startswith(PUBLIC_FILES), file["url"]
            assert file["hash"].startswith("sha256:"), file["url"]


def test_the_lock_pins_what_the_bundle_and_the_till_need() -> None:
    names = {package["name"] for package in locked_packages()}
    assert {"pyside6-essentials", "httpx", "pydantic", "pyinstaller", "uv", "pytest"} <= names
    # Windows tills: keyring's Credential Manager backend, locked from this Linux machine too.
    assert "pywin32-ctypes" in names


def test_the_uv_bootstrap_installs_the_locked_uv_with_its_hashes() -> None:
    uv_requirement = packaging_scripts.load("bootstrap_uv").uv_requirement
    (uv,) = [package for package in locked_packages() if package["name"] == "uv"]
    requirement = uv_requirement()
    assert requirement.startswith(f"uv=={uv['version']} --hash=sha256:")
    assert requirement.count("--hash=") == len(uv["wheels"]) + 1  # the wheels and the sdist
    installed = subprocess.run(
        [sys.executable, "-m", "uv", "--version"], capture_output=True, text=True, check=True
    ).stdout
    assert installed.split()[:2] == ["uv", uv["version"]]
