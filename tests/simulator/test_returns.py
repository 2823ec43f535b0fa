"""The simulator plays Ongoing's return orders, return causes and return statuses.

Bodies follow the derived OpenAPI document and Ongoing's official example request "Create or
update a return order" (postman collection, see tests/contract/ATTRIBUTION.md); every answer
is validated against the document and must carry every documented field.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from app.domain.order_status import PICKED
from app.simulator import SimulatorThread
from app.simulator.returns import ANNOUNCED, RECEIVED, SimReturnCause
from tests.helpers.openapi_contract import missing_fields, validate_request_body, validate_response
from tests.helpers.simulator import stocked_in
from tests.helpers.simulator_http import V1, order_body, owner


def check(method: str, template: str, response: httpx.Response) -> Any:
    body = response.json()
    validate_response(method, V1 + template, response.status_code, body)
    assert missing_fields(method, V1 + template, response.status_code, body) == []
    return body


def picked_order(api: httpx.Client, simulator: SimulatorThread, number: str, qty: int = 3) -> Any:
    """An order the warehouse has picked, read back as the till would (line ids included)."""
    article = stocked_in(simulator, at_least=qty).article_number
    put = api.put("/orders", json=order_body(simulator, number, article, qty))
    order_id = put.json()["orderId"]
    simulator.state.advance_order(order_id, PICKED)
    return api.get(f"/orders/{order_id}").json()


def return_body(
    simulator: SimulatorThread, order: Any, number: str, qty: float, cause: str | None = "SIZE"
) -> dict[str, Any]:
    """Ongoing's official example body, aimed at this order's first line."""
    line: dict[str, Any] = {
        "returnOrderRowNumber": "1",
        "customerOrderLine": {"orderLineId": order["orderLines"][0]["id"]},
        "toBeReturnedNumberOfItems": qty,
    }
    if cause:
        line["returnCause"] = {"code": cause, "name": "Wrong size"}
    body = {
        "goodsOwnerId": simulator.goods_owner_id,
        "returnOrderNumber": number,
        "customerOrder": {"orderId": order["orderInfo"]["orderId"]},
        "comment": "Return order comment",
        "inDate": "2021-02-01",
        "returnOrderLines": [line],
    }
    validate_request_body("PUT", V1 + "/returnOrders", body)
    return body


def test_a_return_order_is_created_then_updated_on_its_number(
    api: httpx.Client, simulator: SimulatorThread
) -> None:
    order = picked_order(api, simulator, "R-1")
    first = api.put("/returnOrders", json=return_body(simulator, order, "RET-1", 1))
    assert first.status_code == 200, first.text
    created = check("PUT", "/returnOrders", first)
    again = api.put("/returnOrders", json=return_body(simulator, order, "RET-1", 2))
    updated = check("PUT", "/returnOrders", again)
    assert updated["returnOrderId"] == created["returnOrderId"]
    assert simulator.state.returns.count_with_number("RET-1") == 1
    read = check(
        "GET", "/returnOrders/{returnOrderId}", api.get(f"/returnOrders/{created['returnOrderId']}")
    )
    assert read["returnOrderInfo"]["returnOrderNumber"] == "RET-1"
    assert read["returnOrderInfo"]["returnOrderStatus"]["number"] == ANNOUNCED
    assert read["customerOrderInfo"]["orderNumber"] == "R-1"
    assert read["returnOrderLines"][0]["toBeReturnedNumberOfItems"] == 2
    assert read["returnOrderLines"][0]["returnCause"]["code"] == "SIZE"


def test_return_orders_filter_by_number_order_number_and_status(
    api: httpx.Client, simulator: SimulatorThread
) -> None:
    first, second = picked_order(api, simulator, "F-1"), picked_order(api, simulator, "F-2")
    api.put("/returnOrders", json=return_body(simulator, first, "RF-1", 1))
    made = api.put("/returnOrders", json=return_body(simulator, second, "RF-2", 1)).json()
    simulator.state.returns.receive(made["returnOrderId"])

    def numbers(**query: Any) -> list[str]:
        found = check(
            "GET", "/returnOrders", api.get("/returnOrders", params={**owner(simulator), **query})
        )
        return sorted(r["returnOrderInfo"]["returnOrderNumber"] for r in found)

    assert numbers() == ["RF-1", "RF-2"]
    assert numbers(returnOrderNumbers="RF-2") == ["RF-2"]
    assert numbers(customerOrderNumbers="F-1") == ["RF-1"]
    assert numbers(returnOrderStatusFrom=RECEIVED) == ["RF-2"]
    assert numbers(returnOrderStatusTo=ANNOUNCED) == ["RF-1"]
    assert api.get("/returnOrders").status_code == 400  # goodsOwnerId is required
    other = api.get("/returnOrders", params={"goodsOwnerId": simulator.goods_owner_id + 1})
    assert other.status_code == 401


def test_the_warehouse_receives_a_return_over_time_and_stock_comes_back(
    api: httpx.Client, simulator: SimulatorThread
) -> None:
    now = [datetime(2026, 12, 1, 10, tzinfo=UTC)]
    simulator.state.clock = lambda: now[0]
    simulator.state.returns.receive_seconds = 600
    order = picked_order(api, simulator, "T-1", qty=2)
    article = order["orderLines"][0]["article"]["articleNumber"]
    shelf_before = simulator.state.stock(article, 1).physical
    made = api.put("/returnOrders", json=return_body(simulator, order, "RT-1", 2)).json()
    path = f"/returnOrders/{made['returnOrderId']}"
    assert api.get(path).json()["returnOrderInfo"]["returnOrderArrivalTime"] is None
    now[0] += timedelta(seconds=601)
    read = check("GET", "/returnOrders/{returnOrderId}", api.get(path))
    assert read["returnOrderInfo"]["returnOrderStatus"]["number"] == RECEIVED
    assert read["returnOrderInfo"]["returnOrderArrivalTime"] is not None
    assert read["returnOrderLines"][0]["returnedNumberOfItems"] == 2
    assert simulator.state.stock(article, 1).physical == shelf_before + 2
    original = api.get(f"/orders/{order['orderInfo']['orderId']}").json()
    assert original["orderLines"][0]["returnedNumberOfItems"] == 2
    refused = api.put("/returnOrders", json=return_body(simulator, order, "RT-1", 1))
    assert refused.status_code == 400  # received: the return cannot change any more


def test_a_return_of_what_was_not_picked_or_beyond_it_is_refused(
    api: httpx.Client, simulator: SimulatorThread
) -> None:
    article = stocked_in(simulator, at_least=2).article_number
    open_id = api.put("/orders", json=order_body(simulator, "N-1", article, 2)).json()["orderId"]
    not_picked = api.get(f"/orders/{open_id}").json()
    refused = api.put("/returnOrders", json=return_body(simulator, not_picked, "RN-1", 1))
    assert refused.status_code == 400 and "not been picked" in refused.json()["Message"]
    order = picked_order(api, simulator, "N-2", qty=2)
    assert (
        api.put("/returnOrders", json=return_body(simulator, order, "RN-2", 1)).status_code == 200
    )
    too_many = api.put("/returnOrders", json=return_body(simulator, order, "RN-3", 2))
    assert too_many.status_code == 400 and "More items" in too_many.json()["Message"]
    unknown = api.put("/returnOrders", json=return_body(simulator, order, "RN-4", 1, "NOPE"))
    assert unknown.status_code == 400
    assert simulator.state.returns.count_with_number("RN-3") == 0


def test_a_cause_that_requires_a_comment_refuses_a_line_without_one(
    api: httpx.Client, simulator: SimulatorThread
) -> None:
    order = picked_order(api, simulator, "C-1")
    refused = api.put("/returnOrders", json=return_body(simulator, order, "RC-1", 1, "OTHER"))
    assert refused.status_code == 400 and "comment" in refused.json()["Message"]
    body = return_body(simulator, order, "RC-1", 1, "OTHER")
    body["returnOrderLines"][0]["returnOrderLineComment"] = "Zip broken"
    assert api.put("/returnOrders", json=body).status_code == 200


def test_return_causes_and_statuses_are_listed(
    api: httpx.Client, simulator: SimulatorThread
) -> None:
    simulator.state.returns.put_cause(SimReturnCause(0, "LATE", "Arrived too late"))
    causes = check(
        "GET",
        "/returnOrders/returnCauses",
        api.get("/returnOrders/returnCauses", params=owner(simulator)),
    )["returnCauses"]
    by_code = {c["code"]: c for c in causes}
    assert by_code["LATE"]["name"] == "Arrived too late"
    assert by_code["OTHER"]["isReturnCommentMandatory"] is True
    assert len({c["id"] for c in causes}) == len(causes)
    statuses = check("GET", "/returnOrders/statuses", api.get("/returnOrders/statuses"))
    assert {s["number"] for s in statuses["returnOrderStatuses"]} == {ANNOUNCED, RECEIVED, 1000}


def test_cancelling_an_order_works_until_the_warehouse_starts(
    api: httpx.Client, simulator: SimulatorThread
) -> None:
    article = stocked_in(simulator, at_least=2).article_number
    first = api.put("/orders", json=order_body(simulator, "D-1", article, 1)).json()["orderId"]
    cancelled = api.delete(f"/orders/{first}")
    assert cancelled.status_code == 200
    assert api.get(f"/orders/{first}").json()["orderInfo"]["orderStatus"]["number"] == 1000
    second = api.put("/orders", json=order_body(simulator, "D-2", article, 1)).json()["orderId"]
    simulator.state.advance_order(second, PICKED)
    assert api.delete(f"/orders/{second}").status_code == 400
