"""Find files under `resources/`, both in a source checkout and in a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """The folder holding `resources/`: PyInstaller's unpack folder when frozen, else the repo."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of one resource file, e.g. `resource_path("demo", "articles.json")`."""
    return resources_root().joinpath(*parts)
