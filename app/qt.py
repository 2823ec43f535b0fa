"""The one place that imports Qt.

qasync picks whichever Qt binding it finds first unless `QT_API` says otherwise, so the
binding is fixed here before qasync is imported. Everything in `app/ui` imports Qt from here.
qasync (and with it asyncio, ~70 ms) is imported on first use of `app.qt.qasync`, so the
till's window can be on screen before the event loop's machinery is loaded.
"""

from __future__ import annotations

import os
from types import ModuleType
from typing import TYPE_CHECKING

os.environ["QT_API"] = "pyside6"

from PySide6 import QtCore, QtGui, QtPrintSupport, QtWidgets
from PySide6.QtCore import Qt
from shiboken6 import isValid as is_alive  # noqa: N813 - snake_case like the rest of ours

if TYPE_CHECKING:
    import qasync

__all__ = ["Qt", "QtCore", "QtGui", "QtPrintSupport", "QtWidgets", "is_alive", "qasync"]


def __getattr__(name: str) -> ModuleType:
    """`app.qt.qasync`, imported when first asked for (PEP 562)."""
    if name == "qasync":
        import importlib

        return importlib.import_module("qasync")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
