"""Goods arriving to figures refreshed on the till: with the store's receiver, and polling.

Run: `make bench-events` (or `.venv/bin/python -m benchmarks.store_events --events 40`).
A simulator (in this process, so the warehouse can be driven) posts its webhooks through
its sender to a real `tillside webhooks` receiver on loopback; a checkout session holding
the article long-polls the receiver. Each round counts one shelf at the simulated warehouse
and times it until the till has fetched the figures again and marked them new. Then the
same with no receiver: the till polls Ongoing every `--poll-seconds` (default 2; the
figure scales with the interval: on average half of it, at worst all of it, plus a round
trip), and the API calls it makes per hour are counted and scaled to the default 60 s.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
import time
from pathlib import Path

from app.ongoing.client import OngoingClient
from app.ongoing.settings import ConnectionSettings
from app.services.checkout import CheckoutSession
from app.services.store_events import EventFeed, OngoingPollFeed, ReceiverFeed, StockEvents
from app.simulator import SimulatorThread, load_demo_state
from app.simulator.webhook_sender import WebhookSender
from app.webhooks.receiver import WebhookReceiver
from app.webhooks.store import WebhookStore
from benchmarks.common import summary_ms

TOKEN = "benchmark-token-of-32-characters"


async def rounds(
    simulator: SimulatorThread,
    count: int,
    url: str,
    poll_s: float,
) -> tuple[list[float], int, float]:
    """Seconds from each count to the till's figures marked new; requests made; elapsed."""
    settings = ConnectionSettings.from_target(
        simulator.base_url, simulator.goods_owner_id, simulator.api_user, simulator.password
    )
    state = simulator.state
    article = next(a for a in state.articles() if a.barcode)
    warehouse = state.warehouses()[0]
    async with OngoingClient(settings) as client:
        session = CheckoutSession(client)
        await session.start()
        assert article.barcode and await session.scan(article.barcode)
        feed: EventFeed = ReceiverFeed(url, TOKEN) if url else OngoingPollFeed(client, poll_s)
        events = StockEvents(session, feed)
        task = asyncio.ensure_future(events.run())
        while url and getattr(feed, "since", None) is None:
            await asyncio.sleep(0.001)
        if not url:
            await asyncio.sleep(0.05)  # the poller has taken its start time
        simulator.requests.clear()
        samples: list[float] = []
        started = time.perf_counter()
        for _ in range(count):
            before = events.applied
            session.stock.marked_new.clear()
            if not url:  # goods arrive at any moment of the poller's interval
                await asyncio.sleep(random.uniform(0, poll_s))
            changed = time.perf_counter()
            state.adjust_stock(article.article_number, warehouse.id, 1, count_inventory=True)
            while not (
                events.applied > before and article.article_number in session.stock.marked_new
            ):
                await asyncio.sleep(0.001)
            samples.append(time.perf_counter() - changed)
        elapsed = time.perf_counter() - started
        requests = len(simulator.requests)
        task.cancel()
        if isinstance(feed, ReceiverFeed):
            await feed.aclose()
        await session.close()
    return samples, requests, elapsed


async def with_receiver(simulator: SimulatorThread, count: int) -> list[float]:
    with tempfile.TemporaryDirectory() as folder:
        store = WebhookStore(Path(folder) / "webhooks.sqlite")
        receiver = WebhookReceiver(TOKEN, store, goods_owner_id=simulator.goods_owner_id)
        port = await receiver.start("127.0.0.1", 0)
        url = f"http://127.0.0.1:{port}"
        sender = WebhookSender(url + "/ongoing", "token", TOKEN)
        simulator.state.event_listeners.append(sender.send)
        try:
            samples, _, _ = await rounds(simulator, count, url, 0)
        finally:
            simulator.state.event_listeners.remove(sender.send)
            sender.stop()
            await receiver.stop()
            store.close()
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=40)
    parser.add_argument("--poll-seconds", type=float, default=2.0)
    parser.add_argument("--polled-events", type=int, default=10)
    args = parser.parse_args()
    random.seed(7)
    state = load_demo_state()
    state.status_step_seconds = None
    with SimulatorThread.start(state=state) as simulator:
        received = asyncio.run(with_receiver(simulator, args.events))
        p50, p95 = summary_ms(received)
        print(
            f"with the receiver: {args.events} stock counts, count to figures marked new "
            f"p50 {p50:.1f} ms, p95 {p95:.1f} ms"
        )
        polled, requests, elapsed = asyncio.run(
            rounds(simulator, args.polled_events, "", args.poll_seconds)
        )
        p50, p95 = summary_ms(polled)
        print(
            f"polling every {args.poll_seconds:g} s: {args.polled_events} stock counts, "
            f"p50 {p50:.0f} ms, p95 {p95:.0f} ms"
        )
        events_calls = sum(
            1 for r in simulator.requests if r.path in ("/inventoryAdjustments", "/purchaseOrders")
        )
        per_hour = events_calls / elapsed * 3600
        scaled = per_hour * args.poll_seconds / 60
        print(
            f"polling: {events_calls} event calls ({requests} requests with the stock "
            f"refetches) in {elapsed:.1f} s = {per_hour:.0f} an hour at {args.poll_seconds:g} s; "
            f"at the default 60 s: {scaled:.0f} an hour"
        )


if __name__ == "__main__":
    main()
