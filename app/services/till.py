"""The till as one object: everything its window talks to, built once, closed once.

A front end's composition root (app/ui/start/till.py for the window, the command line's
sub-commands for theirs) makes the `Till` with `open_till`; the window gets it with
`attach(till)` and asks it, never the client or the files behind it. It owns the Ongoing
client, the catalogue and checkout session, the order service and its desk, the outbox
sender, the status tracker, the task registry and the settings, and it says which of this
PC's files failed at start. Shaped after git-cola's `ApplicationContext` and FeelUOwn's `App`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from app.config.settings import Settings
from app.domain.stock import WarehouseInfo
from app.domain.texts import Text
from app.files.damaged import DamagedFile
from app.files.locations import basket_path, catalogue_path
from app.ongoing.client import OngoingClient
from app.ongoing.settings import ConnectionSettings
from app.persistence.json_file import JsonFile
from app.persistence.outbox import Outbox, OutboxEntry, open_default_outbox
from app.persistence.storage_errors import StorageError
from app.services.catalogue import Catalogue
from app.services.checkout import CheckoutSession
from app.services.disk_catalogue import DiskCatalogue, source_of
from app.services.incoming import IncomingOrder, incoming_goods
from app.services.notices import ConnectionState, Notice, TillListeners
from app.services.ongoing_words import describe
from app.services.order_desk import OrderDesk
from app.services.order_tracking import OrderTracker
from app.services.orders import OrderService
from app.services.outbox_sender import OutboxSender
from app.services.received_goods import ReceivedLine, received_since
from app.services.return_notices import received_notice
from app.services.return_tracking import ReturnReceived, ReturnTracker
from app.services.returns import RETURN_KIND
from app.services.short_stock import ShortOrder, orders_lacking_stock
from app.services.stock_taking import Adjustment, adjustments_since, mark_reported, write_csv
from app.services.storage_notices import damage_notice, orders_unavailable_notice
from app.services.store_events import OngoingPollFeed, ReceiverFeed, StockEvents
from app.services.task_groups import ORDERS_IN_FLIGHT
from app.services.tasks import TaskRegistry

log = logging.getLogger(__name__)

ORDER_SHUTDOWN_WAIT_S = 10.0  # an order in flight gets this long to be confirmed on close


@dataclass(frozen=True, slots=True)
class StorageReport:
    """This PC's files at start: what was found damaged, and why no order can be placed."""

    problems: tuple[Text, ...] = ()
    orders_unavailable: Text | None = None

    @classmethod
    def of(
        cls, damaged: list[DamagedFile], unavailable: StorageError | None = None
    ) -> StorageReport:
        return cls(
            tuple(damage_notice(d) for d in damaged),
            orders_unavailable_notice(unavailable) if unavailable else None,
        )


@dataclass
class Till:
    client: OngoingClient
    checkout: CheckoutSession
    orders: OrderService | None = None
    tracker: OrderTracker | None = None
    settings: Settings = field(default_factory=Settings)
    user_file: Path | None = None  # the settings file F11 and Ctrl+L write; None in the demo
    # where each setting's value came from ("store.till_id" -> a file, or "environment"):
    # F11 shows what the environment or IT's machine file sets as set there
    setting_origins: Mapping[str, str] = field(default_factory=dict)
    storage: StorageReport = field(default_factory=StorageReport)
    # goods received and stock-taking: from the store's receiver, or by polling Ongoing
    events: StockEvents | None = None
    # the till's returns, followed until the warehouse has received them
    returns: ReturnTracker | None = None

    def __post_init__(self) -> None:
        self.tasks: TaskRegistry = self.checkout.tasks
        self.listeners = TillListeners()
        self.desk = (
            OrderDesk(self.orders, self.checkout, self.tracker, self._notify)
            if self.orders is not None
            else None
        )
        self.sender = (
            OutboxSender(
                self.orders,
                self._unsent_changed,
                sent=self._sent_by_itself,
                sleep=self.checkout.sleep,
            )
            if self.orders is not None
            else None
        )

    @classmethod
    def for_client(cls, client: OngoingClient, **parts: object) -> Till:
        """A till with a checkout session of its own (its basket kept beside the outbox)."""
        checkout = CheckoutSession(client, basket_file=JsonFile(basket_path()))
        return cls(client, checkout, **parts)  # type: ignore[arg-type]

    def start(self, listeners: TillListeners) -> None:
        """Load the catalogue, send what waits, follow the orders placed: all in the background."""
        self.listeners = listeners
        self.checkout.listeners = replace(listeners, connection_changed=self._connection_changed)
        self.tasks.start("start", self.checkout.start())
        if self.sender is not None:
            self.tasks.start("outbox", self.sender.run())
        if self.events is not None:
            self.tasks.start("store-events", self.events.run())
        if self.tracker is not None and self.desk is not None:
            desk = self.desk
            self.tasks.start(
                "order-status",
                self.tracker.run(
                    lambda change: self._notify_maybe(desk.pickups.notice_for(change))
                ),
            )
        if self.returns is not None:
            self.tasks.start("return-status", self.returns.run(self._return_received))

    def follow_returns(self) -> None:
        """A return was just confirmed (the return desk): follow it until it is received."""
        if self.returns is not None:
            self.returns.wake()

    def apply_settings(self, settings: Settings) -> None:
        """Store and display settings take effect at once (the scanner's timing is the UI's)."""
        self.settings = settings
        self.checkout.preference = settings.store.preference()
        self.checkout.stale_after = settings.display.stale_after
        self.checkout.currency = settings.store.currency
        if self.orders is not None:
            self.orders.use_store(settings.store)

    def store_warehouse(self) -> WarehouseInfo | None:
        """The store's own warehouse in Ongoing (store.store_warehouse), once known."""
        code = self.settings.store.store_warehouse
        return next(
            (w for w in self.checkout.catalogue.warehouses.values() if w.code == code), None
        )

    def sells_over_the_counter(self) -> WarehouseInfo | None:
        """The warehouse sales over the counter come from, when this till makes them."""
        if self.orders is None or not self.settings.store.store_sale:
            return None
        return self.store_warehouse()

    def article_name(self, article_number: str) -> str:
        """The local catalogue's name for an article, for lists where Ongoing leaves it out."""
        article = self.checkout.catalogue.by_number(article_number)
        return article.name if article is not None else ""

    async def orders_lacking_stock(self, warehouse: WarehouseInfo) -> list[ShortOrder]:
        return await orders_lacking_stock(self.client, warehouse.code, self.article_name)

    async def incoming_goods(
        self,
        warehouse: WarehouseInfo,
        low: int | None,
        high: int | None,
        since: date | None,
        until: date | None,
    ) -> list[IncomingOrder]:
        return await incoming_goods(
            self.client,
            warehouse.code,
            status_from=low,
            status_to=high,
            expected_from=since,
            expected_to=until,
            names=self.article_name,
        )

    async def received_today(self, warehouse: WarehouseInfo) -> list[ReceivedLine]:
        """Goods put in at this warehouse since midnight, this PC's time."""
        midnight = datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
        return await received_since(self.client, warehouse.code, midnight, self.article_name)

    async def stock_adjustments(self, warehouse: WarehouseInfo, since: date) -> list[Adjustment]:
        """Adjustments at this warehouse since the start of that day, stock-taking marked
        where an event said so."""
        start = datetime(since.year, since.month, since.day).astimezone()
        counted = await self.events.stock_taking() if self.events is not None else {}
        return await adjustments_since(self.client, warehouse.id, start, counted, self.article_name)

    async def export_adjustments(self, adjustments: list[Adjustment], path: Path) -> int:
        """The CSV for the bookkeeping (OSError when it cannot be written); then, only with
        events.mark_reported, each marked reported in Ongoing: how many were marked."""
        await asyncio.to_thread(write_csv, adjustments, path)
        log.info("event=adjustments_exported count=%d", len(adjustments))
        if not self.settings.events.mark_reported:
            return 0
        return await mark_reported(self.client, adjustments)

    async def close(self) -> None:
        """Let orders in flight finish (they are in the outbox either way), then stop."""
        await self.tasks.wait_group(ORDERS_IN_FLIGHT, ORDER_SHUTDOWN_WAIT_S)
        await self.checkout.close()
        if self.events is not None:
            await self.events.feed.aclose()

    def _connection_changed(self, state: ConnectionState) -> None:
        self.listeners.connection_changed(state)
        if state.online and self.sender is not None:
            self.sender.wake()  # orders taken while Ongoing was away go now

    def _notify(self, notice: Notice) -> None:
        self.listeners.notice(notice)

    def _notify_maybe(self, notice: Notice | None) -> None:
        if notice is not None:
            self.listeners.notice(notice)

    def _sent_by_itself(self, before: OutboxEntry, after: OutboxEntry) -> None:
        """The outbox sender got an order or a return through (or stuck)."""
        if self.desk is not None:
            self.desk.sent_by_itself(before, after)
        if after.kind == RETURN_KIND and after.ongoing_order_id is not None:
            self.follow_returns()

    def _return_received(self, news: ReturnReceived) -> None:
        self.listeners.notice(received_notice(news, self.settings.store))

    def _unsent_changed(self, unsent: list[OutboxEntry]) -> None:
        self.listeners.unsent_changed(unsent)


@asynccontextmanager
async def open_till(
    connection: ConnectionSettings,
    settings: Settings,
    *,
    user_file: Path | None = None,
    damaged_settings: DamagedFile | None = None,
    setting_origins: Mapping[str, str] | None = None,
    events_token: str = "",
    catalogue_on_disk: bool = True,
) -> AsyncIterator[Till]:
    """The till for this connection; its client is closed when the block ends.

    `events_token` is the store receiver's token (TILLSIDE_WEBHOOK_TOKEN), used when
    `events.receiver_url` is set. The catalogue is kept in the data folder
    (`catalogue_on_disk`), except for the demo, whose simulator's catalogue would replace the
    till's own there.
    """
    damaged = [damaged_settings] if damaged_settings else []
    unavailable: StorageError | None = None
    outbox: Outbox | None = None
    try:  # it may set a damaged file aside and salvage it: in a worker thread
        outbox = await asyncio.to_thread(open_default_outbox)
        damaged += [outbox.damage] if outbox.damage else []
    except StorageError as error:
        log.error("event=outbox_unavailable problem=%s", error.problem.value)
        unavailable = error
    async with OngoingClient(connection, words=describe) as client:
        basket_file = JsonFile(basket_path())
        source = source_of(connection.base_url, connection.goods_owner_id)
        catalogue = DiskCatalogue(source, catalogue_path()) if catalogue_on_disk else Catalogue()
        checkout = CheckoutSession(
            client,
            catalogue=catalogue,
            basket_file=basket_file,
            preference=settings.store.preference(),
            stale_after=settings.display.stale_after,
            currency=settings.store.currency,
        )
        damaged += [basket_file.damage] if basket_file.damage else []
        try:
            yield Till(
                client,
                checkout,
                orders=OrderService(client, outbox, settings.store) if outbox else None,
                tracker=OrderTracker(client),
                settings=settings,
                user_file=user_file,
                setting_origins=setting_origins or {},
                storage=StorageReport.of(damaged, unavailable),
                events=stock_events(settings, client, checkout, events_token),
                returns=ReturnTracker(client, outbox) if outbox else None,
            )
        finally:
            if outbox is not None:
                outbox.close()


def stock_events(
    settings: Settings, client: OngoingClient, checkout: CheckoutSession, token: str
) -> StockEvents:
    """The receiver when one is set up (and its token given), else polling Ongoing."""
    url = settings.events.receiver_url
    if url and token:
        log.info("event=store_events_from source=receiver")
        return StockEvents(checkout, ReceiverFeed(url, token))
    if url:
        log.warning("event=store_events_from source=polling reason=no_token")
    return StockEvents(checkout, OngoingPollFeed(client, settings.events.poll_seconds))
