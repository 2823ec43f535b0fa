"""Every answer matches the derived OpenAPI document and Ongoing's official examples."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.simulator import SimulatorThread
from tests.helpers.openapi_contract import missing_fields, validate_request_body, validate_response
from tests.helpers.simulator import stocked_in
from tests.helpers.simulator_http import V1, order_body, owner

EXAMPLES = Path(__file__).parent.parent / "contract" / "ongoing-official-examples"


def example(name: str) -> Any:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


def full_order(simulator: SimulatorThread, article: str) -> dict[str, Any]:
    """Ongoing's own full PUT /orders example, re-targeted at our goods owner and article."""
    body: dict[str, Any] = example("order-put-full-request.json")
    body["goodsOwnerId"] = simulator.goods_owner_id
    body["warehouseId"] = 1
    for line in body["orderLines"]:
        line["articleNumber"] = article
    validate_request_body("PUT", V1 + "/orders", body)
    return body


def keys(value: Any, where: str = "") -> set[str]:
    """Every key path in a JSON value, lists folded as []."""
    found: set[str] = set()
    if isinstance(value, dict):
        for key, sub in value.items():
            path = f"{where}.{key}"
            found |= {path} | keys(sub, path)
    elif isinstance(value, list):
        for item in value:
            found |= keys(item, f"{where}[]")
    return found


def check(method: str, template: str, response: httpx.Response) -> Any:
    """Valid against the document and complete: every documented field is present."""
    body = response.json()
    validate_response(method, V1 + template, response.status_code, body)
    assert missing_fields(method, V1 + template, response.status_code, body) == []
    return body


READS = [
    ("warehouses", "/warehouses", {}),
    ("articles", "/articles", {"maxArticlesToGet": 40}),
    ("articles/inventoryPerWarehouse", "/articles/inventoryPerWarehouse", {"maxArticlesToGet": 5}),
    ("orders/statuses", "/orders/statuses", {}),
    ("orders/wayOfDeliveryTypes", "/orders/wayOfDeliveryTypes", {}),
    ("transporterContracts", "/transporterContracts", {}),
    ("purchaseOrders", "/purchaseOrders", {}),
    ("orders/pickability", "/orders/pickability", {}),
    ("orders", "/orders", {}),
]


@pytest.mark.parametrize(("path", "template", "params"), READS)
def test_every_read_is_valid_and_complete(simulator, api, path, template, params) -> None:
    article = stocked_in(simulator).article_number
    api.put("orders", json=full_order(simulator, article))
    api.put("orders", json=order_body(simulator, "CONTRACT-2", article))
    no_owner = template in ("/warehouses", "/orders/statuses")
    response = api.get(path, params=params if no_owner else {**owner(simulator), **params})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert check("GET", template, response)


def test_writes_are_valid_and_complete(simulator, api) -> None:
    article = stocked_in(simulator).article_number
    created = api.put("orders", json=order_body(simulator, "W-1", article))
    assert created.status_code == 201
    order_id = check("PUT", "/orders", created)["orderId"]
    updated = api.put("orders", json=order_body(simulator, "W-1", article, quantity=2))
    assert updated.status_code == 200
    check("PUT", "/orders", updated)
    check("GET", "/orders/{orderId}", api.get(f"orders/{order_id}"))
    way = {"goodsOwnerId": simulator.goods_owner_id, "code": "EXPRESS", "name": "Express"}
    validate_request_body("PUT", V1 + "/orders/wayOfDeliveryTypes", way)
    assert check(
        "PUT", "/orders/wayOfDeliveryTypes", api.put("orders/wayOfDeliveryTypes", json=way)
    )
    assert check("DELETE", "/orders/{orderId}", api.delete(f"orders/{order_id}"))["orderId"] == (
        order_id
    )


def test_the_official_full_order_round_trips_like_the_official_answer(simulator, api) -> None:
    article = stocked_in(simulator)
    created = api.put("orders", json=full_order(simulator, article.article_number))
    assert created.status_code == 201
    official_put = example("order-put-full-response.json")
    pattern = re.escape(official_put["message"]).replace("21628", r"\d+")
    assert re.fullmatch(pattern, created.json()["message"])
    assert set(created.json()) == set(official_put)

    simulator.state.collect(created.json()["orderId"])  # the example is a collected order
    got = check("GET", "/orders/{orderId}", api.get(f"orders/{created.json()['orderId']}"))
    official = example("order-get-response.json")
    assert keys(official) <= keys(got)
    for field in ("referenceNumber", "salesCode", "freeText1", "orderType", "wayOfDelivery"):
        assert got["orderInfo"][field] == official["orderInfo"][field]
    assert got["orderInfo"]["customsInfo"] == official["orderInfo"]["customsInfo"]
    assert {k: got["consignee"][k] for k in official["consignee"]} == official["consignee"]
    for kind in ("transporter", "returnTransporter"):
        assert {k: got[kind][k] for k in official[kind]} == official[kind]
    line, official_line = got["orderLines"][0], official["orderLines"][0]
    for field in ("rowNumber", "comment", "serialNumber", "lineTotalCustomsValue"):
        assert line[field] == official_line[field]
    assert line["article"]["articleSystemId"] == article.system_id
    assert got["orderInfo"]["warehouse"] == {"id": 1, "code": "STO1", "name": "Stockholm City"}


def test_purchase_orders_carry_advised_and_received_like_the_example(simulator, api) -> None:
    got = check("GET", "/purchaseOrders", api.get("purchaseOrders", params=owner(simulator)))
    official = example("purchase-order-get-response.json")
    received = [p for p in got if p["purchaseOrderInfo"]["purchaseOrderStatus"]["number"] == 500]
    assert keys(official) <= keys(received[0])
    lines = [line for p in got for line in p["purchaseOrderLines"]]
    assert any(ln["receivedNumberOfItems"] == 0 < ln["advisedNumberOfItems"] for ln in lines)
    assert any(0 < ln["receivedNumberOfItems"] < ln["advisedNumberOfItems"] for ln in lines)
    assert any(ln["receivedNumberOfItems"] == ln["advisedNumberOfItems"] for ln in lines)
    assert len({p["purchaseOrderInfo"]["warehouse"]["id"] for p in got}) > 1


def test_transporter_contracts_and_statuses_look_like_the_examples(simulator, api) -> None:
    contracts = api.get("transporterContracts", params=owner(simulator)).json()
    assert keys(example("transporter-contracts-response.json")) == keys(contracts)
    statuses = api.get("orders/statuses").json()
    assert statuses == {
        "orderStatuses": [
            {"number": n, "text": t}
            for n, t in (
                (150, "Error"),
                (200, "Open"),
                (300, "Released"),
                (320, "Allocated"),
                (400, "Picked"),
                (450, "Sent"),
                (500, "Collected"),
                (800, "Returned"),
                (1000, "Cancelled"),
            )
        ]
    }


def test_articles_show_every_barcode_kind_and_null_prices(simulator, api) -> None:
    got = api.get("articles", params=owner(simulator)).json()
    info = [a["barCodeInfo"] for a in got]
    assert any(i["barCodePallet"] for i in info)
    assert any(i["alternativeBarCodes"] for i in info)
    assert any(a["customerPrice"] is None for a in got)
    for article in got:  # non-nullable numbers are never null
        assert all(v is not None for k, v in article["inventoryInfo"].items() if k != "lastInDate")
