"""Where settings come from, and in which order they win.

From lowest to highest precedence:

1. the defaults declared in `app.config.settings`;
2. the machine-wide file IT preseeds (`TILLSIDE_MACHINE_CONFIG`, else the platform's site
   config folder, e.g. `/etc/xdg/Tillside/config.toml` or `C:\\ProgramData\\Tillside\\config.toml`);
3. the till's own file (`--config PATH`, else the user config folder's `config.toml`), which
   the settings dialog writes;
4. environment variables `TILLSIDE_<SECTION>_<KEY>`, e.g. `TILLSIDE_STORE_TILL_ID=3`.

Files are TOML with one table per section. A bad value is reported naming the setting, the
value, where it came from, and what is allowed.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from app.config.settings import Settings, declared_fields
from app.config.sources import environment_name, machine_config_path, user_config_path
from app.domain.errors import TillsideError
from app.domain.text_values import filled, joined
from app.domain.texts import Text, as_text, translate
from app.files.damaged import DamagedFile, report, set_aside

if TYPE_CHECKING:  # tomlkit (about 2 MiB) only when a setting is written: F11, the setup
    import tomlkit

Tree = dict[str, dict[str, Any]]


class SettingsError(TillsideError, ValueError):
    """Settings that cannot be used; the text names each bad setting and what is allowed."""


class DamagedSettingsFileError(SettingsError):
    """The file is not text, or not TOML at all: damaged, not merely mistyped."""


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    user_file: Path
    origins: Mapping[str, str] = field(default_factory=dict)  # "store.till_id" -> source
    # The till's own file was damaged: set aside, and the till started without it.
    damaged: DamagedFile | None = None


def load_settings(
    config_path: Path | None = None, environ: Mapping[str, str] | None = None
) -> LoadedSettings:
    """Merge every source in order and validate the result."""
    environ = os.environ if environ is None else environ
    user_file = config_path or user_config_path()
    if config_path is not None and not config_path.is_file():
        raise SettingsError(
            filled(
                translate("Settings", "The config file {path} does not exist."),
                path=str(config_path),
            )
        )
    merged: Tree = {}
    origins: dict[str, str] = {}
    machine = read_file(machine_config_path())  # IT's file: damage there stops with a message
    own, damaged = _read_own_file(user_file, explicit=config_path is not None)
    for source, tree in (
        (str(machine_config_path()), machine),
        (str(user_file), own),
        ("environment", read_environment(environ)),
    ):
        for section, values in tree.items():
            merged.setdefault(section, {}).update(values)
            for key in values:
                origins[f"{section}.{key}"] = source
    return LoadedSettings(validate(merged, origins), user_file, origins, damaged)


def _read_own_file(path: Path, *, explicit: bool) -> tuple[Tree, DamagedFile | None]:
    """The till's own file; damaged, it is set aside and the till starts without it.

    The till writes this file itself (the language, F11, the setup dialog), so a power cut
    can leave it unreadable; a cashier must still be able to sell. A file named with
    `--config` is IT's choice and stops the start with the message instead.
    """
    try:
        return read_file(path), None
    except DamagedSettingsFileError:
        if explicit:
            raise
        try:
            kept_as = set_aside(path, datetime.now())
        except FileNotFoundError:  # another process on this PC set it aside first, and says so
            return {}, None
        return {}, report(DamagedFile(path.name, kept_as, recovered=0, unreadable=None))


def read_file(path: Path) -> Tree:
    """A TOML settings file, or nothing when it does not exist."""
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return {}
    except UnicodeDecodeError:
        raise DamagedSettingsFileError(
            filled(
                translate(
                    "Settings",
                    "The config file {path} is damaged: it is not text. Replace it, or "
                    "remove it to start from the defaults.",
                ),
                path=str(path),
            )
        ) from None
    except OSError as error:
        raise SettingsError(
            filled(
                translate("Settings", "Cannot read the config file {path}: {problem}."),
                path=str(path),
                problem=error.strerror,
            )
        ) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise DamagedSettingsFileError(
            filled(
                translate("Settings", "The config file {path} is not valid TOML: {problem}."),
                path=str(path),
                problem=str(error),
            )
        ) from None
    tree: Tree = {}
    for section, values in data.items():
        if not isinstance(values, dict):
            raise SettingsError(
                filled(
                    translate(
                        "Settings",
                        "In {path}, '{section}' must be a [section] table; "
                        "sections are: {sections}.",
                    ),
                    path=str(path),
                    section=section,
                    sections=", ".join(Settings.model_fields),
                )
            )
        tree[section] = dict(values)
    return tree


def read_environment(environ: Mapping[str, str]) -> Tree:
    """TILLSIDE_<SECTION>_<KEY> variables for the declared settings (others are ignored)."""
    tree: Tree = {}
    for section, key, kind in _declared():
        name = environment_name(section, key)
        if name in environ:
            tree.setdefault(section, {})[key] = _from_text(environ[name], kind)
    return tree


def validate(tree: Tree, origins: Mapping[str, str] | None = None) -> Settings:
    unknown = [section for section in tree if section not in Settings.model_fields]
    if unknown:
        raise SettingsError(
            filled(
                translate(
                    "Settings", "Unknown settings section [{section}]; sections are: {sections}."
                ),
                section=unknown[0],
                sections=", ".join(Settings.model_fields),
            )
        )
    try:
        return Settings.model_validate(tree)
    except ValidationError as error:
        raise SettingsError(_explain(error, tree, origins or {})) from None


def save_user_settings(path: Path, changes: Mapping[str, Mapping[str, Any]]) -> None:
    """Write changed values into the till's own file, changing only those keys.

    IT writes this file too, with comments: it is edited as a TOML document (tomlkit), so
    every comment, blank line and the order of keys stay as IT left them; a key whose value
    is unchanged is not touched at all, a new one goes at the end of its section.
    """
    import tomlkit

    read_file(path)  # a damaged or unreadable file is reported as when the till starts
    document = _document(path)
    for section, values in changes.items():
        if section not in document:
            document.add(section, tomlkit.table())
        table = document[section]
        assert isinstance(table, MutableMapping)  # read_file refused a section that is not
        for key, value in values.items():
            if value is None:
                table.pop(key, None)  # TOML has no null: an unset optional is left out
            elif key not in table or _plain(table[key]) != _to_toml(value):
                table[key] = _to_toml(value)
    validate(document.unwrap())
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    try:
        with temporary.open("w", encoding="utf-8", newline="") as handle:
            handle.write(document.as_string())
            handle.flush()
            os.fsync(handle.fileno())  # a power cut leaves the old file or the new, whole
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _document(path: Path) -> tomlkit.TOMLDocument:
    """The file as an editable TOML document (empty when there is none yet)."""
    import tomlkit

    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return tomlkit.document()
    return tomlkit.parse(text)


def _plain(value: Any) -> Any:
    """A value read by tomlkit as plain Python, to compare with what is to be written."""
    return value.unwrap() if hasattr(value, "unwrap") else value


def values_from_text(current: Settings, section: str, texts: Mapping[str, str]) -> dict[str, Any]:
    """Typed values for one section from what a person typed (lists comma-separated,
    distances as CODE=km); raises SettingsError naming the bad setting."""
    kinds = {key: kind for name, key, kind in _declared() if name == section}
    tree: Tree = current.model_dump()
    tree[section].update({key: _from_text(text, kinds[key]) for key, text in texts.items()})
    checked = validate(tree)
    typed: dict[str, Any] = getattr(checked, section).model_dump()
    return {key: typed[key] for key in texts}


def _declared() -> list[tuple[str, str, str]]:
    return [(section, key, str(field.annotation)) for section, key, field in declared_fields()]


def _from_text(text: str, kind: str) -> Any:
    """An environment variable's text as the shape pydantic expects for its setting."""
    if kind.startswith("tuple"):
        return [part.strip() for part in text.split(",") if part.strip()]
    if kind.startswith("dict"):
        pairs = [part.split("=", 1) for part in text.split(",") if part.strip()]
        return {pair[0].strip(): pair[1].strip() if len(pair) == 2 else "" for pair in pairs}
    if text == "" and "None" in kind:
        return None
    return text


def _to_toml(value: Any) -> Any:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, dict):
        return {k: _to_toml(v) for k, v in value.items()}
    return value


def _explain(error: ValidationError, tree: Tree, origins: Mapping[str, str]) -> Text:
    lines = [translate("Settings", "Some settings are not valid:")]
    for problem in error.errors():
        location = [str(part) for part in problem["loc"]]
        key = ".".join(location[:2])
        section, _, name = key.partition(".")
        given = repr(tree.get(section, {}).get(name, problem.get("input")))
        source = origins.get(key, "")
        if problem["type"] == "extra_forbidden":
            allowed = ", ".join(_keys_of(section))
            if source:
                line = filled(
                    translate(
                        "Settings",
                        "- {key} (from {source}) is not a setting; [{section}] has: {allowed}.",
                    ),
                    key=key,
                    source=source,
                    section=section,
                    allowed=allowed,
                )
            else:
                line = filled(
                    translate("Settings", "- {key} is not a setting; [{section}] has: {allowed}."),
                    key=key,
                    section=section,
                    allowed=allowed,
                )
            lines.append(line)
            continue
        why = _allowed(_reason(problem), section, name)
        if source:
            line = filled(
                translate("Settings", "- {key} = {value} (from {source}): {problem}"),
                key=key,
                value=given,
                source=source,
                problem=why,
            )
        else:
            line = filled(
                translate("Settings", "- {key} = {value}: {problem}"),
                key=key,
                value=given,
                problem=why,
            )
        lines.append(line)
    return joined("\n", lines)


def _reason(problem: ErrorDetails) -> Text:
    """Our own validators' reason as its Text; pydantic's own words as they are."""
    raised = (problem.get("ctx") or {}).get("error")
    text = getattr(raised, "text", None)
    if isinstance(text, Text):
        return text
    return as_text(str(problem["msg"]).removeprefix("Value error, "))


def _keys_of(section: str) -> list[str]:
    return [key for name, key, _ in _declared() if name == section]


def _allowed(reason: Text, section: str, key: str) -> Text:
    """The reason, and the setting's help text (context "Setting") to say what is allowed."""
    described = {(name, k): f.description or "" for name, k, f in declared_fields()}
    help_text = described.get((section, key), "")
    if help_text:
        return filled(
            translate("Settings", "{reason}. Allowed: {allowed}"),
            reason=reason,
            allowed=Text("Setting", help_text),
        )
    return filled(translate("Settings", "{reason}."), reason=reason)
