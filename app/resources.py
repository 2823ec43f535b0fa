"""Find the till's resources (demo data, icons, translation catalogues) wherever it runs.

They are the package `app.resource_files`: the repository's top-level `resources/` folder,
which pyproject.toml maps into the package. The import system finds it in every kind of
installation: in site-packages after `pip install` of the wheel (the `.qm` catalogues compiled
into it), in the repository itself for an editable install (`make`, `uv sync`), and inside the
PyInstaller bundle. Nothing looks beside the source files, so a wheel works outside the tree.

The folder is the package's `__path__`, which is what `importlib.resources.files()` returns
for it; importlib.resources itself is not imported because its import costs the till's first
paint about 3 ms (the window icon is read before it). `importlib.resources.files(PACKAGE)`
gives the same folder for any other tool (tests/test_resources.py checks that it does).
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = "app.resource_files"


def resources_root() -> Path:
    """The folder of the package `app.resource_files`."""
    import app.resource_files as package

    return Path(package.__path__[0])


def resource_path(*parts: str) -> Path:
    """Path of one resource file, e.g. `resource_path("demo", "tenant.json")`."""
    return resources_root().joinpath(*parts)
