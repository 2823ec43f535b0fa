"""The one place that imports Qt.

qasync picks whichever Qt binding it finds first unless `QT_API` says otherwise, so the
binding is fixed here before qasync is imported. Everything in `app/ui` imports Qt from here.
qasync (and with it asyncio, ~70 ms) and QtPrintSupport (~10 ms) are imported on first use,
so the till's window can be on screen before the event loop's machinery is loaded. So is the
`Qt` namespace: the first use of `PySide6.QtCore.Qt` makes PySide build the Python types of
all its ~100 enums (25-40 ms), and nothing before the till's first paint needs them.
"""

from __future__ import annotations

import os
from types import ModuleType
from typing import TYPE_CHECKING, Any

os.environ["QT_API"] = "pyside6"

from PySide6 import QtCore, QtGui, QtWidgets
from shiboken6 import isValid as is_alive  # noqa: N813 - snake_case like the rest of ours

if TYPE_CHECKING:
    import qasync
    from PySide6 import QtPrintSupport
    from PySide6.QtCore import Qt

__all__ = ["Qt", "QtCore", "QtGui", "QtPrintSupport", "QtWidgets", "is_alive", "qasync"]


LAZY = {"qasync": "qasync", "QtPrintSupport": "PySide6.QtPrintSupport"}
"""Imported on first use (PEP 562): the window is shown before it needs either."""


class _LazyQtNamespace:
    """`PySide6.QtCore.Qt`, looked up when one of its members is first used, not at import.

    `Qt.Key.Key_F1` works as usual; only code that runs before the first paint must not
    touch it (tests/ui/stage_one_driver.py checks that it stays unbuilt).
    """

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        return getattr(QtCore.Qt, name)


if not TYPE_CHECKING:
    Qt = _LazyQtNamespace()


def __getattr__(name: str) -> ModuleType:
    if name in LAZY:
        import importlib

        return importlib.import_module(LAZY[name])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
