"""Saving settings changes only the keys it must: IT's comments, order and layout stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.config.loading import SettingsError, load_settings, save_user_settings
from app.config.sources import ENV_MACHINE_CONFIG

IT_FILE = """\
# Till 2 at Kungsgatan. Set up by IT; ask before changing the connection.
[connection]
api_url = "mywarehouse"   # the warehouse name is enough
goods_owner_id = 12
api_user = "WSI-STORE"

# What the slips and order numbers say
[store]
name = "Kungsgatan"       # printed on slips
till_id = "2"
preferred_warehouses = ["GBG", "STO1"]  # nearest first

[display]
language = "en"           # Ctrl+L changes this
"""


@pytest.fixture
def till_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(ENV_MACHINE_CONFIG, str(tmp_path / "absent-machine.toml"))
    path = tmp_path / "config.toml"
    path.write_text(IT_FILE, encoding="utf-8")
    return path


def test_changing_the_language_changes_that_line_only(till_file: Path):
    save_user_settings(till_file, {"display": {"language": "sv"}})
    assert till_file.read_text(encoding="utf-8") == IT_FILE.replace(
        'language = "en"           # Ctrl+L', 'language = "sv"           # Ctrl+L'
    )


def test_unchanged_values_are_not_rewritten_and_new_ones_go_to_their_section(till_file: Path):
    save_user_settings(
        till_file,
        {
            "store": {"name": "Kungsgatan", "till_id": "2", "currency": "EUR"},
            "scanner": {"max_interkey_ms": 60.0},
        },
    )
    text = till_file.read_text(encoding="utf-8")
    assert (
        text
        == IT_FILE.replace(
            '["GBG", "STO1"]  # nearest first\n',
            '["GBG", "STO1"]  # nearest first\ncurrency = "EUR"\n',
        )
        + "\n[scanner]\nmax_interkey_ms = 60.0\n"
    )
    settings = load_settings(till_file, environ={}).settings
    assert settings.store.currency == "EUR"
    assert settings.scanner.max_interkey_ms == 60.0
    assert settings.connection.api_user == "WSI-STORE"


def test_a_changed_list_keeps_its_comment_and_place(till_file: Path):
    save_user_settings(till_file, {"store": {"preferred_warehouses": ("MMO",)}})
    lines = till_file.read_text(encoding="utf-8").splitlines()
    assert lines[10] == 'preferred_warehouses = ["MMO"]  # nearest first'
    assert lines[:10] == IT_FILE.splitlines()[:10]
    assert lines[11:] == IT_FILE.splitlines()[11:]


def test_an_unset_optional_leaves_the_file(till_file: Path):
    save_user_settings(till_file, {"store": {"store_warehouse": "STO1"}})
    assert 'store_warehouse = "STO1"' in till_file.read_text(encoding="utf-8")
    save_user_settings(till_file, {"store": {"store_warehouse": None}})
    assert till_file.read_text(encoding="utf-8") == IT_FILE


def test_windows_line_endings_stay(till_file: Path):
    till_file.write_bytes(IT_FILE.replace("\n", "\r\n").encode("utf-8"))
    save_user_settings(till_file, {"display": {"language": "sv"}})
    data = till_file.read_bytes()
    assert b'language = "sv"' in data
    assert data.count(b"\r\n") == IT_FILE.count("\n")
    assert b"\n" not in data.replace(b"\r\n", b"")


def test_a_new_file_is_plain_toml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(ENV_MACHINE_CONFIG, str(tmp_path / "absent-machine.toml"))
    path = tmp_path / "new" / "config.toml"
    save_user_settings(path, {"display": {"language": "sv"}})
    assert path.read_text(encoding="utf-8") == '[display]\nlanguage = "sv"\n'


def test_a_refused_value_leaves_the_commented_file_as_it_was(till_file: Path):
    with pytest.raises(SettingsError):
        save_user_settings(till_file, {"store": {"till_id": "too long"}})
    assert till_file.read_text(encoding="utf-8") == IT_FILE
