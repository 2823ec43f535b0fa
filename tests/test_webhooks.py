"""The webhook receiver over real loopback HTTP: token, duplicates, persistence, wake-up."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx

from app.webhooks.receiver import WebhookReceiver
from app.webhooks.store import WebhookStore

TOKEN = "a-shared-token-of-32-characters!"
EVENT = {
    "webhookEventId": "e-1",
    "timestamp": "2026-11-29T10:00:00",
    "goodsOwnerId": 1,
    "orderId": 100001,
    "orderNumber": "TS1-ABC",
}


def test_a_bad_token_is_refused_a_duplicate_ignored_a_new_event_kept(tmp_path: Path) -> None:
    store = WebhookStore(tmp_path / "webhooks.sqlite")
    received: list[dict[str, Any]] = []
    receiver = WebhookReceiver(TOKEN, store, received.append)

    async def scenario() -> list[int]:
        port = await receiver.start("127.0.0.1", 0)
        base = f"http://127.0.0.1:{port}"
        statuses = []
        async with httpx.AsyncClient(base_url=base) as http:
            statuses.append((await http.post("/hook?token=wrong", json=EVENT)).status_code)
            statuses.append((await http.post("/hook", json=EVENT)).status_code)
            statuses.append((await http.post(f"/hook?token={TOKEN}", json=EVENT)).status_code)
            headers = {"Authorization": f"Bearer {TOKEN}"}
            statuses.append((await http.post("/hook", json=EVENT, headers=headers)).status_code)
            statuses.append(
                (await http.post(f"/hook?token={TOKEN}", content=b"<html>")).status_code
            )
            statuses.append((await http.get(f"/hook?token={TOKEN}")).status_code)
        await receiver.stop()
        return statuses

    assert asyncio.run(scenario()) == [401, 401, 200, 200, 400, 405]
    assert received == [EVENT]  # the repeat was not passed on
    assert store.count() == 1
    store.close()
    again = WebhookStore(tmp_path / "webhooks.sqlite")  # persisted: a restart still knows it
    assert again.add("e-1", EVENT) is False
    again.close()


def test_a_short_token_is_refused_at_start(tmp_path: Path) -> None:
    import pytest

    store = WebhookStore(tmp_path / "webhooks.sqlite")
    with pytest.raises(ValueError, match="16 characters"):
        WebhookReceiver("short", store)
    store.close()
