"""The loopback Ongoing simulator under test: the fixture, clients on it, what it holds.

The `simulator` fixture is registered for every test in tests/conftest.py. The stock finders
read the simulator's own data, so a test never hard-codes an article the demo data may drop.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
import pytest

from app.ongoing.client import OngoingClient
from app.ongoing.retry import RetryPolicy
from app.ongoing.settings import ConnectionSettings
from app.services.ongoing_words import describe
from app.simulator import SimulatorThread, load_demo_state
from app.simulator.state import SimArticle, SimWarehouse
from tests.helpers.clocks import no_wait

INVENTORY = "/articles/inventoryPerWarehouse"


@contextmanager
def running_simulator() -> Iterator[SimulatorThread]:
    """A simulator with fresh demo data, whose orders move on only when the test moves them."""
    state = load_demo_state()
    state.status_step_seconds = None
    with SimulatorThread.start(state=state) as running:
        yield running


@pytest.fixture
def simulator() -> Iterator[SimulatorThread]:
    """A fresh simulator for each test."""
    with running_simulator() as running:
        yield running


@contextmanager
def started_again(stopped: SimulatorThread) -> Iterator[SimulatorThread]:
    """A stopped simulator back on its own port with its data and faults: Ongoing answers
    again at the address the till knows (real loopback HTTP, nothing swapped)."""
    port = urlsplit(stopped.base_url).port
    assert port is not None
    with SimulatorThread.start(
        state=stopped.state,
        faults=stopped.faults,
        port=port,
        api_user=stopped.api_user,
        password=stopped.password,
        goods_owner_id=stopped.goods_owner_id,
    ) as running:
        yield running


def connection_to(
    simulator: SimulatorThread, *, goods_owner_id: int | None = None, password: str | None = None
) -> ConnectionSettings:
    """The settings a till would hold for this simulator (or a wrong owner or password)."""
    return ConnectionSettings.from_target(
        simulator.base_url,
        goods_owner_id or simulator.goods_owner_id,
        simulator.api_user,
        password or simulator.password,
    )


def client_for(simulator: SimulatorThread) -> OngoingClient:
    """A client as the till builds it: real retries and waits, the cashier's words."""
    return OngoingClient(connection_to(simulator), words=describe)


def fast_client(simulator: SimulatorThread, read_timeout: float = 5.0) -> OngoingClient:
    """A client that retries at once and gives up on a silent simulator after `read_timeout`."""
    return OngoingClient(
        connection_to(simulator),
        retry_policy=RetryPolicy(jitter=lambda: 0.0),
        sleep=no_wait,
        timeout=httpx.Timeout(read_timeout, connect=2.0),
        words=describe,
    )


def inventory_requests(simulator: SimulatorThread) -> int:
    """How many stock requests the simulator has answered."""
    return sum(1 for r in simulator.requests if r.path == INVENTORY)


def stocked(
    simulator: SimulatorThread,
    at_least: int = 3,
    *,
    barcode: bool = False,
    warehouse_id: int | None = None,
    priced: bool = False,
) -> tuple[SimArticle, SimWarehouse]:
    """The first article, and a warehouse, with at least this many sellable there.

    `barcode`: only articles with a main barcode (to scan); `warehouse_id`: only that one;
    `priced`: only articles with a customer price.
    """
    state = simulator.state
    for article in state.articles():
        if (barcode and not article.barcode) or (priced and article.price is None):
            continue
        for warehouse in state.warehouses():
            if warehouse_id not in (None, warehouse.id):
                continue
            if state.stock(article.article_number, warehouse.id).sellable >= at_least:
                return article, warehouse
    raise AssertionError(f"the demo data has no article with {at_least} sellable")


@dataclass(frozen=True)
class Scannable:
    """A stocked article as a scan sees it: the number the till sells, the code it reads."""

    article_number: str
    barcode: str


def stocked_article(simulator: SimulatorThread, at_least: int = 1) -> Scannable:
    """An article to scan: a main barcode, and this many sellable in some warehouse."""
    article, _ = stocked(simulator, at_least, barcode=True)
    assert article.barcode is not None
    return Scannable(article.article_number, article.barcode)


def stocked_in(simulator: SimulatorThread, warehouse_id: int = 1, at_least: int = 5) -> SimArticle:
    """An article with plenty on the shelf in that warehouse."""
    article, _ = stocked(simulator, at_least, warehouse_id=warehouse_id)
    return article


@dataclass(frozen=True)
class SplitStock:
    """Two articles no single warehouse has both of: `first` only in `warehouses[0]`,
    `second` only in `warehouses[1]`, five of each."""

    first: SimArticle
    second: SimArticle
    warehouses: tuple[SimWarehouse, SimWarehouse]


def split_across(simulator: SimulatorThread) -> SplitStock:
    """Stock the simulator so that a basket of both articles needs a split."""
    first, second = [a for a in simulator.state.articles() if a.barcode][:2]
    warehouses = simulator.state.warehouses()
    for warehouse in warehouses:
        simulator.state.set_stock(first.article_number, warehouse.id, 0)
        simulator.state.set_stock(second.article_number, warehouse.id, 0)
    simulator.state.set_stock(first.article_number, warehouses[0].id, 5)
    simulator.state.set_stock(second.article_number, warehouses[1].id, 5)
    return SplitStock(first, second, (warehouses[0], warehouses[1]))
