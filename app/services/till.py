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
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import date
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
from app.services.notices import Notice, TillListeners
from app.services.ongoing_words import describe
from app.services.order_desk import OrderDesk
from app.services.order_tracking import OrderTracker
from app.services.orders import OrderService
from app.services.outbox_sender import OutboxSender
from app.services.short_stock import ShortOrder, orders_lacking_stock
from app.services.storage_notices import damage_notice, orders_unavailable_notice
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
    storage: StorageReport = field(default_factory=StorageReport)

    def __post_init__(self) -> None:
        self.tasks: TaskRegistry = self.checkout.tasks
        self.listeners = TillListeners()
        self.desk = (
            OrderDesk(self.orders, self.checkout, self.tracker, self._notify)
            if self.orders is not None
            else None
        )
        self.sender = (
            OutboxSender(self.orders, self._unsent_changed, sleep=self.checkout.sleep)
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
        self.checkout.listeners = listeners
        self.tasks.start("start", self.checkout.start())
        if self.sender is not None:
            self.tasks.start("outbox", self.sender.run())
        if self.tracker is not None and self.desk is not None:
            desk = self.desk
            self.tasks.start(
                "order-status",
                self.tracker.run(
                    lambda change: self._notify_maybe(desk.pickups.notice_for(change))
                ),
            )

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

    async def orders_lacking_stock(self, warehouse: WarehouseInfo) -> list[ShortOrder]:
        return await orders_lacking_stock(self.client, warehouse.code)

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
        )

    async def close(self) -> None:
        """Let orders in flight finish (they are in the outbox either way), then stop."""
        await self.tasks.wait_group(ORDERS_IN_FLIGHT, ORDER_SHUTDOWN_WAIT_S)
        await self.checkout.close()

    def _notify(self, notice: Notice) -> None:
        self.listeners.notice(notice)

    def _notify_maybe(self, notice: Notice | None) -> None:
        if notice is not None:
            self.listeners.notice(notice)

    def _unsent_changed(self, unsent: list[OutboxEntry]) -> None:
        self.listeners.unsent_changed(unsent)


@asynccontextmanager
async def open_till(
    connection: ConnectionSettings,
    settings: Settings,
    *,
    user_file: Path | None = None,
    damaged_settings: DamagedFile | None = None,
    catalogue_on_disk: bool = True,
) -> AsyncIterator[Till]:
    """The till for this connection; its client is closed when the block ends.

    The catalogue is kept in the data folder (`catalogue_on_disk`), except for the demo,
    whose simulator's catalogue would replace the till's own there.
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
                storage=StorageReport.of(damaged, unavailable),
            )
        finally:
            if outbox is not None:
                outbox.close()
