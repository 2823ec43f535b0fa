"""What a support call needs to know about an installation: its versions, and where it keeps
its settings, data and logs. `tillside --version` prints the versions; `tillside self-test`
prints all of it beside its checks."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path


def versions() -> list[str]:
    """`tillside X.Y.Z`, then the Python, Qt and PySide6 it runs on.

    The first line stays `tillside X.Y.Z` alone, for scripts that read it. Qt is imported
    here, when asked, never by the command line itself; QtCore alone, so the versions are
    still told where QtGui cannot load (a missing system library), which is when IT asks.
    """
    from app import __version__

    python = ".".join(str(part) for part in sys.version_info[:3])
    try:
        import PySide6
        from PySide6 import QtCore
    except ImportError as error:
        qt = f"Qt cannot be loaded: {error}"
    else:
        qt = f"Qt {QtCore.qVersion()}, PySide6 {PySide6.__version__}"
    return [f"tillside {__version__}", f"Python {python}, {qt}"]


def _folder(find: Callable[[], Path]) -> str:
    try:
        return str(find())
    except OSError as error:  # the folder could not be created: say so, do not stop
        return f"cannot be used: {error}"


def _file(path: Path) -> str:
    return f"{path}" if path.is_file() else f"{path} (not there)"


def locations(config_path: Path | None) -> list[tuple[str, str]]:
    """(what, where) for the settings files and the folders the till reads and writes."""
    from app.config.sources import machine_config_path, user_config_path
    from app.files.locations import data_dir
    from app.logs import log_dir
    from app.resources import resources_root

    return [
        ("machine-wide settings", _file(machine_config_path())),
        ("this till's settings", _file(config_path or user_config_path())),
        ("data (basket, outbox)", _folder(data_dir)),
        ("logs", _folder(log_dir)),
        ("program resources", _folder(resources_root)),
    ]
