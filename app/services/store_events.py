"""Goods received and stock-taking reach the till: from the store's receiver, or by polling.

A till set up with the receiver's address (`events.receiver_url`) long-polls its `/events`
and hears an event within a moment of Ongoing posting it. A till without one asks Ongoing
itself every `events.poll_seconds` (two calls: stock adjustments, and purchase orders that
became received), at most 2 x 3600 / poll_seconds calls an hour. Either way, the figures on
the screen of the articles concerned are fetched again and marked new.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

import httpx

from app.domain import purchase_order_status
from app.domain.webhook_events import EventKind, StoreEvent, read_event
from app.ongoing.client import OngoingClient
from app.ongoing.errors import OngoingError
from app.services.checkout import CheckoutSession
from app.services.polling import Backoff, asked_wait

log = logging.getLogger(__name__)

RECEIVER_WAIT_S = 25.0  # the receiver holds a long poll at most this long
FIRST_RETRY_S = 2.0
MAX_RETRY_S = 60.0
POLL_OVERLAP = timedelta(minutes=2)  # asked again, in case Ongoing's clock is behind ours
HEARD_KEPT = 500
POLLED = "poll-"  # the event ids polling makes up (no webhook said what they were)


class FeedError(Exception):
    """The receiver did not answer as it should; the loop waits and asks again."""


class EventFeed(Protocol):
    async def next_events(self) -> list[StoreEvent]: ...

    async def history(self) -> list[StoreEvent]:
        """Every event the source still keeps (the receiver: two days), for views that need
        more than what this till heard since it started."""
        ...

    async def aclose(self) -> None: ...


@dataclass
class ReceiverFeed:
    """The store's `tillside webhooks`, asked with a long poll (`GET /events`)."""

    base_url: str
    token: str = field(repr=False)  # a secret: never in a log line or a traceback
    wait_s: float = RECEIVER_WAIT_S
    since: int | None = None  # None until the receiver said where it is
    http: httpx.AsyncClient = field(default_factory=lambda: httpx.AsyncClient(timeout=10.0))

    async def next_events(self) -> list[StoreEvent]:
        if self.since is None:  # what happened before this till started is not news
            self.since = int((await self._ask(0, 0.0))["last"])
            return []
        answer = await self._ask(self.since, self.wait_s)
        last = int(answer["last"])
        if last < self.since:  # the receiver started a new file: follow it from here
            log.info("event=store_events_restarted since=%d last=%d", self.since, last)
            self.since = last
            return []
        events = self._read(answer)
        self.since = max([self.since, *(e.sequence for e in events)])
        return events

    async def history(self) -> list[StoreEvent]:
        kept: list[StoreEvent] = []
        since = 0
        while True:
            page = self._read(await self._ask(since, 0.0))
            if not page:
                return kept
            kept += page
            since = max(e.sequence for e in page)

    @staticmethod
    def _read(answer: dict[str, Any]) -> list[StoreEvent]:
        events = []
        for item in answer["events"]:
            try:
                received_at = datetime.fromisoformat(str(item["receivedAt"]))
                payload = item["event"]
                if not isinstance(payload, dict):
                    raise TypeError
                event = read_event(
                    int(item["sequence"]), str(item["eventId"]), received_at, payload
                )
            except (ValueError, KeyError, TypeError):
                raise FeedError("an event the receiver sent cannot be read") from None
            events.append(event)
        return events

    async def _ask(self, since: int, wait: float) -> dict[str, Any]:
        url = self.base_url.rstrip("/") + "/events"
        try:
            response = await self.http.get(
                url,
                params={"since": since, "wait": wait},
                headers={"X-Auth-Token": self.token},
                timeout=wait + 10.0,
            )
        except httpx.HTTPError as error:
            raise FeedError(type(error).__name__) from None
        if response.status_code != 200:
            raise FeedError(f"status {response.status_code}")
        try:
            answer = response.json()
            if not isinstance(answer, dict) or not isinstance(answer.get("events"), list):
                raise ValueError
            int(answer["last"])
        except (ValueError, KeyError, TypeError):
            raise FeedError("not the receiver's answer") from None
        return answer

    async def aclose(self) -> None:
        await self.http.aclose()


@dataclass
class OngoingPollFeed:
    """No receiver: ask Ongoing every `interval_s` what was adjusted or received since."""

    client: OngoingClient
    interval_s: float
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    since: datetime | None = None
    calls: int = 0
    _seen: set[tuple[str, int, str]] = field(default_factory=set)
    _sequence: int = 0

    async def history(self) -> list[StoreEvent]:
        return []  # Ongoing's answers do not say which adjustments were stock-taking

    async def aclose(self) -> None:
        """Nothing of its own to close: it asks through the till's client."""

    async def next_events(self) -> list[StoreEvent]:
        if self.since is None:
            self.since = self.clock()
        await self.sleep(self.interval_s)
        asked_at = self.clock()
        start = self.since - POLL_OVERLAP
        self.calls += 2
        lines = await self.client.get_inventory_adjustments(start)
        received = await self.client.get_purchase_orders(
            status_from=purchase_order_status.RECEIVED,
            status_to=purchase_order_status.CANCELLED - 1,
            status_changed_from=start,
        )
        self.since = asked_at
        events = [e for line in lines for e in self._adjustments(line, asked_at)]
        events += [e for order in received for e in self._received(order, asked_at)]
        return events

    def _new(self, key: tuple[str, int, str]) -> bool:
        if key in self._seen:
            return False
        self._seen.add(key)
        return True

    def _event(self, event_id: str, at: datetime, **facts: Any) -> StoreEvent:
        self._sequence += 1
        defaults: dict[str, Any] = {
            "sent_at": "",
            "article_numbers": (),
            "warehouse_id": None,
            "warehouse_code": None,
            "purchase_order_id": None,
            "purchase_order_number": None,
            "quantity": None,
            "is_count_inventory": False,  # only the webhook tells stock-taking apart
            "comment": "",
        }
        return StoreEvent(
            sequence=self._sequence, event_id=event_id, received_at=at, **(defaults | facts)
        )

    def _adjustments(self, line: Any, at: datetime) -> list[StoreEvent]:
        number = line.article.article_number if line.article else None
        events = []
        for adjustment in line.inventory_adjustments or []:
            if adjustment is None or adjustment.inventory_id is None or not number:
                continue
            if not self._new(("inventory", adjustment.inventory_id, number)):
                continue
            warehouse = adjustment.warehouse
            events.append(
                self._event(
                    f"{POLLED}inventory-{adjustment.inventory_id}-{number}",
                    at,
                    kind=EventKind.INVENTORY,
                    article_numbers=(number,),
                    warehouse_id=warehouse.id if warehouse else None,
                    warehouse_code=warehouse.code if warehouse else None,
                    quantity=float(adjustment.number_of_items),
                    comment=adjustment.inventory_item_comment or "",
                    inventory_id=adjustment.inventory_id,
                )
            )
        return events

    def _received(self, order: Any, at: datetime) -> list[StoreEvent]:
        info = order.purchase_order_info
        if info is None or not self._new(("purchase", info.purchase_order_id, "received")):
            return []
        numbers = tuple(
            line.article.article_number
            for line in order.purchase_order_lines or []
            if line is not None and line.article and line.article.article_number
        )
        return [
            self._event(
                f"{POLLED}purchase-{info.purchase_order_id}",
                at,
                kind=EventKind.PURCHASE_ORDER,
                article_numbers=numbers,
                warehouse_id=info.warehouse.id if info.warehouse else None,
                warehouse_code=info.warehouse.code if info.warehouse else None,
                purchase_order_id=info.purchase_order_id,
                purchase_order_number=info.purchase_order_number,
            )
        ]


@dataclass
class StockEvents:
    """Hears the store's events and refreshes what they concern on this till's screen."""

    checkout: CheckoutSession
    feed: EventFeed
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    # told of every batch heard, after the figures are refreshed (an open view asks again)
    watchers: list[Callable[[list[StoreEvent]], None]] = field(default_factory=list)
    heard: deque[StoreEvent] = field(default_factory=lambda: deque(maxlen=HEARD_KEPT))
    applied: int = 0  # events whose figures are refreshed (or concerned nothing shown)

    async def run(self) -> None:
        backoff = Backoff(FIRST_RETRY_S, MAX_RETRY_S, sleep=self.sleep)
        while True:
            try:
                events = await self.feed.next_events()
                if events:
                    await self.apply(events)
            except (FeedError, OngoingError) as error:
                log.info("event=store_events_failed error=%s", type(error).__name__)
                backoff.failed(asked_wait(error) if isinstance(error, OngoingError) else 0.0)
                await backoff.wait()
                continue
            except Exception as error:  # a bug must not leave the till deaf for the day
                log.error("event=store_events_broken error=%s", type(error).__name__)
                backoff.failed()
                await backoff.wait()
                continue
            backoff.succeeded()

    async def apply(self, events: list[StoreEvent]) -> set[str]:
        """Refresh the shown figures of every article these events concern."""
        self.heard.extend(events)
        numbers: set[str] = set()
        for event in events:
            if not event.changes_stock:
                continue
            numbers.update(event.article_numbers)
            if event.kind is EventKind.PURCHASE_ORDER and not event.article_numbers:
                numbers.update(await self._lines_of(event.purchase_order_id))
        log.info("event=store_events_heard count=%d articles=%d", len(events), len(numbers))
        try:
            return await self.checkout.refresh_changed(numbers)
        finally:
            self.applied += len(events)
            for watcher in list(self.watchers):
                watcher(events)

    async def stock_taking(self) -> dict[int, bool]:
        """Per inventory id an inventory webhook named (heard, or kept by the receiver): was
        it stock-taking? Polling cannot tell, so its events say nothing."""
        events = list(self.heard)
        try:
            events += await self.feed.history()
        except FeedError as error:
            log.info("event=store_events_history_failed error=%s", error)
        return {
            e.inventory_id: e.is_count_inventory
            for e in events
            if e.kind is EventKind.INVENTORY
            and e.inventory_id is not None
            and not e.event_id.startswith(POLLED)
        }

    async def _lines_of(self, purchase_order_id: int | None) -> set[str]:
        """A purchase order event names no article: read its lines (Ongoing's advice)."""
        if purchase_order_id is None:
            return set()
        orders = await self.checkout.client.get_purchase_orders(
            purchase_order_id_from=purchase_order_id, max_purchase_orders=1
        )
        return {
            line.article.article_number
            for order in orders
            if order.purchase_order_info
            and order.purchase_order_info.purchase_order_id == purchase_order_id
            for line in order.purchase_order_lines or []
            if line is not None and line.article and line.article.article_number
        }
