"""The async Ongoing WMS client: one object per connection, passed explicitly.

Every call is one or more HTTP requests through one keep-alive `httpx.AsyncClient`; errors
become the client's own types, retries follow `RetryPolicy`, a `CircuitBreaker` stops calls
after a run of failures, and writes for the goods owner go one at a time, as Ongoing asks.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import socket
import ssl
import time
import traceback
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterator, Sequence
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
import truststore
from pydantic import TypeAdapter, ValidationError

from app import __version__
from app.ongoing.constants import (
    CONNECT_TIMEOUT_S,
    INVENTORY_BATCH_SIZE,
    MAX_CODE_LENGTH,
    MAX_CODES_PER_CALL,
    MAX_URL_BYTES,
    POOL_TIMEOUT_S,
    READ_TIMEOUT_S,
    WRITE_TIMEOUT_S,
)
from app.ongoing.errors import (
    AuthenticationError,
    GoodsOwnerRefusedError,
    HostNotFoundError,
    InvalidResponseError,
    NothingAnswersError,
    OngoingConnectionError,
    OngoingError,
    OngoingTimeoutError,
    OrderLockedError,
    RateLimitedError,
    StatusError,
    UnknownPathError,
    UntrustedCertificateError,
    Words,
    is_order_locked,
    is_unknown_path,
)
from app.ongoing.models import (
    Article,
    ArticleInventory,
    InventoryAdjustmentsLine,
    Order,
    OrderPickability,
    OrderResponse,
    OrderStatus,
    OrderStatuses,
    PostOrder,
    PostWayOfDeliveryTypeResponse,
    PurchaseOrder,
    TransporterContract,
    Warehouse,
    WayOfDeliveryType,
    WayOfDeliveryTypes,
)
from app.ongoing.retry import CircuitBreaker, RetryPolicy, is_retryable_error, is_retryable_request
from app.ongoing.return_models import (
    PostReturnOrder,
    ReturnCause,
    ReturnCauses,
    ReturnOrder,
    ReturnOrderResponse,
    ReturnOrderStatus,
    ReturnOrderStatuses,
)
from app.ongoing.settings import ConnectionSettings

log = logging.getLogger("app.ongoing")

T = TypeVar("T")
Query = list[tuple[str, str | int | float | bool | None]]

_WAREHOUSES = TypeAdapter(list[Warehouse])
_ARTICLES = TypeAdapter(list[Article])
_INVENTORY = TypeAdapter(list[ArticleInventory])
_ORDERS = TypeAdapter(list[Order])
_ORDER = TypeAdapter(Order)
_ORDER_RESPONSE = TypeAdapter(OrderResponse)
_STATUSES = TypeAdapter(OrderStatuses)
_PICKABILITY = TypeAdapter(OrderPickability)
_WAYS = TypeAdapter(WayOfDeliveryTypes)
_WAY_RESPONSE = TypeAdapter(PostWayOfDeliveryTypeResponse)
_CONTRACTS = TypeAdapter(list[TransporterContract])
_PURCHASE_ORDERS = TypeAdapter(list[PurchaseOrder])
_ADJUSTMENTS = TypeAdapter(list[InventoryAdjustmentsLine])
_ANY = TypeAdapter(Any)
_DOCUMENT = TypeAdapter(dict[str, Any])
_RETURN_ORDERS = TypeAdapter(list[ReturnOrder])
_RETURN_ORDER = TypeAdapter(ReturnOrder)
_RETURN_RESPONSE = TypeAdapter(ReturnOrderResponse)
_RETURN_CAUSES = TypeAdapter(ReturnCauses)
_RETURN_STATUSES = TypeAdapter(ReturnOrderStatuses)

TIMEOUT = httpx.Timeout(
    connect=CONNECT_TIMEOUT_S, read=READ_TIMEOUT_S, write=WRITE_TIMEOUT_S, pool=POOL_TIMEOUT_S
)


def ongoing_time(value: datetime | date) -> str:
    """Ongoing reads and writes times as UTC without a zone suffix."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value.strftime("%Y-%m-%dT%H:%M:%S")
    return value.isoformat()


def optional_time(value: datetime | date | None) -> str | None:
    return None if value is None else ongoing_time(value)


def check_codes(codes: Sequence[str], what: str) -> list[str]:
    """Refuse before sending anything: Ongoing would only answer with a vague error."""
    if len(codes) > MAX_CODES_PER_CALL:
        raise ValueError(f"At most {MAX_CODES_PER_CALL} {what} at a time, not {len(codes)}.")
    for code in codes:
        if not code or not code.strip():
            raise ValueError(f"An empty {what[:-1]} cannot be looked up.")
        if len(code) > MAX_CODE_LENGTH:
            raise ValueError(
                f"A {what[:-1]} of {len(code)} characters is too long (at most {MAX_CODE_LENGTH})."
            )
    return list(dict.fromkeys(codes))


def check_id(value: int) -> int:
    """An Ongoing id in a path: a positive integer, never text that could change the path."""
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"An Ongoing id must be a positive whole number, not {value!r:.40}.")
    return value


def check_page(page_size: int, from_id: int) -> None:
    if page_size <= 0:
        raise ValueError("The page size must be at least 1.")
    if from_id <= 0:
        raise ValueError("The first id must be at least 1.")


def parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def connection_error(error: httpx.TransportError) -> OngoingConnectionError:
    """The kind of failure, read from the exceptions httpx chained under its own.

    The detail is class names only: httpx's texts can carry the URL.
    """
    causes: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in causes:
        causes.append(current)
        current = current.__cause__ or current.__context__
    detail = type(error).__name__
    if any(isinstance(cause, ssl.SSLCertVerificationError) for cause in causes):
        return UntrustedCertificateError(f"{detail}, certificate not trusted")
    if any(isinstance(cause, socket.gaierror) for cause in causes):
        return HostNotFoundError(f"{detail}, name not resolved")
    if isinstance(error, httpx.ConnectError) and any(
        isinstance(cause, ConnectionRefusedError) for cause in causes
    ):
        return NothingAnswersError(f"{detail}, connection refused")
    return OngoingConnectionError(detail)


def carries_goods_owner(query: Query | None, body: Any) -> bool:
    """Does this request name the goods owner (a query parameter, or a write's body)?"""
    if any(key == "goodsOwnerId" for key, _ in query or ()):
        return True
    return isinstance(body, dict) and "goodsOwnerId" in body


def is_web_page(response: httpx.Response) -> bool:
    """An answer with a body that is not JSON: a web server's or a proxy's page."""
    return bool(response.content) and "json" not in response.headers.get("content-type", "")


def ongoing_message(response: httpx.Response) -> str:
    """Ongoing's error text from `Message` or `message`; undocumented, so be forgiving."""
    try:
        body = response.json()
    except ValueError:
        return ""
    if isinstance(body, dict):
        for key in ("Message", "message", "ExceptionMessage"):
            if isinstance(body.get(key), str):
                return str(body[key]).replace("<br/>", " ").strip()[:300]
    return ""


def query_cost(key: str, value: str) -> int:
    """Bytes `&key=value` takes in the URL at most (every byte percent-encoded if need be)."""
    return len(key) + 2 + len(quote(value, safe=""))


def batches(codes: Sequence[str], key: str, budget: int, size: int) -> Iterator[list[str]]:
    """Split codes into requests of at most `size` codes and `budget` URL bytes each."""
    batch: list[str] = []
    used = 0
    for code in codes:
        cost = query_cost(key, code)
        if batch and (len(batch) >= size or used + cost > budget):
            yield batch
            batch, used = [], 0
        batch.append(code)
        used += cost
    if batch:
        yield batch


def credentials_of(settings: ConnectionSettings) -> tuple[str, ...]:
    """Every form in which the password could appear in text: plain, URL-encoded, Basic."""
    password = settings.password.get_secret_value()
    basic = base64.b64encode(f"{settings.api_user}:{password}".encode()).decode()
    return tuple({password, quote(password, safe=""), basic} - {""})


class OngoingClient:
    """One connection to Ongoing.

    `words` says what an error means to the person who reads it (the till passes
    `app.services.ongoing_words.describe`); without it an error's text is its facts.
    """

    def __init__(
        self,
        settings: ConnectionSettings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        retry_policy: RetryPolicy | None = None,
        circuit: CircuitBreaker | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        timeout: httpx.Timeout | float = TIMEOUT,
        words: Words | None = None,
    ) -> None:
        self.settings = settings
        self._words = words
        self.retry_policy = retry_policy or RetryPolicy()
        self.circuit = circuit or CircuitBreaker()
        self._sleep = sleep
        self._write_lock = asyncio.Lock()  # one client per connection, so per goods owner
        self._secrets = credentials_of(settings)
        # URL bytes left for repeated codes after the base URL, path and fixed parameters.
        self._query_budget = MAX_URL_BYTES - len(settings.base_url) - 200
        verify: ssl.SSLContext | bool = True
        if settings.base_url.startswith("https://"):
            verify = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        self._http = httpx.AsyncClient(
            base_url=settings.base_url,
            auth=httpx.BasicAuth(settings.api_user, settings.password.get_secret_value()),
            headers={"Accept": "application/json", "User-Agent": f"tillside/{__version__}"},
            timeout=timeout,
            transport=transport,
            verify=verify,
            follow_redirects=False,
        )

    def __repr__(self) -> str:
        return (
            f"OngoingClient(base_url={self.settings.base_url!r}, user={self.settings.api_user!r})"
        )

    async def __aenter__(self) -> OngoingClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    @property
    def goods_owner(self) -> tuple[str, int]:
        return ("goodsOwnerId", self.settings.goods_owner_id)

    # --- transport, errors and retries ---

    async def _call(
        self,
        method: str,
        path: str,
        adapter: TypeAdapter[T],
        *,
        query: Query | None = None,
        body: Any = None,
    ) -> T:
        """One API call, retries included, its answer parsed.

        Every error leaves through here, naming the call that failed and carrying the words
        this client was given for its reader.
        """
        try:
            try:
                response = await self._request(method, path, query=query, body=body)
            except AuthenticationError as error:
                if carries_goods_owner(query, body) and await self._login_accepted():
                    raise GoodsOwnerRefusedError(
                        self.settings.goods_owner_id, error.detail, error.ongoing_message
                    ) from None
                raise
            return self._parse(response, adapter)
        except OngoingError as error:
            error.request = f"{method} /{path}"
            error.base_url = self.settings.base_url
            if isinstance(error, AuthenticationError):
                error.api_user = self.settings.api_user
            if self._words is not None:
                error.text = self._words(error)
            raise

    async def _login_accepted(self) -> bool:
        """After a 401 on a goods owner's call: does the login itself work? One call that
        names no goods owner (the warehouses) tells a wrong password from a foreign owner,
        whatever words Ongoing refused them with."""
        try:
            response = await self._send_once("GET", "warehouses", None, None)
        except OngoingError:
            return False
        return response.status_code == 200

    async def _request(
        self, method: str, path: str, *, query: Query | None = None, body: Any = None
    ) -> httpx.Response:
        if method == "GET":
            return await self._attempts(method, path, query, body)
        async with self._write_lock:  # Ongoing processes one write per goods owner at a time
            return await self._attempts(method, path, query, body)

    async def _attempts(
        self, method: str, path: str, query: Query | None, body: Any
    ) -> httpx.Response:
        retryable = is_retryable_request(method, path)
        attempt = 0
        while True:
            attempt += 1
            self.circuit.check()
            started = time.perf_counter()
            status: int | str = "-"
            try:
                response = await self._send_once(method, path, query, body)
                status = response.status_code
                self._raise_for_status(method, path, response)
            except OngoingError as error:
                elapsed = (time.perf_counter() - started) * 1000
                error.base_url = self.settings.base_url  # kept by the circuit: say where
                if is_retryable_error(error):
                    self.circuit.record_failure(error)
                delay = self.retry_policy.delay(attempt, error) if retryable else None
                log.info(
                    "event=ongoing_request method=%s path=%s status=%s attempt=%d ms=%.1f "
                    "error=%s retry_in=%s",
                    method,
                    path,
                    status,
                    attempt,
                    elapsed,
                    type(error).__name__,
                    "-" if delay is None else f"{delay:.2f}",
                )
                if delay is None:
                    raise
                self.circuit.check()  # opened by this failure: report now, do not sleep first
                await self._sleep(delay)
                continue
            self.circuit.record_success()
            log.debug(
                "event=ongoing_request method=%s path=%s status=%s attempt=%d ms=%.1f",
                method,
                path,
                status,
                attempt,
                (time.perf_counter() - started) * 1000,
            )
            return response

    async def _send_once(
        self, method: str, path: str, query: Query | None, body: Any
    ) -> httpx.Response:
        try:
            return await self._http.request(method, path, params=query, json=body)
        except httpx.TimeoutException as error:
            raise OngoingTimeoutError(type(error).__name__) from self._scrubbed(error)
        except httpx.TransportError as error:
            raise connection_error(error) from self._scrubbed(error)
        except httpx.DecodingError as error:
            # A body whose Content-Encoding lies (e.g. a proxy's broken gzip) is unreadable.
            raise InvalidResponseError(type(error).__name__) from self._scrubbed(error)

    def _scrubbed(self, error: BaseException) -> BaseException | None:
        """The cause to chain, with any credential blanked out of its text (and its causes').

        httpx and httpcore build messages from whatever they hold; should one ever carry
        the password or the Authorization header, a logged traceback must not show it.
        """
        seen: set[int] = set()
        current: BaseException | None = error
        while current is not None and id(current) not in seen:
            seen.add(id(current))
            if any(self._leaks(repr(arg)) for arg in current.args):
                current.args = tuple(self._redact(str(arg)) for arg in current.args)
            current = current.__cause__ or current.__context__
        shown = "".join(traceback.format_exception(error))
        return None if self._leaks(shown) else error

    def _leaks(self, text: str) -> bool:
        return any(secret in text for secret in self._secrets)

    def _redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "[secret]")
        return text

    @staticmethod
    def _raise_for_status(method: str, path: str, response: httpx.Response) -> None:
        status = response.status_code
        if status < 400:
            return
        message = ongoing_message(response)
        if status in (401, 403):
            raise AuthenticationError(f"HTTP {status}", message)
        if status == 429:
            raise RateLimitedError(parse_retry_after(response.headers.get("Retry-After")))
        if is_order_locked(method, path, status, message):
            raise OrderLockedError(status, message)
        if is_unknown_path(path, status, message, is_web_page(response)):
            raise UnknownPathError(status, message)
        raise StatusError(status, message)

    @staticmethod
    def _parse(response: httpx.Response, adapter: TypeAdapter[T]) -> T:
        try:
            return adapter.validate_json(response.content)
        except ValidationError as error:
            kind = response.headers.get("content-type", "unknown content")
            raise InvalidResponseError(
                f"{error.error_count()} problems parsing {kind} from {response.request.url.path}"
            ) from error

    async def _get(self, path: str, query: Query, adapter: TypeAdapter[T]) -> T:
        return await self._call("GET", path, adapter, query=query)

    # --- warehouses and articles ---

    async def get_warehouses(self) -> list[Warehouse]:
        """Every warehouse of the account (no goods owner filter on this endpoint)."""
        return await self._get("warehouses", [], _WAREHOUSES)

    async def get_articles_by_barcodes(self, barcodes: Sequence[str]) -> list[Article]:
        """Articles whose main, package, pallet or alternative barcode is one of these."""
        return await self._articles_by("barCodes", check_codes(barcodes, "barcodes"))

    async def get_articles_by_numbers(self, numbers: Sequence[str]) -> list[Article]:
        return await self._articles_by("articleNumbers", check_codes(numbers, "article numbers"))

    async def _articles_by(self, key: str, codes: list[str]) -> list[Article]:
        found: list[Article] = []
        for batch in self._batches(codes, key):
            query: Query = [self.goods_owner, *((key, code) for code in batch)]
            page: list[Article] = await self._get("articles", query, _ARTICLES)
            found.extend(page)
        return found

    async def iter_articles(
        self, page_size: int = 1000, from_system_id: int = 1
    ) -> AsyncGenerator[list[Article], None]:
        """The whole catalogue, page by page, following Ongoing's id cursor (>= from)."""
        check_page(page_size, from_system_id)
        cursor = from_system_id
        while True:
            query: Query = [
                self.goods_owner,
                ("articleSystemIdFrom", cursor),
                ("maxArticlesToGet", page_size),
            ]
            page = await self._get("articles", query, _ARTICLES)
            if page:
                yield page
            if len(page) < page_size:
                return
            cursor = max(article.article_system_id for article in page) + 1

    async def get_articles_changed_since(self, since: datetime) -> list[Article]:
        """Articles whose data changed at or after `since`: a cheap catalogue refresh."""
        query: Query = [self.goods_owner, ("articleDataLastUpdatedFrom", ongoing_time(since))]
        return await self._get("articles", query, _ARTICLES)

    async def get_inventory_per_warehouse(
        self, article_numbers: Sequence[str], warehouse_ids: Sequence[int] | None = None
    ) -> list[ArticleInventory]:
        """Stock per warehouse: one request for up to INVENTORY_BATCH_SIZE articles.

        No `maxArticlesToGet` is sent, so Ongoing answers each batch whole (at most one row
        per article number asked for) and no batch needs paging.
        """
        numbers = check_codes(article_numbers, "article numbers")
        warehouses: Query = [("warehouseIds", int(w)) for w in dict.fromkeys(warehouse_ids or ())]
        result: list[ArticleInventory] = []
        for batch in self._batches(numbers, "articleNumbers"):
            query: Query = [self.goods_owner, *(("articleNumbers", n) for n in batch)]
            query += warehouses
            rows: list[ArticleInventory] = await self._get(
                "articles/inventoryPerWarehouse", query, _INVENTORY
            )
            result.extend(rows)
        return result

    def _batches(self, codes: list[str], key: str) -> Iterator[list[str]]:
        return batches(codes, key, self._query_budget, INVENTORY_BATCH_SIZE)

    def _repeated(self, key: str, codes: Sequence[str] | None, what: str) -> Query:
        """Repeated query keys for a filter that must fit in one request."""
        if not codes:
            return []
        checked = check_codes(codes, what)
        if sum(query_cost(key, code) for code in checked) > self._query_budget:
            raise ValueError(f"Too many {what} for one request; ask for fewer at a time.")
        return [(key, code) for code in checked]

    # --- orders ---

    async def put_order(self, order: PostOrder) -> OrderResponse:
        """Create or update (keyed on the order number); safe to repeat after a timeout.

        Raises OrderLockedError once the warehouse has started on the order.
        """
        return await self._call("PUT", "orders", _ORDER_RESPONSE, body=order.to_body())

    async def get_order(self, order_id: int) -> Order:
        return await self._get(f"orders/{check_id(order_id)}", [], _ORDER)

    async def get_order_document(self, order_id: int) -> dict[str, Any]:
        """The order as Ongoing sends it, every field kept: the base of an update that must
        not lose what the till's models leave out."""
        return await self._get(f"orders/{check_id(order_id)}", [], _DOCUMENT)

    async def update_order(self, body: dict[str, Any]) -> OrderResponse:
        """`PUT /orders` with a whole order's body as given (an update of its number);
        OrderLockedError once the warehouse has started on it."""
        return await self._call("PUT", "orders", _ORDER_RESPONSE, body=body)

    async def get_order_by_number(self, order_number: str) -> Order | None:
        """The order with exactly this number, or None (Ongoing's filter is exact; we check)."""
        check_codes([order_number], "order numbers")
        query: Query = [self.goods_owner, ("orderNumber", order_number)]
        orders = await self._get("orders", query, _ORDERS)
        return next(
            (o for o in orders if o.order_info and o.order_info.order_number == order_number),
            None,
        )

    async def get_orders(
        self,
        *,
        order_id_from: int | None = None,
        max_orders: int | None = None,
        order_numbers: Sequence[str] | None = None,
        status_from: int | None = None,
        status_to: int | None = None,
        status_changed_from: datetime | None = None,
        created_from: datetime | None = None,
    ) -> list[Order]:
        """Orders matching every filter given; without `max_orders`, all of them."""
        query: Query = [self.goods_owner]
        optional: list[tuple[str, int | str | None]] = [
            ("orderIdFrom", order_id_from),
            ("maxOrdersToGet", max_orders),
            ("orderStatusFrom", status_from),
            ("orderStatusTo", status_to),
            ("orderStatusChangedTimeFrom", optional_time(status_changed_from)),
            ("orderCreatedTimeFrom", optional_time(created_from)),
        ]
        query += [(key, value) for key, value in optional if value is not None]
        query += self._repeated("orderNumbers", order_numbers, "order numbers")
        return await self._get("orders", query, _ORDERS)

    async def get_order_statuses(self) -> list[OrderStatus]:
        """Ongoing's status numbers and texts (no goods owner filter on this endpoint)."""
        statuses = await self._get("orders/statuses", [], _STATUSES)
        return [s for s in statuses.order_statuses or [] if s is not None]

    async def get_order_pickability(
        self, *, order_ids: Sequence[int] = (), order_numbers: Sequence[str] = ()
    ) -> OrderPickability:
        """Whether the warehouse can pick these orders from stock now."""
        query: Query = [self.goods_owner]
        query += [("orderIds", check_id(i)) for i in dict.fromkeys(order_ids)]
        query += self._repeated("orderNumbers", order_numbers, "order numbers")
        return await self._get("orders/pickability", query, _PICKABILITY)

    async def cancel_order(self, order_id: int) -> OrderResponse:
        """Cancel before the warehouse starts (safe to repeat); OrderLockedError after."""
        return await self._call("DELETE", f"orders/{check_id(order_id)}", _ORDER_RESPONSE)

    # --- return orders ---

    async def put_return_order(self, return_order: PostReturnOrder) -> ReturnOrderResponse:
        """Create or update (keyed on the return number, as the simulator plays it).

        Ongoing does not document the upsert: callers ask by number before a resend.
        """
        body = return_order.to_body()
        return await self._call("PUT", "returnOrders", _RETURN_RESPONSE, body=body)

    async def get_return_order(self, return_order_id: int) -> ReturnOrder:
        return await self._get(f"returnOrders/{check_id(return_order_id)}", [], _RETURN_ORDER)

    async def get_return_orders(
        self,
        *,
        return_order_numbers: Sequence[str] | None = None,
        order_numbers: Sequence[str] | None = None,
        status_from: int | None = None,
        status_to: int | None = None,
    ) -> list[ReturnOrder]:
        """Return orders matching every filter given (this goods owner's only)."""
        query: Query = [self.goods_owner]
        query += self._repeated("returnOrderNumbers", return_order_numbers, "return numbers")
        query += self._repeated("customerOrderNumbers", order_numbers, "order numbers")
        statuses = (("returnOrderStatusFrom", status_from), ("returnOrderStatusTo", status_to))
        query += [(key, value) for key, value in statuses if value is not None]
        return await self._get("returnOrders", query, _RETURN_ORDERS)

    async def get_return_order_by_number(self, number: str) -> ReturnOrder | None:
        """The return order with exactly this number, or None."""
        found = await self.get_return_orders(return_order_numbers=[number])
        return next(
            (
                r
                for r in found
                if r.return_order_info and r.return_order_info.return_order_number == number
            ),
            None,
        )

    async def delete_return_order(self, return_order_id: int) -> ReturnOrderResponse:
        """Withdraw a return the warehouse has not received (StatusError once it has)."""
        path = f"returnOrders/{check_id(return_order_id)}"
        return await self._call("DELETE", path, _RETURN_RESPONSE)

    async def get_return_causes(self) -> list[ReturnCause]:
        causes = await self._get("returnOrders/returnCauses", [self.goods_owner], _RETURN_CAUSES)
        return [c for c in causes.return_causes or [] if c is not None]

    async def get_return_statuses(self) -> list[ReturnOrderStatus]:
        statuses = await self._get("returnOrders/statuses", [], _RETURN_STATUSES)
        return [s for s in statuses.return_order_statuses or [] if s is not None]

    # --- ways of delivery, transporters ---

    async def get_ways_of_delivery(self) -> list[WayOfDeliveryType]:
        ways = await self._get("orders/wayOfDeliveryTypes", [self.goods_owner], _WAYS)
        return [w for w in ways.way_of_delivery_types or [] if w is not None]

    async def create_way_of_delivery(self, code: str, name: str) -> PostWayOfDeliveryTypeResponse:
        """Create or update (keyed on the code); safe to repeat."""
        check_codes([code], "codes")
        body = {"goodsOwnerId": self.settings.goods_owner_id, "code": code, "name": name}
        return await self._call("PUT", "orders/wayOfDeliveryTypes", _WAY_RESPONSE, body=body)

    async def get_transporter_contracts(self) -> list[TransporterContract]:
        return await self._get("transporterContracts", [self.goods_owner], _CONTRACTS)

    # --- purchase orders ---

    async def get_purchase_orders(
        self,
        *,
        purchase_order_id_from: int | None = None,
        max_purchase_orders: int | None = None,
        status_from: int | None = None,
        status_to: int | None = None,
        in_date_from: date | None = None,
        in_date_to: date | None = None,
        status_changed_from: datetime | None = None,
        article_numbers: Sequence[str] | None = None,
    ) -> list[PurchaseOrder]:
        """Goods on the way in, matching every filter given; without a max, all of them."""
        query: Query = [self.goods_owner]
        optional: list[tuple[str, int | str | None]] = [
            ("purchaseOrderIdFrom", purchase_order_id_from),
            ("maxPurchaseOrdersToGet", max_purchase_orders),
            ("purchaseOrderStatusFrom", status_from),
            ("purchaseOrderStatusTo", status_to),
            ("inDateFrom", optional_time(in_date_from)),
            ("inDateTo", optional_time(in_date_to)),
            ("purchaseOrderStatusChangedTimeFrom", optional_time(status_changed_from)),
        ]
        query += [(key, value) for key, value in optional if value is not None]
        query += self._repeated("articleNumbers", article_numbers, "article numbers")
        return await self._get("purchaseOrders", query, _PURCHASE_ORDERS)

    async def iter_purchase_orders(
        self,
        page_size: int = 100,
        *,
        from_id: int = 1,
        status_from: int | None = None,
        status_to: int | None = None,
        in_date_from: date | None = None,
        in_date_to: date | None = None,
        status_changed_from: datetime | None = None,
        article_numbers: Sequence[str] | None = None,
    ) -> AsyncIterator[list[PurchaseOrder]]:
        """All matching purchase orders, page by page, following the id cursor (>= from)."""
        check_page(page_size, from_id)
        cursor = from_id
        while True:
            page = await self.get_purchase_orders(
                purchase_order_id_from=cursor,
                max_purchase_orders=page_size,
                status_from=status_from,
                status_to=status_to,
                in_date_from=in_date_from,
                in_date_to=in_date_to,
                status_changed_from=status_changed_from,
                article_numbers=article_numbers,
            )
            if page:
                yield page
            ids = [p.purchase_order_info.purchase_order_id for p in page if p.purchase_order_info]
            if len(page) < page_size or not ids:
                return
            cursor = max(ids) + 1

    # --- stock adjustments (stock-taking and other corrections) ---

    async def get_inventory_adjustments(
        self,
        since: datetime,
        until: datetime | None = None,
        *,
        is_reported: bool | None = None,
    ) -> list[InventoryAdjustmentsLine]:
        """Corrections made from `since` (to `until`), per article; `is_reported` filters on
        the flag every system of the goods owner shares."""
        query: Query = [self.goods_owner, ("from", ongoing_time(since))]
        if until is not None:
            query.append(("to", ongoing_time(until)))
        if is_reported is not None:
            query.append(("isReported", "true" if is_reported else "false"))
        return await self._get("inventoryAdjustments", query, _ADJUSTMENTS)

    async def set_adjustment_reported(self, inventory_id: int, article_system_id: int) -> None:
        """Mark one article's correction as handled; other systems stop seeing it as new."""
        path = (
            f"inventoryAdjustments/{check_id(inventory_id)}/articles/"
            f"{check_id(article_system_id)}/setReported"
        )
        await self._call("PATCH", path, _ANY)
