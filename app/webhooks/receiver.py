"""A small HTTP receiver for Ongoing's webhooks (`tillside webhooks --port N`).

Ongoing posts small JSON events (`webhookEventId`, `timestamp`, `goodsOwnerId`, order ids
and numbers). The store exposes this endpoint and puts a shared token in the webhook URL
(`?token=...`) or an `Authorization: Bearer` header. A wrong token gets 401 and nothing is
kept; a repeat of a known event gets 200 (so Ongoing stops retrying) and is ignored; a new
one is stored and reported to `on_event`, which wakes the pickup board.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import h11

from app.persistence.storage_errors import StorageError
from app.webhooks.store import WebhookStore

log = logging.getLogger(__name__)

MAX_BODY = 64 * 1024


def _reply(status: int, text: str) -> tuple[int, bytes]:
    return status, json.dumps({"message": text}).encode()


class WebhookReceiver:
    def __init__(
        self,
        token: str,
        store: WebhookStore,
        on_event: Callable[[dict[str, Any]], None] = lambda event: None,
    ) -> None:
        if len(token) < 16:
            raise ValueError("The webhook token must be at least 16 characters.")
        self.token = token
        self.store = store
        self.on_event = on_event
        self.server: asyncio.Server | None = None

    async def start(self, host: str = "0.0.0.0", port: int = 0) -> int:
        self.server = await asyncio.start_server(self._connection, host, port)
        return int(self.server.sockets[0].getsockname()[1])

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()

    def handle(
        self, method: str, target: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, bytes]:
        """One request, without sockets: the rules in one place (and easy to test)."""
        if method != "POST":
            return _reply(405, "POST webhooks here.")
        query = dict(parse_qsl(urlsplit(target).query))
        given = query.get("token") or headers.get("authorization", "").removeprefix("Bearer ")
        if not hmac.compare_digest(given.encode(), self.token.encode()):
            log.warning("event=webhook_refused reason=token")
            return _reply(401, "Wrong or missing token.")
        try:
            event = json.loads(body)
        except ValueError:
            return _reply(400, "The body is not JSON.")
        if not isinstance(event, dict) or not str(event.get("webhookEventId") or ""):
            return _reply(400, "The event has no webhookEventId.")
        event_id = str(event["webhookEventId"])
        try:
            new = self.store.add(event_id, event)
        except StorageError as error:  # Ongoing retries for a day: nothing is lost
            log.error("event=webhook_not_kept problem=%s", error.problem.value)
            return _reply(503, "This PC cannot keep the event now; send it again later.")
        if not new:
            log.info("event=webhook_duplicate id=%s", event_id)
            return _reply(200, "Already received.")
        log.info("event=webhook_received id=%s order_id=%s", event_id, event.get("orderId"))
        self.on_event(event)
        return _reply(200, "Received.")

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connection = h11.Connection(h11.SERVER)
        try:
            while True:
                event = connection.next_event()
                if event is h11.NEED_DATA:
                    data = await reader.read(65536)
                    connection.receive_data(data)
                    if not data:
                        return
                    continue
                if not isinstance(event, h11.Request):
                    return
                headers = {k.decode().lower(): v.decode() for k, v in event.headers}
                body = b""
                while True:
                    part = connection.next_event()
                    if part is h11.NEED_DATA:
                        connection.receive_data(await reader.read(65536))
                        continue
                    if isinstance(part, h11.Data):
                        body += part.data
                        if len(body) > MAX_BODY:
                            return
                        continue
                    break
                status, content = self.handle(
                    event.method.decode(), event.target.decode(), headers, body
                )
                writer.write(
                    connection.send(
                        h11.Response(
                            status_code=status,
                            headers=[
                                ("Content-Type", "application/json"),
                                ("Content-Length", str(len(content))),
                            ],
                        )
                    )
                    or b""
                )
                writer.write(connection.send(h11.Data(data=content)) or b"")
                writer.write(connection.send(h11.EndOfMessage()) or b"")
                await writer.drain()
                if connection.our_state is h11.MUST_CLOSE:
                    return
                connection.start_next_cycle()
        except (h11.RemoteProtocolError, ConnectionError):
            return
        finally:
            writer.close()
