"""Log files IT can read: one line per event, rotated, in the platform's log folder.

Lines are `time level logger event=name key=value ...`. Customer details are never logged
by the code; as a second line of defence, anything that looks like an e-mail address or a
phone number is masked, and a known password is never written.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

import platformdirs

APP_NAME = "Tillside"
ENV_LOG_DIR = "TILLSIDE_LOG_DIR"
LOG_FILE = "tillside.log"
MAX_BYTES = 2_000_000
BACKUPS = 5
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = re.compile(r"\+?\d{1,4}(?:[ -]\d{2,4}){3,}")  # not barcodes, not dates


def log_dir() -> Path:
    override = os.environ.get(ENV_LOG_DIR)
    path = Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


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


def configure_logging(level: str = "INFO", *, to_file: bool = True) -> Path | None:
    """Rotating file log for the app (stderr gets warnings only); returns the file."""
    root = logging.getLogger()
    root.setLevel(level)
    for library in QUIET_LIBRARIES:
        # httpx logs every request's full URL at INFO (order and article numbers); the
        # client's own `event=ongoing_request` line says what IT needs, once.
        logging.getLogger(library).setLevel(max(logging.WARNING, root.level))
    for previous in [h for h in root.handlers if getattr(h, "tillside", False)]:
        root.removeHandler(previous)  # configured again (tests, a second command): replace ours
        previous.close()
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s")
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(formatter)
    console.addFilter(RedactingFilter())
    console.tillside = True  # type: ignore[attr-defined]
    root.addHandler(console)
    if not to_file:
        return None
    path = log_dir() / LOG_FILE
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(formatter)
    handler.addFilter(RedactingFilter())
    handler.tillside = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path
