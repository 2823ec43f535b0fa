"""The one place that imports Qt.

qasync picks whichever Qt binding it finds first unless `QT_API` says otherwise, so the
binding is fixed here before qasync is imported. Everything in `app/ui` imports Qt from here.
"""

from __future__ import annotations

import os

os.environ["QT_API"] = "pyside6"

import qasync
from PySide6 import QtCore, QtGui, QtPrintSupport, QtWidgets
from PySide6.QtCore import Qt
from shiboken6 import isValid as is_alive  # noqa: N813 - snake_case like the rest of ours

__all__ = ["Qt", "QtCore", "QtGui", "QtPrintSupport", "QtWidgets", "is_alive", "qasync"]
