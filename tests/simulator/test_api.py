"""The simulator behaves like Ongoing: auth, goods owner, paging, arrays, orders, statuses."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import httpx
import pytest

from app.simulator import DEMO_TENANT, SimulatorThread, load_demo_state
from app.simulator.state import (
    FIRST_ORDER_ID,
    ORDER_CANCEL_LOCKED_MESSAGE,
    ORDER_LOCKED_MESSAGE,
)
from tests.helpers.simulator import stocked_in
from tests.helpers.simulator_http import TLS, order_body, owner


def test_basic_auth_is_required(simulator, anonymous) -> None:
    assert anonymous.get("warehouses").status_code == 401
    for auth in ((simulator.api_user, "wrong"), ("WSI-OTHER", simulator.password)):
        response = anonymous.get("warehouses", auth=auth)
        assert response.status_code == 401
        assert "denied" in response.json()["Message"]
    garbage = anonymous.get("warehouses", headers={"Authorization": "Basic !!"})
    assert garbage.status_code == 401
    token = base64.b64encode(f"{simulator.api_user}:{simulator.password}".encode()).decode()
    ok = anonymous.get("warehouses", headers={"Authorization": f"Basic {token}"})
    assert ok.status_code == 200
    assert simulator.base_url.endswith(f"/{DEMO_TENANT}/api/v1/")
    assert simulator.api_user.startswith("WSI")


def test_another_goods_owner_is_refused_in_a_wrong_logins_words(simulator, api) -> None:
    foreign = api.get("articles", params={"goodsOwnerId": 999})
    assert foreign.status_code == 401
    # The reference records only "401 for bad credentials": the words are the same, and
    # the client tells the two apart by asking for the warehouses (no goods owner).
    assert foreign.json() == {"Message": "Authorization has been denied for this request."}
    assert api.get("articles").status_code == 400  # goodsOwnerId is required
    assert api.get("articles", params={"goodsOwnerId": "one"}).status_code == 400
    body = order_body(simulator, "X-1", stocked_in(simulator).article_number)
    assert api.put("orders", json={**body, "goodsOwnerId": 999}).status_code == 401
    way = {"goodsOwnerId": 999, "code": "X", "name": "X"}
    assert api.put("orders/wayOfDeliveryTypes", json=way).status_code == 401
    assert simulator.state.count_orders_with_number("X-1") == 0


def test_a_wrong_warehouse_name_or_path_is_aspnets_404(simulator, api) -> None:
    tenant = simulator.base_url.split("/")[3]
    wrong_tenant = simulator.base_url.replace(f"/{tenant}/", "/no-such-warehouse/")
    for url in (wrong_tenant + "warehouses", simulator.base_url + "nothing/here"):
        answer = httpx.get(url, auth=(simulator.api_user, simulator.password), verify=TLS)
        assert answer.status_code == 404
        assert answer.json()["Message"].startswith("No HTTP resource was found that matches")


def test_cursor_paging_returns_every_article_exactly_once(simulator, api) -> None:
    seen: list[int] = []
    cursor = 0
    while True:
        query = {**owner(simulator), "articleSystemIdFrom": cursor, "maxArticlesToGet": 50}
        page = api.get("articles", params=query).json()
        ids = [a["articleSystemId"] for a in page]
        assert ids == sorted(ids)
        seen += ids
        if len(page) < 50:
            break
        cursor = ids[-1] + 1
    assert seen == sorted(a.system_id for a in simulator.state.articles())
    assert len(seen) >= 300
    everything = api.get("articles", params=owner(simulator)).json()
    assert len(everything) == len(seen)  # without a max, all of them


def test_inventory_paging_starts_at_the_cursor_inclusive(simulator, api) -> None:
    third = simulator.state.articles()[2].system_id
    query = {**owner(simulator), "articleSystemIdFrom": third, "maxArticlesToGet": 2}
    page = api.get("articles/inventoryPerWarehouse", params=query).json()
    assert page[0]["articleSystemId"] == third and len(page) == 2


def test_out_of_range_filters_are_400(simulator, api) -> None:
    for query in (
        {"maxArticlesToGet": 0},
        {"articleSystemIdFrom": "x"},
        {"onlyArticlesInStock": 2},
    ):
        response = api.get("articles", params={**owner(simulator), **query})
        assert response.status_code == 400
        assert response.json()["Message"]
    bad_time = api.get("orders", params={**owner(simulator), "orderCreatedTimeFrom": "yesterday"})
    assert bad_time.status_code == 400


def test_array_parameters_repeat_the_key_and_commas_match_nothing(simulator, api) -> None:
    a, b = (x.article_number for x in simulator.state.articles()[:2])
    repeated = api.get(
        "articles/inventoryPerWarehouse",
        params=[("goodsOwnerId", 1), ("articleNumbers", b), ("articleNumbers", a)],
    )
    assert [row["articleNumber"] for row in repeated.json()] == [a, b]  # by id
    joined = api.get(
        "articles/inventoryPerWarehouse", params={"goodsOwnerId": 1, "articleNumbers": f"{a},{b}"}
    )
    assert joined.json() == []
    by_number = api.get("articles", params=[("goodsOwnerId", 1), ("articleNumbers", f"{a},{b}")])
    assert by_number.json() == []


def test_inventory_per_warehouse_for_chosen_warehouses(simulator, api) -> None:
    article = stocked_in(simulator).article_number
    rows = api.get(
        "articles/inventoryPerWarehouse",
        params=[
            ("goodsOwnerId", 1),
            ("articleNumbers", article),
            ("warehouseIds", "3"),
            ("warehouseIds", "1"),
        ],
    ).json()
    (row,) = rows
    assert [w["warehouseId"] for w in row["inventoryPerWarehouse"]] == [1, 3]
    first = row["inventoryPerWarehouse"][0]
    stock = simulator.state.stock(article, 1)
    assert first["sellableNumberOfItems"] == float(stock.sellable)
    assert first["numberOfItems"] == float(stock.physical)


def test_negative_sellable_is_reported_as_is(simulator, api) -> None:
    article = simulator.state.articles()[0].article_number
    simulator.state.set_stock(article, 2, physical=1, allocated=3, locked=1)
    (row,) = api.get(
        "articles/inventoryPerWarehouse",
        params=[("goodsOwnerId", 1), ("articleNumbers", article), ("warehouseIds", "2")],
    ).json()
    figures = row["inventoryPerWarehouse"][0]
    assert figures["sellableNumberOfItems"] == -3.0
    assert figures["availableForSaleNumberOfItems"] == 0.0
    assert figures["numberOfLockedItems"] == 1.0
    assert figures["allocatedNumberOfItems"] == 3.0


def test_barcodes_find_articles_by_main_package_pallet_and_alternative(simulator, api) -> None:
    articles = simulator.state.articles()
    main = next(a for a in articles if a.barcode)
    package_only = next(a for a in articles if not a.barcode and a.package_barcode)
    pallet = next(a for a in articles if a.pallet_barcode)
    alternative = next(a for a in articles if a.alternative_barcodes)
    cases = [
        (main.barcode, main),
        (package_only.package_barcode, package_only),
        (pallet.pallet_barcode, pallet),
        (alternative.alternative_barcodes[0], alternative),
    ]
    for code, expected in cases:
        found = api.get("articles", params={**owner(simulator), "barCodes": code}).json()
        assert [x["articleNumber"] for x in found] == [expected.article_number]
    both = api.get(
        "articles", params=[("goodsOwnerId", 1), ("barCodes", str(main.barcode)), ("barCodes", "0")]
    )
    assert [x["articleNumber"] for x in both.json()] == [main.article_number]
    assert (
        api.get("articles", params={**owner(simulator), "barCodes": "7300000000000"}).json() == []
    )


def test_warehouses_are_nordic_with_opening_hours(simulator, api) -> None:
    warehouses = api.get("warehouses").json()
    assert len(warehouses) >= 8
    assert {w["address"]["countryCode"] for w in warehouses} == {"SE", "NO", "DK", "FI"}
    assert all(w["address"]["addressFreeText1"] for w in warehouses)


def test_an_order_allocates_stock_in_its_warehouse_and_resending_updates_it(simulator, api) -> None:
    state = simulator.state
    number = stocked_in(simulator).article_number
    before = {w.id: state.stock(number, w.id).sellable for w in state.warehouses()}
    first = api.put("orders", json=order_body(simulator, "UP-1", number, quantity=2))
    again = api.put("orders", json=order_body(simulator, "UP-1", number, quantity=3))
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["orderId"] == again.json()["orderId"] >= FIRST_ORDER_ID
    assert state.count_orders_with_number("UP-1") == 1
    after = {w.id: state.stock(number, w.id).sellable for w in state.warehouses()}
    assert after[1] == before[1] - 3
    assert {k: v for k, v in after.items() if k != 1} == {k: v for k, v in before.items() if k != 1}
    got = api.get(f"orders/{first.json()['orderId']}").json()
    assert got["orderLines"][0]["orderedNumberOfItems"] == 3
    assert got["orderInfo"]["orderStatus"] == {"number": 200, "text": "Open"}
    by_number = api.get("orders", params={**owner(simulator), "orderNumber": "UP-1"}).json()
    assert [o["orderInfo"]["orderId"] for o in by_number] == [first.json()["orderId"]]


def test_moving_an_order_to_another_warehouse_moves_the_allocation(simulator, api) -> None:
    state = simulator.state
    number = stocked_in(simulator).article_number
    before = (state.stock(number, 1).allocated, state.stock(number, 2).allocated)
    api.put("orders", json=order_body(simulator, "MV-1", number, quantity=2))
    api.put("orders", json=order_body(simulator, "MV-1", number, quantity=2, warehouse=2))
    assert state.stock(number, 1).allocated == before[0]
    assert state.stock(number, 2).allocated == before[1] + 2


def test_order_ids_increase(simulator, api) -> None:
    article = stocked_in(simulator).article_number
    ids = [
        api.put("orders", json=order_body(simulator, f"ID-{i}", article)).json()["orderId"]
        for i in range(3)
    ]
    assert ids == sorted(ids) and len(set(ids)) == 3


def test_an_order_needs_its_required_fields(simulator, api) -> None:
    article = stocked_in(simulator).article_number
    good = order_body(simulator, "REQ-1", article)
    for missing in ("orderNumber", "deliveryDate", "consignee", "goodsOwnerId"):
        response = api.put("orders", json={k: v for k, v in good.items() if k != missing})
        assert response.status_code == 400, missing
        assert missing.lower() in response.json()["Message"].lower()
    no_row = {**good, "orderLines": [{"articleNumber": article, "numberOfItems": 1}]}
    assert api.put("orders", json=no_row).status_code == 400
    unknown = api.put("orders", json=order_body(simulator, "REQ-2", "NO-SUCH"))
    assert unknown.status_code == 400 and "NO-SUCH" in unknown.json()["Message"]
    nowhere = api.put("orders", json=order_body(simulator, "REQ-3", article, warehouse=99))
    assert nowhere.status_code == 400
    assert simulator.state.orders() == []


def test_statuses_advance_with_the_clock_and_lock_the_order(simulator, api) -> None:
    now = [datetime(2026, 11, 28, 12, tzinfo=UTC)]
    simulator.state.clock = lambda: now[0]
    simulator.state.status_step_seconds = 60
    article = stocked_in(simulator).article_number
    order_id = api.put("orders", json=order_body(simulator, "ST-1", article)).json()["orderId"]
    physical = simulator.state.stock(article, 1).physical

    def status() -> int:
        return int(api.get(f"orders/{order_id}").json()["orderInfo"]["orderStatus"]["number"])

    assert status() == 200
    now[0] += timedelta(seconds=61)
    assert status() == 300
    refused = api.put("orders", json=order_body(simulator, "ST-1", article, quantity=5))
    assert refused.status_code == 400
    assert refused.json() == {"Message": ORDER_LOCKED_MESSAGE}
    assert simulator.state.count_orders_with_number("ST-1") == 1
    cancel = api.delete(f"orders/{order_id}")
    assert cancel.status_code == 400 and cancel.json() == {"Message": ORDER_CANCEL_LOCKED_MESSAGE}
    now[0] += timedelta(seconds=60)
    assert status() == 320
    now[0] += timedelta(hours=5)
    assert status() == 400  # picked, and it stays there: physical stock left the shelf
    assert simulator.state.stock(article, 1).physical == physical - 1
    picked = api.get(f"orders/{order_id}").json()["orderLines"][0]
    assert picked["pickedNumberOfItems"] == 1 and picked["pickedArticleItems"]
    simulator.state.collect(order_id)
    assert status() == 500


def test_status_filters_and_change_times(simulator, api) -> None:
    now = [datetime(2026, 11, 28, 12, tzinfo=UTC)]
    simulator.state.clock = lambda: now[0]
    article = stocked_in(simulator).article_number
    first = api.put("orders", json=order_body(simulator, "F-1", article)).json()["orderId"]
    now[0] += timedelta(minutes=5)
    second = api.put("orders", json=order_body(simulator, "F-2", article)).json()["orderId"]
    simulator.state.advance_order(first, 400)

    def ids(**query: object) -> list[int]:
        found = api.get("orders", params={**owner(simulator), **query}).json()
        return [o["orderInfo"]["orderId"] for o in found]

    assert ids() == [first, second]
    assert ids(orderStatusFrom=300) == [first]
    assert ids(orderStatusTo=200) == [second]
    assert ids(orderCreatedTimeFrom="2026-11-28T12:01:00Z") == [second]
    assert ids(orderStatusChangedTimeFrom="2026-11-28T12:04:00Z") == [first, second]
    assert ids(orderIdFrom=second) == [second]
    assert ids(maxOrdersToGet=1) == [first]
    both = api.get("orders", params=[("goodsOwnerId", 1), ("orderNumbers", "F-2")]).json()
    assert [o["orderInfo"]["orderNumber"] for o in both] == ["F-2"]


def test_cancel_before_work_frees_the_stock(simulator, api) -> None:
    article = stocked_in(simulator).article_number
    before = simulator.state.stock(article, 1).sellable
    order_id = api.put("orders", json=order_body(simulator, "C-1", article, 2)).json()["orderId"]
    assert simulator.state.stock(article, 1).sellable == before - 2
    cancelled = api.delete(f"orders/{order_id}")
    assert cancelled.status_code == 200
    assert cancelled.json()["orderId"] == order_id
    assert simulator.state.stock(article, 1).sellable == before
    got = api.get(f"orders/{order_id}").json()
    assert got["orderInfo"]["orderStatus"] == {"number": 1000, "text": "Cancelled"}
    assert got["orderLines"][0]["allocatedNumberOfItems"] == 0
    assert api.put("orders", json=order_body(simulator, "C-1", article)).status_code == 400


def test_advancing_to_cancelled_by_hand_also_frees_the_stock(simulator, api) -> None:
    article = stocked_in(simulator).article_number
    before = simulator.state.stock(article, 1).sellable
    order_id = api.put("orders", json=order_body(simulator, "C-2", article, 2)).json()["orderId"]
    simulator.state.advance_order(order_id, 1000)
    assert simulator.state.stock(article, 1).sellable == before


def test_unknown_order_ids_and_paths_are_404_with_a_message(simulator, api, anonymous) -> None:
    for path in ("orders/999", "nothing-here", "orders/999/nothing"):
        response = api.get(path)
        assert response.status_code == 404
        assert response.json()["Message"]
    assert api.delete("orders/999").status_code == 404
    assert api.post("warehouses").status_code == 405
    other_tenant = anonymous.get(
        simulator.base_url.replace(f"/{DEMO_TENANT}/", "/other/") + "warehouses",
        auth=(simulator.api_user, simulator.password),
    )
    assert other_tenant.status_code == 404


def test_bad_bodies_are_400(simulator, api) -> None:
    headers = {"Content-Type": "application/json"}
    assert api.put("orders", content=b"{not json", headers=headers).status_code == 400
    assert api.put("orders", content=b"[1, 2]", headers=headers).status_code == 400
    assert api.put("orders/wayOfDeliveryTypes", json={"goodsOwnerId": 1}).status_code == 400


def test_pickability_says_not_ok_when_the_shelf_is_short(simulator, api) -> None:
    state = simulator.state
    short, plenty = (a.article_number for a in state.articles()[:2])
    state.set_stock(short, 1, physical=1)
    state.set_stock(plenty, 1, physical=50)
    body = order_body(simulator, "P-1", short, quantity=3)
    body["orderLines"].append({"rowNumber": "2", "articleNumber": plenty, "numberOfItems": 1})
    created = api.put("orders", json=body)
    assert created.status_code == 201  # accepted although short, like Ongoing
    ok = api.put("orders", json=order_body(simulator, "P-2", plenty))
    query = [
        ("goodsOwnerId", "1"),
        ("orderNumbers", "P-1"),
        ("orderIds", str(ok.json()["orderId"])),
    ]
    results = api.get("orders/pickability", params=query).json()["pickabilityResults"]
    verdicts = {
        r["orderInfo"]["orderNumber"]: r["orderPickability"]["pickability"] for r in results
    }
    assert verdicts == {"P-1": "PartlyPickable", "P-2": "Pickable"}
    lines = results[0]["orderLines"]
    assert [ln["orderLinePickability"]["pickability"] for ln in lines] == [
        "NotPickable",
        "Pickable",
    ]


def test_ways_of_delivery_are_created_and_updated_by_code(simulator, api) -> None:
    put = {"goodsOwnerId": 1, "code": "EXPRESS", "name": "Express"}
    created = api.put("orders/wayOfDeliveryTypes", json=put).json()
    renamed = api.put("orders/wayOfDeliveryTypes", json={**put, "name": "Express 2h"}).json()
    assert created["success"] and renamed["success"]
    assert created["wayOfDeliveryTypeId"] == renamed["wayOfDeliveryTypeId"]
    listed = api.get("orders/wayOfDeliveryTypes", params=owner(simulator)).json()
    express = [w for w in listed["wayOfDeliveryTypes"] if w["code"] == "EXPRESS"]
    assert express == [
        {"id": created["wayOfDeliveryTypeId"], "code": "EXPRESS", "name": "Express 2h"}
    ]


def test_purchase_order_filters(simulator, api) -> None:
    state = simulator.state
    every = state.purchase_orders()

    def ids(query: list[tuple[str, str]]) -> list[int]:
        found = api.get("purchaseOrders", params=[("goodsOwnerId", "1"), *query]).json()
        return [p["purchaseOrderInfo"]["purchaseOrderId"] for p in found]

    assert ids([]) == [p.purchase_order_id for p in every]
    assert ids([("purchaseOrderStatusFrom", "400")]) == [
        p.purchase_order_id for p in every if p.status >= 400
    ]
    assert ids([("maxPurchaseOrdersToGet", "2"), ("purchaseOrderIdFrom", "503")]) == [503, 504]
    first = every[0]
    assert ids([("purchaseOrderNumbers", first.number), ("purchaseOrderNumbers", "X")]) == [
        first.purchase_order_id
    ]
    article = first.lines[0][0]
    assert first.purchase_order_id in ids([("articleNumbers", article)])
    in_date = first.in_date.strftime("%Y-%m-%dT%H:%M:%S")
    assert ids([("inDateFrom", in_date), ("inDateTo", in_date)]) == [first.purchase_order_id]
    changed = every[-1].status_changed_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert ids([("purchaseOrderStatusChangedTimeFrom", changed)]) == [every[-1].purchase_order_id]


def test_requests_are_recorded_with_their_query_and_body(simulator, api) -> None:
    api.get("articles", params=[("goodsOwnerId", 1), ("barCodes", "1"), ("barCodes", "2")])
    last = simulator.requests[-1]
    assert (last.method, last.path, last.status) == ("GET", "/articles", 200)
    assert last.query == [("goodsOwnerId", "1"), ("barCodes", "1"), ("barCodes", "2")]
    api.put("orders", content=b"{}", headers={"Content-Type": "application/json"})
    assert (simulator.requests[-1].body, simulator.requests[-1].status) == (b"{}", 400)


def test_keep_alive_serves_many_requests_on_one_connection(simulator, api) -> None:
    for _ in range(5):
        assert api.get("warehouses").status_code == 200
    assert len(simulator.requests) == 5


def test_the_thread_runner_stops_and_frees_its_port() -> None:
    with SimulatorThread.start() as running:
        url = running.base_url
        client = httpx.Client(auth=(running.api_user, running.password), verify=TLS)
        assert client.get(url + "warehouses").status_code == 200  # keeps a connection open
    with pytest.raises(httpx.TransportError):
        client.get(url + "warehouses", timeout=2)
    client.close()
    running.stop()  # twice is fine


def test_state_snapshots_are_copies() -> None:
    state = load_demo_state()
    article = state.articles()[0].article_number
    state.stock(article, 1).physical += Decimal(1000)
    assert state.stock(article, 1).physical < 1000
