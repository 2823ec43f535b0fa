"""Run the demo till and close its window once it is shown (run as a subprocess by a test)."""

from __future__ import annotations

import sys

from app.qt import QtCore, QtWidgets
from app.ui.start import till as till_start


def main() -> int:
    app = QtWidgets.QApplication(sys.argv)

    def close_when_shown() -> None:
        windows = [w for w in app.topLevelWidgets() if w.isVisible() and w.windowTitle()]
        if windows:
            for window in windows:
                window.close()
        else:
            QtCore.QTimer.singleShot(50, close_when_shown)

    QtCore.QTimer.singleShot(50, close_when_shown)
    return till_start.run_till("demo")


if __name__ == "__main__":
    sys.exit(main())
