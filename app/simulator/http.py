"""A small HTTP/1.1 server on asyncio streams, with h11 (httpx's own parser) for the protocol.

Hand-rolled on purpose: the fault knobs need the socket itself (drop a connection before or
after committing, answer late), which a framework would hide.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import h11

from app.simulator.faults import Faults
from app.simulator.replies import Reply
from app.simulator.routes import OngoingApi, no_resource

log = logging.getLogger(__name__)

MAX_BODY = 4 * 1024 * 1024
DEFAULT_SLOW_COMMIT_S = 5.0  # a scripted slow-commit when the slow_commit_s knob is 0
HTML_PAGE = b"<html><body><h1>Proxy error</h1><p>Upstream unavailable.</p></body></html>"


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    method: str
    path: str
    query: list[tuple[str, str]]
    body: bytes
    status: int | None


class RequestLog:
    """Every request the simulator saw, for tests to assert what a client really did."""

    def __init__(self) -> None:
        self._items: list[RecordedRequest] = []
        self._lock = threading.Lock()

    def append(self, item: RecordedRequest) -> None:
        with self._lock:
            self._items.append(item)

    def __iter__(self) -> Any:
        with self._lock:
            return iter(list(self._items))

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def __getitem__(self, index: int) -> RecordedRequest:
        with self._lock:
            return self._items[index]

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


class DroppedError(Exception):
    """Close the connection without an answer."""


class SimulatorHttp:
    """One h11 connection per client socket, kept alive between requests like IIS does."""

    def __init__(self, api: OngoingApi, faults: Faults, tenant: str, requests: RequestLog):
        self.api = api
        self.faults = faults
        self.prefix = f"/{tenant}/api/v1"
        self.requests = requests
        self._open: set[asyncio.StreamWriter] = set()

    def abort_connections(self) -> None:
        """Cut every open keep-alive connection, so shutting down never waits for clients."""
        for writer in list(self._open):
            writer.transport.abort()

    async def connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = h11.Connection(h11.SERVER, max_incomplete_event_size=64 * 1024)
        self._open.add(writer)
        try:
            while True:
                request, body = await self._read_request(conn, reader)
                if request is None:
                    return
                try:
                    reply = await self._answer(request, body)
                except DroppedError:
                    return
                keep_alive = self._write(conn, writer, reply)
                await writer.drain()
                if not keep_alive or conn.our_state is h11.MUST_CLOSE:
                    return
                conn.start_next_cycle()
        except (ConnectionError, h11.RemoteProtocolError, asyncio.IncompleteReadError):
            return
        except asyncio.CancelledError:
            # Only the owner's shutdown cancels a connection; ending quietly keeps asyncio
            # from logging the cancellation as an error in the stream's done-callback.
            return
        finally:
            self._open.discard(writer)
            writer.close()

    async def _read_request(
        self, conn: h11.Connection, reader: asyncio.StreamReader
    ) -> tuple[h11.Request | None, bytes]:
        request: h11.Request | None = None
        body = bytearray()
        while True:
            event = conn.next_event()
            if event is h11.NEED_DATA:
                data = await reader.read(65536)
                conn.receive_data(data)
                if not data and request is None:
                    return None, b""
                continue
            if isinstance(event, h11.Request):
                request = event
            elif isinstance(event, h11.Data):
                body += event.data
                if len(body) > MAX_BODY:
                    return None, b""
            elif isinstance(event, h11.EndOfMessage):
                return request, bytes(body)
            elif isinstance(event, h11.ConnectionClosed) or event is h11.PAUSED:
                return None, b""

    async def _answer(self, request: h11.Request, body: bytes) -> Reply:
        """Faults first (latency, drop, 5xx, 429, non-json), then the API; order matters."""
        target = urlsplit(request.target.decode("latin-1"))
        method = request.method.decode("ascii").upper()
        full_path = unquote(target.path)
        query = parse_qsl(target.query, keep_blank_values=True)
        path = full_path.removeprefix(self.prefix) if full_path.startswith(self.prefix) else ""
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in request.headers}
        if self.faults.latency_ms:
            await asyncio.sleep(self.faults.latency_ms / 1000)
        fault = self.faults.next_fault(method, path) if path else None
        reply: Reply | None = None
        if fault == "drop":
            self.requests.append(RecordedRequest(method, path, query, body, None))
            raise DroppedError
        if fault == "5xx":
            reply = Reply(500, {"Message": "An error has occurred."})
        elif fault == "429":
            seconds = f"{self.faults.retry_after_s:g}"
            reply = Reply(429, {"Message": "Rate limit exceeded."}, (("Retry-After", seconds),))
        elif fault == "non-json":
            reply = Reply(200, None, (("Content-Type", "text/html"),))
        elif not path:
            reply = Reply(404, {"Message": no_resource(full_path)})  # a wrong warehouse name
        else:
            reply = self.api.handle(method, path, query, body, headers.get("authorization"))
        if fault == "drop-after-commit":
            self.requests.append(RecordedRequest(method, path, query, body, None))
            raise DroppedError
        if fault == "slow-commit":
            await asyncio.sleep(self.faults.slow_commit_s or DEFAULT_SLOW_COMMIT_S)
        self.requests.append(RecordedRequest(method, path, query, body, reply.status))
        return reply

    @staticmethod
    def _write(conn: h11.Connection, writer: asyncio.StreamWriter, reply: Reply) -> bool:
        headers = dict(reply.headers)
        if reply.body is None and headers.get("Content-Type") == "text/html":
            payload = HTML_PAGE
        else:
            payload = json.dumps(reply.body, ensure_ascii=False).encode("utf-8")
            headers.setdefault("Content-Type", "application/json; charset=utf-8")
        headers["Content-Length"] = str(len(payload))
        response = h11.Response(status_code=reply.status, headers=list(headers.items()), reason=b"")
        writer.write(conn.send(response) or b"")
        writer.write(conn.send(h11.Data(data=payload)) or b"")
        writer.write(conn.send(h11.EndOfMessage()) or b"")
        return True
