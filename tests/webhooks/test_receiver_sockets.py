"""The receiver over real loopback sockets: nothing a sender does stops it.

Malformed HTTP, senders that stall, bodies far over the limit and more connections than it
takes each cost one connection; an event posted next is still received.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import pytest

from app.webhooks import receiver as receiver_module
from app.webhooks.receiver import WebhookReceiver
from app.webhooks.store import WebhookStore
from tests.helpers.waiting import run, until
from tests.webhooks import payloads

TOKEN = "a-shared-token-of-32-characters!"
AUTH = {"X-Auth-Token": TOKEN}


@asynccontextmanager
async def listening(tmp_path: Path) -> AsyncIterator[tuple[WebhookReceiver, int]]:
    store = WebhookStore(tmp_path / "webhooks.sqlite")
    receiver = WebhookReceiver(TOKEN, store, goods_owner_id=1)
    port = await receiver.start("127.0.0.1", 0)
    try:
        yield receiver, port
    finally:
        await receiver.stop()
        store.close()


async def raw(port: int, data: bytes) -> bytes:
    """Send bytes as they are, read until the receiver closes."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(data)
    await writer.drain()
    answer = await asyncio.wait_for(reader.read(), 10)
    writer.close()
    await writer.wait_closed()
    return answer


async def still_receives(port: int, event_id: str) -> None:
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as http:
        answer = await http.post("/hook", json=payloads.inventory(event_id), headers=AUTH)
    assert answer.status_code == 200


def scenario(tmp_path: Path, body: Callable[[WebhookReceiver, int], Awaitable[None]]) -> None:
    async def main() -> None:
        async with listening(tmp_path) as (receiver, port):
            await body(receiver, port)

    run(main())


def test_malformed_http_gets_400_and_the_next_event_is_received(tmp_path: Path) -> None:
    async def body(receiver: WebhookReceiver, port: int) -> None:
        for junk in (
            b"HELLO\r\n\r\n",
            b"POST /hook HTTP/1.1\r\nHost x\r\n\r\n",
            b"POST /hook HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
            b"POST /hook HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(64),  # a TLS hello
        ):
            assert (await raw(port, junk)).startswith(b"HTTP/1.1 400 ")
        assert await raw(port, b"GET / HTTP/1.1\r\nHost: x\r\n" + b"X: y\r\n" * 5000) != b""
        await still_receives(port, "after-junk")
        assert receiver.store.count() == 1

    scenario(tmp_path, body)


def test_a_large_body_gets_413_without_being_read(tmp_path: Path) -> None:
    async def body(receiver: WebhookReceiver, port: int) -> None:
        head = (
            "POST /hook HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"X-Auth-Token: {TOKEN}\r\nContent-Length: {50 * 1024 * 1024}\r\n\r\n"
        ).encode()
        answer = await raw(port, head + b"{")  # 50 MB announced, one byte sent
        assert answer.startswith(b"HTTP/1.1 413 ")
        chunked = (
            "POST /hook HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
            f"X-Auth-Token: {TOKEN}\r\n\r\n"
        ).encode()
        chunk = b"8000\r\n" + b" " * 0x8000 + b"\r\n"
        assert (await raw(port, chunked + chunk * 3)).startswith(b"HTTP/1.1 413 ")
        await still_receives(port, "after-large")
        assert receiver.store.count() == 1

    scenario(tmp_path, body)


def test_a_stalled_sender_is_cut_off_while_others_are_served(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(receiver_module, "READ_TIMEOUT_S", 0.3)

    async def body(receiver: WebhookReceiver, port: int) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"POST /hook HTTP/1.1\r\nHost: x\r\nContent-Length: 300\r\n\r\n{")
        await writer.drain()
        await still_receives(port, "while-stalled")  # served while the other one stalls
        assert await asyncio.wait_for(reader.read(), 10) == b""  # then cut off, no answer
        writer.close()
        await writer.wait_closed()
        await still_receives(port, "after-stalled")
        assert receiver.store.count() == 2

    scenario(tmp_path, body)


def test_a_sender_trickling_bytes_is_cut_off_at_the_request_deadline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(receiver_module, "REQUEST_TIMEOUT_S", 0.5)

    async def body(receiver: WebhookReceiver, port: int) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        closed = asyncio.ensure_future(reader.read())
        writer.write(b"POST /hook HTTP/1.1\r\nHost: x\r\nContent-Length: 60000\r\n\r\n")
        while not closed.done():  # a byte every 50 ms, far inside the read timeout
            writer.write(b" ")
            await asyncio.sleep(0.05)
        assert closed.result() == b""
        writer.close()
        await writer.wait_closed()
        await still_receives(port, "after-trickle")

    scenario(tmp_path, body)


def test_connections_beyond_the_limit_are_closed_and_service_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(receiver_module, "MAX_CONNECTIONS", 3)

    async def body(receiver: WebhookReceiver, port: int) -> None:
        held = [await asyncio.open_connection("127.0.0.1", port) for _ in range(3)]
        await until(lambda: receiver.open_connections == 3)
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        assert await asyncio.wait_for(reader.read(), 10) == b""
        writer.close()
        await writer.wait_closed()
        for _, held_writer in held:
            held_writer.close()
            await held_writer.wait_closed()
        await until(lambda: receiver.open_connections == 0)
        await still_receives(port, "after-crowd")

    scenario(tmp_path, body)


def test_a_till_waiting_on_events_hears_a_new_one_at_once(tmp_path: Path) -> None:
    async def body(receiver: WebhookReceiver, port: int) -> None:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=30) as http:
            assert (await http.get("/events?since=0")).status_code == 401
            waiting = asyncio.ensure_future(
                http.get("/events", params={"since": 0, "wait": 20}, headers=AUTH)
            )
            await until(lambda: receiver._arrived is not None)
            assert not waiting.done()
            await http.post("/hook", json=payloads.inbound("i-1"), headers=AUTH)
            answer = (await asyncio.wait_for(waiting, 10)).json()
            assert [e["eventId"] for e in answer["events"]] == ["i-1"]
            assert answer["last"] == answer["events"][0]["sequence"]
            await http.post("/hook", json=payloads.inventory("v-1"), headers=AUTH)
            later = await http.get(
                "/events", params={"since": answer["last"], "wait": 0}, headers=AUTH
            )
            assert [e["event"]["webhookEventId"] for e in later.json()["events"]] == ["v-1"]
            bad = await http.get("/events", params={"since": "x"}, headers=AUTH)
            assert bad.status_code == 400
            assert json.loads(bad.content)["message"]

    scenario(tmp_path, body)
