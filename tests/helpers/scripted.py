"""Test doubles for the Ongoing client: a scripted `httpx.MockTransport` in place of Ongoing."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from app.ongoing.client import OngoingClient
from app.ongoing.retry import CircuitBreaker, RetryPolicy
from app.ongoing.settings import ConnectionSettings
from app.services.ongoing_words import describe
from tests.helpers.clocks import ManualClock, Sleeps

PASSWORD = "pw-Zq9!secret"
API_USER = "WSI-TEST"
GOODS_OWNER_ID = 7
BASE = "https://ongoing.test/demo/api/v1/"
PREFIX = "/demo/api/v1"
# What Ongoing answers (HTTP 400) to a change of an order the warehouse has started on.
LOCKED = (
    "The order cannot be updated because the warehouse has started working on it "
    "(status Released). "
)

# What the script may hold per request: a response, an exception to raise, or a function.
Step = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def settings(password: str = PASSWORD, target: str = BASE) -> ConnectionSettings:
    """The test goods owner's connection, to the scripted Ongoing unless told another target."""
    return ConnectionSettings.from_target(target, GOODS_OWNER_ID, API_USER, password)


def reply(
    status: int = 200, body: Any = None, headers: dict[str, str] | None = None
) -> httpx.Response:
    """A JSON answer (or, for a `str` body, an HTML page)."""
    if isinstance(body, str):
        return httpx.Response(
            status, content=body.encode(), headers={"Content-Type": "text/html", **(headers or {})}
        )
    return httpx.Response(status, json=body, headers=headers)


class Script:
    """Answers requests from a fixed list; an unexpected extra request fails the test."""

    def __init__(self, *steps: Step) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if not self.steps:
            pytest.fail(f"unexpected request {request.method} {request.url}")
        step = self.steps.pop(0)
        if isinstance(step, Exception):
            raise step
        if isinstance(step, httpx.Response):
            return step
        return step(request)

    @property
    def paths(self) -> list[str]:
        return [r.url.path.removeprefix(PREFIX) for r in self.requests]

    def bodies(self) -> list[Any]:
        return [json.loads(r.content) if r.content else None for r in self.requests]


def client(
    handler: Callable[[httpx.Request], Any],
    *,
    sleeps: Sleeps | None = None,
    retry_policy: RetryPolicy | None = None,
    circuit: CircuitBreaker | None = None,
    password: str = PASSWORD,
) -> OngoingClient:
    return OngoingClient(
        settings(password),
        transport=httpx.MockTransport(handler),
        retry_policy=retry_policy or RetryPolicy(jitter=lambda: 0.5),
        circuit=circuit or CircuitBreaker(clock=ManualClock()),
        sleep=sleeps or Sleeps(),
        words=describe,  # as the till builds it: errors carry the cashier's words
    )
