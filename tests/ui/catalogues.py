"""Translation catalogues for tests: the project's tool, and small catalogues built on the fly."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from app.ui.i18n import LANGUAGE
from tests import packaging_scripts

ROOT = Path(__file__).resolve().parents[2]


tool = packaging_scripts.load("translations")


def small_catalogue(folder: Path, messages: dict[str, dict[str, str]]) -> Path:
    """A Swedish .qm of just these {context: {source: translation}}, compiled by lrelease."""
    contexts = "".join(
        f"<context><name>{escape(context)}</name>"
        + "".join(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(target)}</translation></message>"
            for source, target in pairs.items()
        )
        + "</context>"
        for context, pairs in messages.items()
    )
    source = folder / "small_sv.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="sv_SE">{contexts}</TS>\n',
        encoding="utf-8",
    )
    return compile_catalogue(source, folder / "small_sv.qm")


def compile_catalogue(source: Path, target: Path) -> Path:
    lrelease = str(tool.qt_tool("lrelease"))
    subprocess.run(
        [lrelease, "-silent", str(source), "-qm", str(target)], check=True, capture_output=True
    )
    return target


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    """LANGUAGE is process-wide: every test using this ends in English, whatever it switched to."""
    yield
    LANGUAGE.switch("en")
