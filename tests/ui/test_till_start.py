"""The till's two-stage start: the window on screen before the heavy half is even imported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.demo_process import demo_stopped_after


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TILLSIDE_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        TILLSIDE_DATA_DIR=str(tmp_path / "data"),
        TILLSIDE_LOG_DIR=str(tmp_path / "logs"),
        TILLSIDE_CONFIG=str(tmp_path / "absent.toml"),
        TILLSIDE_MACHINE_CONFIG=str(tmp_path / "absent-machine.toml"),
        **extra,
    )
    return env


def test_first_paint_needs_neither_the_client_nor_pydantic_nor_asyncio(tmp_path: Path) -> None:
    """Nor all of PySide's types (the scanner filter listens only after the paint), nor the
    Qt namespace's enums (the tables show their titles from a Qt model until then)."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.stage_one_driver"],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "visible=True loaded=- qt_types=lazy qt_enums=lazy" in done.stdout, done.stdout
    assert "basket=Article,Name,Qty,Price,Total" in done.stdout, done.stdout


def test_demo_shows_the_window_then_gets_ready_and_exits_cleanly(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", "demo"],
        capture_output=True,
        text=True,
        env=_env(tmp_path, TILLSIDE_STARTUP_PROBE="1"),
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if " after " in line]
    assert [line.split(" after ")[0] for line in lines] == ["window shown", "till ready"]
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_first_paint_is_already_in_the_configured_language(
    tmp_path: Path, language: str
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.stage_one_driver"],
        capture_output=True,
        text=True,
        env=_env(tmp_path, TILLSIDE_DISPLAY_LANGUAGE=language),
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert f"language={language}" in done.stdout, done.stdout
    assert "qt_enums=lazy" in done.stdout, done.stdout  # Swedish costs no enum either
    titles = "Artikel,Benämning" if language == "sv" else "Article,Name"
    assert f"basket={titles}," in done.stdout, done.stdout


def test_the_till_sets_its_catalogue_aside_from_the_collector_once_loaded(tmp_path: Path) -> None:
    """With 100,000 articles a full collection took 100-250 ms on the Qt thread."""
    stopped = demo_stopped_after(
        "long_lived_set_aside", _env(tmp_path), tmp_path / "logs" / "tillside.log"
    )
    log = stopped.log
    assert stopped.returncode == 0, stopped.stderr
    expected = log.index("event=long_lived_expected")  # full collections set aside till then
    assert expected < log.index("event=catalogue_loaded") < log.index("event=long_lived_set_aside")
