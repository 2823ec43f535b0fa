"""`tillside settings`: every setting as TOML IT can paste into a config file.

Each value is written in TOML (strings quoted, lists in brackets, distances as an inline
table), under its section's table, with its help and where the value came from as
comments. A setting without a value (`store.store_warehouse` unset) is a commented line:
TOML has no "none". The API password is not a setting and is never printed: the output only
says whether TILLSIDE_API_PASSWORD is set.
"""

from __future__ import annotations

import json
import os
import re
from typing import Any

import tomlkit

from app.commands.exit_status import ExitStatus
from app.config.loading import LoadedSettings
from app.config.secrets import ENV_PASSWORD
from app.config.settings import declared_fields
from app.config.sources import machine_config_path

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def toml_value(value: Any) -> str:
    """One value as TOML writes it; a mapping as an inline table.

    tomlkit writes the scalars, as it writes them into config.toml for the till: one TOML
    writer for both, so what IT pastes reads back as what the till saves."""
    if isinstance(value, dict):
        pairs = ", ".join(f"{toml_key(str(k))} = {toml_value(v)}" for k, v in value.items())
        return "{ " + pairs + " }" if pairs else "{}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    return str(tomlkit.item(value).as_string())


def toml_key(key: str) -> str:
    return key if _BARE_KEY.match(key) else json.dumps(key)


def setting_line(key: str, value: Any) -> str:
    """`key = value`, or a commented line for a setting without a value."""
    if value is None:
        return f"# {key}: not set"
    return f"{key} = {toml_value(value)}"


def setting_lines(loaded: LoadedSettings, *, with_help: bool) -> list[str]:
    """TOML for every setting, one table per section, each with where its value came from."""
    values = loaded.settings.model_dump()
    lines: list[str] = []
    current = ""
    for section, key, field in declared_fields():
        if section != current:
            if current:
                lines.append("")
            lines.append(f"[{section}]")
            current = section
        source = loaded.origins.get(f"{section}.{key}", "default")
        if with_help:
            lines.append(f"# {field.description}")
        lines.append(f"{setting_line(key, values[section][key])}  # from {source}")
    return lines


def print_settings(loaded: LoadedSettings) -> int:
    print(f"# machine-wide file: {machine_config_path()}")
    print(f"# this till's file:  {loaded.user_file}")
    print("# environment:       TILLSIDE_<SECTION>_<KEY>, e.g. TILLSIDE_STORE_TILL_ID")
    where = "set by " + ENV_PASSWORD if os.environ.get(ENV_PASSWORD) else "this PC's keyring"
    print(f"# API password:      not a setting, never shown ({where})")
    print()
    for line in setting_lines(loaded, with_help=True):
        print(line)
    if loaded.damaged is not None:
        return ExitStatus.DAMAGED  # said on standard error when the settings were read
    return ExitStatus.OK
