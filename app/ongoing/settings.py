"""How to reach one Ongoing goods owner: URL, goods owner id, API user and password.

What a shop owner may type as the target, and what it becomes:

- a warehouse name (letters, digits, `-`, `_`), e.g. `mystore`, becomes
  `https://api.ongoingsystems.se/mystore/api/v1/`;
- a full URL, with or without the trailing `/api/v1/` (people copy either form, so both are
  accepted and `/api/v1` is added when missing), always ending in exactly one `/`.

HTTPS only, except on this PC itself (127.0.0.0/8, ::1, localhost), where the simulator
listens on plain http. A user name or password inside the URL, a query string or a fragment
is refused: credentials belong in their own fields, where they are kept secret.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, SecretStr

from app.domain.errors import TillsideError
from app.domain.texts import translate

ONGOING_URL = "https://api.ongoingsystems.se/{name}/api/v1/"
MAX_TARGET_LENGTH = 2000
_WAREHOUSE_NAME = re.compile(r"^[A-Za-z0-9_-]{1,100}$")


class ConnectionSettingsError(TillsideError, ValueError):
    """A connection typed wrong; `text` says what to fix.

    A ValueError, as before: callers catch ValueError and show `str(error)` in English.
    """


def is_loopback_host(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def normalise_base_url(target: str) -> str:
    """A full URL (HTTPS, or HTTP on loopback) or an Ongoing warehouse name -> base URL."""
    target = target.strip()
    if not target:
        raise ConnectionSettingsError(
            translate("Settings", "The Ongoing API URL or warehouse name is empty.")
        )
    if len(target) > MAX_TARGET_LENGTH:
        raise ConnectionSettingsError(translate("Settings", "The Ongoing API URL is too long."))
    if _WAREHOUSE_NAME.match(target):
        return ONGOING_URL.format(name=target)
    if any(ch.isspace() for ch in target):
        raise ConnectionSettingsError(
            translate("Settings", "The Ongoing API URL must not contain spaces.")
        )
    parts = urlsplit(target)
    if "@" in parts.netloc:
        raise ConnectionSettingsError(
            translate(
                "Settings",
                "Put the API user and password in their own fields, not in the Ongoing API URL.",
            )
        )
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConnectionSettingsError(
            translate(
                "Settings",
                "Give the Ongoing API URL (starting with https://) or just the warehouse name.",
            )
        )
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise ConnectionSettingsError(
            translate(
                "Settings", "The Ongoing API URL must use https:// (http only on this PC itself)."
            )
        )
    if parts.query or parts.fragment or "?" in target or "#" in target:
        raise ConnectionSettingsError(
            translate("Settings", "The Ongoing API URL must not contain '?' or '#'.")
        )
    try:
        _ = parts.port  # raises on a port that is not a number
    except ValueError:
        raise ConnectionSettingsError(
            translate("Settings", "The port in the Ongoing API URL is not a valid number.")
        ) from None
    path = parts.path.rstrip("/")
    if not path.endswith("/api/v1"):
        path += "/api/v1"
    return f"{parts.scheme}://{parts.netloc}{path}/"


class ConnectionSettings(BaseModel):
    """One connection; the password is a SecretStr so it never shows in a repr or log."""

    model_config = ConfigDict(frozen=True)

    base_url: str
    goods_owner_id: int
    api_user: str
    password: SecretStr

    @classmethod
    def from_target(
        cls, target: str, goods_owner_id: int, api_user: str, password: str
    ) -> ConnectionSettings:
        if goods_owner_id <= 0:
            raise ConnectionSettingsError(
                translate("Settings", "The goods owner id must be a positive number.")
            )
        if not api_user.strip():
            raise ConnectionSettingsError(translate("Settings", "The Ongoing API user is empty."))
        if not password:
            raise ConnectionSettingsError(
                translate("Settings", "The Ongoing API password is empty.")
            )
        return cls(
            base_url=normalise_base_url(target),
            goods_owner_id=goods_owner_id,
            api_user=api_user.strip(),
            password=SecretStr(password),
        )

    @property
    def is_loopback(self) -> bool:
        return is_loopback_host(urlsplit(self.base_url).hostname or "")
