"""Where Tillside keeps its files on this PC, per the platform's conventions."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Tillside"
ENV_DATA_DIR = "TILLSIDE_DATA_DIR"


def data_dir() -> Path:
    """The user data folder (outbox, basket); `TILLSIDE_DATA_DIR` overrides it for tests and IT."""
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path
