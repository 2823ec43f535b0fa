"""The simulator behaves like the Ongoing API in the reference: shapes, auth, paging, faults."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import httpx
import pytest
from stdnum import ean

from app.simulator import Faults, SimulatorThread, generate_state, load_demo_state
from app.simulator.state import ORDER_LOCKED_MESSAGE
from tests.openapi_contract import validate_response

V1 = "/api/v1"


@pytest.fixture
def api(simulator) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=simulator.base_url, auth=(simulator.api_user, simulator.password), timeout=10
    ) as client:
        yield client


def owner(simulator) -> dict[str, int]:
    return {"goodsOwnerId": simulator.goods_owner_id}


def order_body(simulator, number: str, article: str, quantity: int = 1, warehouse: int = 1) -> dict:
    return {
        "goodsOwnerId": simulator.goods_owner_id,
        "orderNumber": number,
        "deliveryDate": "2026-11-28T00:00:00",
        "warehouseId": warehouse,
        "consignee": {"name": "Anna Svensson"},
        "orderLines": [{"rowNumber": "1", "articleNumber": article, "numberOfItems": quantity}],
    }


def stocked(simulator):
    state = simulator.state
    for article in state.articles():
        if state.stock(article.article_number, 1).sellable >= 5:
            return article
    raise AssertionError("no stocked article in warehouse 1")


@pytest.mark.parametrize(
    ("path", "template", "params"),
    [
        ("warehouses", "/warehouses", {}),
        ("articles", "/articles", {"maxArticlesToGet": 5}),
        (
            "articles/inventoryPerWarehouse",
            "/articles/inventoryPerWarehouse",
            {"maxArticlesToGet": 5},
        ),
        ("orders/statuses", "/orders/statuses", {}),
        ("orders/wayOfDeliveryTypes", "/orders/wayOfDeliveryTypes", {}),
        ("transporterContracts", "/transporterContracts", {}),
        ("purchaseOrders", "/purchaseOrders", {}),
        ("orders/pickability", "/orders/pickability", {}),
        ("orders", "/orders", {}),
    ],
)
def test_every_read_validates_against_the_api_document(simulator, api, path, template, params):
    api.put("orders", json=order_body(simulator, "CONTRACT-1", stocked(simulator).article_number))
    query = (
        params
        if template in ("/warehouses", "/orders/statuses")
        else {**owner(simulator), **params}
    )
    response = api.get(path, params=query)
    assert response.status_code == 200
    assert response.json()
    validate_response("GET", V1 + template, 200, response.json())


def test_writes_validate_against_the_api_document(simulator, api) -> None:
    article = stocked(simulator).article_number
    created = api.put("orders", json=order_body(simulator, "W-1", article))
    assert created.status_code == 201
    validate_response("PUT", V1 + "/orders", 201, created.json())
    assert "<br/>" in created.json()["message"]
    order = api.get(f"orders/{created.json()['orderId']}")
    validate_response("GET", V1 + "/orders/{orderId}", 200, order.json())
    assert order.json()["orderInfo"]["orderNumber"] == "W-1"
    way = api.put(
        "orders/wayOfDeliveryTypes", json={"goodsOwnerId": 1, "code": "EXPRESS", "name": "Express"}
    )
    validate_response("PUT", V1 + "/orders/wayOfDeliveryTypes", 200, way.json())
    cancelled = api.delete(f"orders/{created.json()['orderId']}")
    validate_response("DELETE", V1 + "/orders/{orderId}", 200, cancelled.json())


def test_basic_auth_is_required(simulator) -> None:
    for auth in (None, (simulator.api_user, "wrong"), ("WSI-OTHER", simulator.password)):
        response = httpx.get(simulator.base_url + "warehouses", auth=auth)
        assert response.status_code == 401
        assert "denied" in response.json()["Message"]


def test_another_goods_owner_is_refused(simulator, api) -> None:
    assert api.get("articles", params={"goodsOwnerId": 999}).status_code == 401
    assert api.get("articles").status_code == 400  # goodsOwnerId is required
    body = order_body(simulator, "X-1", stocked(simulator).article_number)
    assert api.put("orders", json={**body, "goodsOwnerId": 999}).status_code == 401


def test_cursor_paging_returns_every_article_exactly_once(simulator, api) -> None:
    seen: list[int] = []
    cursor = 1
    while True:
        page = api.get(
            "articles",
            params={**owner(simulator), "articleSystemIdFrom": cursor, "maxArticlesToGet": 50},
        ).json()
        seen += [a["articleSystemId"] for a in page]
        if len(page) < 50:
            break
        cursor = page[-1]["articleSystemId"] + 1
    assert sorted(seen) == sorted(a.system_id for a in simulator.state.articles())
    assert len(seen) == len(set(seen))


def test_array_parameters_repeat_the_key_and_commas_match_nothing(simulator, api) -> None:
    a, b = (x.article_number for x in simulator.state.articles()[:2])
    repeated = api.get(
        "articles/inventoryPerWarehouse",
        params=[("goodsOwnerId", 1), ("articleNumbers", a), ("articleNumbers", b)],
    )
    assert [row["articleNumber"] for row in repeated.json()] == [a, b]
    joined = api.get(
        "articles/inventoryPerWarehouse", params={"goodsOwnerId": 1, "articleNumbers": f"{a},{b}"}
    )
    assert joined.json() == []


def test_barcodes_find_articles_by_main_package_and_alternative_codes(simulator, api) -> None:
    articles = simulator.state.articles()
    package_only = next(a for a in articles if not a.barcode and a.package_barcode)
    alternative = next(a for a in articles if a.alternative_barcodes)
    for code, expected in (
        (articles[0].barcode, articles[0]),
        (package_only.package_barcode, package_only),
        (alternative.alternative_barcodes[0], alternative),
    ):
        found = api.get("articles", params={**owner(simulator), "barCodes": code}).json()
        assert [x["articleNumber"] for x in found] == [expected.article_number]


def test_an_order_allocates_stock_in_its_warehouse_and_resending_updates_it(simulator, api) -> None:
    article = stocked(simulator)
    number = article.article_number
    before = {
        w.id: simulator.state.stock(number, w.id).sellable for w in simulator.state.warehouses()
    }
    first = api.put("orders", json=order_body(simulator, "UP-1", number, quantity=2))
    again = api.put("orders", json=order_body(simulator, "UP-1", number, quantity=3))
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["orderId"] == again.json()["orderId"]
    assert simulator.state.count_orders_with_number("UP-1") == 1
    after = {
        w.id: simulator.state.stock(number, w.id).sellable for w in simulator.state.warehouses()
    }
    assert after[1] == before[1] - 3
    assert {k: v for k, v in after.items() if k != 1} == {k: v for k, v in before.items() if k != 1}
    lines = api.get(f"orders/{first.json()['orderId']}").json()["orderLines"]
    assert lines[0]["orderedNumberOfItems"] == 3


def test_statuses_advance_with_the_clock_and_lock_the_order(simulator, api) -> None:
    now = [datetime(2026, 11, 28, 12, tzinfo=UTC)]
    simulator.state.clock = lambda: now[0]
    simulator.state.status_step_seconds = 60
    article = stocked(simulator).article_number
    order_id = api.put("orders", json=order_body(simulator, "ST-1", article)).json()["orderId"]
    physical = simulator.state.stock(article, 1).physical

    def status() -> int:
        return api.get(f"orders/{order_id}").json()["orderInfo"]["orderStatus"]["number"]

    assert status() == 200
    now[0] += timedelta(seconds=61)
    assert status() == 300
    refused = api.put("orders", json=order_body(simulator, "ST-1", article, quantity=5))
    assert refused.status_code == 400
    assert refused.json()["Message"].startswith(ORDER_LOCKED_MESSAGE.split("(")[0])
    assert api.delete(f"orders/{order_id}").status_code == 400
    now[0] += timedelta(seconds=200)
    assert status() == 400  # picked: physical stock left the shelf
    assert simulator.state.stock(article, 1).physical == physical - 1


def test_cancel_before_work_frees_the_stock(simulator, api) -> None:
    article = stocked(simulator).article_number
    before = simulator.state.stock(article, 1).sellable
    order_id = api.put("orders", json=order_body(simulator, "C-1", article, 2)).json()["orderId"]
    assert simulator.state.stock(article, 1).sellable == before - 2
    assert api.delete(f"orders/{order_id}").status_code == 200
    assert simulator.state.stock(article, 1).sellable == before
    assert api.get(f"orders/{order_id}").json()["orderInfo"]["orderStatus"]["number"] == 1000
    assert api.get("orders/999").status_code == 404


def test_bad_requests_get_messages(simulator, api) -> None:
    assert (
        api.put(
            "orders", content=b"{not json", headers={"Content-Type": "application/json"}
        ).status_code
        == 400
    )
    unknown = api.put("orders", json=order_body(simulator, "B-1", "NO-SUCH"))
    assert unknown.status_code == 400 and "NO-SUCH" in unknown.json()["Message"]
    assert (
        api.get("articles", params={**owner(simulator), "maxArticlesToGet": 0}).status_code == 400
    )
    assert api.get("nothing-here").status_code == 404


@pytest.mark.parametrize(("kind", "status"), [("5xx", 500), ("429", 429), ("non-json", 200)])
def test_scripted_error_faults(simulator, api, kind, status) -> None:
    simulator.faults.retry_after_s = 7
    simulator.faults.enqueue(kind, path_suffix="/warehouses")
    response = api.get("warehouses")
    assert response.status_code == status
    if kind == "429":
        assert response.headers["Retry-After"] == "7"
    if kind == "non-json":
        assert response.text.startswith("<html>")
    assert api.get("warehouses").status_code == 200  # consumed once


def test_drop_closes_without_answer_and_drop_after_commit_keeps_the_order(simulator, api) -> None:
    simulator.faults.enqueue("drop", method="GET")
    with pytest.raises(httpx.RemoteProtocolError):
        api.get("warehouses")
    article = stocked(simulator).article_number
    simulator.faults.enqueue("drop-after-commit", method="PUT", path_suffix="/orders")
    with pytest.raises(httpx.RemoteProtocolError):
        api.put("orders", json=order_body(simulator, "D-1", article))
    assert simulator.state.count_orders_with_number("D-1") == 1


def test_slow_commit_stores_the_order_before_answering(simulator, api) -> None:
    simulator.faults.slow_commit_s = 2
    simulator.faults.enqueue("slow-commit", method="PUT", path_suffix="/orders")
    with pytest.raises(httpx.ReadTimeout):
        api.put(
            "orders",
            json=order_body(simulator, "S-1", stocked(simulator).article_number),
            timeout=0.3,
        )
    assert simulator.state.count_orders_with_number("S-1") == 1


def test_latency_is_added_to_every_answer(simulator, api) -> None:
    simulator.faults.latency_ms = 300
    with pytest.raises(httpx.ReadTimeout):
        api.get("warehouses", timeout=0.05)
    simulator.faults.latency_ms = 0
    assert api.get("warehouses").status_code == 200


def test_requests_are_recorded_with_their_query(simulator, api) -> None:
    api.get("articles", params=[("goodsOwnerId", 1), ("barCodes", "1"), ("barCodes", "2")])
    last = simulator.requests[-1]
    assert (last.method, last.path, last.status) == ("GET", "/articles", 200)
    assert last.query == [("goodsOwnerId", "1"), ("barCodes", "1"), ("barCodes", "2")]


def test_fault_spec_parses_and_refuses_with_a_message() -> None:
    faults = Faults.parse(
        "5xx=0.1,429=0.05,retry-after=2,drop=0.05,slow-commit=3,latency=100,seed=7"
    )
    assert (faults.error_5xx_rate, faults.rate_limit_rate, faults.retry_after_s) == (0.1, 0.05, 2)
    assert (faults.drop_rate, faults.slow_commit_s, faults.latency_ms, faults.seed) == (
        0.05,
        3,
        100,
        7,
    )
    for bad in ("5xx", "boom=1", "5xx=abc", "drop=2"):
        with pytest.raises(ValueError, match="Bad fault"):
            Faults.parse(bad)
    with pytest.raises(ValueError, match="Unknown fault"):
        faults.enqueue("meteor")


def test_random_faults_follow_their_rates() -> None:
    faults = Faults.parse("5xx=0.5,seed=3")
    rolls = [faults.next_fault("GET", "/warehouses") for _ in range(1000)]
    assert 400 < rolls.count("5xx") < 600
    assert set(rolls) == {"5xx", None}


def test_demo_data_meets_the_brief() -> None:
    state = load_demo_state()
    warehouses, articles = state.warehouses(), state.articles()
    assert len(warehouses) >= 8
    assert {w.country_code for w in warehouses} >= {"SE", "NO", "DK", "FI"}
    assert all(w.address1 and w.post_code and w.city and w.opening_hours for w in warehouses)
    assert len(articles) >= 300
    codes = [c for a in articles for c in a.barcodes()]
    assert all(len(c) == 13 and ean.is_valid(c) for c in codes)
    assert len(codes) == len(set(codes))
    assert any(not a.barcode and a.package_barcode for a in articles)
    assert any(not a.barcode and a.alternative_barcodes for a in articles)
    assert (
        any(a.price is None for a in articles) and sum(a.price is not None for a in articles) > 250
    )

    def sellable(a):
        return [state.stock(a.article_number, w.id).sellable for w in warehouses]

    assert any(all(s == 0 for s in sellable(a)) for a in articles)  # sold out everywhere
    assert any(any(s < 0 for s in sellable(a)) for a in articles)  # oversold somewhere
    stocked_in = [sum(1 for s in sellable(a) if s > 0) for a in articles]
    assert max(stocked_in) < len(warehouses)  # nothing is everywhere: uneven on purpose


def test_a_large_catalogue_can_be_generated() -> None:
    state = generate_state(12, 100_000)
    assert len(state.warehouses()) == 12
    assert len(state.articles()) == 100_000
    assert state.article(state.articles()[-1].article_number) is not None


def test_the_thread_runner_stops_and_frees_its_port() -> None:
    with SimulatorThread.start() as running:
        url = running.base_url
        assert (
            httpx.get(url + "warehouses", auth=(running.api_user, running.password)).status_code
            == 200
        )
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "warehouses", timeout=2)


def test_state_snapshots_are_copies() -> None:
    state = load_demo_state()
    article = state.articles()[0].article_number
    state.stock(article, 1).physical += Decimal(1000)
    assert state.stock(article, 1).physical < 1000
