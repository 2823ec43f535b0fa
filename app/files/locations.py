"""Every folder and file Tillside keeps on a PC, named once, per the platform's conventions.

IT overrides the folders with environment variables (tests do too); nothing else in the
program spells a folder or a file name. Kept light (no pydantic): the till reads its
language from the settings files before its first paint.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Tillside"

ENV_DATA_DIR = "TILLSIDE_DATA_DIR"
ENV_LOG_DIR = "TILLSIDE_LOG_DIR"
ENV_CONFIG = "TILLSIDE_CONFIG"
ENV_MACHINE_CONFIG = "TILLSIDE_MACHINE_CONFIG"

CONFIG_FILE = "config.toml"
OUTBOX_FILE = "outbox.sqlite"  # orders not yet confirmed by Ongoing, and the order numbers
BASKET_FILE = "basket.json"  # the basket on screen, back after a restart
CATALOGUE_FILE = "catalogue.sqlite"  # Ongoing's articles and warehouses: a copy, made again at will
WEBHOOKS_FILE = "webhooks.sqlite"  # events `tillside webhooks` received, read by the board
LOG_FILE = "tillside.log"


def data_dir_path() -> Path:
    """The user data folder (outbox, basket, webhook events), made or not."""
    override = os.environ.get(ENV_DATA_DIR)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))


def data_dir() -> Path:
    """The user data folder, made if missing (OSError when it cannot be)."""
    path = data_dir_path()
    path.mkdir(parents=True, exist_ok=True)
    return path


def outbox_path() -> Path:
    return data_dir_path() / OUTBOX_FILE


def basket_path() -> Path:
    return data_dir_path() / BASKET_FILE


def catalogue_path() -> Path:
    return data_dir_path() / CATALOGUE_FILE


def webhooks_path() -> Path:
    return data_dir_path() / WEBHOOKS_FILE


def log_dir_path() -> Path:
    """The log folder (log files, crash reports), made or not."""
    override = os.environ.get(ENV_LOG_DIR)
    return Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, False))


def log_dir() -> Path:
    path = log_dir_path()
    path.mkdir(parents=True, exist_ok=True)
    return path


def machine_config_path() -> Path:
    """The machine-wide settings file IT preseeds."""
    override = os.environ.get(ENV_MACHINE_CONFIG)
    if override:
        return Path(override)
    return Path(platformdirs.site_config_dir(APP_NAME, False)) / CONFIG_FILE


def user_config_path() -> Path:
    """The till's own settings file, which the till writes (language, F11, setup)."""
    override = os.environ.get(ENV_CONFIG)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, False)) / CONFIG_FILE
