from datetime import datetime
from pathlib import Path

from app.persistence.json_file import JsonFile


def test_save_then_load_round_trips_unicode(tmp_path: Path) -> None:
    store = JsonFile(tmp_path / "basket.json")
    store.save({"lines": [{"name": "Kaffe Bryggmalet 450 g, ÅÄÖ"}]})
    assert store.load() == {"lines": [{"name": "Kaffe Bryggmalet 450 g, ÅÄÖ"}]}
    assert [p.name for p in tmp_path.iterdir()] == ["basket.json"]  # no temporary left behind


def test_missing_file_loads_as_none(tmp_path: Path) -> None:
    assert JsonFile(tmp_path / "nothing.json").load() is None


def test_damaged_file_is_set_aside_under_a_dated_name_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "basket.json"
    path.write_text('{"lines": [', encoding="utf-8")
    file = JsonFile(path, clock=lambda: datetime(2026, 12, 4, 10, 15, 0))
    assert file.load() is None
    kept = tmp_path / "basket.damaged-20261204-101500.json"
    assert kept.read_text(encoding="utf-8") == '{"lines": ['
    assert not path.exists()
    assert file.damage is not None
    assert (file.damage.name, file.damage.kept_as) == ("basket.json", kept)


def test_a_second_damage_the_same_second_keeps_both_copies(tmp_path: Path) -> None:
    path = tmp_path / "basket.json"
    file = JsonFile(path, clock=lambda: datetime(2026, 12, 4, 10, 15, 0))
    for garbage in (b"\x00\x00\x00", b"\xff\xfe not utf-8"):
        path.write_bytes(garbage)
        assert file.load() is None
    kept = sorted(p.read_bytes() for p in tmp_path.iterdir())
    assert kept == sorted([b"\x00\x00\x00", b"\xff\xfe not utf-8"])


def test_a_file_that_cannot_be_read_now_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "basket.json").mkdir()  # reading it fails with an OSError
    file = JsonFile(tmp_path / "basket.json")
    assert file.load() is None
    assert file.damage is None and (tmp_path / "basket.json").is_dir()


def test_a_json_list_is_not_a_document(tmp_path: Path) -> None:
    path = tmp_path / "basket.json"
    path.write_text("[1, 2]", encoding="utf-8")
    assert JsonFile(path).load() is None
