"""Nothing below the UI layer may import Qt: use cases must run, and be tested, without a GUI."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "PySide2", "qasync", "app.qt", "app.ui")
ALLOWED = {APP / "qt.py", APP / "cli.py"}


def imported_modules(source: str) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def imports_qt(module: str) -> bool:
    return any(module == qt or module.startswith(qt + ".") for qt in QT_MODULES)


def test_no_qt_below_ui() -> None:
    offenders = []
    for path in sorted(APP.rglob("*.py")):
        # The UI and the entry points above it (cli, commands) may use Qt; nothing else.
        if path in ALLOWED or (APP / "ui") in path.parents or (APP / "commands") in path.parents:
            continue
        for module in imported_modules(path.read_text(encoding="utf-8")):
            if imports_qt(module):
                offenders.append(f"{path.relative_to(APP.parent)} imports {module}")
    assert offenders == []


def test_the_check_sees_a_qt_import() -> None:
    """Guards the guard: the scanner must flag every way of writing a Qt import."""
    source = "import PySide6.QtCore\nfrom PySide6 import QtWidgets\nfrom app.qt import Qt\n"
    assert [m for m in imported_modules(source) if imports_qt(m)] == [
        "PySide6.QtCore",
        "PySide6",
        "PySide6.QtWidgets",
        "app.qt",
        "app.qt.Qt",
    ]
    assert not imports_qt("httpx")
    assert not imports_qt("app.quantity")


BEHIND_THE_SERVICES = ("app.ongoing", "app.persistence", "app.simulator", "app.commands")


def test_the_windows_talk_to_services_only() -> None:
    """app/ui, outside its start-up package, never imports the client, the files, the
    simulator or the command line (import-linter's contract says the same)."""
    offenders = []
    for path in sorted((APP / "ui").rglob("*.py")):
        if (APP / "ui" / "start") in path.parents:
            continue
        for module in imported_modules(path.read_text(encoding="utf-8")):
            if any(module == m or module.startswith(m + ".") for m in BEHIND_THE_SERVICES):
                offenders.append(f"{path.relative_to(APP.parent)} imports {module}")
    assert offenders == []
