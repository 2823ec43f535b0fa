"""The receiver's rules, request by request: authentication, goods owner, duplicates, size."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.webhooks.receiver import MAX_BODY, WebhookReceiver
from app.webhooks.store import WebhookStore
from tests.webhooks import payloads

TOKEN = "a-shared-token-of-32-characters!"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[WebhookStore]:
    kept = WebhookStore(tmp_path / "webhooks.sqlite")
    yield kept
    kept.close()


def post(receiver: WebhookReceiver, event: Any, target: str = "/hook", **headers: str) -> int:
    body = event if isinstance(event, bytes) else json.dumps(event).encode()
    return receiver.handle("POST", target, {k.lower(): v for k, v in headers.items()}, body)[0]


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def test_every_way_ongoing_authenticates_is_taken(store: WebhookStore) -> None:
    receiver = WebhookReceiver(TOKEN, store)
    assert post(receiver, payloads.inventory("a"), **{"X-Auth-Token": TOKEN}) == 200
    assert post(receiver, payloads.inventory("b"), Authorization=basic("ongoing", TOKEN)) == 200
    assert post(receiver, payloads.inventory("c"), f"/hook?token={TOKEN}") == 200
    assert post(receiver, payloads.inventory("d"), Authorization=f"Bearer {TOKEN}") == 200
    assert store.count() == 4


def test_anything_else_gets_401_and_nothing_is_kept(store: WebhookStore) -> None:
    received: list[dict[str, Any]] = []
    receiver = WebhookReceiver(TOKEN, store, received.append)
    wrong = TOKEN[:-1] + "?"
    assert post(receiver, payloads.inventory()) == 401
    assert post(receiver, payloads.inventory(), **{"X-Auth-Token": wrong}) == 401
    assert post(receiver, payloads.inventory(), **{"X-Auth-Token": TOKEN + "x"}) == 401
    assert post(receiver, payloads.inventory(), Authorization=basic(TOKEN, "")) == 401
    assert post(receiver, payloads.inventory(), Authorization="Basic %%%") == 401
    assert post(receiver, payloads.inventory(), f"/hook?token={wrong}") == 401
    assert post(receiver, payloads.inventory(), "/hook?token=") == 401
    assert store.count() == 0
    assert received == []


def test_a_repeat_gets_200_and_is_passed_on_once(store: WebhookStore) -> None:
    received: list[dict[str, Any]] = []
    receiver = WebhookReceiver(TOKEN, store, received.append)
    for _ in range(3):  # Ongoing's retries after 1, 5, 15 minutes
        assert post(receiver, payloads.inbound("i-7"), **{"X-Auth-Token": TOKEN}) == 200
    assert [e["webhookEventId"] for e in received] == ["i-7"]


def test_another_goods_owners_event_is_refused(store: WebhookStore) -> None:
    receiver = WebhookReceiver(TOKEN, store, goods_owner_id=1)
    other = payloads.inventory() | {"goodsOwnerId": 2}
    assert post(receiver, other, **{"X-Auth-Token": TOKEN}) == 403
    assert (
        post(receiver, payloads.inventory() | {"goodsOwnerId": True}, **{"X-Auth-Token": TOKEN})
        == 403
    )
    missing = {k: v for k, v in payloads.inventory().items() if k != "goodsOwnerId"}
    assert post(receiver, missing, **{"X-Auth-Token": TOKEN}) == 403
    assert post(receiver, payloads.inventory(), **{"X-Auth-Token": TOKEN}) == 200
    assert store.count() == 1


def test_malformed_bodies_get_a_clear_4xx(store: WebhookStore) -> None:
    receiver = WebhookReceiver(TOKEN, store)
    auth = {"X-Auth-Token": TOKEN}
    assert post(receiver, b"<html>", **auth) == 400
    assert post(receiver, b"[" * 60_000, **auth) == 400  # deep nesting, not a crash
    assert post(receiver, [payloads.inventory()], **auth) == 400
    assert post(receiver, {"goodsOwnerId": 1}, **auth) == 400
    assert post(receiver, b"\xff\xfe", **auth) == 400
    big = payloads.inventory() | {"padding": "x" * MAX_BODY}
    assert post(receiver, big, **auth) == 413
    assert store.count() == 0
    assert receiver.handle("GET", f"/hook?token={TOKEN}", {}, b"")[0] == 405


def test_every_kind_of_event_is_kept(store: WebhookStore) -> None:
    receiver = WebhookReceiver(TOKEN, store, goods_owner_id=1)
    for event in (
        payloads.order(),
        payloads.purchase_order_received(),
        payloads.inbound(),
        payloads.inventory(),
        payloads.article_item_status(),
    ):
        assert post(receiver, event, **{"X-Auth-Token": TOKEN}) == 200
    assert [k.event_id for k in store.since(0)] == ["o-1", "p-1", "i-1", "v-1", "a-1"]
