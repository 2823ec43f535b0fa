"""A code the catalogue does not hold is asked of Ongoing: the till sells from its first second.

At a store with 100,000 articles the catalogue takes half a minute to load; a scan in that
time, or of an article created in Ongoing since, is looked up directly (GET /articles by
barcode, then by number) instead of being refused. A real client on the loopback simulator.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterable
from datetime import UTC, datetime

from app.services.catalogue import Catalogue, CatalogueArticle, to_catalogue_article
from app.services.checkout import CheckoutSession
from tests.helpers.checkout import Recorder
from tests.helpers.simulator import client_for, inventory_requests, stocked_article
from tests.helpers.waiting import run

ARTICLES = "/articles"


def article_requests(simulator) -> list[list[tuple[str, str]]]:
    """The query of every GET /articles the simulator answered, oldest first."""
    return [r.query for r in simulator.requests if r.method == "GET" and r.path == ARTICLES]


def asked_for(query: list[tuple[str, str]]) -> set[str]:
    return {key for key, _ in query if key != "goodsOwnerId"}


def test_a_scan_before_the_catalogue_has_loaded_is_found_in_ongoing(simulator) -> None:
    article = stocked_article(simulator)

    async def scenario() -> CheckoutSession:
        async with client_for(simulator) as client:
            session = CheckoutSession(client)  # start() not called: nothing loaded yet
            assert session.catalogue.loaded_at is None
            simulator.requests.clear()
            assert await session.scan(article.barcode)
            await session.close()
            return session

    session = run(scenario())
    assert [line.article_number for line in session.basket.lines] == [article.article_number]
    assert [asked_for(q) for q in article_requests(simulator)] == [{"barCodes"}]
    assert inventory_requests(simulator) == 1
    assert session.current_snapshot() is not None  # stock shown as for any scan


def test_an_article_number_typed_before_the_catalogue_has_loaded_is_found(simulator) -> None:
    article = stocked_article(simulator)

    async def scenario() -> CheckoutSession:
        async with client_for(simulator) as client:
            session = CheckoutSession(client)
            simulator.requests.clear()
            assert await session.scan(article.article_number)
            await session.close()
            return session

    session = run(scenario())
    assert session.basket.lines[0].article_number == article.article_number
    assert [asked_for(q) for q in article_requests(simulator)] == [{"articleNumbers"}]


def test_an_article_created_after_the_catalogue_loaded_is_found_then_kept(simulator) -> None:
    article = stocked_article(simulator)

    async def scenario() -> CheckoutSession:
        async with client_for(simulator) as client:
            session = CheckoutSession(client)
            await session.start()
            # The catalogue as it was before this article existed in Ongoing.
            older = Catalogue()
            older.warehouses = session.catalogue.warehouses
            older.add(
                to_catalogue_article(a)
                for a in await client.get_articles_by_numbers(
                    [a.article_number for a in simulator.state.articles()[:50]]
                )
                if a.article_number != article.article_number
            )
            older.loaded_at = datetime.now(UTC)
            session.catalogue = older
            simulator.requests.clear()
            assert await session.scan(article.barcode)
            assert await session.scan(article.barcode)  # now in the catalogue: no lookup
            await session.close()
            return session

    session = run(scenario())
    assert session.basket.lines[0].quantity == 2
    assert len(article_requests(simulator)) == 1


def test_an_unknown_code_is_asked_of_ongoing_and_reported(simulator) -> None:
    recorder = Recorder()

    async def scenario() -> CheckoutSession:
        async with client_for(simulator) as client:
            session = CheckoutSession(client, listeners=recorder.listeners())
            await session.start()
            simulator.requests.clear()
            assert not await session.scan("0000000000000")
            assert not await session.scan("NO-SUCH-ARTICLE")
            await session.close()
            return session

    session = run(scenario())
    assert session.basket.lines == ()
    texts = recorder.texts()
    assert any("Unknown code 0000000000000: not in Ongoing" in t for t in texts)
    assert any("Unknown code NO-SUCH-ARTICLE: not in Ongoing" in t for t in texts)
    asked = [asked_for(q) for q in article_requests(simulator)]
    # A barcode is asked as a barcode, then as an article number; a name only as a number.
    assert asked == [{"barCodes"}, {"articleNumbers"}, {"articleNumbers"}]
    assert inventory_requests(simulator) == 0


def test_ongoing_away_while_loading_says_so_and_adds_nothing(simulator) -> None:
    article = stocked_article(simulator)
    recorder = Recorder()

    async def scenario() -> CheckoutSession:
        async with client_for(simulator) as client:
            session = CheckoutSession(client, listeners=recorder.listeners())
            simulator.faults.enqueue("drop", count=50, path_suffix=ARTICLES)
            assert not await session.scan(article.barcode)
            simulator.faults.clear()
            await session.close()
            return session

    session = run(scenario())
    assert session.basket.lines == ()
    assert recorder.connection == [False]  # the offline banner shows
    text = recorder.texts()[-1]
    assert article.barcode in text and "cannot be reached" in text


def test_the_catalogue_load_lets_the_event_loop_run_between_slices(simulator) -> None:
    """Indexing a page of articles in one go would hold up the till's keys; it goes in slices."""
    from app.services import catalogue as catalogue_module

    turns = 0
    slices: list[tuple[int, int]] = []  # (articles indexed, loop turns by then)

    class Counting(Catalogue):
        def add(self, articles: Iterable[CatalogueArticle]) -> None:
            batch = list(articles)
            slices.append((len(batch), turns))
            super().add(batch)

    async def ticker() -> None:
        nonlocal turns
        while True:
            turns += 1
            await asyncio.sleep(0)

    async def scenario() -> Counting:
        catalogue = Counting()
        async with client_for(simulator) as client:
            running = asyncio.ensure_future(ticker())
            try:
                await catalogue.load(client)
            finally:
                running.cancel()
        return catalogue

    catalogue = run(scenario())
    assert len(catalogue) == len(simulator.state.articles())
    assert max(size for size, _ in slices) <= catalogue_module.ADD_SLICE
    seen = [at for _, at in slices]
    assert all(later > earlier for earlier, later in itertools.pairwise(seen))
