"""Shared test set-up: headless Qt and the loopback simulator fixtures."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from tests.simulator_fixtures import simulator  # noqa: F401  (fixture re-export)
