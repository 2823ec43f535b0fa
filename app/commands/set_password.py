"""`tillside set-password`: put the Ongoing API password into this PC's keyring."""

from __future__ import annotations

import getpass
import sys

from app.config.secrets import PasswordUnavailableError, store_password
from app.config.settings import Settings


def set_password(settings: Settings) -> int:
    connection = settings.connection
    if not connection.is_complete:
        print(
            "Configure connection.api_url, connection.goods_owner_id and connection.api_user "
            "first (see `tillside settings`).",
            file=sys.stderr,
        )
        return 2
    if sys.stdin.isatty():
        password = getpass.getpass(f"Ongoing password for {connection.api_user}: ")
        if getpass.getpass("Again: ") != password:
            print("The two entries differ; nothing was stored.", file=sys.stderr)
            return 2
    else:  # IT scripts pipe it in; never as an argument, which other users could see
        password = sys.stdin.readline().rstrip("\r\n")
    try:
        store_password(connection, password)
    except PasswordUnavailableError as error:
        print(error, file=sys.stderr)
        return 2
    print(f"Stored in the keyring for {connection.api_user}.")
    return 0
