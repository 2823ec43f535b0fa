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
    # As qasync.run does for the till: any loop made meanwhile (in a worker thread too)
    # would be a Qt loop, so code that makes one is tested as it runs.
    policy = asyncio.get_event_loop_policy()
    asyncio.set_event_loop_policy(qasync.DefaultQEventLoopPolicy())
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
        asyncio.set_event_loop_policy(policy)
