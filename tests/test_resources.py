"""The resources are the package app.resource_files, found by the import system; the wheel
lists every package of app/ (pyproject.toml names them: the mapped resources/ rules out find)."""

from __future__ import annotations

import importlib.resources
import tomllib
from pathlib import Path

from app.resources import PACKAGE, resource_path, resources_root

ROOT = Path(__file__).resolve().parents[1]


def test_importlib_resources_and_the_till_find_the_same_folder() -> None:
    folder = importlib.resources.files(PACKAGE)
    assert isinstance(folder, Path)  # a real folder: Qt opens the files by name
    assert folder == resources_root()
    assert resource_path("demo", "tenant.json").is_file()
    assert resource_path("icons", "tillside.png").is_file()


def test_an_editable_install_reads_the_repository_resources_in_place() -> None:
    assert resources_root() == ROOT / "resources"


def test_pyproject_lists_every_package_under_app() -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        setuptools = tomllib.load(file)["tool"]["setuptools"]
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "app").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert set(setuptools["packages"]) == on_disk | {PACKAGE}
    assert setuptools["package-dir"] == {PACKAGE: "resources"}
