"""Every symbol the till can show is one the fonts of a Linux till draw.

A Linux till has DejaVu Sans (Debian's fonts-dejavu-core, on every desktop install); a
character it lacks draws as an empty box, which a cashier reads as a fault (⛔ once did).
Every non-ASCII character in a string the code can show (app/, docstrings aside), in every
translation and in the demo's data is checked against DejaVu Sans and its bold (new board
rows, headings and verdicts are bold). Windows draws the same ones: Segoe UI, with Windows'
own fallback to Segoe UI Symbol for the few symbols Segoe UI lacks.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.qt import QtGui

ROOT = Path(__file__).resolve().parents[2]
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FONT_FOLDERS = (  # Debian and Ubuntu, Fedora, Arch
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu-sans-fonts"),
    Path("/usr/share/fonts/TTF"),
)


def font_file(name: str) -> Path | None:
    for folder in FONT_FOLDERS:
        if (folder / name).is_file():
            return folder / name
    if shutil.which("fc-match") is None:
        return None
    family = "DejaVu Sans:bold" if "Bold" in name else "DejaVu Sans"
    found = subprocess.run(
        ["fc-match", "-f", "%{file}", family], capture_output=True, text=True, check=False
    ).stdout
    return Path(found) if found.endswith(name) else None


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the docstring nodes: never shown to anyone."""
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def shown_strings() -> Iterator[tuple[str, str]]:
    """(where, text) for every string the till may draw."""
    for path in sorted((ROOT / "app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _docstrings(tree)
        for node in ast.walk(tree):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and id(node) not in skip:
                yield f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}", text
    for path in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        for message in ElementTree.parse(path).getroot().iter("message"):
            for part in ("source", "translation"):
                element = message.find(part)
                if element is not None and element.text:
                    yield str(path.relative_to(ROOT)), element.text
    demo = ROOT / "resources" / "demo"
    for path in sorted(demo.glob("*.json")):
        yield str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")


def _never_drawn(char: str) -> bool:
    """Code points no text shows: the replacement mark, controls, invisible format marks,
    private use and non-characters (a sort sentinel such as U+10FFFF)."""
    return char == "\ufffd" or unicodedata.category(char) in {"Cc", "Cf", "Cn", "Co", "Cs"}


def symbols_used() -> dict[str, str]:
    """Every non-ASCII character shown, with the first place it is used."""
    used: dict[str, str] = {}
    for where, text in shown_strings():
        for char in text:
            if ord(char) > 127 and not char.isspace() and not _never_drawn(char):
                used.setdefault(char, where)
    return used


def test_the_scan_finds_the_symbols_the_till_shows():
    used = symbols_used()
    assert {"✔", "✖", "⚠", "—", "×"} <= used.keys()
    assert "ℹ" in used  # the notice line's info mark (a letter to Unicode, a symbol to us)


@pytest.mark.parametrize("name", FONT_FILES)
def test_every_symbol_shown_is_drawn_by_dejavu_sans(name: str, qapp: object):
    path = font_file(name)
    if path is None:
        pytest.skip(f"{name} is not installed: apt-get install fonts-dejavu-core")
    font = QtGui.QRawFont(str(path), 20)
    assert font.isValid()
    missing = [
        f"{char!r} U+{ord(char):04X} {unicodedata.name(char, '?')} (in {where})"
        for char, where in sorted(symbols_used().items())
        if not font.supportsCharacter(ord(char))
    ]
    assert not missing, f"{name} has no glyph for: " + "; ".join(missing)
