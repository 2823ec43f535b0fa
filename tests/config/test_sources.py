"""The quick look at one raw setting that the till's first paint uses (no validation)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.config.loading import load_settings
from app.config.sources import peek_setting


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    machine, till = tmp_path / "machine.toml", tmp_path / "till.toml"
    monkeypatch.setenv("TILLSIDE_MACHINE_CONFIG", str(machine))
    monkeypatch.delenv("TILLSIDE_DISPLAY_LANGUAGE", raising=False)
    return machine, till


def test_same_precedence_as_loading(files: tuple[Path, Path]) -> None:
    machine, till = files
    machine.write_text('[display]\nlanguage = "sv"\n', encoding="utf-8")
    till.touch()
    assert peek_setting(till, "display", "language", {}) == "sv"
    assert load_settings(till, {}).settings.display.language == "sv"
    till.write_text('[display]\nlanguage = "en"\n', encoding="utf-8")
    assert peek_setting(till, "display", "language", {}) == "en"
    environ = {"TILLSIDE_DISPLAY_LANGUAGE": "sv"}
    assert peek_setting(till, "display", "language", environ) == "sv"
    assert load_settings(till, environ).settings.display.language == "sv"


def test_unreadable_or_missing_files_give_none_without_raising(files: tuple[Path, Path]) -> None:
    machine, till = files
    till.write_text("[display\nlanguage = ", encoding="utf-8")  # not TOML
    machine.write_bytes(b"\xff\xfe[display]")  # not UTF-8
    assert peek_setting(till, "display", "language", {}) is None
    assert peek_setting(till.parent / "absent.toml", "display", "language", {}) is None
