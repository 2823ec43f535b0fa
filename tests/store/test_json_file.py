from pathlib import Path

from app.store.json_file import JsonFile


def test_save_then_load_round_trips_unicode(tmp_path: Path) -> None:
    store = JsonFile(tmp_path / "basket.json")
    store.save({"lines": [{"name": "Kaffe Bryggmalet 450 g, ÅÄÖ"}]})
    assert store.load() == {"lines": [{"name": "Kaffe Bryggmalet 450 g, ÅÄÖ"}]}
    assert [p.name for p in tmp_path.iterdir()] == ["basket.json"]  # no temporary left behind


def test_missing_file_loads_as_none(tmp_path: Path) -> None:
    assert JsonFile(tmp_path / "nothing.json").load() is None


def test_damaged_file_is_set_aside_not_lost(tmp_path: Path) -> None:
    path = tmp_path / "basket.json"
    path.write_text('{"lines": [', encoding="utf-8")
    assert JsonFile(path).load() is None
    assert (tmp_path / "basket.json.damaged").read_text(encoding="utf-8") == '{"lines": ['
    assert not path.exists()


def test_a_json_list_is_not_a_document(tmp_path: Path) -> None:
    path = tmp_path / "basket.json"
    path.write_text("[1, 2]", encoding="utf-8")
    assert JsonFile(path).load() is None
