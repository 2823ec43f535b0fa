"""Errors become the client's own types; retries, Retry-After and the circuit breaker."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

from app.domain.texts import Text, translate
from app.ongoing.client import OngoingClient, ongoing_message, parse_retry_after
from app.ongoing.constants import (
    BACKOFF_BASE_S,
    BACKOFF_MAX_S,
    CIRCUIT_COOL_DOWN_S,
    CONSECUTIVE_FAILURE_LIMIT,
    MAX_RETRIES,
    MAX_RETRY_AFTER_S,
)
from app.ongoing.errors import (
    AuthenticationError,
    CircuitOpenError,
    InvalidResponseError,
    OngoingConnectionError,
    OngoingError,
    OngoingTimeoutError,
    OrderLockedError,
    RateLimitedError,
    StatusError,
    Words,
    is_order_locked,
)
from app.ongoing.models import Consignee, PostOrder, PostOrderLine
from app.ongoing.retry import (
    CircuitBreaker,
    RetryPolicy,
    is_retryable_error,
    is_retryable_request,
)
from tests.helpers.clocks import ManualClock, Sleeps
from tests.helpers.scripted import (
    GOODS_OWNER_ID,
    LOCKED,
    Script,
    client,
    reply,
    settings,
)

WAREHOUSES = [{"id": 1, "code": "STO1", "name": "Stockholm City"}]
ERROR_500 = {"Message": "An error has occurred."}


def run(
    handler: Script,
    call: Callable[[OngoingClient], Awaitable[Any]],
    **options: Any,
) -> Any:
    async def main() -> Any:
        async with client(handler, **options) as ongoing:
            return await call(ongoing)

    return asyncio.run(main())


def warehouses(ongoing: OngoingClient) -> Awaitable[Any]:
    return ongoing.get_warehouses()


def order(number: str = "T-0001") -> PostOrder:
    return PostOrder(
        goods_owner_id=GOODS_OWNER_ID,
        order_number=number,
        delivery_date="2026-11-28T00:00:00",
        consignee=Consignee(name="Anna Svensson"),
        order_lines=[PostOrderLine(row_number="1", article_number="TS-000001", number_of_items=2)],
    )


def backoff(attempt: int, jitter: float = 0.5) -> float:
    return float(min(BACKOFF_MAX_S, BACKOFF_BASE_S * 2.0 ** (attempt - 1)) * jitter)


# --- status codes ---


@pytest.mark.parametrize("status", [401, 403])
def test_a_refused_login_is_an_authentication_error_and_not_retried(status: int) -> None:
    script = Script(reply(status, {"Message": "Authorization has been denied for this request."}))
    sleeps = Sleeps()
    with pytest.raises(AuthenticationError):
        run(script, warehouses, sleeps=sleeps)
    assert len(script.requests) == 1
    assert sleeps.calls == []


def test_429_with_retry_after_waits_exactly_that_long_then_succeeds() -> None:
    script = Script(
        reply(429, {"Message": "Rate limit."}, {"Retry-After": "3"}), reply(200, WAREHOUSES)
    )
    sleeps = Sleeps()
    result = run(script, warehouses, sleeps=sleeps)
    assert [w.code for w in result] == ["STO1"]
    assert sleeps.calls == [3.0]
    assert len(script.requests) == 2


def test_429_with_an_http_date_in_the_past_retries_at_once() -> None:
    past = format_datetime(datetime.now(UTC) - timedelta(minutes=5), usegmt=True)
    script = Script(reply(429, None, {"Retry-After": past}), reply(200, WAREHOUSES))
    sleeps = Sleeps()
    assert len(run(script, warehouses, sleeps=sleeps)) == 1
    assert sleeps.calls == [0.0]


def test_429_with_an_http_date_far_ahead_is_parsed_and_reported() -> None:
    later = format_datetime(datetime.now(UTC) + timedelta(hours=1), usegmt=True)
    script = Script(reply(429, None, {"Retry-After": later}))
    sleeps = Sleeps()
    with pytest.raises(RateLimitedError) as caught:
        run(script, warehouses, sleeps=sleeps)
    assert caught.value.retry_after is not None
    assert 3000 < caught.value.retry_after <= 3600
    assert sleeps.calls == []


def test_parse_retry_after() -> None:
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after("1.5") == 1.5
    assert parse_retry_after("-4") == 0.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # long past
    ahead = parse_retry_after(format_datetime(datetime.now(UTC) + timedelta(days=1), usegmt=True))
    assert ahead is not None and 86000 < ahead <= 86400
    assert parse_retry_after("soon") is None
    assert parse_retry_after("") is None
    assert parse_retry_after(None) is None


def test_retry_after_above_the_limit_is_reported_without_waiting() -> None:
    too_long = str(int(MAX_RETRY_AFTER_S) + 1)
    script = Script(reply(429, {"Message": "Rate limit."}, {"Retry-After": too_long}))
    sleeps = Sleeps()
    with pytest.raises(RateLimitedError) as caught:
        run(script, warehouses, sleeps=sleeps)
    assert caught.value.retry_after == MAX_RETRY_AFTER_S + 1
    assert f"{MAX_RETRY_AFTER_S + 1:.0f} s" in str(caught.value)
    assert sleeps.calls == []
    assert len(script.requests) == 1


def test_retry_after_at_the_limit_is_still_honoured() -> None:
    script = Script(
        reply(429, None, {"Retry-After": f"{MAX_RETRY_AFTER_S:g}"}), reply(200, WAREHOUSES)
    )
    sleeps = Sleeps()
    run(script, warehouses, sleeps=sleeps)
    assert sleeps.calls == [MAX_RETRY_AFTER_S]


def test_429_without_retry_after_backs_off() -> None:
    script = Script(reply(429, None), reply(200, WAREHOUSES))
    sleeps = Sleeps()
    run(script, warehouses, sleeps=sleeps)
    assert sleeps.calls == [backoff(1)]


def test_500_is_retried_max_retries_times_then_a_status_error() -> None:
    script = Script(*(reply(500, ERROR_500) for _ in range(MAX_RETRIES + 1)))
    sleeps = Sleeps()
    with pytest.raises(StatusError) as caught:
        run(script, warehouses, sleeps=sleeps)
    assert len(script.requests) == MAX_RETRIES + 1
    assert sleeps.calls == [backoff(n) for n in range(1, MAX_RETRIES + 1)]
    assert caught.value.status_code == 500
    assert caught.value.message == "An error has occurred."
    assert caught.value.ongoing_message == "An error has occurred."
    assert str(caught.value) == (
        "Ongoing has a problem right now (error 500). Try again in a minute; "
        "if it keeps happening, tell IT."
    )


def test_500_then_success_returns_the_answer() -> None:
    script = Script(reply(500, ERROR_500), reply(502, None), reply(200, WAREHOUSES))
    sleeps = Sleeps()
    assert [w.id for w in run(script, warehouses, sleeps=sleeps)] == [1]
    assert len(script.requests) == 3
    assert sleeps.calls == [backoff(1), backoff(2)]


def test_400_with_a_lowercase_message_is_not_retried() -> None:
    script = Script(reply(400, {"message": "The value 'x' is not valid for goodsOwnerId."}))
    sleeps = Sleeps()
    with pytest.raises(StatusError) as caught:
        run(script, warehouses, sleeps=sleeps)
    assert type(caught.value) is StatusError
    assert caught.value.status_code == 400
    assert caught.value.message == "The value 'x' is not valid for goodsOwnerId."
    assert str(caught.value) == (
        "Ongoing refused the request (error 400): The value 'x' is not valid for "
        "goodsOwnerId. Check the details or tell IT."
    )
    assert len(script.requests) == 1
    assert sleeps.calls == []


def test_404_without_a_body_has_a_generic_message() -> None:
    script = Script(httpx.Response(404))
    with pytest.raises(StatusError) as caught:
        run(script, lambda c: c.get_order(5))
    assert caught.value.status_code == 404
    assert caught.value.ongoing_message == ""
    assert caught.value.message == "HTTP 404 without an error text"
    assert str(caught.value) == "Ongoing could not find it (error 404). Check the number."
    assert len(script.requests) == 1


def test_an_html_page_with_200_is_an_invalid_response() -> None:
    page = "<html><body><h1>Proxy error</h1></body></html>"
    script = Script(reply(200, page))
    sleeps = Sleeps()
    with pytest.raises(InvalidResponseError):
        run(script, warehouses, sleeps=sleeps)
    assert len(script.requests) == 1
    assert sleeps.calls == []


def test_a_body_whose_gzip_encoding_is_broken_is_an_invalid_response() -> None:
    def broken(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            headers={"Content-Encoding": "gzip"},
            stream=httpx.ByteStream(b"not gzip at all"),
            request=request,
        )

    script = Script(broken)
    with pytest.raises(InvalidResponseError):
        run(script, warehouses)
    assert len(script.requests) == 1


@pytest.mark.parametrize(
    "body",
    [
        {"id": 1, "code": "STO1"},  # an object where a list belongs
        [{"code": "STO1"}],  # the required id missing
        [{"id": "not a number"}],
        None,
    ],
)
def test_json_of_the_wrong_shape_is_an_invalid_response(body: Any) -> None:
    script = Script(reply(200, body))
    with pytest.raises(InvalidResponseError) as caught:
        run(script, warehouses)
    assert "/warehouses" in caught.value.detail
    assert len(script.requests) == 1


# --- orders: locks, idempotent retries ---


def test_a_locked_order_update_is_order_locked_and_not_retried() -> None:
    script = Script(reply(400, {"Message": LOCKED}))
    sleeps = Sleeps()
    with pytest.raises(OrderLockedError) as caught:
        run(script, lambda c: c.put_order(order()), sleeps=sleeps)
    assert isinstance(caught.value, StatusError)
    assert caught.value.status_code == 400
    assert caught.value.ongoing_message == LOCKED.strip()
    assert "warehouse has already started" in str(caught.value)
    assert len(script.requests) == 1
    assert sleeps.calls == []


def test_a_locked_cancel_is_order_locked() -> None:
    text = "The order cannot be cancelled because the warehouse has started working on it."
    script = Script(reply(400, {"Message": text}))
    with pytest.raises(OrderLockedError):
        run(script, lambda c: c.cancel_order(100001))
    assert [(r.method, r.url.path) for r in script.requests] == [
        ("DELETE", "/demo/api/v1/orders/100001")
    ]


def test_another_400_on_put_orders_is_a_plain_status_error() -> None:
    script = Script(reply(400, {"Message": "Article 'X' does not exist."}))
    with pytest.raises(StatusError) as caught:
        run(script, lambda c: c.put_order(order()))
    assert type(caught.value) is StatusError


def test_put_orders_is_retried_after_503_and_a_connection_error_with_the_same_body() -> None:
    ok = reply(201, {"orderId": 100001, "message": "Order T-0001 was created."})
    script = Script(reply(503, None), httpx.ConnectError("connection refused"), ok)
    sleeps = Sleeps()
    result = run(script, lambda c: c.put_order(order("T-0001")), sleeps=sleeps)
    assert result.order_id == 100001
    assert [(r.method, p) for r, p in zip(script.requests, script.paths, strict=True)] == [
        ("PUT", "/orders")
    ] * 3
    bodies = script.bodies()
    assert bodies[0] == bodies[1] == bodies[2] == order("T-0001").to_body()
    assert {b["orderNumber"] for b in bodies} == {"T-0001"}
    assert len(sleeps.calls) == 2


def test_put_way_of_delivery_is_retried() -> None:
    ok = reply(200, {"wayOfDeliveryTypeId": 4, "success": True, "message": "Saved."})
    script = Script(reply(500, ERROR_500), ok)
    result = run(script, lambda c: c.create_way_of_delivery("TILL", "Till sale"))
    assert result.way_of_delivery_type_id == 4
    assert len(script.requests) == 2


def test_a_cancel_is_retried_after_a_dropped_connection() -> None:
    ok = reply(200, {"orderId": 100001, "message": "Order was cancelled."})
    script = Script(httpx.RemoteProtocolError("server disconnected"), ok)
    assert run(script, lambda c: c.cancel_order(100001)).order_id == 100001
    assert len(script.requests) == 2


@pytest.mark.parametrize(
    ("method", "path", "retryable"),
    [
        ("GET", "articles", True),
        ("get", "/orders/5", True),
        ("PUT", "orders", True),
        ("PUT", "/orders/", True),
        ("PUT", "orders/wayOfDeliveryTypes", True),
        ("DELETE", "orders/100001", True),
        ("DELETE", "orders", True),  # cancel by order number: also idempotent
        ("DELETE", "orders/100001/classes", False),
        ("DELETE", "orders/wayOfDeliveryTypes/3", False),
        ("DELETE", "ordersX/1", False),
        ("POST", "orders", False),
        ("PATCH", "orders", False),
        ("PATCH", "orders/100001", False),
        ("POST", "articles", False),
        ("PUT", "articles", False),
        ("PUT", "orders/100001", False),
        ("PUT", "purchaseOrders", False),
        ("DELETE", "purchaseOrders", False),
    ],
)
def test_which_requests_may_be_repeated(method: str, path: str, retryable: bool) -> None:
    assert is_retryable_request(method, path) is retryable


def test_a_non_idempotent_write_is_sent_once_even_on_503() -> None:
    script = Script(reply(503, None))
    sleeps = Sleeps()
    with pytest.raises(StatusError) as caught:
        run(
            script, lambda c: c._request("POST", "orders", body={"orderNumber": "X"}), sleeps=sleeps
        )
    assert caught.value.status_code == 503
    assert len(script.requests) == 1
    assert sleeps.calls == []


# --- network errors ---


def test_a_read_timeout_is_a_timeout_error_and_a_connection_error() -> None:
    def timeout(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    script = Script(*(timeout for _ in range(MAX_RETRIES + 1)))
    with pytest.raises(OngoingTimeoutError) as caught:
        run(script, warehouses)
    assert isinstance(caught.value, OngoingConnectionError)
    assert caught.value.detail == "ReadTimeout"
    assert "did not answer in time" in str(caught.value)
    assert len(script.requests) == MAX_RETRIES + 1


def test_a_read_timeout_then_success_returns_the_answer() -> None:
    script = Script(httpx.ReadTimeout("timed out"), reply(200, WAREHOUSES))
    assert len(run(script, warehouses)) == 1
    assert len(script.requests) == 2


def test_a_connect_error_is_a_connection_error_without_the_url() -> None:
    script = Script(
        *(httpx.ConnectError("failed for https://ongoing.test/x") for _ in range(MAX_RETRIES + 1))
    )
    with pytest.raises(OngoingConnectionError) as caught:
        run(script, warehouses)
    assert not isinstance(caught.value, OngoingTimeoutError)
    assert caught.value.detail == "ConnectError"
    assert "ongoing.test" not in str(caught.value) + repr(caught.value)


# --- RetryPolicy ---


def test_backoff_grows_exponentially_up_to_the_cap_with_full_jitter() -> None:
    error = StatusError(500, "")
    top = RetryPolicy(max_retries=10, jitter=lambda: 1.0)
    delays = [top.delay(n, error) for n in range(1, 9)]
    assert delays == [min(BACKOFF_MAX_S, BACKOFF_BASE_S * 2 ** (n - 1)) for n in range(1, 9)]
    assert delays[:4] == [0.5, 1.0, 2.0, 4.0]
    assert delays[-1] == BACKOFF_MAX_S
    bottom = RetryPolicy(max_retries=10, jitter=lambda: 0.0)
    assert [bottom.delay(n, error) for n in range(1, 9)] == [0.0] * 8
    quarter = RetryPolicy(max_retries=10, jitter=lambda: 0.25)
    assert quarter.delay(3, error) == 0.5


def test_the_default_jitter_stays_within_the_ceiling() -> None:
    policy = RetryPolicy()
    delays = [policy.delay(3, StatusError(500, "")) for _ in range(200)]
    assert all(d is not None and 0 <= d <= 2.0 for d in delays)
    assert len(set(delays)) > 1


def test_the_policy_gives_up_after_max_retries() -> None:
    policy = RetryPolicy(max_retries=2, jitter=lambda: 1.0)
    error = OngoingConnectionError("ConnectError")
    assert policy.delay(1, error) is not None
    assert policy.delay(2, error) is not None
    assert policy.delay(3, error) is None
    assert RetryPolicy(max_retries=0).delay(1, error) is None


@pytest.mark.parametrize(
    "error",
    [
        StatusError(400, "bad"),
        StatusError(404, ""),
        StatusError(409, ""),
        OrderLockedError(400, LOCKED),
        AuthenticationError("HTTP 401"),
        InvalidResponseError("html"),
    ],
)
def test_client_errors_are_never_retried(error: OngoingError) -> None:
    assert not is_retryable_error(error)
    assert RetryPolicy(jitter=lambda: 1.0).delay(1, error) is None


@pytest.mark.parametrize(
    "error",
    [
        StatusError(500, ""),
        StatusError(503, ""),
        StatusError(408, ""),
        OngoingConnectionError(),
        OngoingTimeoutError(),
        RateLimitedError(None),
    ],
)
def test_server_and_network_errors_are_retried(error: OngoingError) -> None:
    assert is_retryable_error(error)
    assert RetryPolicy(jitter=lambda: 1.0).delay(1, error) == BACKOFF_BASE_S


def test_retry_after_overrides_the_backoff_but_not_the_limits() -> None:
    policy = RetryPolicy(jitter=lambda: 1.0)
    assert policy.delay(1, RateLimitedError(7.0)) == 7.0
    assert policy.delay(1, RateLimitedError(0.0)) == 0.0
    assert policy.delay(1, RateLimitedError(MAX_RETRY_AFTER_S + 0.5)) is None
    assert policy.delay(MAX_RETRIES + 1, RateLimitedError(1.0)) is None


# --- CircuitBreaker ---


def test_the_circuit_opens_after_the_limit_and_stops_calls_before_the_transport() -> None:
    clock = ManualClock()
    circuit = CircuitBreaker(clock=clock)
    no_retries = RetryPolicy(max_retries=0)
    script = Script(*(reply(500, ERROR_500) for _ in range(CONSECUTIVE_FAILURE_LIMIT)))

    async def main() -> None:
        async with client(script, circuit=circuit, retry_policy=no_retries) as ongoing:
            for _ in range(CONSECUTIVE_FAILURE_LIMIT):
                with pytest.raises(StatusError):
                    await ongoing.get_warehouses()
            with pytest.raises(CircuitOpenError) as caught:
                await ongoing.get_warehouses()
            assert caught.value.retry_in == CIRCUIT_COOL_DOWN_S
            clock.now += CIRCUIT_COOL_DOWN_S - 1
            with pytest.raises(CircuitOpenError) as caught:
                await ongoing.get_warehouses()
            assert caught.value.retry_in == 1

    asyncio.run(main())
    assert len(script.requests) == CONSECUTIVE_FAILURE_LIMIT


def test_after_the_cool_down_one_call_probes_and_a_success_closes_the_circuit() -> None:
    clock = ManualClock()
    circuit = CircuitBreaker(clock=clock)
    no_retries = RetryPolicy(max_retries=0)
    failures = [reply(500, ERROR_500) for _ in range(CONSECUTIVE_FAILURE_LIMIT)]
    script = Script(*failures, reply(200, WAREHOUSES), *failures[:-1])

    async def main() -> None:
        async with client(script, circuit=circuit, retry_policy=no_retries) as ongoing:
            for _ in range(CONSECUTIVE_FAILURE_LIMIT):
                with pytest.raises(StatusError):
                    await ongoing.get_warehouses()
            with pytest.raises(CircuitOpenError):
                await ongoing.get_warehouses()
            clock.now += CIRCUIT_COOL_DOWN_S
            assert len(await ongoing.get_warehouses()) == 1  # the probe goes through
            # closed again: a full run of failures short of the limit does not open it
            for _ in range(CONSECUTIVE_FAILURE_LIMIT - 1):
                with pytest.raises(StatusError):
                    await ongoing.get_warehouses()
            assert circuit.opened_at is None

    asyncio.run(main())
    assert len(script.requests) == 2 * CONSECUTIVE_FAILURE_LIMIT


def test_a_failed_probe_opens_the_circuit_again_at_once() -> None:
    clock = ManualClock()
    circuit = CircuitBreaker(clock=clock)
    no_retries = RetryPolicy(max_retries=0)
    script = Script(*(reply(500, ERROR_500) for _ in range(CONSECUTIVE_FAILURE_LIMIT + 1)))

    async def main() -> None:
        async with client(script, circuit=circuit, retry_policy=no_retries) as ongoing:
            for _ in range(CONSECUTIVE_FAILURE_LIMIT):
                with pytest.raises(StatusError):
                    await ongoing.get_warehouses()
            clock.now += CIRCUIT_COOL_DOWN_S + 1
            with pytest.raises(StatusError):
                await ongoing.get_warehouses()  # the probe fails
            with pytest.raises(CircuitOpenError):
                await ongoing.get_warehouses()

    asyncio.run(main())
    assert len(script.requests) == CONSECUTIVE_FAILURE_LIMIT + 1


def test_the_circuit_cuts_retries_short_within_one_call() -> None:
    clock = ManualClock()
    script = Script(*(reply(500, ERROR_500) for _ in range(CONSECUTIVE_FAILURE_LIMIT)))

    async def main() -> None:
        async with client(script, circuit=CircuitBreaker(clock=clock)) as ongoing:
            with pytest.raises(StatusError):
                await ongoing.get_warehouses()  # 1 + MAX_RETRIES failures
            with pytest.raises(CircuitOpenError):
                await ongoing.get_warehouses()  # the limit is reached mid-call

    asyncio.run(main())
    assert MAX_RETRIES + 1 < CONSECUTIVE_FAILURE_LIMIT <= 2 * (MAX_RETRIES + 1)
    assert len(script.requests) == CONSECUTIVE_FAILURE_LIMIT


def test_when_the_circuit_opens_mid_call_the_client_reports_without_sleeping_first() -> None:
    clock = ManualClock()
    sleeps = Sleeps()
    script = Script(*(reply(500, ERROR_500) for _ in range(CONSECUTIVE_FAILURE_LIMIT)))

    async def main() -> None:
        async with client(script, circuit=CircuitBreaker(clock=clock), sleeps=sleeps) as ongoing:
            with pytest.raises(StatusError):
                await ongoing.get_warehouses()
            sleeps.calls.clear()
            with pytest.raises(CircuitOpenError):
                await ongoing.get_warehouses()

    asyncio.run(main())
    # The second call fails until the limit; no backoff is slept after the circuit opened.
    second_call_failures = CONSECUTIVE_FAILURE_LIMIT - (MAX_RETRIES + 1)
    assert len(sleeps.calls) == second_call_failures - 1


def test_client_errors_do_not_count_towards_the_circuit() -> None:
    clock = ManualClock()
    circuit = CircuitBreaker(clock=clock)
    script = Script(*(reply(404, None) for _ in range(CONSECUTIVE_FAILURE_LIMIT + 2)))

    async def main() -> None:
        async with client(script, circuit=circuit) as ongoing:
            for _ in range(CONSECUTIVE_FAILURE_LIMIT + 2):
                with pytest.raises(StatusError):
                    await ongoing.get_order(1)

    asyncio.run(main())
    assert circuit.opened_at is None
    assert len(script.requests) == CONSECUTIVE_FAILURE_LIMIT + 2


# --- the facts, for IT; the cashier's words: tests/services/test_ongoing_words.py ---


def test_technical_detail_stays_in_attributes() -> None:
    error = StatusError(400, "The value 'x' is not valid for goodsOwnerId.")
    assert (error.status_code, error.detail) == (400, "HTTP 400")
    assert error.message == "The value 'x' is not valid for goodsOwnerId."
    locked = OrderLockedError(400, LOCKED)
    assert locked.message == LOCKED and locked.status_code == 400
    assert RateLimitedError(12.0).retry_after == 12.0
    assert CircuitOpenError(29.5).retry_in == 29.5
    assert len(StatusError(400, "y" * 5000).message) == 5000  # kept whole, for IT


def test_an_error_states_its_facts_until_it_is_worded() -> None:
    """The client chooses no words for a cashier: its own text is the facts, untranslated."""
    assert str(StatusError(500, "An error has occurred.")) == (
        "Ongoing answered HTTP 500: An error has occurred."
    )
    assert str(StatusError(404, "")) == "Ongoing answered HTTP 404: HTTP 404 without an error text"
    assert (
        str(OngoingTimeoutError("ReadTimeout")) == "Ongoing did not answer in time (ReadTimeout)."
    )
    assert (
        str(RateLimitedError(12.0)) == "Ongoing is limiting requests (HTTP 429, retry after 12 s)."
    )
    error = OngoingConnectionError()
    assert (str(error), error.text.context) == ("Ongoing could not be reached.", "")


def test_the_client_gives_its_errors_the_words_it_was_given_and_names_the_call() -> None:
    def words(error: OngoingError) -> Text:
        return translate("Test", "Worded")

    async def main(given: Words | None) -> StatusError:
        async with OngoingClient(
            settings(), transport=httpx.MockTransport(Script(httpx.Response(404))), words=given
        ) as ongoing:
            with pytest.raises(StatusError) as caught:
                await ongoing.get_order(5)
            return caught.value

    worded = asyncio.run(main(words))
    assert (worded.text, str(worded)) == (Text("Test", "Worded"), "Worded")
    assert worded.request == "GET /orders/5"
    assert worded.status_code == 404  # the facts stay
    plain = asyncio.run(main(None))
    assert str(plain) == "Ongoing answered HTTP 404: HTTP 404 without an error text"
    assert plain.request == "GET /orders/5"


def test_an_unreadable_answer_is_worded_too() -> None:
    async def main() -> OngoingError:
        async with OngoingClient(
            settings(),
            transport=httpx.MockTransport(Script(reply(200, "<html>proxy</html>"))),
            words=lambda error: translate("Test", "Worded"),
        ) as ongoing:
            with pytest.raises(InvalidResponseError) as caught:
                await ongoing.get_warehouses()
            return caught.value

    error = asyncio.run(main())
    assert (str(error), error.request) == ("Worded", "GET /warehouses")


@pytest.mark.parametrize(
    ("method", "path", "status", "message", "locked"),
    [
        ("PUT", "orders", 400, LOCKED, True),
        ("PUT", "/orders/", 409, "Order is locked for changes.", True),
        ("DELETE", "orders/100001", 400, "The order cannot be cancelled because ...", True),
        ("DELETE", "orders/100001", 400, "The warehouse has started working on it.", True),
        ("PUT", "orders", 400, "Article 'X' does not exist.", False),
        ("PUT", "orders", 500, LOCKED, False),  # a server error is not a refusal
        ("PUT", "orders", 401, LOCKED, False),
        ("GET", "orders/100001", 400, LOCKED, False),
        ("PUT", "purchaseOrders", 400, LOCKED, False),
        ("DELETE", "orders/100001/classes", 400, LOCKED, False),
    ],
)
def test_order_locked_detection(
    method: str, path: str, status: int, message: str, locked: bool
) -> None:
    assert is_order_locked(method, path, status, message) is locked


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"Message": "Upper."}, "Upper."),
        ({"message": "lower."}, "lower."),
        ({"Message": "Line one.<br/>Line two."}, "Line one. Line two."),
        ({"Message": 42}, ""),
        (["not", "an", "object"], ""),
        ("<html>Bad gateway</html>", ""),
    ],
)
def test_ongoing_message_is_read_from_either_casing(body: Any, expected: str) -> None:
    response = reply(400, body)
    assert ongoing_message(response) == expected


def test_408_is_retried_like_a_server_error() -> None:
    script = Script(reply(408, None), reply(200, WAREHOUSES))
    sleeps = Sleeps()
    assert len(run(script, warehouses, sleeps=sleeps)) == 1
    assert sleeps.calls == [backoff(1)]


def test_a_text_500_is_a_status_error_with_a_generic_message() -> None:
    script = Script(*(httpx.Response(500, text="Internal error") for _ in range(MAX_RETRIES + 1)))
    with pytest.raises(StatusError) as caught:
        run(script, warehouses)
    assert caught.value.message == "HTTP 500 without an error text"


def test_a_rate_limit_on_put_orders_is_waited_out_and_the_same_order_sent_again() -> None:
    ok = reply(200, {"orderId": 100001, "message": "Order T-0001 updated."})
    script = Script(reply(429, None, {"Retry-After": "2"}), ok)
    sleeps = Sleeps()
    assert run(script, lambda c: c.put_order(order()), sleeps=sleeps).order_id == 100001
    assert sleeps.calls == [2.0]
    assert script.bodies()[0] == script.bodies()[1]


def test_a_lost_connection_mid_way_through_is_not_sent_again_when_not_idempotent() -> None:
    script = Script(httpx.ReadError("connection reset"))
    with pytest.raises(OngoingConnectionError):
        run(script, lambda c: c._request("PATCH", "orders/5/orderRemark", body={"x": 1}))
    assert len(script.requests) == 1
