"""`tillside settings`: every setting with its value, its source and its help, for IT."""

from __future__ import annotations

from app.commands.exit_status import ExitStatus
from app.config.loading import LoadedSettings
from app.config.settings import declared_fields
from app.config.sources import machine_config_path


def setting_lines(loaded: LoadedSettings, *, with_help: bool) -> list[str]:
    """`name = value  [where it came from]` for every setting, each with its help if asked."""
    values = loaded.settings.model_dump()
    lines = []
    for section, key, field in declared_fields():
        name = f"{section}.{key}"
        source = loaded.origins.get(name, "default")
        lines.append(f"{name} = {values[section][key]!r}  [{source}]")
        if with_help:
            lines.append(f"    {field.description}")
    return lines


def print_settings(loaded: LoadedSettings) -> int:
    print(f"machine-wide file: {machine_config_path()}")
    print(f"this till's file:  {loaded.user_file}")
    print("environment:       TILLSIDE_<SECTION>_<KEY>, e.g. TILLSIDE_STORE_TILL_ID")
    print()
    for line in setting_lines(loaded, with_help=True):
        print(line)
    if loaded.damaged is not None:
        return ExitStatus.DAMAGED  # said on standard error when the settings were read
    return ExitStatus.OK
