"""Run a coroutine on a real qasync loop inside a pytest-qt test (pytest-qt has no qasync).

Widget tests drive the real window on the loop the till runs on; wait inside them with
`tests.helpers.waiting.until`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

from app.qt import QtWidgets, qasync
from app.ui.start.qt_app import io_executor

T = TypeVar("T")


def run_on_qt_loop(coroutine: Coroutine[Any, Any, T]) -> T:
    app = QtWidgets.QApplication.instance()
    assert app is not None
    loop = qasync.QEventLoop(app)
    loop.set_default_executor(io_executor())  # as the app does: see app.ui.start.qt_app
    asyncio.set_event_loop(loop)
    try:
        result: T = loop.run_until_complete(coroutine)
        return result
    finally:
        loop.run_until_complete(loop.shutdown_asyncgens())
        asyncio.set_event_loop(None)
        loop.close()
