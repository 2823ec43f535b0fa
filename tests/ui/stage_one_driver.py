"""Show the till window as `tillside run` does in its first stage; print what got imported.

Run as a subprocess by tests/ui/test_till_start.py: a fresh interpreter, so sys.modules
tells exactly what the first paint cost.
"""

from __future__ import annotations

import sys

from app.qt import QtCore, QtGui, QtWidgets
from app.ui.start import qt_app
from app.ui.start import till as till_start
from app.ui.start.qt_app import use_language

HEAVY = (
    "asyncio",
    "httpx",
    "pydantic",
    "qasync",
    "sqlite3",
    "app.ongoing.client",
    "app.services.checkout",
    "app.domain.order_slip",
    "PySide6.QtPrintSupport",
    "app.ui.scanner_filter",  # made with its detector's dataclasses once the window is painted
)


def header_titles(view: QtWidgets.QTableView) -> list[str]:
    """The titles the header shows, read from the header without a Qt enum."""
    model = view.horizontalHeader().model()
    assert isinstance(model, QtGui.QStandardItemModel)
    return [model.horizontalHeaderItem(column).text() for column in range(model.columnCount())]


def main() -> int:
    app = qt_app.application()
    use_language(till_start.first_paint_language(None))
    from app.ui.i18n import LANGUAGE
    from app.ui.main_window import MainWindow

    window = MainWindow(title_suffix="demo")
    window.show()
    qt_app.paint_now()
    loaded = sorted(name for name in HEAVY if name in sys.modules)
    # PySide builds a Qt class's Python type on first use; QProcess is one the till never
    # uses, so it exists only if something made PySide build them all (~70 ms).
    qt_types = "all" if "QProcess" in vars(QtCore) else "lazy"
    # The Qt namespace likewise: its ~100 enums are built together on its first use.
    qt_enums = "built" if "Qt" in vars(QtCore) else "lazy"
    titles = ",".join(header_titles(window.basket_view))
    shown = f"visible={window.isVisible()} loaded={','.join(loaded) or '-'} qt_types={qt_types}"
    print(f"{shown} qt_enums={qt_enums} language={LANGUAGE.code} basket={titles}", flush=True)
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
