"""Where Tillside keeps its files on this PC, per the platform's conventions."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Tillside"
ENV_DATA_DIR = "TILLSIDE_DATA_DIR"


def data_dir_path() -> Path:
    """The user data folder (outbox, basket), made or not; `TILLSIDE_DATA_DIR` overrides it."""
    override = os.environ.get(ENV_DATA_DIR)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))


def data_dir() -> Path:
    """The user data folder, made if missing (OSError when it cannot be)."""
    path = data_dir_path()
    path.mkdir(parents=True, exist_ok=True)
    return path
