"""The smallest PySide6 widgets program: the baseline for benchmarks/bundle_startup.py.

A QMainWindow with a label. Once the window is shown (a zero-delay timer after show(), as the
till's TILLSIDE_STARTUP_PROBE does in app/ui/launch.py) it prints
`window shown after X.XXX s`, X being the wall time since the process was created (psutil's
create_time, as the till measures it), and exits 0. packaging/minimal/minimal.spec freezes it
the same way packaging/tillside.spec freezes the till.
"""

from __future__ import annotations

import sys
import time

import psutil
from PySide6 import QtCore, QtWidgets


def report_startup(app: QtWidgets.QApplication) -> None:
    started = psutil.Process().create_time()
    print(f"window shown after {time.time() - started:.3f} s", flush=True)
    app.quit()


def main() -> int:
    app = QtWidgets.QApplication(sys.argv)
    window = QtWidgets.QMainWindow()
    window.setWindowTitle("Minimal PySide6 window")
    window.setCentralWidget(QtWidgets.QLabel("Minimal PySide6 window"))
    window.show()
    QtCore.QTimer.singleShot(0, lambda: report_startup(app))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
