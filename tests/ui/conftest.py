"""Fixtures the widget tests share (their helpers: tests.helpers.till, .qt_loop, .catalogues)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.catalogues import english_afterwards  # noqa: F401


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The till's data folder (basket, outbox, settings) is the test's own tmp_path."""
    monkeypatch.setenv("TILLSIDE_DATA_DIR", str(tmp_path))
    return tmp_path
