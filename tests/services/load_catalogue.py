"""Load the whole catalogue into a catalogue file, again and again, as a second till would.

`python -m tests.services.load_catalogue BASE_URL GOODS_OWNER USER PATH TIMES` (password in
TILLSIDE_API_PASSWORD): the two-process test runs it beside a till reading the same file.
Prints `loaded N` after each whole load.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from app.ongoing.client import OngoingClient
from app.ongoing.settings import ConnectionSettings
from app.services.disk_catalogue import DiskCatalogue, source_of


async def load(argv: list[str]) -> None:
    base_url, goods_owner, user, path, times = argv
    connection = ConnectionSettings.from_target(
        base_url, int(goods_owner), user, os.environ["TILLSIDE_API_PASSWORD"]
    )
    catalogue = DiskCatalogue(source_of(connection.base_url, int(goods_owner)), Path(path))
    async with OngoingClient(connection) as client:
        await catalogue.start(client)
        for _ in range(int(times)):
            await catalogue.load(client)
            print(f"loaded {len(catalogue)}", flush=True)
    catalogue.close()


if __name__ == "__main__":
    asyncio.run(load(sys.argv[1:]))
