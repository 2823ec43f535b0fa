"""The size a list dialog opens at: most of the till's window, so its columns fit.

Qt sizes a dialog from its widgets' size hints, which for a list of purchase orders or of
orders lacking stock is a few hundred pixels: every name was cut off. A store list opens
over most of the till window instead (never larger than the screen it is on), and its
columns are as wide as what they hold, the name's taking what is left (`fitted_columns`).
"""

from __future__ import annotations

from app.qt import QtCore, QtWidgets

SHARE = 0.85  # of the till's window: its edges stay in sight, so it reads as a dialog
SMALLEST = QtCore.QSize(900, 560)


def useful_size(dialog: QtWidgets.QWidget, parent: QtWidgets.QWidget | None) -> QtCore.QSize:
    screen = dialog.screen().availableGeometry().size()
    around = parent.window().size() if parent is not None else screen
    width = max(SMALLEST.width(), round(around.width() * SHARE))
    height = max(SMALLEST.height(), round(around.height() * SHARE))
    return QtCore.QSize(min(width, screen.width()), min(height, screen.height()))


def fitted_columns(tree: QtWidgets.QTreeWidget, name_column: int) -> None:
    """Rows read across a store list: one height for all, every other row shaded, each
    column as wide as its contents and the name column taking the rest."""
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(name_column, QtWidgets.QHeaderView.ResizeMode.Stretch)
