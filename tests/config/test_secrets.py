"""The password lives in the keyring (or the environment), never in files or messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.config.loading import save_user_settings
from app.config.secrets import (
    PasswordUnavailableError,
    account_name,
    load_password,
    store_password,
)
from app.config.settings import ConnectionSection

CONNECTION = ConnectionSection(api_url="mystore", goods_owner_id=7, api_user="WSI-STORE")
SECRET = "s3cret-Zq9!"


def test_a_stored_password_is_read_back_for_the_same_connection_only(memory_keyring):
    store_password(CONNECTION, SECRET)
    assert load_password(CONNECTION, environ={}) == SECRET
    other = CONNECTION.model_copy(update={"goods_owner_id": 8})
    with pytest.raises(PasswordUnavailableError, match="set-password"):
        load_password(other, environ={})


def test_the_environment_wins_for_automation(memory_keyring):
    store_password(CONNECTION, SECRET)
    assert load_password(CONNECTION, environ={"TILLSIDE_API_PASSWORD": "from-env"}) == "from-env"


def test_no_keyring_gives_a_clear_message_without_the_password(no_keyring):
    with pytest.raises(PasswordUnavailableError) as stored:
        store_password(CONNECTION, SECRET)
    with pytest.raises(PasswordUnavailableError) as loaded:
        load_password(CONNECTION, environ={})
    for caught in (stored, loaded):
        assert "TILLSIDE_API_PASSWORD" in str(caught.value)
        assert SECRET not in str(caught.value)


def test_the_password_never_reaches_the_config_file(memory_keyring, tmp_path: Path):
    store_password(CONNECTION, SECRET)
    path = tmp_path / "config.toml"
    save_user_settings(path, {"connection": CONNECTION.model_dump()})
    assert SECRET not in path.read_text()
    assert SECRET not in account_name(CONNECTION)
