"""The Ongoing API password: in the operating system's keyring, never in a file or a log.

Windows Credential Manager, macOS Keychain or the Secret Service hold it, under one entry per
API user, URL and goods owner. `TILLSIDE_API_PASSWORD` overrides it for automation (CI, IT
scripts); `tillside set-password` stores it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from app.config.settings import ConnectionSection
from app.domain.errors import TillsideError
from app.domain.text_values import filled
from app.domain.texts import translate

SERVICE = "Tillside"
ENV_PASSWORD = "TILLSIDE_API_PASSWORD"


class PasswordUnavailableError(TillsideError):
    """No password to use; the text says how to provide one (and never contains one)."""


def account_name(connection: ConnectionSection) -> str:
    return f"{connection.api_user}@{connection.api_url}#{connection.goods_owner_id}"


def password_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """`TILLSIDE_API_PASSWORD`, or "" when it is not set: it wins over the keyring."""
    environ = os.environ if environ is None else environ
    return environ.get(ENV_PASSWORD, "")


def load_password(connection: ConnectionSection, environ: Mapping[str, str] | None = None) -> str:
    from_environment = password_from_environment(environ)
    if from_environment:
        return from_environment
    import keyring  # lazily: ~0.2 s of imports the demo and the CLI tools never need
    from keyring.errors import KeyringError

    try:
        stored = keyring.get_password(SERVICE, account_name(connection))
    except KeyringError as error:
        raise PasswordUnavailableError(
            filled(
                translate(
                    "Settings",
                    "This PC's keyring cannot be read ({problem}). "
                    "Set {variable}, or fix the keyring and run `tillside set-password`.",
                ),
                problem=type(error).__name__,
                variable=ENV_PASSWORD,
            )
        ) from None
    if not stored:
        raise PasswordUnavailableError(
            filled(
                translate(
                    "Settings",
                    "No Ongoing password is stored for API user {user}. "
                    "Run `tillside set-password`, or set {variable}.",
                ),
                user=repr(connection.api_user),
                variable=ENV_PASSWORD,
            )
        )
    return stored


def store_password(connection: ConnectionSection, password: str) -> None:
    if not password:
        raise PasswordUnavailableError(
            translate("Settings", "The password is empty; nothing was stored.")
        )
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, account_name(connection), password)
    except KeyringError as error:
        raise PasswordUnavailableError(
            filled(
                translate(
                    "Settings",
                    "This PC has no usable keyring ({problem}), so the password was not "
                    "stored. Set {variable} for the user the till runs as, or fix the keyring "
                    "and run `tillside set-password`.",
                ),
                problem=type(error).__name__,
                variable=ENV_PASSWORD,
            )
        ) from None
