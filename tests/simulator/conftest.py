"""Helpers shared by the simulator tests: a logged-in client and order bodies."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from app.simulator import SimulatorThread
from app.simulator.state import SimArticle

V1 = "/api/v1"
# Loopback is plain HTTP, but httpx builds a TLS context per client; build it once.
TLS = ssl.create_default_context()


@pytest.fixture
def api(simulator: SimulatorThread) -> Iterator[httpx.Client]:
    """A keep-alive client logged in as the simulator's API user."""
    with httpx.Client(
        base_url=simulator.base_url,
        auth=(simulator.api_user, simulator.password),
        timeout=10,
        verify=TLS,
    ) as client:
        yield client


@pytest.fixture
def anonymous(simulator: SimulatorThread) -> Iterator[httpx.Client]:
    """A client without credentials, for the authentication tests."""
    with httpx.Client(base_url=simulator.base_url, timeout=10, verify=TLS) as client:
        yield client


def owner(simulator: SimulatorThread) -> dict[str, int]:
    return {"goodsOwnerId": simulator.goods_owner_id}


def order_body(
    simulator: SimulatorThread,
    number: str,
    article: str,
    quantity: int = 1,
    warehouse: int = 1,
) -> dict[str, Any]:
    return {
        "goodsOwnerId": simulator.goods_owner_id,
        "orderNumber": number,
        "deliveryDate": "2026-11-28T00:00:00",
        "warehouseId": warehouse,
        "consignee": {"name": "Anna Svensson"},
        "orderLines": [{"rowNumber": "1", "articleNumber": article, "numberOfItems": quantity}],
    }


def stocked(simulator: SimulatorThread, warehouse_id: int = 1, at_least: int = 5) -> SimArticle:
    """An article with plenty on the shelf in that warehouse."""
    state = simulator.state
    for article in state.articles():
        if state.stock(article.article_number, warehouse_id).sellable >= at_least:
            return article
    raise AssertionError(f"no article with {at_least} sellable in warehouse {warehouse_id}")
