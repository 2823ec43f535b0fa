"""Unexpected errors: a crash report beside the logs, a message the cashier can pass on.

Whatever escapes (a Qt slot, an asyncio callback) is logged with its traceback, written to
`crash-<time>.txt` in the log folder (the API password masked), and shown in a dialog that
says what to tell IT; the till keeps running, because the basket and the outbox are safe.
The report is for IT and stays in English; the dialog is in the till's language.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import Any

from app.logs import write_crash_report
from app.qt import QtCore, QtWidgets

log = logging.getLogger(__name__)


def report_unexpected(error: BaseException, parent: QtWidgets.QWidget | None = None) -> Path | None:
    path = write_crash_report(error)
    report = path.name if path is not None else "unwritten"
    log.error("event=unexpected_error error=%s report=%s", type(error).__name__, report)
    box = QtWidgets.QMessageBox(parent)
    box.setObjectName("unexpectedErrorDialog")
    box.setIcon(QtWidgets.QMessageBox.Icon.Warning)
    translate = QtCore.QCoreApplication.translate
    box.setWindowTitle(translate("UnexpectedError", "Something went wrong"))
    if path is not None:
        text = translate(
            "UnexpectedError",
            "Tillside hit an unexpected error. The basket and unsent orders are safe; "
            "you can go on.\n\nTell IT: crash report {report} in {folder}",
        ).format(report=path.name, folder=path.parent)
    else:  # the log folder cannot be written (a full disk?)
        text = translate(
            "UnexpectedError",
            "Tillside hit an unexpected error. The basket and unsent orders are safe; "
            "you can go on.\n\nTell IT: no crash report could be written (is the disk "
            "full?); the error was {error}.",
        ).format(error=type(error).__name__)
    box.setText(text)
    box.finished.connect(box.deleteLater)
    box.open()
    return path


def install_handlers(parent_of_dialogs: QtWidgets.QWidget | None = None) -> None:
    """Route escaped exceptions (Qt slots and asyncio callbacks) to `report_unexpected`."""

    def excepthook(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        report_unexpected(error.with_traceback(trace), parent_of_dialogs)

    def loop_handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        if isinstance(error, BaseException) and not isinstance(error, asyncio.CancelledError):
            report_unexpected(error, parent_of_dialogs)
        else:
            loop.default_exception_handler(context)

    sys.excepthook = excepthook
    asyncio.get_running_loop().set_exception_handler(loop_handler)
