"""Build the `.qm` catalogues from `resources/translations/*.ts`, or refresh the `.ts` sources.

    python packaging/translations.py build    # lrelease: .ts -> .qm (make, the bundle's spec;
                                              # a wheel's build: build_backend.py)
    python packaging/translations.py update   # lupdate: every translatable string in app/
                                              # into each .ts, keeping what is translated

`.ts` files are the sources (committed, edited by translators or with Qt Linguist); `.qm`
files are what Qt loads at runtime and are built, never committed. Qt's own lupdate and
lrelease ship inside the PySide6 wheel, so this works the same on Linux and Windows.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
SOURCES = ROOT / "app"
LANGUAGES = ("sv", "nb", "da", "fi")  # English is the source language: no catalogue


def qt_tool(name: str) -> Path:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"{name} is not in the PySide6 installation ({folder})")


def ts_files() -> list[Path]:
    return [FOLDER / f"tillside_{language}.ts" for language in LANGUAGES]


def python_sources() -> list[Path]:
    return sorted(path for path in SOURCES.rglob("*.py") if "simulator" not in path.parts)


def build(folder: Path = FOLDER, *, quiet: bool = True) -> list[Path]:
    """Compile each .ts whose .qm in `folder` is missing or older; returns the .qm files.

    `folder` is the .ts files' own (the repository's resources/, what an editable install and
    the bundle read) or, for a wheel, the build folder's copy of the package (build_backend.py).
    """
    lrelease = qt_tool("lrelease")
    built = []
    folder.mkdir(parents=True, exist_ok=True)
    for source in ts_files():
        target = folder / source.with_suffix(".qm").name
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            command = [str(lrelease), *(["-silent"] if quiet else []), str(source), "-qm"]
            subprocess.run([*command, str(target)], check=True)
        built.append(target)
    return built


def extract(target: Path, *, quiet: bool = False) -> None:
    """Every translatable string in app/ into `target` (.ts), keeping its translations."""
    sources = [str(path.relative_to(ROOT)) for path in python_sources()]
    command = [str(qt_tool("lupdate")), "-no-obsolete", "-locations", "none", *sources]
    if quiet:
        command.append("-silent")
    subprocess.run([*command, "-ts", str(target)], check=True, cwd=ROOT, capture_output=quiet)


def update() -> None:
    """Add new strings to every .ts, drop removed ones, keep translations."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    for target in ts_files():
        extract(target)


def main(argv: list[str]) -> int:
    if argv[1:] == ["build"]:
        build()
        return 0
    if argv[1:] == ["update"]:
        update()
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
