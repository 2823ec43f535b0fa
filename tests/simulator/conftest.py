"""Clients for the simulator's own HTTP API (its helpers: tests.helpers.simulator_http)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from app.simulator import SimulatorThread
from tests.helpers.simulator_http import TLS


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
