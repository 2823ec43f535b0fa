"""The Ongoing connection: from the settings and the keyring, from what IT typed, tested.

The till, the pickup board, the setup dialog and the command line all make their
connection here, once, the same way; the connection test ("Test connection") runs in a
worker thread with its own event loop, so creating TLS contexts and resolving names never
holds up the window.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from contextlib import aclosing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from app.config.loading import save_user_settings
from app.config.secrets import PasswordUnavailableError, load_password, store_password
from app.config.settings import ConnectionSection
from app.domain.texts import Text
from app.ongoing.client import OngoingClient
from app.ongoing.retry import RetryPolicy
from app.ongoing.settings import ConnectionSettings
from app.services.ongoing_words import describe_for_it

__all__ = [
    "ConnectionFound",
    "ConnectionSaved",
    "ConnectionSettings",
    "connection_from",
    "connection_from_settings",
    "probe_connection",
    "probe_in_worker_thread",
    "save_connection",
    "try_connection",
]

T = TypeVar("T")
ARTICLE_COUNT_LIMIT = 100_000  # enough to show the catalogue is there, without a long wait
QUICK_TIMEOUT_S = 5.0  # a self-test on a PC that cannot reach Ongoing says so soon


def connection_from(
    target: str, goods_owner_id: int, api_user: str, password: str
) -> ConnectionSettings:
    """From a warehouse name or API URL as typed; ValueError (with `text`) saying what is wrong."""
    return ConnectionSettings.from_target(target, goods_owner_id, api_user, password)


def connection_from_settings(section: ConnectionSection) -> ConnectionSettings:
    """From the settings and this PC's keyring (or TILLSIDE_API_PASSWORD).

    Raises PasswordUnavailableError when there is no password, ValueError for a bad URL.
    The keyring may go over D-Bus or to Windows' vault: call it off the Qt thread.
    """
    password = load_password(section)
    return connection_from(section.api_url, section.goods_owner_id, section.api_user, password)


@dataclass(frozen=True, slots=True)
class ConnectionFound:
    warehouses: int
    articles: int
    articles_capped: bool  # there are more than ARTICLE_COUNT_LIMIT


async def probe_connection(connection: ConnectionSettings) -> ConnectionFound:
    """What Ongoing has for this goods owner; raises the client's error (in IT's words)."""
    async with OngoingClient(connection, words=describe_for_it) as client:
        warehouses = await client.get_warehouses()
        articles = 0
        async for page in client.iter_articles(page_size=1000):
            articles += len(page)
            if articles >= ARTICLE_COUNT_LIMIT:
                return ConnectionFound(len(warehouses), articles, True)
        return ConnectionFound(len(warehouses), articles, False)


async def try_connection(connection: ConnectionSettings, timeout_s: float = QUICK_TIMEOUT_S) -> int:
    """One quick round trip, not tried again: the warehouses (the login), then one article
    of the goods owner (that it is this user's). How many warehouses; the client's error,
    in IT's words, when it fails."""
    async with OngoingClient(
        connection,
        words=describe_for_it,
        retry_policy=RetryPolicy(max_retries=0),
        timeout=timeout_s,
    ) as client:
        warehouses = await client.get_warehouses()
        async with aclosing(client.iter_articles(page_size=1)) as pages:
            async for _ in pages:
                break
    return len(warehouses)


async def probe_in_worker_thread(connection: ConnectionSettings) -> ConnectionFound:
    """`probe_connection` on its own event loop in a worker thread; awaited from the window."""
    return await asyncio.to_thread(run_on_plain_loop, probe_connection(connection))


def run_on_plain_loop(coroutine: Coroutine[Any, Any, T]) -> T:
    """`asyncio.run` on a plain asyncio loop, in whatever thread calls it.

    Inside the till, qasync's policy makes every new loop a Qt event loop, which only runs on
    the main thread: `asyncio.run` in a worker thread failed there ("QApplication::exec:
    Must be called from the main thread"), and "Test connection" with it.
    """
    with asyncio.Runner(loop_factory=asyncio.DefaultEventLoopPolicy().new_event_loop) as runner:
        return runner.run(coroutine)


@dataclass(frozen=True, slots=True)
class ConnectionSaved:
    """The connection is in the till's file; the password in the keyring, or why not."""

    password_stored: bool
    password_problem: Text | None = None  # the keyring refused: where the password goes instead


def save_connection(
    user_file: Path, section: ConnectionSection, password: str, *, keep_password: bool
) -> ConnectionSaved:
    """Write the connection (URL, goods owner, user) first, then the password to the keyring.

    A PC without a usable keyring still keeps the connection: only the password is missing,
    and the answer says where it must go (TILLSIDE_API_PASSWORD). `keep_password` is False
    when the password came from that variable: there is nothing to store. Raises
    SettingsError or OSError when the file cannot be written. Blocking (a file, the
    keyring's D-Bus or vault): call it off the Qt thread.
    """
    save_user_settings(user_file, {"connection": section.model_dump()})
    if not keep_password:
        return ConnectionSaved(password_stored=False)
    try:
        store_password(section, password)
    except PasswordUnavailableError as error:
        return ConnectionSaved(password_stored=False, password_problem=error.text)
    return ConnectionSaved(password_stored=True)
