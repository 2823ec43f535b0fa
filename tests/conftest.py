"""Shared test set-up: headless Qt and the loopback simulator fixtures."""

from __future__ import annotations

import gc
import os
import tempfile
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
# Log files of commands run in tests go to a scratch folder, not the user's log folder.
os.environ.setdefault("TILLSIDE_LOG_DIR", tempfile.mkdtemp(prefix="tillside-test-logs-"))

from tests.simulator_fixtures import simulator  # noqa: F401  (fixture re-export)


@pytest.fixture(autouse=True, scope="session")
def _collect_garbage_on_the_main_thread_only() -> Iterator[None]:
    """As the app does (app.ui.main_thread_gc): Qt objects in reference cycles must be freed
    on the Qt thread, never by a collection that happens to run in a simulator or IO thread."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    yield
    gc.collect()
