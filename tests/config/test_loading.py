"""Settings: defaults, the machine file, the till's file, the environment, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.config.loading import (
    SettingsError,
    load_settings,
    read_environment,
    save_user_settings,
)
from app.config.settings import Settings, describe_settings
from app.config.sources import ENV_MACHINE_CONFIG
from app.domain.scan_detector import ScannerTiming


@pytest.fixture
def machine_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "machine" / "config.toml"
    path.parent.mkdir()
    monkeypatch.setenv(ENV_MACHINE_CONFIG, str(path))
    return path


@pytest.fixture
def till_file(tmp_path: Path) -> Path:
    return tmp_path / "till" / "config.toml"


def test_without_any_file_every_setting_has_its_default(machine_file: Path, till_file: Path):
    settings = load_settings_from(till_file, {})
    assert settings == Settings()
    assert settings.display.stale_stock_seconds == 120
    assert settings.scanner.timing() == ScannerTiming()


def load_settings_from(path: Path, environ: dict[str, str]) -> Settings:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch()
    return load_settings(path, environ=environ).settings


def test_the_till_file_beats_the_machine_file_and_the_environment_beats_both(
    machine_file: Path, till_file: Path
):
    machine_file.write_text(
        '[store]\nname = "Kungsgatan"\ntill_id = "1"\norder_prefix = "KG"\n'
        "[display]\nstale_stock_seconds = 300\n"
    )
    till_file.parent.mkdir(parents=True)
    till_file.write_text('[store]\ntill_id = "2"\n')
    loaded = load_settings(till_file, environ={"TILLSIDE_STORE_ORDER_PREFIX": "KX"})
    store = loaded.settings.store
    assert (store.name, store.till_id, store.order_prefix) == ("Kungsgatan", "2", "KX")
    assert loaded.settings.display.stale_stock_seconds == 300
    assert loaded.origins["store.name"] == str(machine_file)
    assert loaded.origins["store.till_id"] == str(till_file)
    assert loaded.origins["store.order_prefix"] == "environment"


def test_environment_lists_and_maps_are_comma_separated():
    tree = read_environment(
        {
            "TILLSIDE_STORE_PREFERRED_WAREHOUSES": "GBG, STO1",
            "TILLSIDE_STORE_WAREHOUSE_DISTANCES_KM": "GBG=2.5,STO1=400",
            "TILLSIDE_SCANNER_TERMINATORS": "tab",
            "TILLSIDE_UNRELATED": "x",
        }
    )
    settings = Settings.model_validate(tree)
    assert settings.store.preferred_warehouses == ("GBG", "STO1")
    assert settings.store.warehouse_distances_km == {"GBG": 2.5, "STO1": 400.0}
    assert settings.scanner.terminator_chars == frozenset({"\t"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[store]\ntill_id = "12345"\n', "store.till_id = '12345'"),
        ("[scanner]\nmax_interkey_ms = 2\n", "scanner.max_interkey_ms = 2"),
        ('[scanner]\nterminators = ["space"]\n', "unknown terminator 'space'"),
        ('[display]\nlanguage = "de"\n', "display.language = 'de'"),
        ("[store]\nwarehouse_distances_km = { GBG = -1 }\n", "must not be negative"),
        ('[store]\ncurrency = "kr"\n', "'kr' is not an ISO 4217 currency"),
        ('[store]\ncurrency = "XAU"\n', "'XAU' is not an ISO 4217 currency"),  # gold: no till's
    ],
)
def test_a_bad_value_names_the_setting_the_value_the_file_and_what_is_allowed(
    machine_file: Path, till_file: Path, text: str, expected: str
):
    till_file.parent.mkdir(parents=True)
    till_file.write_text(text)
    with pytest.raises(SettingsError) as caught:
        load_settings(till_file, environ={})
    message = str(caught.value)
    assert expected in message
    assert f"(from {till_file})" in message
    assert "Allowed:" in message


def test_the_store_currency_is_sek_unless_set_and_is_written_in_capitals():
    assert Settings().store.currency == "SEK"
    tree = read_environment({"TILLSIDE_STORE_CURRENCY": " nok "})
    assert Settings.model_validate(tree).store.currency == "NOK"
    assert Settings.model_validate({"store": {"currency": "ISK"}}).store.currency == "ISK"


def test_a_misspelt_key_lists_the_keys_of_its_section(machine_file: Path, till_file: Path):
    till_file.parent.mkdir(parents=True)
    till_file.write_text('[store]\ntil_id = "2"\n')
    with pytest.raises(SettingsError) as caught:
        load_settings(till_file, environ={})
    assert "store.til_id" in str(caught.value)
    assert "till_id" in str(caught.value).split("has:")[1]


def test_an_unknown_section_and_broken_toml_are_explained(machine_file: Path, till_file: Path):
    till_file.parent.mkdir(parents=True)
    till_file.write_text("[stores]\nname = 1\n")
    with pytest.raises(SettingsError, match=r"Unknown settings section \[stores\]"):
        load_settings(till_file, environ={})
    till_file.write_text("[store\n")
    with pytest.raises(SettingsError, match="not valid TOML"):
        load_settings(till_file, environ={})


def test_a_config_path_that_does_not_exist_is_an_error(tmp_path: Path):
    with pytest.raises(SettingsError, match="does not exist"):
        load_settings(tmp_path / "missing.toml", environ={})


def test_saving_keeps_other_values_and_reloads_the_same(machine_file: Path, till_file: Path):
    till_file.parent.mkdir(parents=True)
    till_file.write_text('[store]\nname = "Kungsgatan"\n')
    save_user_settings(till_file, {"store": {"preferred_warehouses": ("GBG", "MMO")}})
    settings = load_settings(till_file, environ={}).settings
    assert settings.store.name == "Kungsgatan"
    assert settings.store.preferred_warehouses == ("GBG", "MMO")


def test_saving_an_invalid_value_writes_nothing(machine_file: Path, till_file: Path):
    till_file.parent.mkdir(parents=True)
    till_file.write_text('[store]\nname = "Kungsgatan"\n')
    with pytest.raises(SettingsError):
        save_user_settings(till_file, {"store": {"till_id": "too long"}})
    assert till_file.read_text() == '[store]\nname = "Kungsgatan"\n'


def test_every_setting_is_described():
    rows = describe_settings()
    assert {key for key, _, _ in rows} >= {
        "connection.api_url",
        "store.till_id",
        "store.preferred_warehouses",
        "scanner.max_interkey_ms",
        "display.language",
        "display.stale_stock_seconds",
    }
    assert all(help_text for _, _, help_text in rows)
    assert not any("password" in key for key, _, _ in rows)


@pytest.mark.parametrize(
    "damage", [b"\x00\x00\x00\x00", b"\xff\xfe\x00[", b'[store]\nname = "Kung']
)
def test_the_tills_own_damaged_file_is_set_aside_and_the_till_starts_without_it(
    machine_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: bytes
):
    own = tmp_path / "own" / "config.toml"
    own.parent.mkdir()
    own.write_bytes(damage)
    machine_file.write_text('[store]\nname = "From IT"\n')
    monkeypatch.setenv("TILLSIDE_CONFIG", str(own))

    loaded = load_settings(environ={})

    assert loaded.settings.store.name == "From IT"  # IT's file and the defaults still count
    assert loaded.damaged is not None and loaded.damaged.name == "config.toml"
    assert loaded.damaged.kept_as.parent == own.parent
    assert loaded.damaged.kept_as.read_bytes() == damage  # kept as found, never deleted
    assert not own.exists()
    assert load_settings(environ={}).damaged is None  # reported once


def test_a_damaged_file_named_with_config_or_from_it_stops_with_a_sentence(
    machine_file: Path, till_file: Path, monkeypatch: pytest.MonkeyPatch
):
    till_file.parent.mkdir(parents=True)
    till_file.write_bytes(b"\xff\xfe garbage")
    with pytest.raises(SettingsError, match="damaged: it is not text"):
        load_settings(till_file, environ={})
    assert till_file.exists()  # IT's choice of file: left where it is
    till_file.unlink()
    machine_file.write_bytes(b"\x00\x01")
    monkeypatch.setenv("TILLSIDE_CONFIG", str(till_file))
    with pytest.raises(SettingsError, match=str(machine_file)):
        load_settings(environ={})
    assert machine_file.exists()


def test_two_processes_finding_the_same_damaged_file_both_start(
    machine_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The second finds it already set aside by the first: it starts without it, quietly."""
    import app.config.loading as loading

    own = tmp_path / "own" / "config.toml"
    own.parent.mkdir()
    own.write_bytes(b"\xff\xfe damaged")
    monkeypatch.setenv("TILLSIDE_CONFIG", str(own))

    def first_process_was_quicker(path: Path, when: object) -> Path:
        path.unlink()  # what the other process's rename looks like from here
        raise FileNotFoundError(path)

    monkeypatch.setattr(loading, "set_aside", first_process_was_quicker)
    loaded = load_settings(environ={})
    assert loaded.damaged is None and loaded.settings == Settings()
