"""Where the settings files are, and a quick look at one raw value before validation.

Kept free of pydantic (and of `app.config.settings`) so the till can read the one value its
first paint needs, the language, in a millisecond: validating every setting needs pydantic,
whose import alone costs more than a tenth of a second. `app.config.loading` merges and
validates the same sources in the same order.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path

from app.files.locations import (
    ENV_CONFIG,
    ENV_MACHINE_CONFIG,
    machine_config_path,
    user_config_path,
)

__all__ = [
    "ENV_CONFIG",
    "ENV_MACHINE_CONFIG",
    "environment_name",
    "machine_config_path",
    "peek_setting",
    "user_config_path",
]

ENV_PREFIX = "TILLSIDE_"


def environment_name(section: str, key: str) -> str:
    return f"{ENV_PREFIX}{section}_{key}".upper()


def peek_setting(
    config_path: Path | None,
    section: str,
    key: str,
    environ: Mapping[str, str] | None = None,
) -> object | None:
    """The raw value that would win for `section.key`, or None; never raises.

    Same precedence as `load_settings`: environment, then the till's file, then the
    machine's. Unreadable files are skipped here; `load_settings` reports them properly.
    """
    environ = os.environ if environ is None else environ
    name = environment_name(section, key)
    if name in environ:
        return environ[name]
    for path in (config_path or user_config_path(), machine_config_path()):
        try:
            values = tomllib.loads(path.read_text(encoding="utf-8")).get(section)
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue
        if isinstance(values, dict) and key in values:
            value: object = values[key]
            return value
    return None
