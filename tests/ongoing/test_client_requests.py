"""What the client puts on the wire: every request checked against the API document.

Also: batching and input checks before anything is sent, one write at a time, and the
password kept out of every error, repr and log line.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import re
import traceback
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import httpx
import pytest

from app.ongoing.client import OngoingClient
from app.ongoing.constants import INVENTORY_BATCH_SIZE, MAX_CODES_PER_CALL, MAX_URL_BYTES
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
)
from app.ongoing.models import (
    CodeName,
    Consignee,
    Notification,
    PostOrder,
    PostOrderLine,
    PostOrderLinePrices,
    Transporter,
)
from app.ongoing.retry import CircuitBreaker, RetryPolicy
from app.ongoing.return_models import (
    PostReturnOrder,
    PostReturnOrderLine,
    ReturnOrderLineRef,
    ReturnOrderRef,
)
from tests.helpers.clocks import ManualClock
from tests.helpers.openapi_contract import validate_query, validate_request_body, validate_response
from tests.helpers.scripted import (
    API_USER,
    GOODS_OWNER_ID,
    PASSWORD,
    PREFIX,
    Script,
    client,
    reply,
    settings,
)

Call = Callable[[OngoingClient], Awaitable[Any]]

ORDER_ID_PATH = re.compile(r"/orders/\d+")
REPORTED_PATH = re.compile(r"/inventoryAdjustments/\d+/articles/\d+/setReported")
REPORTED_TEMPLATE = "/inventoryAdjustments/{inventoryId}/articles/{articleSystemId}/setReported"
RETURN_ID_PATH = re.compile(r"/returnOrders/\d+")

# Minimal valid answers, per (method, template); checked against the document below.
STUBS: dict[tuple[str, str], Any] = {
    ("GET", "/warehouses"): [],
    ("GET", "/articles"): [],
    ("GET", "/articles/inventoryPerWarehouse"): [],
    ("PUT", "/orders"): {"orderId": 100001, "message": "Order T-1 was created."},
    ("GET", "/orders"): [],
    ("GET", "/orders/{orderId}"): {"orderInfo": {"orderId": 100001, "orderNumber": "T-1"}},
    ("DELETE", "/orders/{orderId}"): {"orderId": 100001, "message": "Cancelled."},
    ("GET", "/orders/statuses"): {"orderStatuses": []},
    ("GET", "/orders/pickability"): {"pickabilityResults": []},
    ("GET", "/orders/wayOfDeliveryTypes"): {"wayOfDeliveryTypes": []},
    ("PUT", "/orders/wayOfDeliveryTypes"): {"wayOfDeliveryTypeId": 4, "success": True},
    ("GET", "/transporterContracts"): [],
    ("GET", "/purchaseOrders"): [],
    ("GET", "/inventoryAdjustments"): [],
    ("PATCH", REPORTED_TEMPLATE): {"message": None, "items": []},
    ("PUT", "/returnOrders"): {"returnOrderId": 700001, "message": None},
    ("GET", "/returnOrders"): [],
    ("GET", "/returnOrders/{returnOrderId}"): {
        "returnOrderInfo": {"returnOrderId": 700001, "createdDate": "2026-12-01T10:00:00"}
    },
    ("GET", "/returnOrders/returnCauses"): {"returnCauses": []},
    ("DELETE", "/returnOrders/{returnOrderId}"): {"returnOrderId": 700001, "message": None},
    ("GET", "/returnOrders/statuses"): {"returnOrderStatuses": []},
}


def template_of(request: httpx.Request) -> str:
    path = request.url.path
    assert path.startswith(PREFIX + "/"), path
    path = path.removeprefix(PREFIX)
    if REPORTED_PATH.fullmatch(path):
        return REPORTED_TEMPLATE
    if RETURN_ID_PATH.fullmatch(path):
        return "/returnOrders/{returnOrderId}"
    return "/orders/{orderId}" if ORDER_ID_PATH.fullmatch(path) else path


def query_of(request: httpx.Request) -> list[tuple[str, str]]:
    return list(request.url.params.multi_items())


class Recorder:
    """Answers every request with its stub and keeps the request."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        key = (request.method, template_of(request))
        if key not in STUBS:
            pytest.fail(f"unexpected request {request.method} {request.url}")
        return reply(200, STUBS[key])

    def calls(self) -> list[tuple[str, str]]:
        return [(r.method, template_of(r)) for r in self.requests]


def run(handler: Callable[[httpx.Request], Any], call: Call) -> Any:
    async def main() -> Any:
        async with client(handler) as ongoing:
            return await call(ongoing)

    return asyncio.run(main())


def full_order(number: str = "T-1") -> PostOrder:
    return PostOrder(
        goods_owner_id=GOODS_OWNER_ID,
        order_number=number,
        delivery_date="2026-11-28T00:00:00",
        consignee=Consignee(
            customer_number="C-42",
            name="Anna Svensson",
            address1="Drottninggatan 53",
            post_code="111 21",
            city="Stockholm",
            country_code="SE",
        ),
        reference_number="Till 3",
        goods_owner_order_id="R-2026-0001",
        order_remark="Collect in store",
        way_of_delivery=CodeName(code="PICKUP"),
        email_notification=Notification(to_be_notified=True, value="anna@example.com"),
        sms_notification=Notification(to_be_notified=True, value="+46701234567"),
        transporter=Transporter(transporter_code="PLAB", transporter_service_code="P19"),
        order_lines=[
            PostOrderLine(
                row_number="1",
                article_number="TS-000001",
                number_of_items=Decimal(2),
                prices=PostOrderLinePrices(
                    customer_line_price=Decimal("199.90"), currency_code="SEK"
                ),
            ),
            PostOrderLine(
                row_number="2", article_number="TS-000002", number_of_items=Decimal("1.5")
            ),
        ],
        warehouse_id=1,
        customer_price=Decimal("399.80"),
    )


async def collect(iterator: Any) -> list[Any]:
    return [page async for page in iterator]


STOCKHOLM = timezone(timedelta(hours=1))

CALLS: list[tuple[str, Call, list[tuple[str, str]]]] = [
    ("get_warehouses", lambda c: c.get_warehouses(), [("GET", "/warehouses")]),
    (
        "get_articles_by_barcodes",
        lambda c: c.get_articles_by_barcodes(["7348065833212", "7347951074043"]),
        [("GET", "/articles")],
    ),
    (
        "get_articles_by_numbers",
        lambda c: c.get_articles_by_numbers(["TS-000001", "TS-000002"]),
        [("GET", "/articles")],
    ),
    ("iter_articles", lambda c: collect(c.iter_articles(page_size=50)), [("GET", "/articles")]),
    (
        "get_articles_changed_since",
        lambda c: c.get_articles_changed_since(datetime(2026, 1, 1, 12, tzinfo=STOCKHOLM)),
        [("GET", "/articles")],
    ),
    (
        "get_inventory_per_warehouse",
        lambda c: c.get_inventory_per_warehouse(["TS-000001", "TS-000002"], [1, 3]),
        [("GET", "/articles/inventoryPerWarehouse")],
    ),
    ("put_order", lambda c: c.put_order(full_order()), [("PUT", "/orders")]),
    ("get_order", lambda c: c.get_order(100001), [("GET", "/orders/{orderId}")]),
    (
        "get_order_document",
        lambda c: c.get_order_document(100001),
        [("GET", "/orders/{orderId}")],
    ),
    ("update_order", lambda c: c.update_order(full_order().to_body()), [("PUT", "/orders")]),
    ("get_order_by_number", lambda c: c.get_order_by_number("T-1"), [("GET", "/orders")]),
    (
        "get_orders",
        lambda c: c.get_orders(
            order_id_from=100001,
            max_orders=50,
            order_numbers=["T-1", "T-2"],
            status_from=200,
            status_to=400,
            status_changed_from=datetime(2026, 1, 1, 12, tzinfo=STOCKHOLM),
            created_from=datetime(2026, 1, 1, 8, 30),
        ),
        [("GET", "/orders")],
    ),
    ("get_order_statuses", lambda c: c.get_order_statuses(), [("GET", "/orders/statuses")]),
    (
        "get_order_pickability",
        lambda c: c.get_order_pickability(order_ids=[100001, 100002], order_numbers=["T-1"]),
        [("GET", "/orders/pickability")],
    ),
    (
        "get_ways_of_delivery",
        lambda c: c.get_ways_of_delivery(),
        [("GET", "/orders/wayOfDeliveryTypes")],
    ),
    (
        "create_way_of_delivery",
        lambda c: c.create_way_of_delivery("TILL", "Till sale"),
        [("PUT", "/orders/wayOfDeliveryTypes")],
    ),
    (
        "get_transporter_contracts",
        lambda c: c.get_transporter_contracts(),
        [("GET", "/transporterContracts")],
    ),
    (
        "get_purchase_orders",
        lambda c: c.get_purchase_orders(
            purchase_order_id_from=500,
            max_purchase_orders=7,
            status_from=200,
            status_to=400,
            in_date_from=date(2026, 11, 1),
            in_date_to=date(2026, 11, 30),
            status_changed_from=datetime(2026, 10, 1, tzinfo=UTC),
            article_numbers=["TS-000001", "TS-000002"],
        ),
        [("GET", "/purchaseOrders")],
    ),
    (
        "iter_purchase_orders",
        lambda c: collect(c.iter_purchase_orders(page_size=7, status_from=200)),
        [("GET", "/purchaseOrders")],
    ),
    ("cancel_order", lambda c: c.cancel_order(100001), [("DELETE", "/orders/{orderId}")]),
    (
        "get_inventory_adjustments",
        lambda c: c.get_inventory_adjustments(
            datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 11, 2, tzinfo=UTC), is_reported=False
        ),
        [("GET", "/inventoryAdjustments")],
    ),
    (
        "set_adjustment_reported",
        lambda c: c.set_adjustment_reported(107, 18068),
        [("PATCH", REPORTED_TEMPLATE)],
    ),
    (
        "put_return_order",
        lambda c: c.put_return_order(
            PostReturnOrder(
                goods_owner_id=GOODS_OWNER_ID,
                return_order_number="T-1-R1",
                customer_order=ReturnOrderRef(order_id=100001),
                warehouse_id=2,
                comment="Wrong size",
                return_order_lines=[
                    PostReturnOrderLine(
                        return_order_row_number="1",
                        customer_order_line=ReturnOrderLineRef(order_line_id=10000101),
                        to_be_returned_number_of_items=Decimal(1),
                        return_cause=CodeName(code="SIZE", name="Wrong size"),
                        return_order_line_comment="Too small",
                    )
                ],
            )
        ),
        [("PUT", "/returnOrders")],
    ),
    (
        "get_return_orders",
        lambda c: c.get_return_orders(
            return_order_numbers=["T-1-R1"], order_numbers=["T-1"], status_from=100, status_to=400
        ),
        [("GET", "/returnOrders")],
    ),
    (
        "get_return_order_by_number",
        lambda c: c.get_return_order_by_number("T-1-R1"),
        [("GET", "/returnOrders")],
    ),
    (
        "get_return_order",
        lambda c: c.get_return_order(700001),
        [("GET", "/returnOrders/{returnOrderId}")],
    ),
    ("get_return_causes", lambda c: c.get_return_causes(), [("GET", "/returnOrders/returnCauses")]),
    (
        "delete_return_order",
        lambda c: c.delete_return_order(700001),
        [("DELETE", "/returnOrders/{returnOrderId}")],
    ),
    ("get_return_statuses", lambda c: c.get_return_statuses(), [("GET", "/returnOrders/statuses")]),
]


@pytest.mark.parametrize(("name", "call", "expected"), CALLS, ids=[c[0] for c in CALLS])
def test_every_request_matches_the_api_document(
    name: str, call: Call, expected: list[tuple[str, str]]
) -> None:
    recorder = Recorder()
    run(recorder, call)
    assert recorder.calls() == expected
    for request in recorder.requests:
        template = "/api/v1" + template_of(request)
        validate_query(request.method, template, query_of(request))
        if request.method == "PUT":
            validate_request_body(
                request.method, template, httpx.Response(200, content=request.content).json()
            )
        else:
            assert request.content == b""
        assert request.headers["accept"] == "application/json"


def test_the_stubs_are_valid_answers() -> None:
    for (method, template), body in STUBS.items():
        status = 201 if (method, template) == ("PUT", "/orders") else 200
        validate_response(method, "/api/v1" + template, status, body)


def test_every_public_method_is_covered() -> None:
    public = {
        name
        for name in vars(OngoingClient)
        if not name.startswith("_") and callable(getattr(OngoingClient, name))
    }
    assert public - {"aclose"} == {c[0] for c in CALLS}


def params(call: Call) -> list[tuple[str, str]]:
    recorder = Recorder()
    run(recorder, call)
    assert len(recorder.requests) == 1
    return query_of(recorder.requests[0])


def test_arrays_are_repeated_keys_never_comma_joined() -> None:
    recorder = Recorder()
    run(recorder, lambda c: c.get_articles_by_numbers(["A", "B"]))
    (request,) = recorder.requests
    assert (
        request.url.query.decode()
        == f"goodsOwnerId={GOODS_OWNER_ID}&articleNumbers=A&articleNumbers=B"
    )
    assert "%2C" not in str(request.url) and "," not in str(request.url)


def test_barcode_lookup_query() -> None:
    assert params(lambda c: c.get_articles_by_barcodes(["111", "222", "111"])) == [
        ("goodsOwnerId", str(GOODS_OWNER_ID)),
        ("barCodes", "111"),
        ("barCodes", "222"),
    ]


def test_inventory_query_with_warehouses() -> None:
    assert params(lambda c: c.get_inventory_per_warehouse(["A", "B"], [1, 3])) == [
        ("goodsOwnerId", str(GOODS_OWNER_ID)),
        ("articleNumbers", "A"),
        ("articleNumbers", "B"),
        ("warehouseIds", "1"),
        ("warehouseIds", "3"),
    ]


def test_inventory_without_warehouses_asks_for_all() -> None:
    query = params(lambda c: c.get_inventory_per_warehouse(["A"]))
    assert "warehouseIds" not in dict(query)


def test_times_are_sent_as_utc_without_a_zone() -> None:
    query = dict(params(CALLS[[c[0] for c in CALLS].index("get_orders")][1]))
    assert query == {
        "goodsOwnerId": str(GOODS_OWNER_ID),
        "orderIdFrom": "100001",
        "maxOrdersToGet": "50",
        "orderStatusFrom": "200",
        "orderStatusTo": "400",
        "orderStatusChangedTimeFrom": "2026-01-01T11:00:00",  # 12:00 at +01:00
        "orderCreatedTimeFrom": "2026-01-01T08:30:00",  # naive: taken as UTC already
        "orderNumbers": "T-2",
    }
    changed = dict(
        params(
            lambda c: c.get_articles_changed_since(datetime(2026, 6, 1, 0, 30, tzinfo=STOCKHOLM))
        )
    )
    assert changed["articleDataLastUpdatedFrom"] == "2026-05-31T23:30:00"


def test_purchase_order_filters() -> None:
    query = params(CALLS[[c[0] for c in CALLS].index("get_purchase_orders")][1])
    assert query == [
        ("goodsOwnerId", str(GOODS_OWNER_ID)),
        ("purchaseOrderIdFrom", "500"),
        ("maxPurchaseOrdersToGet", "7"),
        ("purchaseOrderStatusFrom", "200"),
        ("purchaseOrderStatusTo", "400"),
        ("inDateFrom", "2026-11-01"),
        ("inDateTo", "2026-11-30"),
        ("purchaseOrderStatusChangedTimeFrom", "2026-10-01T00:00:00"),
        ("articleNumbers", "TS-000001"),
        ("articleNumbers", "TS-000002"),
    ]


def test_put_order_sends_the_flat_body() -> None:
    recorder = Recorder()
    run(recorder, lambda c: c.put_order(full_order("T-77")))
    body = httpx.Response(200, content=recorder.requests[0].content).json()
    assert body["orderNumber"] == "T-77"
    assert body["goodsOwnerId"] == GOODS_OWNER_ID
    assert body["orderLines"][0]["numberOfItems"] == 2
    assert body["orderLines"][0]["prices"]["customerLinePrice"] == 199.9
    assert body["orderLines"][1]["numberOfItems"] == 1.5
    assert "orderInfo" not in body
    assert recorder.requests[0].headers["content-type"] == "application/json"


def test_create_way_of_delivery_body() -> None:
    recorder = Recorder()
    run(recorder, lambda c: c.create_way_of_delivery("TILL", "Till sale"))
    body = httpx.Response(200, content=recorder.requests[0].content).json()
    assert body == {"goodsOwnerId": GOODS_OWNER_ID, "code": "TILL", "name": "Till sale"}


# --- batching ---


def test_inventory_for_250_numbers_is_three_requests_without_duplicates() -> None:
    numbers = [f"TS-{n:06d}" for n in range(250)]
    with_duplicates = numbers + numbers[:40] + numbers[100:110]
    recorder = Recorder()
    run(recorder, lambda c: c.get_inventory_per_warehouse(with_duplicates))
    assert len(recorder.requests) == 3
    sent = [[v for k, v in query_of(r) if k == "articleNumbers"] for r in recorder.requests]
    assert [len(batch) for batch in sent] == [INVENTORY_BATCH_SIZE, INVENTORY_BATCH_SIZE, 50]
    assert [n for batch in sent for n in batch] == numbers
    for request in recorder.requests:
        validate_query("GET", "/api/v1/articles/inventoryPerWarehouse", query_of(request))


def test_inventory_rows_from_every_batch_are_returned() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        rows = [
            {"articleSystemId": i, "articleNumber": n, "inventoryPerWarehouse": []}
            for i, (k, n) in enumerate(query_of(request))
            if k == "articleNumbers"
        ]
        return reply(200, rows)

    numbers = [f"N{n}" for n in range(INVENTORY_BATCH_SIZE + 1)]
    script = Script(answer, answer)
    result = run(script, lambda c: c.get_inventory_per_warehouse(numbers))
    assert [row.article_number for row in result] == numbers


def test_inventory_for_no_numbers_sends_nothing() -> None:
    script = Script()  # any request fails the test
    assert run(script, lambda c: c.get_inventory_per_warehouse([])) == []
    assert run(script, lambda c: c.get_articles_by_numbers([])) == []
    assert run(script, lambda c: c.get_articles_by_barcodes([])) == []
    assert script.requests == []


def test_barcode_lookups_are_batched_too() -> None:
    recorder = Recorder()
    run(recorder, lambda c: c.get_articles_by_barcodes([str(n) for n in range(MAX_CODES_PER_CALL)]))
    assert len(recorder.requests) == -(-MAX_CODES_PER_CALL // INVENTORY_BATCH_SIZE)


BAD_CODES: list[tuple[str, list[str]]] = [
    ("empty", [""]),
    ("whitespace", ["   "]),
    ("tab", ["A", "\t"]),
    ("too long", ["x" * 10_000]),
    ("too many", [f"A{n}" for n in range(MAX_CODES_PER_CALL + 1)]),
]
LIST_METHODS: list[tuple[str, Callable[[list[str]], Call]]] = [
    ("get_articles_by_barcodes", lambda codes: lambda c: c.get_articles_by_barcodes(codes)),
    ("get_articles_by_numbers", lambda codes: lambda c: c.get_articles_by_numbers(codes)),
    ("get_inventory_per_warehouse", lambda codes: lambda c: c.get_inventory_per_warehouse(codes)),
    ("get_orders", lambda codes: lambda c: c.get_orders(order_numbers=codes)),
    ("get_order_pickability", lambda codes: lambda c: c.get_order_pickability(order_numbers=codes)),
    ("get_purchase_orders", lambda codes: lambda c: c.get_purchase_orders(article_numbers=codes)),
]


@pytest.mark.parametrize(("what", "codes"), BAD_CODES, ids=[b[0] for b in BAD_CODES])
@pytest.mark.parametrize(("method", "make_call"), LIST_METHODS, ids=[m[0] for m in LIST_METHODS])
def test_bad_codes_are_refused_before_any_request(
    what: str, codes: list[str], method: str, make_call: Callable[[list[str]], Call]
) -> None:
    script = Script()
    with pytest.raises(ValueError, match=r"empty|too long|At most") as caught:
        run(script, make_call(codes))
    assert len(str(caught.value)) < 200
    assert script.requests == []


@pytest.mark.parametrize("code", ["", "   ", "x" * 10_000])
def test_a_bad_single_code_is_refused_before_any_request(code: str) -> None:
    script = Script()
    with pytest.raises(ValueError, match=r"empty|too long"):
        run(script, lambda c: c.get_order_by_number(code))
    with pytest.raises(ValueError, match=r"empty|too long"):
        run(script, lambda c: c.create_way_of_delivery(code, "Name"))
    assert script.requests == []


def test_500_codes_are_allowed() -> None:
    recorder = Recorder()
    run(recorder, lambda c: c.get_articles_by_numbers([f"A{n}" for n in range(MAX_CODES_PER_CALL)]))
    assert len(recorder.requests) == MAX_CODES_PER_CALL // INVENTORY_BATCH_SIZE


# --- paging and picking ---


def test_iter_articles_follows_the_id_cursor() -> None:
    def page(*ids: int) -> httpx.Response:
        return reply(200, [{"articleSystemId": i, "articleNumber": f"A{i}"} for i in ids])

    script = Script(page(10, 11), page(12, 15), page())
    pages = run(script, lambda c: collect(c.iter_articles(page_size=2)))
    assert [[a.article_system_id for a in p] for p in pages] == [[10, 11], [12, 15]]
    cursors = [dict(query_of(r))["articleSystemIdFrom"] for r in script.requests]
    assert cursors == ["1", "12", "16"]
    assert {dict(query_of(r))["maxArticlesToGet"] for r in script.requests} == {"2"}


def test_iter_articles_stops_after_a_short_page() -> None:
    script = Script(reply(200, [{"articleSystemId": 3}]))
    pages = run(script, lambda c: collect(c.iter_articles(page_size=2, from_system_id=3)))
    assert len(pages) == 1
    assert dict(query_of(script.requests[0]))["articleSystemIdFrom"] == "3"


def test_an_unreadable_page_is_an_invalid_response() -> None:
    script = Script(httpx.Response(200, content=b"<html>down for maintenance</html>"))
    with pytest.raises(InvalidResponseError):
        run(script, lambda c: collect(c.iter_articles(page_size=10)))
    script = Script(reply(200, [{"articleSystemId": "not a number"}]))
    with pytest.raises(InvalidResponseError):
        run(script, lambda c: collect(c.iter_articles(page_size=10)))


def test_iter_purchase_orders_follows_the_id_cursor_and_keeps_filters() -> None:
    def page(*ids: int) -> httpx.Response:
        return reply(200, [{"purchaseOrderInfo": {"purchaseOrderId": i}} for i in ids])

    script = Script(page(500, 501), page(502))
    pages = run(script, lambda c: collect(c.iter_purchase_orders(page_size=2, status_to=300)))
    ids = [[p.purchase_order_info.purchase_order_id for p in page] for page in pages]
    assert ids == [[500, 501], [502]]
    queries = [dict(query_of(r)) for r in script.requests]
    assert [q["purchaseOrderIdFrom"] for q in queries] == ["1", "502"]
    assert {q["purchaseOrderStatusTo"] for q in queries} == {"300"}


def test_get_order_by_number_picks_the_exact_match() -> None:
    orders = [
        {"orderInfo": {"orderId": 1, "orderNumber": "T-10"}},
        {"orderInfo": {"orderId": 2, "orderNumber": "T-1"}},
    ]
    script = Script(reply(200, orders), reply(200, orders[:1]))

    async def main() -> tuple[Any, Any]:
        async with client(script) as ongoing:
            first = await ongoing.get_order_by_number("T-1")
            return first, await ongoing.get_order_by_number("T-1")

    found, missing = asyncio.run(main())
    assert found is not None and found.order_info.order_id == 2
    assert missing is None


def test_null_entries_in_lists_are_skipped() -> None:
    script = Script(
        reply(200, {"orderStatuses": [None, {"number": 200, "text": "Open"}]}),
        reply(200, {"wayOfDeliveryTypes": [{"id": 1, "code": "PICKUP"}, None]}),
    )

    async def main() -> tuple[Any, Any]:
        async with client(script) as ongoing:
            return await ongoing.get_order_statuses(), await ongoing.get_ways_of_delivery()

    statuses, ways = asyncio.run(main())
    assert [s.number for s in statuses] == [200]
    assert [w.code for w in ways] == ["PICKUP"]


# --- one write at a time ---


class Overlap:
    """An async handler that records enter/exit and yields, so overlapping calls show."""

    def __init__(self) -> None:
        self.events: list[str] = []
        self.active = 0
        self.peak = 0

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.active += 1
        self.peak = max(self.peak, self.active)
        self.events.append(f"enter {request.method}")
        for _ in range(50):
            await asyncio.sleep(0)
        self.active -= 1
        self.events.append(f"exit {request.method}")
        return reply(200, STUBS[(request.method, template_of(request))])


def concurrently(handler: Overlap, *calls: Call) -> None:
    async def main() -> None:
        async with client(handler) as ongoing:
            await asyncio.gather(*(call(ongoing) for call in calls))

    asyncio.run(main())


def test_two_concurrent_reads_may_overlap() -> None:
    handler = Overlap()
    concurrently(handler, lambda c: c.get_warehouses(), lambda c: c.get_warehouses())
    assert handler.peak == 2
    assert handler.events == ["enter GET", "enter GET", "exit GET", "exit GET"]


def test_two_concurrent_put_orders_never_overlap() -> None:
    handler = Overlap()
    concurrently(
        handler, lambda c: c.put_order(full_order("T-1")), lambda c: c.put_order(full_order("T-2"))
    )
    assert handler.peak == 1
    assert handler.events == ["enter PUT", "exit PUT", "enter PUT", "exit PUT"]


def test_all_writes_go_one_at_a_time_but_reads_pass_them() -> None:
    handler = Overlap()
    concurrently(
        handler,
        lambda c: c.put_order(full_order("T-1")),
        lambda c: c.cancel_order(100001),
        lambda c: c.create_way_of_delivery("TILL", "Till sale"),
        lambda c: c.get_warehouses(),
    )
    writes = [e for e in handler.events if "GET" not in e]
    assert writes == [
        "enter PUT",
        "exit PUT",
        "enter DELETE",
        "exit DELETE",
        "enter PUT",
        "exit PUT",
    ]
    assert handler.peak == 2  # the read ran alongside a write


def test_a_failed_write_releases_the_lock() -> None:
    script = Script(
        reply(400, {"Message": "Article 'X' does not exist."}),
        reply(200, STUBS[("PUT", "/orders")]),
    )

    async def main() -> Any:
        async with client(script) as ongoing:
            with pytest.raises(StatusError):
                await ongoing.put_order(full_order("T-1"))
            return await asyncio.wait_for(ongoing.put_order(full_order("T-2")), 5)

    assert asyncio.run(main()).order_id == 100001


# --- the password stays secret ---

CREDENTIALS = base64.b64encode(f"{API_USER}:{PASSWORD}".encode()).decode()
SECRETS = (PASSWORD, "Zq9!secret", CREDENTIALS)


def assert_secret_free(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} leaked into {text[:200]!r}"


def leaks_the_header(request: httpx.Request) -> httpx.Response:
    # A transport error whose own text carries the Authorization header and the URL.
    raise httpx.ConnectError(f"failed {request.url} with {request.headers['authorization']}")


def times_out_with_the_header(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout(f"timed out; {request.headers['authorization']}", request=request)


ERROR_CASES: list[tuple[type[OngoingError], Callable[[httpx.Request], httpx.Response]]] = [
    (AuthenticationError, lambda r: reply(401, {"Message": "Authorization has been denied."})),
    (RateLimitedError, lambda r: reply(429, None, {"Retry-After": "3600"})),
    (StatusError, lambda r: reply(400, {"Message": "The value is not valid."})),
    (
        OrderLockedError,
        lambda r: reply(400, {"Message": "The warehouse has started working on it."}),
    ),
    (InvalidResponseError, lambda r: reply(200, "<html>Proxy error</html>")),
    (OngoingConnectionError, leaks_the_header),
    (OngoingTimeoutError, times_out_with_the_header),
]


@pytest.mark.parametrize(("kind", "answer"), ERROR_CASES, ids=[c[0].__name__ for c in ERROR_CASES])
def test_no_error_shows_the_password(
    kind: type[OngoingError],
    answer: Callable[[httpx.Request], httpx.Response],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer(request)

    async def main() -> OngoingError:
        async with client(handler, retry_policy=RetryPolicy(max_retries=0)) as ongoing:
            with pytest.raises(kind) as caught:
                await ongoing.put_order(full_order())
            return caught.value

    error = asyncio.run(main())
    assert type(error) is kind
    assert seen[0].headers["authorization"] == f"Basic {CREDENTIALS}"  # it was really sent
    for text in (str(error), repr(error), error.message, error.detail, *map(str, error.args)):
        assert_secret_free(text)
    assert_secret_free("".join(traceback.format_exception(error)))
    if kind in (OngoingConnectionError, OngoingTimeoutError):
        # chained to httpx's own error, whose text was scrubbed of the credentials
        assert isinstance(error.__cause__, httpx.TransportError)
        assert "[secret]" in str(error.__cause__)
    elif kind is InvalidResponseError:
        assert error.__cause__ is not None  # pydantic's ValidationError, for the log
    else:
        assert error.__cause__ is None  # built from the answer itself
    assert_logs_secret_free(caplog)


def leaks_the_plain_password(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError(f"proxy said: wrong password {PASSWORD} for {API_USER}")


class UnscrubbableError(OSError):
    """An error whose text is fixed at creation: blanking its args cannot change str()."""

    def __str__(self) -> str:
        return f"refused {PASSWORD}"


def leaks_through_an_os_error(request: httpx.Request) -> httpx.Response:
    try:
        raise UnscrubbableError("refused")
    except OSError as error:
        raise httpx.ConnectError("connection failed") from error


@pytest.mark.parametrize("answer", [leaks_the_plain_password, leaks_through_an_os_error])
def test_credentials_in_an_underlying_error_never_show(
    answer: Callable[[httpx.Request], httpx.Response], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)

    async def main() -> OngoingError:
        async with client(Script(answer), retry_policy=RetryPolicy(max_retries=0)) as ongoing:
            with pytest.raises(OngoingConnectionError) as caught:
                await ongoing.get_warehouses()
            return caught.value

    error = asyncio.run(main())
    shown = "".join(traceback.format_exception(error))
    assert_secret_free(shown)
    assert "ConnectError" in shown or error.__cause__ is None
    logging.getLogger("app.test").exception("cashier saw an error", exc_info=error)
    assert_logs_secret_free(caplog)


def test_https_uses_the_operating_systems_trust_store(monkeypatch: pytest.MonkeyPatch) -> None:
    import ssl

    import truststore

    built: list[int] = []
    real = truststore.SSLContext

    def counting(protocol: int) -> truststore.SSLContext:
        built.append(protocol)
        return real(protocol)

    monkeypatch.setattr(truststore, "SSLContext", counting)

    async def open_and_close(target: str) -> None:
        async with OngoingClient(settings(target=target)):
            pass

    asyncio.run(open_and_close("https://api.ongoingsystems.se/demo/api/v1/"))
    assert built == [ssl.PROTOCOL_TLS_CLIENT]
    asyncio.run(open_and_close("http://127.0.0.1:8080/demo/api/v1/"))
    assert built == [ssl.PROTOCOL_TLS_CLIENT]  # none for the loopback simulator


def test_the_client_sends_basic_auth_accept_and_user_agent() -> None:
    from app import __version__

    recorder = Recorder()
    run(recorder, lambda c: c.get_warehouses())
    (request,) = recorder.requests
    assert request.headers["authorization"] == f"Basic {CREDENTIALS}"
    assert request.headers["accept"] == "application/json"
    assert request.headers["user-agent"] == f"tillside/{__version__}"
    assert str(request.url) == "https://ongoing.test/demo/api/v1/warehouses"


def test_circuit_open_error_shows_no_password(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    script = Script(leaks_the_header)
    circuit = CircuitBreaker(limit=1, clock=ManualClock())

    async def main() -> OngoingError:
        async with client(script, circuit=circuit, retry_policy=RetryPolicy(max_retries=0)) as c:
            with pytest.raises(OngoingConnectionError):
                await c.get_warehouses()
            with pytest.raises(CircuitOpenError) as caught:
                await c.get_warehouses()
            return caught.value

    error = asyncio.run(main())
    assert_secret_free(str(error) + repr(error) + error.detail)
    assert_logs_secret_free(caplog)


def test_client_repr_and_settings_show_no_password() -> None:
    ongoing = client(Script())
    try:
        text = repr(ongoing) + str(ongoing) + repr(ongoing.settings) + str(ongoing.settings)
        assert_secret_free(text)
        assert API_USER in repr(ongoing)
    finally:
        asyncio.run(ongoing.aclose())


def assert_logs_secret_free(caplog: pytest.LogCaptureFixture) -> None:
    for record in caplog.records:
        assert_secret_free(record.getMessage())
        assert_secret_free(repr(record.args))
        assert_secret_free(repr(vars(record)))
    assert_secret_free(caplog.text)


def test_successful_and_retried_calls_log_no_password(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    recorder = Recorder()
    failing_once = Script(reply(503, None), reply(200, []))

    async def main() -> None:
        async with client(recorder) as ongoing:
            for _name, call, _expected in CALLS:
                await call(ongoing)
        async with client(failing_once) as ongoing:
            await ongoing.get_warehouses()

    asyncio.run(main())
    ours = [r for r in caplog.records if r.name == "app.ongoing"]
    assert len(ours) >= len(CALLS) + 2  # the client does log each request, at DEBUG and INFO
    assert any(r.levelno == logging.DEBUG for r in ours)
    assert any(r.levelno == logging.INFO and "retry_in" in r.getMessage() for r in ours)
    assert_logs_secret_free(caplog)


# --- URL size, ids and paging arguments checked before sending ---


def test_long_codes_are_split_so_every_url_stays_under_the_limit() -> None:
    codes = [f"{n:03d}" + "Å" * 60 for n in range(100)]  # 100 codes, ~370 URL bytes each
    recorder = Recorder()
    rows = run(recorder, lambda c: c.get_inventory_per_warehouse(codes))
    assert rows == []
    assert len(recorder.requests) > 1
    for request in recorder.requests:
        assert len(str(request.url).encode()) < MAX_URL_BYTES
    sent = [v for r in recorder.requests for k, v in query_of(r) if k == "articleNumbers"]
    assert sent == codes  # all of them, once, in order


@pytest.mark.parametrize("count", [1, 50, INVENTORY_BATCH_SIZE])
def test_a_lookup_of_up_to_a_batch_is_exactly_one_request(count: int) -> None:
    numbers = [f"TS-{i:06d}" for i in range(count)]
    recorder = Recorder()
    run(recorder, lambda c: c.get_inventory_per_warehouse(numbers))
    assert len(recorder.requests) == 1


def test_a_filter_too_long_for_one_url_is_refused_before_sending() -> None:
    numbers = [f"{n:03d}" + "x" * 95 for n in range(MAX_CODES_PER_CALL)]
    script = Script()
    with pytest.raises(ValueError, match="Too many order numbers"):
        run(script, lambda c: c.get_orders(order_numbers=numbers))
    with pytest.raises(ValueError, match="Too many article numbers"):
        run(script, lambda c: c.get_purchase_orders(article_numbers=numbers))
    assert script.requests == []


@pytest.mark.parametrize("order_id", [0, -5, True, "12/../../warehouses", 1.5])
def test_a_bad_order_id_is_refused_before_sending(order_id: Any) -> None:
    script = Script()
    for call in (
        lambda c: c.get_order(order_id),
        lambda c: c.cancel_order(order_id),
        lambda c: c.get_order_pickability(order_ids=[order_id]),
    ):
        with pytest.raises(ValueError, match="positive whole number"):
            run(script, call)
    assert script.requests == []


@pytest.mark.parametrize(("page_size", "first"), [(0, 1), (-1, 1), (10, 0)])
def test_bad_paging_arguments_are_refused(page_size: int, first: int) -> None:
    script = Script()
    with pytest.raises(ValueError, match="at least 1"):
        run(script, lambda c: collect(c.iter_articles(page_size=page_size, from_system_id=first)))
    with pytest.raises(ValueError, match="at least 1"):
        run(script, lambda c: collect(c.iter_purchase_orders(page_size, from_id=first)))
    assert script.requests == []


def test_duplicate_warehouse_ids_are_sent_once() -> None:
    assert [
        v
        for k, v in params(lambda c: c.get_inventory_per_warehouse(["A"], [3, 1, 3]))
        if k == "warehouseIds"
    ] == ["3", "1"]


def test_orders_without_order_info_are_skipped_where_the_client_needs_it() -> None:
    script = Script(
        reply(200, [{"orderInfo": None}, {"orderInfo": {"orderId": 9, "orderNumber": "T-1"}}]),
        reply(200, [{"purchaseOrderInfo": None}, {"purchaseOrderInfo": {"purchaseOrderId": 4}}]),
        reply(200, []),
    )

    async def main() -> tuple[Any, Any]:
        async with client(script) as ongoing:
            order = await ongoing.get_order_by_number("T-1")
            pages = await collect(ongoing.iter_purchase_orders(2))
            return order, pages

    order, pages = asyncio.run(main())
    assert order is not None and order.order_info is not None
    assert order.order_info.order_id == 9
    assert [len(p) for p in pages] == [2]
    assert dict(query_of(script.requests[2]))["purchaseOrderIdFrom"] == "5"


def test_one_log_line_per_request_with_method_path_status_attempt_and_time(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="app.ongoing")
    script = Script(reply(503, None), reply(200, []))
    run(script, lambda c: c.get_orders(order_numbers=["SECRET-ORDER-NO"]))
    lines = [r.getMessage() for r in caplog.records if r.name == "app.ongoing"]
    assert len(lines) == 2
    assert re.fullmatch(
        r"event=ongoing_request method=GET path=orders status=503 attempt=1 ms=[\d.]+ "
        r"error=StatusError retry_in=[\d.]+",
        lines[0],
    ), lines[0]
    assert re.fullmatch(
        r"event=ongoing_request method=GET path=orders status=200 attempt=2 ms=[\d.]+", lines[1]
    ), lines[1]
    assert "SECRET-ORDER-NO" not in caplog.text
