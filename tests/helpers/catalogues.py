"""Translation catalogues for tests: the project's tool, the committed .ts files read, and
small catalogues built on the fly.

The `english_afterwards` fixture is registered for the widget tests in tests/ui/conftest.py
(not in tests/conftest.py, which would load Qt for every test).
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from app.ui.i18n import LANGUAGE
from tests.helpers import packaging_scripts

ROOT = Path(__file__).resolve().parents[2]


tool = packaging_scripts.load("translations")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool
    numerus: bool


def read_ts(path: Path) -> list[Message]:
    """The messages of a .ts file; `finished`: translated, and not marked unfinished."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            text = "\n".join(forms) if forms else (translation.text or "")
            kind = translation.get("type")
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    text,
                    finished=kind is None and bool(text.strip()),
                    numerus=message.get("numerus") == "yes",
                )
            )
    return messages


def committed(language: str) -> list[Message]:
    """The messages of the committed tillside_<language>.ts."""
    return read_ts(tool.FOLDER / f"tillside_{language}.ts")


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
