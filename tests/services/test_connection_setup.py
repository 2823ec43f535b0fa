"""Saving a connection: the file first, then the password, and a PC without a keyring
still keeps the connection (only the password must go elsewhere)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from app.config.secrets import load_password
from app.config.settings import ConnectionSection
from app.services.connection import save_connection

SECTION = ConnectionSection(api_url="mystore", goods_owner_id=7, api_user="WSI-STORE")
SECRET = "s3cret-Zq9!"


def saved_connection(path: Path) -> dict[str, object]:
    return dict(tomllib.loads(path.read_text(encoding="utf-8"))["connection"])


def test_the_connection_goes_to_the_file_and_the_password_to_the_keyring(
    tmp_path: Path, memory_keyring
) -> None:
    path = tmp_path / "config.toml"
    saved = save_connection(path, SECTION, SECRET, keep_password=True)
    assert saved.password_stored and saved.password_problem is None
    assert saved_connection(path) == SECTION.model_dump()
    assert load_password(SECTION, environ={}) == SECRET
    assert SECRET not in path.read_text(encoding="utf-8")


def test_without_a_keyring_the_connection_is_kept_and_the_answer_says_where_the_password_goes(
    tmp_path: Path, no_keyring
) -> None:
    path = tmp_path / "config.toml"
    saved = save_connection(path, SECTION, SECRET, keep_password=True)
    assert not saved.password_stored
    assert saved_connection(path) == SECTION.model_dump()
    problem = str(saved.password_problem)
    assert "TILLSIDE_API_PASSWORD" in problem and "NoKeyringError" in problem
    assert SECRET not in problem and SECRET not in path.read_text(encoding="utf-8")


def test_a_password_from_the_environment_is_not_copied_into_the_keyring(
    tmp_path: Path, memory_keyring
) -> None:
    saved = save_connection(tmp_path / "config.toml", SECTION, SECRET, keep_password=False)
    assert not saved.password_stored and saved.password_problem is None
    assert memory_keyring.entries == {}
