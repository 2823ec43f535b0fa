"""Use cases of the till without widgets: a real client on the loopback simulator."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path

from app.domain.customer import Customer
from app.domain.order_body import FulfilmentKind
from app.persistence.json_file import JsonFile
from app.services.checkout import (
    RECOVERY_FIRST_DELAY_S,
    CheckoutSession,
)
from app.services.orders import OrderPlan
from app.simulator.state import SimOrder
from tests.helpers.checkout import Recorder
from tests.helpers.clocks import ManualSleep, ManualWallClock
from tests.helpers.orders import service
from tests.helpers.simulator import INVENTORY, client_for, inventory_requests, stocked_article
from tests.helpers.waiting import run, until


def test_a_scan_adds_to_the_basket_and_fetches_stock_in_one_request(simulator) -> None:
    article = stocked_article(simulator)

    async def scenario() -> CheckoutSession:
        async with client_for(simulator) as client:
            session = CheckoutSession(client)
            await session.start()
            before = inventory_requests(simulator)
            assert await session.scan(article.barcode + "\r")
            assert inventory_requests(simulator) == before + 1
            assert await session.scan(article.barcode)
            assert inventory_requests(simulator) == before + 2
            await session.close()
            return session

    session = run(scenario())
    [line] = session.basket.lines
    assert (line.article_number, line.quantity) == (article.article_number, 2)
    snapshot = session.current_snapshot()
    assert snapshot is not None
    for warehouse in simulator.state.warehouses():
        expected = simulator.state.stock(article.article_number, warehouse.id).sellable
        assert snapshot.sellable_in(warehouse.id) == Decimal(expected)


def test_package_and_alternative_barcodes_resolve_to_the_article(simulator) -> None:
    article = next(
        a
        for a in simulator.state.articles()
        if not a.barcode and (a.package_barcode or a.alternative_barcodes)
    )
    code = article.package_barcode or article.alternative_barcodes[0]

    async def scenario() -> CheckoutSession:
        async with client_for(simulator) as client:
            session = CheckoutSession(client)
            await session.start()
            assert await session.scan(code)
            await session.close()
            return session

    assert run(scenario()).basket.lines[0].article_number == article.article_number


def test_problems_and_unknown_codes_are_reported_and_fetch_no_stock(simulator) -> None:
    """Malformed input costs no request at all; unknown codes only the lookup that found
    nothing (tests/services/test_scan_lookup.py)."""
    recorder = Recorder()

    async def scenario() -> CheckoutSession:
        async with client_for(simulator) as client:
            session = CheckoutSession(client, listeners=recorder.listeners())
            await session.start()
            simulator.requests.clear()
            for text in ("7312345678904", 'à&é"', ""):
                assert not await session.scan(text)
            assert len(simulator.requests) == 0
            for text in ("0000000000000", "NO-SUCH-ARTICLE"):
                assert not await session.scan(text)
            assert inventory_requests(simulator) == 0
            await session.close()
            return session

    session = run(scenario())
    assert session.basket.lines == ()
    texts = recorder.texts()
    assert any("Check digit wrong" in t for t in texts)
    assert any("keyboard layout" in t for t in texts)
    assert any("Unknown code 0000000000000" in t for t in texts)
    assert any("Unknown code NO-SUCH-ARTICLE" in t for t in texts)
    assert any("Nothing was scanned" in t for t in texts)


def test_concurrent_scans_are_coalesced_and_none_is_lost(simulator) -> None:
    articles = [a for a in simulator.state.articles() if a.barcode][:12]

    async def scenario() -> CheckoutSession:
        async with client_for(simulator) as client:
            session = CheckoutSession(client)
            await session.start()
            before = inventory_requests(simulator)
            await asyncio.gather(*(session.scan(a.barcode) for a in articles))
            sent = inventory_requests(simulator) - before
            assert 1 <= sent <= len(articles)
            await session.close()
            return session

    session = run(scenario())
    assert [ln.article_number for ln in session.basket.lines] == [
        a.article_number for a in articles
    ]
    assert all(session.stock.get(a.article_number) is not None for a in articles)


def test_the_basket_survives_a_restart(simulator, tmp_path: Path) -> None:
    article = stocked_article(simulator)
    basket_file = JsonFile(tmp_path / "basket.json")

    async def first_run() -> None:
        async with client_for(simulator) as client:
            session = CheckoutSession(client, basket_file=basket_file)
            await session.start()
            await session.scan(article.barcode)
            await session.scan(article.barcode)
            await session.close()

    async def second_run() -> CheckoutSession:
        async with client_for(simulator) as client:
            session = CheckoutSession(client, basket_file=basket_file)
            await session.start()
            await until(lambda: session.stock.get(article.article_number) is not None)
            await session.close()
            return session

    run(first_run())
    session = run(second_run())
    assert [(ln.article_number, ln.quantity) for ln in session.basket.lines] == [
        (article.article_number, 2)
    ]


def test_offline_keeps_figures_and_basket_and_recovers_by_itself(simulator) -> None:
    article = stocked_article(simulator)
    recorder = Recorder()
    sleep = ManualSleep()
    clock = ManualWallClock()

    async def scenario() -> CheckoutSession:
        async with client_for(simulator) as client:
            session = CheckoutSession(
                client, listeners=recorder.listeners(), sleep=sleep, clock=clock
            )
            await session.start()
            await session.scan(article.barcode)
            first = session.current_snapshot()
            assert first is not None
            simulator.faults.enqueue("drop", count=50, path_suffix=INVENTORY)
            clock.advance(5)
            await session.scan(article.barcode)  # Ongoing gone: basket still grows
            assert recorder.connection == [False]
            assert not session.connection.online
            assert session.current_snapshot() == first  # last known figures stay
            assert session.is_stale(first)
            simulator.faults.clear()
            await until(lambda: RECOVERY_FIRST_DELAY_S in sleep.calls)
            sleep.release()
            await until(lambda: session.connection.online)
            await session.close()
            return session

    session = run(scenario())
    assert recorder.connection == [False, True]
    assert session.basket.lines[0].quantity == 2
    latest = session.stock.get(article.article_number)
    assert latest is not None
    assert latest.fetched_at == clock.now


def test_undo_brings_a_line_back_with_its_figures_and_the_whole_basket_verdict(simulator):
    """Ctrl+Z after removing a line: the grid knows again who supplies everything."""
    article = stocked_article(simulator)

    async def scenario() -> tuple[bool, bool]:
        async with client_for(simulator) as client:
            session = CheckoutSession(client)
            await session.start()
            assert await session.scan(article.barcode)
            session.remove(article.article_number)
            assert session.undo()
            await until(lambda: article.article_number in session.stock.snapshots())
            availability = session.availability()
            await session.close()
            return availability.rows[0].supplies_all, bool(availability.rows[0].known)

    assert run(scenario()) == (True, True)


def test_a_basket_kept_from_an_older_till_sells_only_its_store_currency_prices(
    simulator, tmp_path: Path
) -> None:
    """basket.json as earlier versions wrote it (the currency was Ongoing's purchase currency,
    or none): the lines load, and only a usable price in store.currency reaches the order."""
    a, b, c = simulator.state.articles()[:3]
    warehouse = simulator.state.warehouses()[0]
    for article in (a, b, c):
        simulator.state.set_stock(article.article_number, warehouse.id, 10)
    basket_file = JsonFile(tmp_path / "basket.json")
    basket_file.save(
        {
            "lines": [
                {
                    "articleNumber": a.article_number,
                    "name": a.name,
                    "quantity": 2,
                    "unitPrice": "64.90",
                    "currency": "EUR",
                },
                {
                    "articleNumber": b.article_number,
                    "name": b.name,
                    "quantity": 3,
                    "unitPrice": "30",
                    "currency": "NOK",
                },
                {
                    "articleNumber": c.article_number,
                    "name": c.name,
                    "quantity": 1,
                    "unitPrice": None,
                    "currency": None,
                },
            ]
        }
    )

    async def scenario() -> SimOrder:
        async with client_for(simulator) as client:
            session = CheckoutSession(client, basket_file=basket_file, currency="NOK")
            total = session.basket_total()
            assert (total.amount, total.currency) == (Decimal(90), "NOK")
            assert (total.priced_lines, total.lines_left_out) == (1, 2)
            plan = OrderPlan(
                session.lines, FulfilmentKind.PICKUP, warehouse.code, Customer("Eva", phone="07")
            )
            entry = await service(client, tmp_path).place(plan)
            await session.close()
            assert entry.ongoing_order_id is not None
            order: SimOrder | None = simulator.state.order(entry.ongoing_order_id)
            assert order is not None
            return order

    order = run(scenario())
    assert [(ln.customer_line_price, ln.currency) for ln in order.lines] == [
        (None, None),
        (Decimal(90), "NOK"),
        (None, None),
    ]


def test_with_an_empty_basket_the_till_says_ongoing_is_back_only_once_ongoing_answers(
    simulator,
) -> None:
    """After an order took the basket, nothing is left to refresh: the recovery asks Ongoing
    something small rather than declaring it back unasked (orders queued offline wait for
    that moment)."""
    from app.ongoing.client import OngoingClient
    from app.ongoing.retry import CircuitBreaker, RetryPolicy
    from app.services.ongoing_words import describe
    from tests.helpers.simulator import connection_to, started_again

    article = stocked_article(simulator)
    sleep = ManualSleep()

    async def scenario() -> None:
        client = OngoingClient(
            connection_to(simulator),
            retry_policy=RetryPolicy(max_retries=0),
            circuit=CircuitBreaker(limit=1_000_000),  # no pause: the test sees every answer
            words=describe,
        )
        async with client:
            session = CheckoutSession(client, sleep=sleep)
            await session.catalogue.load(client)
            await session.scan(article.barcode)
            simulator.stop()
            await session.refresh_stock()
            assert not session.connection.online
            session.clear()  # the order took the basket
            await until(lambda: len(sleep.calls) == 1)
            sleep.release()  # the recovery tries: still nobody there
            await until(lambda: len(sleep.calls) == 2)
            assert not session.connection.online
            with started_again(simulator):
                sleep.release()
                await until(lambda: session.connection.online)
            await session.close()

    run(scenario())
