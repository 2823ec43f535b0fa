"""The simulated Ongoing posts its webhooks to a configured URL, retrying as Ongoing does.

Ongoing's own schedule: after 1, 5, 15 and 30 minutes, then every two hours for a day; a
2xx answer ends it. Authentication as Ongoing's webhook settings offer: none (a token may sit
in the URL), HTTP Basic, or a fixed `X-Auth-Token` header. A thread of its own posts in the
order the events happened; the schedule is a parameter so tests and demos run it in
milliseconds.
"""

from __future__ import annotations

import base64
import heapq
import itertools
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import httpx

log = logging.getLogger(__name__)

ONGOING_RETRIES_S: tuple[float, ...] = (60, 300, 900, 1800) + (7200,) * 11  # about a day
Authentication = Literal["none", "basic", "token"]


@dataclass(frozen=True, slots=True)
class Delivery:
    event_id: str
    attempt: int
    status: int | None  # None: no answer (refused, timed out)


class WebhookSender:
    def __init__(
        self,
        url: str,
        authentication: Authentication = "none",
        secret: str = "",
        *,
        user: str = "ongoing",
        retries_s: Sequence[float] = ONGOING_RETRIES_S,
        goods_owner_id: int | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.url = url
        self.headers = {"Content-Type": "application/json"}
        if authentication == "token":
            self.headers["X-Auth-Token"] = secret
        elif authentication == "basic":
            pair = base64.b64encode(f"{user}:{secret}".encode()).decode()
            self.headers["Authorization"] = f"Basic {pair}"
        self.retries_s = tuple(retries_s)
        self.goods_owner_id = goods_owner_id
        self.clock = clock
        self.deliveries: list[Delivery] = []  # every attempt, for tests and the demo's log
        self.given_up: list[str] = []
        self._due: list[tuple[float, int, int, dict[str, Any]]] = []
        self._order = itertools.count()
        self._wake = threading.Condition()
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="webhook-sender", daemon=True)
        self._thread.start()

    def send(self, payload: dict[str, Any]) -> None:
        """Queue one event (a WmsState listener); it is posted at once, in order."""
        if self.goods_owner_id is not None:
            payload = payload | {"goodsOwnerId": self.goods_owner_id}
        with self._wake:
            heapq.heappush(self._due, (self.clock(), next(self._order), 0, payload))
            self._wake.notify()

    def pending(self) -> int:
        with self._wake:
            return len(self._due)

    def stop(self) -> None:
        with self._wake:
            self._stopped = True
            self._wake.notify()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        with httpx.Client(timeout=10.0) as http:
            while True:
                with self._wake:
                    while not self._stopped and (not self._due or self._due[0][0] > self.clock()):
                        wait = self._due[0][0] - self.clock() if self._due else None
                        self._wake.wait(wait)
                    if self._stopped:
                        return
                    _, _, attempt, payload = heapq.heappop(self._due)
                self._post(http, attempt, payload)

    def _post(self, http: httpx.Client, attempt: int, payload: dict[str, Any]) -> None:
        event_id = str(payload.get("webhookEventId"))
        try:
            status: int | None = http.post(self.url, json=payload, headers=self.headers).status_code
        except (httpx.HTTPError, httpx.InvalidURL) as error:
            log.info("event=sim_webhook_failed id=%s error=%s", event_id, type(error).__name__)
            status = None
        with self._wake:
            self.deliveries.append(Delivery(event_id, attempt, status))
            if status is not None and 200 <= status < 300:
                return
            if attempt >= len(self.retries_s):
                self.given_up.append(event_id)
                log.warning("event=sim_webhook_given_up id=%s", event_id)
                return
            due = self.clock() + self.retries_s[attempt]
            heapq.heappush(self._due, (due, next(self._order), attempt + 1, payload))
