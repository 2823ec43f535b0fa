"""The column titles of an empty table, held in a Qt model, for the till's first paint.

A table's header asks its model for every title (and its font, icon and size) with a
`Qt.Orientation` argument, as soon as the model is set. When the model is written in Python,
PySide hands that enum to Python, and the first time it does it builds the Python types of
all of Qt's ~100 enums: 25-40 ms inside the till's first paint. So the till's tables first
show an empty `QStandardItemModel` with the same titles, which Qt paints without calling
Python, and get their Python models right after the paint (`MainWindow.after_first_paint`).
"""

from __future__ import annotations

from typing import Protocol

from app.qt import QtCore, QtGui


class TitledModel(Protocol):
    """A table model that gives its column titles without being asked with a Qt enum."""

    def titles(self) -> tuple[str, ...]: ...


def titles_only(model: TitledModel, parent: QtCore.QObject) -> QtGui.QStandardItemModel:
    """An empty model with `model`'s column titles, answered by Qt alone."""
    titles = model.titles()
    empty = QtGui.QStandardItemModel(0, len(titles), parent)
    empty.setHorizontalHeaderLabels(list(titles))
    return empty
