"""The catalogue kept on this PC's disk: ready at once on a second start, refreshed by changes.

A real client on the loopback simulator and a real SQLite file in the test's folder. Each
test counts the requests the catalogue made, since asking Ongoing less is the point.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import sqlite3
import subprocess
import sys
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.domain.articles import Withdrawal
from app.ongoing.client import OngoingClient
from app.ongoing.errors import OngoingConnectionError
from app.ongoing.models import Article
from app.services import disk_catalogue
from app.services.checkout import CATALOGUE_REFRESH_S, RECOVERY_FIRST_DELAY_S, CheckoutSession
from app.services.disk_catalogue import DiskCatalogue, source_of
from app.simulator import SimulatorThread
from app.simulator.state import SimArticle
from tests.helpers.checkout import Recorder
from tests.helpers.clocks import ManualSleep
from tests.helpers.simulator import client_for, stocked_article
from tests.helpers.waiting import run, until

ARTICLES = "/articles"
CATALOGUE_PATHS = ("/articles", "/warehouses")


def catalogue_requests(simulator: SimulatorThread) -> list[tuple[str, list[tuple[str, str]]]]:
    """The catalogue's requests (articles and warehouses), oldest first, with their queries."""
    return [(r.path, r.query) for r in simulator.requests if r.path in CATALOGUE_PATHS]


def source(simulator: SimulatorThread) -> str:
    return source_of(simulator.base_url, simulator.goods_owner_id)


def ready_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage() for r in caplog.records if r.getMessage().startswith("event=catalogue_ready")
    ]


async def started(
    simulator: SimulatorThread, path: Path, client: OngoingClient, **kwargs: Any
) -> DiskCatalogue:
    catalogue = DiskCatalogue(source(simulator), path, **kwargs)
    await catalogue.start(client)
    return catalogue


def first_start(simulator: SimulatorThread, path: Path) -> None:
    """The till's first start on this PC: everything loaded from Ongoing into the file."""

    async def scenario() -> None:
        async with client_for(simulator) as client:
            catalogue = await started(simulator, path, client)
            catalogue.close()

    run(scenario())


def changed(simulator: SimulatorThread, article: SimArticle, **changes: Any) -> SimArticle:
    """Change an article in the WMS now, as the goods owner would."""
    new = dataclasses.replace(article, updated_at=simulator.state.clock(), **changes)
    simulator.state.put_article(new)
    return new


def test_the_first_start_loads_from_ongoing_and_the_second_is_ready_from_disk_at_once(
    simulator: SimulatorThread, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="app.services")
    path = tmp_path / "catalogue.sqlite"
    article = stocked_article(simulator)
    count = len(simulator.state.articles())
    first_start(simulator, path)
    assert ready_lines(caplog)[0].startswith(
        f"event=catalogue_ready source=ongoing articles={count} ms="
    )

    async def second() -> tuple[tuple[int, int], int, int]:
        async with client_for(simulator) as client:
            simulator.requests.clear()
            catalogue = await started(simulator, path, client)
            asked_before_ready = len(catalogue_requests(simulator))
            assert catalogue.refresh_due  # what changed since is asked at once
            found = catalogue.by_number(article.article_number)
            assert found is not None and article.barcode in found.barcodes
            await catalogue.refresh(client)
            sizes = (len(catalogue), len(catalogue.warehouses))
            catalogue.close()
            return sizes, asked_before_ready, len(catalogue_requests(simulator))

    (articles, warehouses), before_ready, in_all = run(second())
    assert ready_lines(caplog)[1].startswith(
        f"event=catalogue_ready source=disk articles={count} ms="
    )
    assert before_ready == 0  # sells from the file before anything is asked
    assert in_all == 2  # the warehouses and the articles changed since: within the 3 allowed
    ((_, query),) = [r for r in catalogue_requests(simulator) if r[0] == ARTICLES]
    assert {key for key, _ in query} == {"goodsOwnerId", "articleDataLastUpdatedFrom"}
    assert articles == count
    assert warehouses == len(simulator.state.warehouses())


def test_a_scan_on_a_second_start_is_served_from_disk_without_asking_for_the_article(
    simulator: SimulatorThread, tmp_path: Path
) -> None:
    path = tmp_path / "catalogue.sqlite"
    article = stocked_article(simulator)
    first_start(simulator, path)

    async def scenario() -> CheckoutSession:
        async with client_for(simulator) as client:
            session = CheckoutSession(client, catalogue=DiskCatalogue(source(simulator), path))
            await session.catalogue.start(client)
            simulator.requests.clear()
            assert await session.scan(article.barcode)
            await session.close()
            return session

    session = run(scenario())
    assert session.basket.lines[0].article_number == article.article_number
    assert [p for p, _ in catalogue_requests(simulator)] == []


def test_a_refresh_brings_what_changed_since_and_only_that(
    simulator: SimulatorThread, tmp_path: Path
) -> None:
    path = tmp_path / "catalogue.sqlite"
    article = stocked_article(simulator)
    first_start(simulator, path)
    original = simulator.state.article(article.article_number)
    assert original is not None

    async def scenario() -> tuple[str, int]:
        async with client_for(simulator) as client:
            catalogue = await started(simulator, path, client)
            await catalogue.refresh(client)  # the start's: nothing changed
            changed(simulator, original, name="Kaffe mörkrost 1 kg (ny)")
            simulator.requests.clear()
            arrived = await catalogue.refresh(client)
            found = catalogue.by_number(article.article_number)
            assert found is not None
            matches = catalogue.search("mörkrost ny")
            assert [a.number for a in matches.articles] == [article.article_number]
            catalogue.close()
            return found.name, arrived

    name, arrived = run(scenario())
    assert name == "Kaffe mörkrost 1 kg (ny)"
    assert arrived == 1
    assert [p for p, _ in catalogue_requests(simulator)] == [ARTICLES]  # warehouses: once a start


def test_an_article_set_inactive_in_ongoing_is_refused_at_the_till_with_a_reason(
    simulator: SimulatorThread, tmp_path: Path
) -> None:
    path = tmp_path / "catalogue.sqlite"
    article = stocked_article(simulator)
    obsolete = simulator.state.articles()[-1]
    first_start(simulator, path)
    recorder = Recorder()

    async def scenario() -> tuple[CheckoutSession, int]:
        async with client_for(simulator) as client:
            catalogue = DiskCatalogue(source(simulator), path)
            session = CheckoutSession(client, catalogue=catalogue, listeners=recorder.listeners())
            await catalogue.start(client)
            before = len(catalogue)
            original = simulator.state.article(article.article_number)
            assert original is not None
            changed(simulator, original, active=False)
            changed(simulator, obsolete, obsolete=True)
            await catalogue.refresh(client)
            simulator.requests.clear()
            assert not await session.scan(article.barcode)
            assert not await session.take(obsolete.article_number)
            assert catalogue.search(article.article_number).articles == ()
            fewer = before - len(catalogue)
            await session.close()
            return session, fewer

    session, fewer = run(scenario())
    assert session.basket.lines == ()
    assert fewer == 2
    assert catalogue_requests(simulator) == []  # refused from the file: nothing asked
    refused = [str(failure.text) for failure in recorder.failures]
    assert refused[0].startswith(f"{article.article_number} ")
    assert "is no longer sold" in refused[0] and "tell the store manager" in refused[0]
    assert len(refused) == 2


def test_an_article_ongoing_no_longer_lists_is_withdrawn_by_the_next_whole_load(
    simulator: SimulatorThread, tmp_path: Path
) -> None:
    path = tmp_path / "catalogue.sqlite"
    gone = simulator.state.articles()[5]
    first_start(simulator, path)
    with simulator.state.transaction():  # deleted in the WMS itself: the API never says so
        simulator.state._articles.remove(gone)

    async def scenario() -> int:
        async with client_for(simulator) as client:
            catalogue = await started(simulator, path, client)
            await catalogue.load(client)
            count = len(catalogue)
            catalogue.close()
            return count

    count = run(scenario())
    reopened = DiskCatalogue(source(simulator), path)
    run(reopened_start(reopened, simulator))
    found = reopened.by_number(gone.article_number)
    assert found is not None and found.withdrawn is Withdrawal.REMOVED
    assert count == len(simulator.state.articles())
    reopened.close()


async def reopened_start(catalogue: DiskCatalogue, simulator: SimulatorThread) -> None:
    async with client_for(simulator) as client:
        await catalogue.start(client)


@pytest.mark.parametrize(
    ("why", "later", "refreshed_lately"),
    [
        ("another goods owner or API URL", None, False),
        ("the cache older than Ongoing's change filter reaches", timedelta(hours=25), False),
        ("no whole load for a week: deleted articles unnoticed", timedelta(days=8), True),
    ],
)
def test_a_whole_load_only_when_it_must(
    simulator: SimulatorThread,
    tmp_path: Path,
    why: str,
    later: timedelta | None,
    refreshed_lately: bool,
) -> None:
    path = tmp_path / "catalogue.sqlite"
    first_start(simulator, path)
    now = datetime.now(UTC) + (later or timedelta(0))

    async def scenario() -> list[str]:
        async with client_for(simulator) as client:
            other = "elsewhere|99" if later is None else source(simulator)
            catalogue = DiskCatalogue(other, path, clock=lambda: now)
            if refreshed_lately:  # refreshed an hour ago, but loaded whole long before
                catalogue_file = sqlite3.connect(path)
                fresh = (now - timedelta(hours=1)).isoformat()
                catalogue_file.execute("UPDATE meta SET value=? WHERE key='refreshed_at'", (fresh,))
                catalogue_file.commit()
                catalogue_file.close()
            simulator.requests.clear()
            await catalogue.start(client)
            if catalogue.refresh_due:
                await catalogue.refresh(client)
            catalogue.close()
            return [key for p, q in catalogue_requests(simulator) for key, _ in q if p == ARTICLES]

    keys = run(scenario())
    assert "articleSystemIdFrom" in keys, why  # the whole catalogue, paged
    assert "articleDataLastUpdatedFrom" not in keys


def test_a_refresh_that_fails_halfway_leaves_the_catalogue_usable_and_loads_again(
    simulator: SimulatorThread, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(disk_catalogue, "CATALOGUE_PAGE_SIZE", 100)
    path = tmp_path / "catalogue.sqlite"
    article = stocked_article(simulator)
    first_start(simulator, path)
    later = datetime.now(UTC) + timedelta(days=2)

    async def scenario() -> tuple[bool, bool]:
        async with client_for(simulator) as client:
            catalogue = DiskCatalogue(source(simulator), path, clock=lambda: later)
            await catalogue.start(client)
            failing = FailingAfterPages(client, pages=2)
            with pytest.raises(OngoingConnectionError):
                await catalogue.refresh(failing)  # type: ignore[arg-type]
            usable = catalogue.by_number(article.article_number) is not None
            catalogue.close()
            again = DiskCatalogue(source(simulator), path, clock=lambda: later)
            await again.start(client)
            due = again.refresh_due
            await again.refresh(client)
            again.close()
            return usable, due

    usable, due_again = run(scenario())
    assert usable
    assert due_again  # the whole load did not finish: the next start does it again


class FailingAfterPages:
    """A client whose whole load breaks off after some pages, as a dropped network would."""

    def __init__(self, client: OngoingClient, pages: int) -> None:
        self._client = client
        self._pages = pages

    def __getattr__(self, name: str) -> Callable[..., Any]:
        return getattr(self._client, name)  # type: ignore[no-any-return]

    async def iter_articles(self, page_size: int = 1000) -> AsyncIterator[list[Article]]:
        served = 0
        async for page in self._client.iter_articles(page_size=page_size):
            if served == self._pages:
                raise OngoingConnectionError("the network dropped")
            served += 1
            yield page


def test_a_damaged_catalogue_is_set_aside_and_loaded_again_while_scans_ask_ongoing(
    simulator: SimulatorThread, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    path = tmp_path / "catalogue.sqlite"
    article = stocked_article(simulator)
    first_start(simulator, path)
    path.write_bytes(b"not a database any more" * 200)
    for companion in ("-wal", "-shm"):
        path.with_name(path.name + companion).unlink(missing_ok=True)

    async def scenario() -> tuple[DiskCatalogue, int]:
        async with client_for(simulator) as client:
            catalogue = await started(simulator, path, client)
            session = CheckoutSession(client, catalogue=catalogue)
            assert await session.scan(article.barcode)
            count = len(catalogue)
            await session.close()
            return catalogue, count

    catalogue, count = run(scenario())
    kept = [p.name for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1 and kept[0].startswith("catalogue.damaged-")
    assert catalogue.damage is not None
    assert any(
        "event=storage_damaged file=catalogue.sqlite" in r.getMessage() for r in caplog.records
    )
    assert count == len(simulator.state.articles())  # made afresh from Ongoing


def overwrite_pages(path: Path) -> None:
    with open(path, "r+b") as damaged:
        damaged.seek(4096)
        damaged.write(b"\xff" * 4096 * 20)


def test_damage_found_while_selling_falls_back_to_ongoing_and_rebuilds_at_the_refresh(
    simulator: SimulatorThread, tmp_path: Path
) -> None:
    path = tmp_path / "catalogue.sqlite"
    article = stocked_article(simulator)
    first_start(simulator, path)

    async def scenario() -> tuple[bool, bool, int]:
        async with client_for(simulator) as client:
            catalogue = await started(simulator, path, client)
            session = CheckoutSession(client, catalogue=catalogue)
            overwrite_pages(path)  # under the running till
            await catalogue.settle()  # the background check finds it
            served_from_disk = catalogue.on_disk
            simulator.requests.clear()
            sold = await session.scan(article.barcode)
            asked = sum(1 for p, _ in catalogue_requests(simulator) if p == ARTICLES)
            await catalogue.refresh(client)
            rebuilt = catalogue.on_disk and catalogue.by_number(article.article_number) is not None
            await session.close()
            return served_from_disk, sold and rebuilt, asked

    served_from_disk, sold_and_rebuilt, asked = run(scenario())
    assert not served_from_disk
    assert sold_and_rebuilt
    assert asked == 1  # the scan went to Ongoing meanwhile
    assert any(".damaged-" in p.name for p in tmp_path.iterdir())


def test_two_tills_share_one_catalogue_file(simulator: SimulatorThread, tmp_path: Path) -> None:
    """One till loads the whole catalogue while the other reads and refreshes the same file."""
    path = tmp_path / "catalogue.sqlite"
    article = stocked_article(simulator)
    first_start(simulator, path)

    async def scenario() -> int:
        async with client_for(simulator) as client:
            one = await started(simulator, path, client)
            other = await started(simulator, path, client)
            loading = asyncio.ensure_future(one.load(client))
            reads = 0
            while not loading.done():
                assert other.by_number(article.article_number) is not None
                await other.refresh(client)
                reads += 1
            await loading
            one.close()
            other.close()
            return reads

    assert run(scenario()) >= 1


def test_two_till_processes_share_one_catalogue_file(
    simulator: SimulatorThread, tmp_path: Path
) -> None:
    """Another process loads the whole catalogue into the file over and over while this one
    sells from it and refreshes it: every article is found every time, nobody fails."""
    path = tmp_path / "catalogue.sqlite"
    first_start(simulator, path)
    numbers = [a.article_number for a in simulator.state.articles()]
    other = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.services.load_catalogue",
            simulator.base_url,
            str(simulator.goods_owner_id),
            simulator.api_user,
            str(path),
            "5",
        ],
        env={**os.environ, "TILLSIDE_API_PASSWORD": simulator.password},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )

    async def sell_meanwhile() -> int:
        rounds = 0
        async with client_for(simulator) as client:
            catalogue = await started(simulator, path, client)
            while other.poll() is None or rounds == 0:
                missing = [n for n in numbers if catalogue.by_number(n) is None]
                assert missing == []
                assert catalogue.search("kaffe").total > 0
                await catalogue.refresh(client)
                assert catalogue.on_disk
                rounds += 1
            catalogue.close()
        return rounds

    rounds = run(sell_meanwhile())
    out, err = other.communicate(timeout=60)
    assert other.returncode == 0, err
    assert out.splitlines() == [f"loaded {len(numbers)}"] * 5
    assert rounds >= 1


def test_a_damaged_file_another_till_already_replaced_is_not_set_aside_again(
    simulator: SimulatorThread, tmp_path: Path
) -> None:
    """Two tills on one PC find the same damage: the second to rebuild takes the first's new
    file as it is, rather than setting a healthy file aside."""
    path = tmp_path / "catalogue.sqlite"
    first_start(simulator, path)

    async def scenario() -> bool:
        async with client_for(simulator) as client:
            slower = await started(simulator, path, client)
            overwrite_pages(path)
            await slower.settle()  # finds the damage; rebuilds at its next refresh
            faster = await started(simulator, path, client)  # another till: aside, afresh
            assert faster.damage is not None
            await slower.refresh(client)
            served = slower.on_disk and len(slower) == len(simulator.state.articles())
            faster.close()
            slower.close()
            return served

    assert run(scenario())
    assert (
        len([p for p in tmp_path.iterdir() if p.name.endswith(".sqlite") and ".damaged-" in p.name])
        == 1
    )


def test_the_recovery_loop_that_loads_the_first_catalogue_logs_it_ready(
    simulator: SimulatorThread, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Ongoing down at the first start, back later: the recovery loop's whole load says
    when the till could sell from it, as a start's load does."""
    caplog.set_level(logging.INFO, logger="app.services")
    path = tmp_path / "catalogue.sqlite"
    count = len(simulator.state.articles())
    sleep = ManualSleep()

    async def scenario() -> bool:
        async with client_for(simulator) as client:
            catalogue = DiskCatalogue(source(simulator), path)
            session = CheckoutSession(client, catalogue=catalogue, sleep=sleep)
            simulator.faults.enqueue("drop", count=50, path_suffix="/warehouses")
            await session.start()
            assert not session.connection.online
            assert ready_lines(caplog) == []
            simulator.faults.clear()
            await until(lambda: RECOVERY_FIRST_DELAY_S in sleep.calls)
            sleep.release()
            await until(lambda: bool(ready_lines(caplog)))
            await until(lambda: session.connection.online)
            on_disk = catalogue.on_disk
            await session.close()
            return on_disk

    assert run(scenario())
    [line] = ready_lines(caplog)
    assert line.startswith(f"event=catalogue_ready source=ongoing articles={count} ms=")


def damage_all_but_the_header(path: Path) -> None:
    """Every page after the first overwritten, as a failing disk might: any read of the
    articles or their codes finds it (the first page stays, so SQLite still opens it)."""
    size = path.stat().st_size
    with open(path, "r+b") as damaged:
        damaged.seek(4096)
        damaged.write(b"\xff" * (size - 4096))


def test_damage_found_by_a_scan_is_rebuilt_at_once_while_scans_ask_ongoing(
    simulator: SimulatorThread, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The file turns out damaged under a running till, found by a scan: the scan is
    served by Ongoing, the file is set aside and made anew in the background at once,
    not at the next refresh (whose sleep this test never lets end)."""
    caplog.set_level(logging.INFO, logger="app.services")
    path = tmp_path / "catalogue.sqlite"
    article = stocked_article(simulator)
    first_start(simulator, path)
    sleep = ManualSleep()

    async def scenario() -> tuple[bool, int, bool]:
        async with client_for(simulator) as client:
            catalogue = DiskCatalogue(source(simulator), path)
            session = CheckoutSession(client, catalogue=catalogue, sleep=sleep)
            await session.start()  # ready from disk; what changed since is asked at once
            await until(lambda: CATALOGUE_REFRESH_S in sleep.calls)
            await until(lambda: not session.tasks.running("catalogue-settle"))  # found whole
            damage_all_but_the_header(path)  # under the running till
            simulator.requests.clear()
            sold = await session.scan(article.barcode)
            asked = sum(1 for p, _ in catalogue_requests(simulator) if p == ARTICLES)
            await until(
                lambda: catalogue.on_disk and not session.tasks.running("catalogue-rebuild")
            )
            rebuilt = catalogue.by_number(article.article_number) is not None
            assert sleep.calls.count(CATALOGUE_REFRESH_S) == 1  # the refresh still sleeps
            await session.close()
            return sold, asked, rebuilt

    sold, asked, rebuilt = run(scenario())
    assert sold
    assert asked >= 1  # the scan went to Ongoing (then the rebuild's pages)
    assert rebuilt
    assert any(p.name.startswith("catalogue.damaged-") for p in tmp_path.iterdir())
    said = [r.getMessage() for r in caplog.records]
    assert "event=catalogue_damaged file=catalogue.sqlite" in said
    assert "event=catalogue_rebuild_started" in said
    assert any(m.startswith("event=catalogue_loaded ") for m in said)
