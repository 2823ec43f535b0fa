"""Shared test set-up: headless Qt and the loopback simulator fixtures."""

from __future__ import annotations

import atexit
import gc
import os
import shutil
import tempfile
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
# Log files of commands run in tests go to a scratch folder, not the user's log folder,
# removed when the test run ends (each run made one and left it behind before).
if "TILLSIDE_LOG_DIR" not in os.environ:
    _log_dir = tempfile.mkdtemp(prefix="tillside-test-logs-")
    os.environ["TILLSIDE_LOG_DIR"] = _log_dir
    atexit.register(shutil.rmtree, _log_dir, ignore_errors=True)

# Fixtures shared across folders, registered here for every test.
from tests.helpers.keyrings import memory_keyring, no_keyring  # noqa: F401
from tests.helpers.simulator import simulator  # noqa: F401


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
