"""Goods received and stock-taking reach the till, end to end over real loopback HTTP.

The simulated Ongoing posts its webhooks (app/simulator/webhook_sender.py) to a real
receiver; the till long-polls the receiver, or polls Ongoing when it has none; the shown
figures of the articles concerned are fetched again and marked new.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from decimal import Decimal
from pathlib import Path

from app.domain.webhook_events import EventKind
from app.services.checkout import CheckoutSession
from app.services.store_events import OngoingPollFeed, ReceiverFeed, StockEvents
from app.simulator import SimulatorThread
from app.simulator.state import SimPurchaseOrder
from app.simulator.webhook_sender import WebhookSender
from app.webhooks.receiver import WebhookReceiver
from app.webhooks.store import WebhookStore
from tests.helpers.clocks import no_wait
from tests.helpers.simulator import client_for, inventory_requests
from tests.helpers.waiting import run, until
from tests.webhooks import payloads

TOKEN = "the-store's-token-of-32-chars!!!"
FAST_RETRIES = (0.02,) * 6


def waiting_order(simulator: SimulatorThread) -> SimPurchaseOrder:
    """A purchase order with goods still to come, and its first article scannable."""
    for order in simulator.state.purchase_orders():
        first = simulator.state.article(order.lines[0][0])
        if order.lines[0][2] < order.lines[0][1] and first is not None and first.barcode:
            return order
    raise AssertionError("the demo data has no purchase order waiting for goods")


@asynccontextmanager
async def store_receiver(
    tmp_path: Path, owner: int = 1
) -> AsyncIterator[tuple[WebhookReceiver, str]]:
    store = WebhookStore(tmp_path / "webhooks.sqlite")
    receiver = WebhookReceiver(TOKEN, store, goods_owner_id=owner)
    port = await receiver.start("127.0.0.1", 0)
    try:
        yield receiver, f"http://127.0.0.1:{port}"
    finally:
        await receiver.stop()
        store.close()


def shown_figure(session: CheckoutSession, article_number: str, warehouse_id: int) -> Decimal:
    snapshot = session.stock.get(article_number)
    assert snapshot is not None
    return snapshot.sellable_in(warehouse_id)


def test_goods_received_in_ongoing_mark_the_tills_figures_new(simulator, tmp_path: Path) -> None:
    order = waiting_order(simulator)
    number, advised, already = order.lines[0]
    article = simulator.state.article(number)
    assert article is not None and article.barcode
    before = simulator.state.stock(number, order.warehouse_id).sellable

    async def scenario() -> None:
        async with store_receiver(tmp_path) as (_, url), client_for(simulator) as client:
            sender = WebhookSender(f"{url}/ongoing", "token", TOKEN, retries_s=FAST_RETRIES)
            simulator.state.event_listeners.append(sender.send)
            session = CheckoutSession(client)
            await session.start()
            assert await session.scan(article.barcode)
            feed = ReceiverFeed(url, TOKEN, wait_s=5)
            events = StockEvents(session, feed)
            assert TOKEN not in repr(events)  # the token is a secret: never in a log line
            task = asyncio.ensure_future(events.run())
            await until(lambda: feed.since is not None)
            assert shown_figure(session, number, order.warehouse_id) == before
            simulator.state.receive_purchase_order(order.purchase_order_id)
            await until(
                lambda: (
                    any(e.kind is EventKind.PURCHASE_ORDER for e in events.heard)
                    and events.applied == len(events.heard)
                )
            )
            # only the warehouse the goods arrived at changed: only its figure is new
            assert session.availability().new == {(number, order.warehouse_id)}
            assert shown_figure(session, number, order.warehouse_id) == before + advised - already
            kinds = {e.kind for e in events.heard}
            assert {EventKind.INBOUND, EventKind.PURCHASE_ORDER} <= kinds
            await session.refresh_stock()  # fetched again for the till's own reasons: not new
            assert session.availability().new == set()
            task.cancel()
            sender.stop()
            await feed.aclose()
            await session.close()

    run(scenario())


def test_stock_taking_refetches_only_the_articles_on_the_screen(simulator, tmp_path: Path) -> None:
    shown, other = [a for a in simulator.state.articles() if a.barcode][:2]
    warehouse = simulator.state.warehouses()[0]

    async def scenario() -> None:
        async with store_receiver(tmp_path) as (_, url), client_for(simulator) as client:
            sender = WebhookSender(url, "basic", TOKEN, retries_s=FAST_RETRIES)
            simulator.state.event_listeners.append(sender.send)
            session = CheckoutSession(client)
            await session.start()
            assert shown.barcode and await session.scan(shown.barcode)
            feed = ReceiverFeed(url, TOKEN, wait_s=5)
            events = StockEvents(session, feed)
            task = asyncio.ensure_future(events.run())
            await until(lambda: feed.since is not None)
            asked = inventory_requests(simulator)
            simulator.state.adjust_stock(other.article_number, warehouse.id, 4)
            await until(lambda: len(events.heard) == 1)
            assert inventory_requests(simulator) == asked  # not on the screen: not fetched
            simulator.state.adjust_stock(
                shown.article_number, warehouse.id, -3, count_inventory=True, comment="Shelf"
            )
            await until(lambda: (shown.article_number, warehouse.id) in session.availability().new)
            assert inventory_requests(simulator) == asked + 1
            counted = events.heard[-1]
            assert (counted.kind, counted.is_count_inventory, counted.quantity) == (
                EventKind.INVENTORY,
                True,
                -3.0,
            )
            task.cancel()
            sender.stop()
            await feed.aclose()
            await session.close()

    run(scenario())


def test_the_simulator_retries_until_the_receiver_takes_the_event(
    simulator, tmp_path: Path
) -> None:
    article = simulator.state.articles()[0]

    async def scenario() -> None:
        async with store_receiver(tmp_path, owner=2) as (receiver, url):
            sender = WebhookSender(url, "token", TOKEN, retries_s=FAST_RETRIES)
            simulator.state.event_listeners.append(sender.send)
            simulator.state.adjust_stock(article.article_number, 1, 1)
            await until(lambda: len(sender.deliveries) >= 2)  # refused (403) and retried
            receiver.goods_owner_id = 1  # IT fixed the receiver's goods owner
            await until(lambda: any(d.status == 200 for d in sender.deliveries))
            assert [d.status for d in sender.deliveries][-1] == 200
            assert {d.status for d in sender.deliveries[:-1]} == {403}
            assert receiver.store.count() == 1
            sender.stop()

    run(scenario())


def test_the_simulator_gives_up_after_its_last_retry(simulator, tmp_path: Path) -> None:
    async def scenario() -> None:
        async with store_receiver(tmp_path) as (_, url):
            sender = WebhookSender(
                url, "token", "a-wrong-token-of-32-characters!!", retries_s=(0.01,) * 2
            )
            simulator.state.event_listeners.append(sender.send)
            simulator.state.adjust_stock(simulator.state.articles()[0].article_number, 1, 1)
            await until(lambda: bool(sender.given_up))
            assert [d.status for d in sender.deliveries] == [401, 401, 401]
            sender.stop()

    run(scenario())


def test_without_a_receiver_the_till_polls_ongoing_two_calls_a_round(simulator) -> None:
    order = waiting_order(simulator)
    number = order.lines[0][0]
    counted = simulator.state.articles()[1]

    async def scenario() -> None:
        async with client_for(simulator) as client:
            feed = OngoingPollFeed(client, 60.0, sleep=no_wait)
            assert await feed.next_events() == []
            simulator.state.receive_purchase_order(order.purchase_order_id)
            simulator.state.adjust_stock(counted.article_number, 1, -2)
            events = await feed.next_events()
            assert {(e.kind, e.article_numbers) for e in events} >= {
                (EventKind.PURCHASE_ORDER, tuple(line[0] for line in order.lines)),
                (EventKind.INVENTORY, (counted.article_number,)),
            }
            assert number in {n for e in events for n in e.article_numbers}
            assert await feed.next_events() == []  # asked again (overlap): nothing twice
            assert feed.calls == 6  # 2 a round: 120 an hour at the default 60 s

    run(scenario())


def test_a_receiver_that_refuses_or_is_gone_is_a_feed_error_and_the_loop_goes_on(
    simulator, tmp_path: Path
) -> None:
    import pytest

    from app.services.store_events import FeedError

    async def scenario() -> None:
        async with store_receiver(tmp_path) as (receiver, url):
            wrong = ReceiverFeed(url, "not-the-token-at-all-but-long", wait_s=0)
            with pytest.raises(FeedError, match="401"):
                await wrong.next_events()
            await wrong.aclose()
            feed = ReceiverFeed(url, TOKEN, wait_s=0)
            assert await feed.next_events() == []  # learns where the receiver is
            test = b'{"webhookEventId": "x", "goodsOwnerId": 1}'  # Ongoing's Test button
            assert receiver.handle("POST", "/", {"x-auth-token": TOKEN}, test)[0] == 200
            [event] = await feed.next_events()
            assert event.kind is EventKind.OTHER and not event.changes_stock
            feed.since = 99  # the receiver started a new file since
            assert await feed.next_events() == []
            assert feed.since == 1
            await feed.aclose()
        gone = ReceiverFeed(url, TOKEN, wait_s=0)
        with pytest.raises(FeedError):
            await gone.next_events()
        sleeps: list[float] = []

        async def sleep(seconds: float) -> None:
            sleeps.append(seconds)
            if len(sleeps) == 3:
                raise asyncio.CancelledError

        async with client_for(simulator) as client:
            loop = StockEvents(CheckoutSession(client), gone, sleep=sleep)
            with pytest.raises(asyncio.CancelledError):
                await loop.run()
        assert sleeps == [4.0, 8.0, 16.0]  # backing off, never giving up
        await gone.aclose()

    run(scenario())


def test_stock_taking_before_the_till_started_is_known_from_the_receiver(
    simulator, tmp_path: Path
) -> None:
    async def scenario() -> dict[int, bool]:
        async with store_receiver(tmp_path) as (receiver, url), client_for(simulator) as client:
            for event in (
                payloads.inventory("v-1", count=True)
                | {"inventory": {"inventoryId": 7, "isCountInventory": True}},
                payloads.inventory("v-2", count=False)
                | {"inventory": {"inventoryId": 8, "isCountInventory": False}},
            ):
                assert (
                    receiver.handle(
                        "POST", "/", {"x-auth-token": TOKEN}, json.dumps(event).encode()
                    )[0]
                    == 200
                )
            feed = ReceiverFeed(url, TOKEN, wait_s=0)
            assert await feed.next_events() == []  # started after them: not news
            events = StockEvents(CheckoutSession(client), feed)
            known = await events.stock_taking()
            await feed.aclose()
            return known

    assert run(scenario()) == {7: True, 8: False}
