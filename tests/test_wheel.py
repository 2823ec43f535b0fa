"""`pip install .` gives a whole till: the sdist and wheel hold everything it needs.

The sdist is built from a copy of the repository and the wheel from the sdist (as pip does),
with the locked setuptools and PySide6 of this environment (no build isolation: nothing
unlocked, nothing downloaded for the build). The wheel is installed with the locked
dependencies into a fresh venv outside the repository, and `tillside self-test` runs there:
Qt, every translation catalogue, the demo data and an HTTP round trip, all from site-packages.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.helpers import packaging_scripts

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("sv", "nb", "da", "fi")
UV = [sys.executable, "-m", "uv"]  # the locked uv of this environment


def clean_environment(scratch: Path) -> dict[str, str]:
    """The bundle smoke test's child environment (headless, this PC's settings and folders
    set aside in `scratch`), without what would point the child back at this repository's
    venv or hide a build warning."""
    env: dict[str, str] = packaging_scripts.load("bundle_smoke").child_environment(scratch)
    for name in ("VIRTUAL_ENV", "PYTHONDONTWRITEBYTECODE", "PYTHONHOME"):
        env.pop(name, None)
    return env


def run(command: list[str], env: dict[str, str], cwd: Path) -> str:
    """Standard output and error of `command`; the test fails with both if it fails."""
    done = subprocess.run(
        command, env=env, cwd=cwd, capture_output=True, text=True, timeout=240, check=False
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, f"{' '.join(command)} exited {done.returncode}:\n{output}"
    return output


def checkout_copy(target: Path) -> Path:
    """The repository's files as git sees them (committed or not, never ignored ones) in
    `target`: setuptools would otherwise also pack whatever an earlier build's egg-info listed."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():  # a file deleted but not yet committed is still listed
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """(sdist, wheel, the build's output)."""
    scratch = tmp_path_factory.mktemp("build")
    env = clean_environment(scratch)
    source = checkout_copy(scratch / "source")
    build = [*UV, "build", "--no-build-isolation", "--python", sys.executable, str(source)]
    output = run([*build, "--out-dir", str(scratch / "dist")], env, scratch)
    (sdist,) = (scratch / "dist").glob("*.tar.gz")
    (wheel,) = (scratch / "dist").glob("*.whl")
    return sdist, wheel, output


@pytest.mark.slow
def test_the_build_warns_of_nothing(built: tuple[Path, Path, str]) -> None:
    _, _, output = built
    assert not [line for line in output.splitlines() if re.search("warn", line, re.I)], output


@pytest.mark.slow
def test_the_wheel_holds_the_resources_and_compiled_catalogues(
    built: tuple[Path, Path, str],
) -> None:
    _, wheel, _ = built
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "app/resource_files/__init__.py",
        "app/resource_files/demo/tenant.json",
        "app/resource_files/icons/tillside.png",
        "app/resource_files/icons/tillside.ico",
        *(f"app/resource_files/translations/tillside_{lang}.qm" for lang in LANGUAGES),
    }
    assert expected <= names
    assert not [name for name in names if name.endswith(".ts")]  # sources stay out
    assert not [name for name in names if not name.startswith(("app/", "tillside-"))]


@pytest.mark.slow
def test_the_sdist_holds_what_the_wheel_is_built_from(built: tuple[Path, Path, str]) -> None:
    sdist, _, _ = built
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert {"pyproject.toml", "packaging/build_backend.py", "packaging/translations.py"} <= names
    assert {f"resources/translations/tillside_{lang}.ts" for lang in LANGUAGES} <= names
    assert not [name for name in names if name.endswith(".qm") or name.startswith("tests/")]


@pytest.mark.slow
def test_the_installed_wheel_passes_its_self_test_outside_the_repository(
    built: tuple[Path, Path, str], tmp_path: Path
) -> None:
    _, wheel, _ = built
    env = clean_environment(tmp_path)
    venv = tmp_path / "venv"
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    run([*UV, "venv", "--quiet", "--python", sys.executable, str(venv)], env, tmp_path)
    # The till's own dependencies, exactly as locked (hash-checked), then the wheel.
    requirements = tmp_path / "requirements.txt"
    export = [*UV, "export", "--frozen", "--no-default-groups", "--no-emit-project", "--quiet"]
    run([*export, "--project", str(ROOT), "--output-file", str(requirements)], env, tmp_path)
    run([*UV, "pip", "install", "--python", str(python), "-r", str(requirements)], env, tmp_path)
    run([*UV, "pip", "install", "--python", str(python), "--no-deps", str(wheel)], env, tmp_path)

    tillside = python.parent / ("tillside.exe" if sys.platform == "win32" else "tillside")
    assert run([str(tillside), "--version"], env, tmp_path).startswith("tillside ")
    report = run([str(tillside), "self-test"], env, tmp_path)
    assert report.splitlines()[-1] == "self-test passed"
    (resources,) = [line for line in report.splitlines() if line.startswith("program resources:")]
    found = Path(resources.split(":", 1)[1].strip())
    assert found.is_relative_to(venv), found  # site-packages, not the repository
