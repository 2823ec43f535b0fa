"""The simulator's webhook sender when nobody answers: it retries on schedule, then gives up,
and a URL it cannot even use never stops its thread."""

from __future__ import annotations

import socket

from app.simulator.webhook_sender import WebhookSender
from tests.helpers.waiting import run, until


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_nobody_listening_is_retried_then_given_up() -> None:
    sender = WebhookSender(
        f"http://127.0.0.1:{closed_port()}/", "basic", "x" * 16, retries_s=(0.01, 0.01)
    )
    sender.send({"webhookEventId": "e-1", "goodsOwnerId": 1})
    run(until(lambda: sender.given_up == ["e-1"]))
    assert [(d.attempt, d.status) for d in sender.deliveries] == [(0, None), (1, None), (2, None)]
    sender.stop()


def test_a_url_httpx_refuses_costs_the_event_not_the_sender() -> None:
    sender = WebhookSender("http://[bad", retries_s=())
    sender.send({"webhookEventId": "e-1"})
    sender.send({"webhookEventId": "e-2"})
    run(until(lambda: sender.given_up == ["e-1", "e-2"]))
    sender.stop()
