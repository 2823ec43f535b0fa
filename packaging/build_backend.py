"""The build backend: setuptools, plus the `.qm` catalogues compiled into the wheel.

pyproject.toml names this module (`backend-path = ["packaging"]`). Building a wheel (`pip
install .`, `pipx install .`, `uv build`) compiles `resources/translations/*.ts` with Qt's
lrelease into `app/resource_files/translations/*.qm` inside the wheel, beside the rest of
`resources/` (mapped there by pyproject.toml). lrelease ships in the PySide6-Essentials wheel,
so that is a build requirement of wheels only: an editable install (`make`, `uv sync`) reads
the repository's `resources/` in place, where `make translations` builds the `.qm` files.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403  # every hook not redefined here
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent.parent
QT_DISTRIBUTION = "pyside6-essentials"


def lrelease_requirement() -> str:
    """The till's own PySide6-Essentials requirement, as pyproject.toml writes it."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        dependencies: list[str] = tomllib.load(file)["project"]["dependencies"]
    for dependency in dependencies:
        if dependency.lower().startswith(QT_DISTRIBUTION):
            return dependency
    raise RuntimeError(f"pyproject.toml does not depend on {QT_DISTRIBUTION}")


def get_requires_for_build_wheel(
    config_settings: dict[str, str | list[str]] | None = None,
) -> list[str]:
    """setuptools' requirements, and lrelease's wheel."""
    return [*_setuptools.get_requires_for_build_wheel(config_settings), lrelease_requirement()]


class BuildPy(build_py):
    """setuptools' build_py; then, for a wheel, the catalogues compiled into the build folder."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # the repository's resources/ is used in place
        import translations  # packaging/translations.py, on the backend's path

        translations.build(Path(self.build_lib) / "app" / "resource_files" / "translations")
