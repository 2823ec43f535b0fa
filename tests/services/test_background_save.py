"""The basket is saved off the event loop, newest version wins, flush waits for it."""

from __future__ import annotations

import asyncio
from pathlib import Path

from app.persistence.json_file import JsonFile
from app.services.background_save import BackgroundSaver


def test_a_burst_of_saves_coalesces_and_the_newest_version_is_on_disk(tmp_path: Path) -> None:
    file = JsonFile(tmp_path / "basket.json")
    saver = BackgroundSaver(file)

    async def scenario() -> None:
        for version in range(50):
            saver.save({"version": version})
        await saver.flush()

    asyncio.run(scenario())
    assert file.load() == {"version": 49}
    assert 1 <= saver.writes < 50


def test_a_failed_write_is_logged_and_the_next_save_still_lands(tmp_path: Path, caplog) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    saver = BackgroundSaver(JsonFile(blocked / "basket.json"))

    async def scenario() -> None:
        saver.save({"version": 1})
        await saver.flush()
        blocked.unlink()
        saver.save({"version": 2})
        await saver.flush()

    asyncio.run(scenario())
    assert "event=save_failed" in caplog.text
    assert JsonFile(blocked / "basket.json").load() == {"version": 2}
