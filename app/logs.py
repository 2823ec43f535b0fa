"""Log files IT can read: one line per event, rotated, in the platform's log folder.

Lines are `time level logger event=name key=value ...`. Customer details are never logged
by the code; as a second line of defence, anything that looks like an e-mail address or a
phone number is masked, and a known password is never written.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import re
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path

from app.files.locations import ENV_LOG_DIR, LOG_FILE, log_dir, log_dir_path

__all__ = ["ENV_LOG_DIR", "LOG_FILE", "configure_logging", "log_dir", "write_crash_report"]

MAX_BYTES = 2_000_000
BACKUPS = 5
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = re.compile(r"\+?\d{1,4}(?:[ -]\d{2,4}){3,}")  # not barcodes, not dates


class RedactingFilter(logging.Filter):
    """Masks e-mail addresses, phone numbers and the API password in every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        password = os.environ.get("TILLSIDE_API_PASSWORD")
        if password:
            text = text.replace(password, "[secret]")
        text = _PHONE.sub("[phone]", _EMAIL.sub("[e-mail]", text))
        record.msg, record.args = text, None
        return True


QUIET_LIBRARIES = ("httpx", "httpcore")
LINE_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"


class _NoTracebacks(logging.Formatter):
    """For the screen: a sentence per event; tracebacks go to the log file and crash reports."""

    def formatException(self, ei: object) -> str:  # noqa: N802 - logging's own name
        return ""

    def formatStack(self, stack_info: str) -> str:  # noqa: N802 - logging's own name
        return ""

    def format(self, record: logging.LogRecord) -> str:
        record.exc_text = None
        return super().format(record).rstrip()


class _LogFile(logging.handlers.RotatingFileHandler):
    """The log file; when the disk refuses a line it says so once and stops trying.

    logging's own handling prints a traceback on every failed line; on a full disk that
    would reach the person at the till or IT's script.
    """

    broken = False

    def emit(self, record: logging.LogRecord) -> None:
        if not self.broken:
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        if not self.broken:
            self.broken = True
            problem = sys.exc_info()[1]
            reason = getattr(problem, "strerror", None) or type(problem).__name__
            print(
                f"tillside: the log file {self.baseFilename} cannot be written ({reason}); "
                "no more lines go to it until Tillside restarts.",
                file=sys.stderr,
            )


def configure_logging(level: str = "INFO", *, to_file: bool = True) -> Path | None:
    """Rotating file log for the app; returns the file.

    With a log file, the screen gets none of its lines: the commands say what happened in
    sentences, and IT reads the events in the file. Without one (lookup, settings, or a log
    folder that cannot be written), warnings and errors go to standard error.
    """
    root = logging.getLogger()
    root.setLevel(level)
    for library in QUIET_LIBRARIES:
        # httpx logs every request's full URL at INFO (order and article numbers); the
        # client's own `event=ongoing_request` line says what IT needs, once.
        logging.getLogger(library).setLevel(max(logging.WARNING, root.level))
    for previous in [h for h in root.handlers if getattr(h, "tillside", False)]:
        root.removeHandler(previous)  # configured again (tests, a second command): replace ours
        previous.close()
    formatter = logging.Formatter(LINE_FORMAT)
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(_NoTracebacks(LINE_FORMAT))
    console.addFilter(RedactingFilter())
    console.tillside = True  # type: ignore[attr-defined]
    root.addHandler(console)
    if not to_file:
        return None
    try:
        path = log_dir() / LOG_FILE
        handler = _LogFile(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError as error:
        where = log_dir_path()
        print(
            f"tillside: cannot write the log in {where} ({error.strerror or error}); "
            "warnings and errors go to the screen only.",
            file=sys.stderr,
        )
        return None
    handler.setFormatter(formatter)
    handler.addFilter(RedactingFilter())
    handler.tillside = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    console.setLevel(logging.CRITICAL + 1)
    return path


def write_crash_report(error: BaseException) -> Path | None:
    """The traceback for IT in `crash-<time>.txt` beside the logs (password masked).

    Never raises: None when the folder cannot be written (the log line still names the error).
    """
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    text = "".join(traceback.format_exception(error))
    password = os.environ.get("TILLSIDE_API_PASSWORD")
    if password:
        text = text.replace(password, "[secret]")
    from app import __version__

    system = f"{platform.platform()}, Python {platform.python_version()}"
    header = f"Tillside {__version__} on {system}\n{datetime.now(UTC).isoformat()}\n\n"
    try:
        path = log_dir() / f"crash-{stamp}.txt"
        path.write_text(header + text, encoding="utf-8")
    except OSError:
        return None
    return path
