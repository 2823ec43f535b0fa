"""The README is the front door: its settings table and commands must match the code, and
what it and the pages in docs/ name (make targets, files, links) must exist."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from app.cli import build_parser
from app.config.settings import describe_settings

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def test_every_setting_is_in_the_readme_table_with_its_default_and_help() -> None:
    for key, default, help_text in describe_settings():
        assert f"| `{key}` | {default} | {help_text} |" in README, key


def test_ci_runs_the_readme_test_command() -> None:
    assert "make test" in README
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_shortcut_of_the_window_is_documented() -> None:
    from app.ui.shortcuts import SHORTCUTS

    for key, _, _ in SHORTCUTS:
        shown = "Delete" if key == "Del" else key
        assert f"| {shown} |" in README, key


def test_every_command_is_in_the_readme_command_table_and_no_other() -> None:
    (commands,) = [
        action
        for action in build_parser()._actions
        if isinstance(action, argparse._SubParsersAction)
    ]
    documented = set(re.findall(r"^\| `tillside ([a-z-]+)", README, flags=re.MULTILINE))
    assert documented == set(commands.choices) | {"--version"}


def make_targets() -> set[str]:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][a-z-]*):", makefile, flags=re.MULTILINE))


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_every_make_target_a_page_names_exists(page: Path) -> None:
    named = set(re.findall(r"`make ([a-z][a-z -]*?)`", page.read_text(encoding="utf-8")))
    for targets in named:
        assert set(targets.split()) <= make_targets(), f"{page.name}: make {targets}"


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_every_link_and_repository_path_a_page_names_exists(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", text)
    local = [link for link in links if not link.startswith(("http://", "https://"))]
    paths = re.findall(r"`((?:app|packaging|resources|tests|docs|benchmarks)/[\w./-]+)`", text)
    assert local, page.name  # each page links somewhere: the check would otherwise see nothing
    for target in local:
        assert (page.parent / target).exists(), f"{page.name}: {target}"
    for path in paths:
        if "*" not in path and "<" not in path:
            assert (ROOT / path).exists(), f"{page.name}: {path}"
