"""A small HTTP receiver for Ongoing's webhooks, that also tells the store's tills
(`tillside webhooks --port N`).

Ongoing posts small JSON events (`webhookEventId`, `timestamp`, `goodsOwnerId`, ids and
numbers) of every kind the store subscribes to: orders, purchase orders received, inbound and
inventory transactions, article item status. A request without the shared token (as
`X-Auth-Token`, HTTP Basic's password or `?token=`) gets 401 and nothing is kept; an event
for another goods owner gets 403; a repeat of a known event gets 200 (so Ongoing stops
retrying) and is ignored; a new one is stored, reported to `on_event`, and handed to the tills
waiting on `GET /events?since=N&wait=S` (a long poll, same token).

Nothing a sender does stops it: malformed HTTP gets 400, a body over the limit 413, a sender
that goes quiet is cut off after a timeout, and connections beyond a limit are closed at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import h11

from app.persistence.storage_errors import StorageError
from app.webhooks.auth import WebhookAuth
from app.webhooks.store import WebhookStore

log = logging.getLogger(__name__)

MAX_BODY = 64 * 1024  # Ongoing's payloads are a few hundred bytes
MAX_HEADERS = 16 * 1024
MAX_CONNECTIONS = 64  # the store's tills each hold one while they wait
READ_TIMEOUT_S = 10.0  # a sender quiet this long mid-request (or idle between them) is cut off
REQUEST_TIMEOUT_S = 30.0  # a whole request must arrive within this
MAX_WAIT_S = 25.0  # the longest a till's long poll is held (under proxies' 30-60 s)
EVENTS_PER_ANSWER = 200

Reply = tuple[int, bytes]


def _reply(status: int, text: str) -> Reply:
    return status, json.dumps({"message": text}).encode()


def _raw_response(status: int, reason: str, text: str) -> bytes:
    """A whole response without h11, for when the request could not even be parsed."""
    body = json.dumps({"message": text}).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    )
    return head.encode() + body


class _ClosedError(Exception):
    """The peer went away or said too much: end this connection quietly."""


class WebhookReceiver:
    def __init__(
        self,
        token: str,
        store: WebhookStore,
        on_event: Callable[[dict[str, Any]], None] = lambda event: None,
        goods_owner_id: int | None = None,
    ) -> None:
        self.auth = WebhookAuth(token)
        self.store = store
        self.on_event = on_event
        self.goods_owner_id = goods_owner_id
        self.server: asyncio.Server | None = None
        self.open_connections = 0
        self._writers: set[asyncio.StreamWriter] = set()
        self._handlers: set[asyncio.Task[None]] = set()
        self._arrived: asyncio.Event | None = None

    async def start(self, host: str = "0.0.0.0", port: int = 0) -> int:
        self.server = await asyncio.start_server(self._connection, host, port)
        return int(self.server.sockets[0].getsockname()[1])

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
            self._wake_tills()
            for writer in list(self._writers):  # idle keep-alive and waiting tills end too
                writer.close()
            if self._handlers:  # let them end before the loop does (no cancelled reads left)
                await asyncio.wait(set(self._handlers), timeout=READ_TIMEOUT_S)
            await self.server.wait_closed()

    # --- the rules, without sockets ---

    def handle(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Reply:
        """One webhook POST (headers with lower-case names): the answer Ongoing gets."""
        if not self.auth.allows(target, headers):
            log.warning("event=webhook_refused reason=token")
            return _reply(401, "Wrong or missing token.")
        if method != "POST":
            return _reply(405, "POST webhooks here.")
        if len(body) > MAX_BODY:
            return _reply(413, f"The body is over {MAX_BODY} bytes.")
        try:
            event = json.loads(body)
        except (ValueError, RecursionError):
            log.warning("event=webhook_refused reason=not_json bytes=%d", len(body))
            return _reply(400, "The body is not JSON.")
        if not isinstance(event, dict) or not str(event.get("webhookEventId") or ""):
            log.warning("event=webhook_refused reason=no_event_id")
            return _reply(400, "The event has no webhookEventId.")
        owner = event.get("goodsOwnerId")
        if self.goods_owner_id is not None and (
            isinstance(owner, bool) or owner != self.goods_owner_id
        ):
            log.warning("event=webhook_refused reason=goods_owner")
            return _reply(403, f"This receiver takes goods owner {self.goods_owner_id} only.")
        event_id = str(event["webhookEventId"])
        try:
            new = self.store.add(event_id, event)
        except StorageError as error:  # Ongoing retries for a day: nothing is lost
            log.error("event=webhook_not_kept problem=%s", error.problem.value)
            return _reply(503, "This PC cannot keep the event now; send it again later.")
        if not new:
            log.info("event=webhook_duplicate id=%s", event_id)
            return _reply(200, "Already received.")
        log.info("event=webhook_received id=%s", event_id)
        self.on_event(event)
        self._wake_tills()
        return _reply(200, "Received.")

    async def respond(
        self, method: str, target: str, headers: dict[str, str], body: bytes
    ) -> Reply:
        """Tills' long polls on /events, webhooks everywhere else."""
        if urlsplit(target).path.rstrip("/").endswith("/events") and method == "GET":
            if not self.auth.allows(target, headers):
                log.warning("event=events_refused reason=token")
                return _reply(401, "Wrong or missing token.")
            return await self._events(target)
        return self.handle(method, target, headers, body)

    async def _events(self, target: str) -> Reply:
        query = dict(parse_qsl(urlsplit(target).query))
        try:
            since = max(0, int(query.get("since", "0")))
            wait = min(MAX_WAIT_S, max(0.0, float(query.get("wait", "0"))))
        except ValueError:
            return _reply(400, "since must be a whole number and wait a number of seconds.")
        loop = asyncio.get_running_loop()
        deadline = loop.time() + wait
        try:
            while True:
                kept = self.store.since(since, EVENTS_PER_ANSWER)
                left = deadline - loop.time()
                if kept or left <= 0 or self.server is None or not self.server.is_serving():
                    break
                if self._arrived is None or self._arrived.is_set():
                    self._arrived = asyncio.Event()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._arrived.wait(), left)
            last = self.store.last_sequence()
        except StorageError as error:
            log.error("event=events_unreadable problem=%s", error.problem.value)
            return _reply(503, "This PC cannot read its events now.")
        events = [
            {
                "sequence": k.sequence,
                "eventId": k.event_id,
                "receivedAt": k.received_at,
                "event": k.payload,
            }
            for k in kept
        ]
        return 200, json.dumps({"events": events, "last": last}).encode()

    def _wake_tills(self) -> None:
        if self._arrived is not None:
            self._arrived.set()

    # --- the sockets ---

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self.open_connections >= MAX_CONNECTIONS:
            log.warning("event=webhook_connection_refused reason=too_many")
            writer.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(writer.wait_closed(), READ_TIMEOUT_S)
            return
        self.open_connections += 1
        self._writers.add(writer)
        handler = asyncio.current_task()
        if handler is not None:
            self._handlers.add(handler)
        connection = h11.Connection(h11.SERVER, max_incomplete_event_size=MAX_HEADERS)
        try:
            while await self._one_request(connection, reader, writer):
                connection.start_next_cycle()
        except h11.RemoteProtocolError:
            log.warning("event=webhook_refused reason=malformed_http")
            with contextlib.suppress(ConnectionError):
                writer.write(_raw_response(400, "Bad Request", "Malformed HTTP."))
                await asyncio.wait_for(writer.drain(), READ_TIMEOUT_S)
        except (_ClosedError, TimeoutError, ConnectionError, h11.LocalProtocolError):
            pass
        except Exception as error:  # a bug must cost one connection, never the receiver
            log.error("event=webhook_connection_failed error=%s", type(error).__name__)
        finally:
            self.open_connections -= 1
            self._writers.discard(writer)
            if handler is not None:
                self._handlers.discard(handler)
            writer.close()
            with contextlib.suppress(Exception):  # the socket closed now, not at the loop's end
                await asyncio.wait_for(writer.wait_closed(), READ_TIMEOUT_S)

    async def _one_request(
        self, connection: h11.Connection, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        """Read, answer; False when the connection should end."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + REQUEST_TIMEOUT_S
        request = await self._next(connection, reader, deadline)
        if not isinstance(request, h11.Request):
            return False
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in request.headers}
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_BODY:
            await self._send(
                connection, writer, *_reply(413, f"The body is over {MAX_BODY} bytes.")
            )
            return False
        body = bytearray()
        while True:
            part = await self._next(connection, reader, deadline)
            if isinstance(part, h11.Data):
                body += part.data
                if len(body) > MAX_BODY:
                    await self._send(
                        connection, writer, *_reply(413, f"The body is over {MAX_BODY} bytes.")
                    )
                    return False
            elif isinstance(part, h11.EndOfMessage):
                break
            else:
                return False
        try:
            status, content = await self.respond(
                request.method.decode("latin-1"),
                request.target.decode("latin-1"),
                headers,
                bytes(body),
            )
        except Exception as error:  # an answer, never a dead receiver
            log.error("event=webhook_failed error=%s", type(error).__name__)
            status, content = _reply(500, "The receiver failed on this request.")
        await self._send(connection, writer, status, content)
        return connection.our_state is h11.DONE and connection.their_state is h11.DONE

    @staticmethod
    async def _next(
        connection: h11.Connection, reader: asyncio.StreamReader, deadline: float
    ) -> Any:
        loop = asyncio.get_running_loop()
        while True:
            event = connection.next_event()
            if event is not h11.NEED_DATA:
                return event
            wait = min(READ_TIMEOUT_S, deadline - loop.time())
            if wait <= 0:
                raise _ClosedError
            data = await asyncio.wait_for(reader.read(65536), wait)
            connection.receive_data(data)

    @staticmethod
    async def _send(
        connection: h11.Connection, writer: asyncio.StreamWriter, status: int, content: bytes
    ) -> None:
        headers = [("Content-Type", "application/json"), ("Content-Length", str(len(content)))]
        if connection.their_state is not h11.DONE:
            headers.append(("Connection", "close"))
        writer.write(connection.send(h11.Response(status_code=status, headers=headers)) or b"")
        writer.write(connection.send(h11.Data(data=content)) or b"")
        writer.write(connection.send(h11.EndOfMessage()) or b"")
        await asyncio.wait_for(writer.drain(), READ_TIMEOUT_S)
