"""The README is the front door: its settings table and commands must match the code."""

from __future__ import annotations

from pathlib import Path

from app.config.settings import describe_settings

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


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
