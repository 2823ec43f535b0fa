"""A keyring in memory, so tests store the API password without touching the user's own;
and one that fails as a PC without a usable keyring does.

The `memory_keyring` and `no_keyring` fixtures are registered for every test in
tests/conftest.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import NoKeyringError


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The process's keyring is this one for the test, and the previous one again after it."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


class BrokenKeyring(MemoryKeyring):
    """What keyring answers on a PC without a backend (a kiosk, a server session)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise NoKeyringError("no backend")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NoKeyringError("no backend")


@pytest.fixture
def no_keyring() -> Iterator[BrokenKeyring]:
    """This PC has no usable keyring, for the test."""
    previous = keyring.get_keyring()
    backend = BrokenKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
