"""Unexpected errors: a crash report beside the logs, a message the cashier can pass on.

Whatever escapes (a Qt slot, an asyncio callback) is logged with its traceback, written to
`crash-<time>.txt` in the log folder (the API password masked), and shown in a dialog that
says what to tell IT; the till keeps running, because the basket and the outbox are safe.
The report is for IT and stays in English; the dialog is in the till's language.
"""

from __future__ import annotations

import asyncio
import logging
import os
import platform
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from app import __version__
from app.logs import log_dir
from app.qt import QtCore, QtWidgets

log = logging.getLogger(__name__)


def write_crash_report(error: BaseException) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    path = log_dir() / f"crash-{stamp}.txt"  # untranslated: a file name
    text = "".join(traceback.format_exception(error))
    password = os.environ.get("TILLSIDE_API_PASSWORD")
    if password:
        text = text.replace(password, "[secret]")
    # The report is read by IT, in English whatever the till's language.
    system = f"{platform.platform()}, Python {platform.python_version()}"  # untranslated: IT
    header = f"Tillside {__version__} on {system}\n"  # untranslated: for IT
    header += datetime.now(UTC).isoformat() + "\n\n"
    path.write_text(header + text, encoding="utf-8")
    return path


def report_unexpected(error: BaseException, parent: QtWidgets.QWidget | None = None) -> Path:
    path = write_crash_report(error)
    log.error("event=unexpected_error error=%s report=%s", type(error).__name__, path.name)
    box = QtWidgets.QMessageBox(parent)
    box.setObjectName("unexpectedErrorDialog")
    box.setIcon(QtWidgets.QMessageBox.Icon.Warning)
    translate = QtCore.QCoreApplication.translate
    box.setWindowTitle(translate("UnexpectedError", "Something went wrong"))
    box.setText(
        translate(
            "UnexpectedError",
            "Tillside hit an unexpected error. The basket and unsent orders are safe; "
            "you can go on.\n\nTell IT: crash report {report} in {folder}",
        ).format(report=path.name, folder=path.parent)
    )
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
