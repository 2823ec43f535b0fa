"""The authentication Ongoing's webhook settings offer, all checked in constant time.

Ongoing can send a fixed `X-Auth-Token` header, HTTP Basic credentials, or nothing (then the
token goes in the URL's query, `?token=`, since the URL is free text). The store sets one
shared token; with Basic it is the password (the user name is free). Tills asking for events
send the same token as `X-Auth-Token` (a Bearer header is also taken). Every way is compared,
whichever was sent, so the time taken says nothing about the token.
"""

from __future__ import annotations

import base64
import binascii
import hmac
from urllib.parse import parse_qsl, urlsplit

MIN_TOKEN_LENGTH = 16


def _basic_password(authorization: str) -> str:
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() != "basic":
        return ""
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return ""
    return decoded.partition(":")[2]


def _bearer(authorization: str) -> str:
    scheme, _, value = authorization.partition(" ")
    return value.strip() if scheme.lower() == "bearer" else ""


class WebhookAuth:
    def __init__(self, token: str) -> None:
        if len(token) < MIN_TOKEN_LENGTH:
            raise ValueError(f"The webhook token must be at least {MIN_TOKEN_LENGTH} characters.")
        self._token = token.encode()

    def allows(self, target: str, headers: dict[str, str]) -> bool:
        """True when any of the offered ways carries the token (headers: lower-case names)."""
        query = dict(parse_qsl(urlsplit(target).query))
        authorization = headers.get("authorization", "")
        given = (
            headers.get("x-auth-token", ""),
            _basic_password(authorization),
            _bearer(authorization),
            query.get("token", ""),
        )
        matches = [hmac.compare_digest(value.encode(), self._token) for value in given]
        return any(matches)
