"""The smallest PySide6 widgets program: the baseline for benchmarks/bundle_startup.py.

A QMainWindow with a label. Once the window is shown (a zero-delay timer after show(), as the
till's TILLSIDE_STARTUP_PROBE does in app/ui/start/till.py) it prints
`window shown after X.XXX s`, X being the wall time since the process was created (psutil's
create_time, as the till measures it), and exits 0. packaging/minimal/minimal.spec freezes it
the same way packaging/tillside.spec freezes the till.

With `--table` the window holds one empty QTableView of a Python item model (three column
titles) instead of the label: the least a window that lists anything in a Qt view pays.
The benchmark shows it beside the bare window: PySide's own price for item views (the
header's first question to a Python model hands it a Qt.Orientation, and PySide builds the
Python enums of the whole Qt namespace), which the till avoids before its first paint.
"""

from __future__ import annotations

import sys
import time

import psutil
from PySide6 import QtCore, QtWidgets


def empty_table(parent: QtWidgets.QWidget) -> QtWidgets.QTableView:
    """A table view of a model with no rows and three titles, answered from Python.

    The model class is defined here, not at import: the bare window must not pay for it.
    """

    class EmptyTableModel(QtCore.QAbstractTableModel):
        TITLES = ("Warehouse", "Sellable", "Physical")

        def rowCount(self, parent: QtCore.QModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008
            return 0

        def columnCount(self, parent: QtCore.QModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(self.TITLES)

        def data(self, index: QtCore.QModelIndex, role: int = 0) -> object:
            return None

        def headerData(
            self, section: int, orientation: QtCore.Qt.Orientation, role: int = 0
        ) -> object:
            horizontal = orientation == QtCore.Qt.Orientation.Horizontal
            if horizontal and role == QtCore.Qt.ItemDataRole.DisplayRole:
                return self.TITLES[section]
            return None

    view = QtWidgets.QTableView(parent)
    view.setModel(EmptyTableModel(view))
    return view


def report_startup(app: QtWidgets.QApplication) -> None:
    started = psutil.Process().create_time()
    print(f"window shown after {time.time() - started:.3f} s", flush=True)
    app.quit()


def main() -> int:
    app = QtWidgets.QApplication(sys.argv)
    window = QtWidgets.QMainWindow()
    window.setWindowTitle("Minimal PySide6 window")
    if "--table" in sys.argv[1:]:
        window.setCentralWidget(empty_table(window))
    else:
        window.setCentralWidget(QtWidgets.QLabel("Minimal PySide6 window"))
    window.show()
    QtCore.QTimer.singleShot(0, lambda: report_startup(app))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
