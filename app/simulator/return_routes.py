"""The simulator's `/returnOrders` handlers and answers (`GetReturnOrderModel` and friends).

A mixin of `OngoingApi`, kept apart so the order routes stay readable. Every answer
carries every field of the derived OpenAPI document, as the order answers do.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.simulator.replies import Reply
from app.simulator.returns import RETURN_STATUS_TEXT, SimReturnCause, SimReturnOrder
from app.simulator.state import SimulatorError

if TYPE_CHECKING:
    from app.simulator.routes import Params
    from app.simulator.state import WmsState

RETURN_ROUTES = (
    ("PUT", r"/returnOrders", "put_return_order"),
    ("GET", r"/returnOrders", "get_return_orders"),
    ("DELETE", r"/returnOrders", "delete_return_order_by_number"),
    ("GET", r"/returnOrders/statuses", "get_return_statuses"),
    ("GET", r"/returnOrders/returnCauses", "get_return_causes"),
    ("PUT", r"/returnOrders/returnCauses", "put_return_cause"),
    ("GET", r"/returnOrders/(\d+)", "get_return_order"),
    ("DELETE", r"/returnOrders/(\d+)", "delete_return_order"),
)


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.replace(tzinfo=None).isoformat()


def cause_json(cause: SimReturnCause | None) -> dict[str, Any] | None:
    return None if cause is None else {"code": cause.code, "name": cause.name}


def return_order_json(ret: SimReturnOrder, state: WmsState) -> dict[str, Any]:
    """`GetReturnOrderModel` for one return order."""
    order = state.order(ret.order_id)
    warehouse = state.warehouse(ret.warehouse_id)
    picked: dict[int, tuple[str, Decimal]] = {}
    if order is not None:
        for index, sold in enumerate(order.lines, start=1):
            got = sold.quantity if order.picked else Decimal(0)
            picked[order.order_id * 100 + index] = (sold.row_number, got)
    lines = []
    for index, line in enumerate(ret.lines, start=1):
        article = state.article(line.article_number)
        original = picked.get(line.order_line_id)
        returned = ret.returned(line.row_number)
        removed = returned if line.cause is not None and line.cause.is_remove_cause else 0
        items = []
        if returned:
            items.append(
                {
                    "numberOfItems": float(returned),
                    **dict.fromkeys(("batch", "serial", "expiryDate", "container"), None),
                    "weight": None,
                    "volume": None,
                    "comment": None,
                    "returnTime": _iso(ret.arrived_at),
                    "returnComment": line.comment,
                    "isReturnRemovedByInventory": bool(removed),
                    "returnCause": cause_json(line.cause),
                    "articleItemStatus": None,
                    "articleItemCategory": None,
                }
            )
        lines.append(
            {
                "returnOrderLineId": ret.return_order_id * 100 + index,
                "returnOrderRowNumber": line.row_number,
                "customerOrderLine": {
                    "orderLineId": line.order_line_id,
                    "customerOrderRowNumber": original[0] if original else None,
                },
                "article": {
                    "articleSystemId": article.system_id if article else 0,
                    "articleNumber": line.article_number,
                    "articleName": article.name if article else None,
                },
                "returnCause": cause_json(line.cause),
                "returnedNumberOfItems": float(returned),
                "pickedNumberOfItems": float(original[1]) if original else 0.0,
                "toBeReturnedNumberOfItems": float(line.quantity),
                "returnedRemovedByInventoryNumberOfItems": float(removed),
                "returnedArticleItems": items,
            }
        )
    body = ret.body
    free = body.get("freeValues")
    return {
        "returnOrderInfo": {
            "returnOrderId": ret.return_order_id,
            "returnOrderNumber": ret.number,
            "comment": body.get("comment"),
            "inDate": body.get("inDate"),
            "returnOrderStatus": {
                "number": ret.status,
                "text": RETURN_STATUS_TEXT.get(ret.status),
            },
            "warehouse": {
                "id": ret.warehouse_id,
                "code": warehouse.code if warehouse else None,
                "name": warehouse.name if warehouse else None,
            },
            "returnOrderHandlingComment": body.get("returnOrderHandlingComment"),
            "freeValues": {
                "freeDateTime1": free.get("freeDateTime1") if isinstance(free, dict) else None
            },
            "createdDate": _iso(ret.created_at),
            "returnOrderArrivalTime": _iso(ret.arrived_at),
        },
        "customerOrderInfo": {
            "orderId": ret.order_id,
            "orderNumber": order.order_number if order else None,
        },
        "returnOrderLines": lines,
    }


class ReturnRoutes:
    """Handlers for return orders; `OngoingApi` supplies state, owner checks and body parsing."""

    state: WmsState

    def _json_body(self, body: bytes) -> dict[str, Any]:  # pragma: no cover - OngoingApi's
        raise NotImplementedError

    def _owner_is_ours(self, owner: object) -> None:  # pragma: no cover - OngoingApi's
        raise NotImplementedError

    def _reply(self, status: int, body: Any) -> Reply:
        return Reply(status, body)

    def put_return_order(self, params: Params, body: bytes) -> Reply:
        data = self._json_body(body)
        if "goodsOwnerId" not in data:
            raise SimulatorError(400, "GoodsOwnerId is required.")
        self._owner_is_ours(data.get("goodsOwnerId"))
        ret, created = self.state.returns.upsert(data)
        text = f"Return order number {ret.number} {'created' if created else 'updated'}."
        return self._reply(200, {"returnOrderId": ret.return_order_id, "message": text})

    def get_return_orders(self, params: Params, body: bytes) -> Reply:
        found = self.state.returns.all()
        numbers = set(params.all("returnOrderNumbers"))
        if numbers:
            found = [r for r in found if r.number in numbers]
        order_numbers = set(params.all("customerOrderNumbers"))
        if order_numbers:
            ids = {o.order_id for o in self.state.orders() if o.order_number in order_numbers}
            found = [r for r in found if r.order_id in ids]
        since = params.time("goodsReturnedFromDate")
        if since is not None:
            found = [r for r in found if r.arrived_at is not None and r.arrived_at >= since]
        low = params.integer("returnOrderStatusFrom")
        high = params.integer("returnOrderStatusTo")
        if low is not None:
            found = [r for r in found if r.status >= low]
        if high is not None:
            found = [r for r in found if r.status <= high]
        return self._reply(200, [return_order_json(r, self.state) for r in found])

    def get_return_order(self, params: Params, body: bytes, return_order_id: str) -> Reply:
        ret = self.state.returns.get(int(return_order_id))
        if ret is None:
            raise SimulatorError(404, f"Return order {return_order_id} does not exist.")
        return self._reply(200, return_order_json(ret, self.state))

    def delete_return_order(self, params: Params, body: bytes, return_order_id: str) -> Reply:
        ret = self.state.returns.delete(int(return_order_id))
        text = f"Return order number {ret.number} cancelled."
        return self._reply(200, {"returnOrderId": ret.return_order_id, "message": text})

    def delete_return_order_by_number(self, params: Params, body: bytes) -> Reply:
        self._owner_is_ours(params.integer("goodsOwnerId"))
        number = params.one("returnOrderNumber")
        live = [r for r in self.state.returns.all() if r.number == number]
        if not live:
            raise SimulatorError(404, f"Return order number {number} does not exist.")
        return self.delete_return_order(params, body, str(live[0].return_order_id))

    def get_return_statuses(self, params: Params, body: bytes) -> Reply:
        statuses = [{"number": n, "text": t} for n, t in RETURN_STATUS_TEXT.items()]
        return self._reply(200, {"returnOrderStatuses": statuses})

    def get_return_causes(self, params: Params, body: bytes) -> Reply:
        causes = [
            {
                "code": c.code,
                "name": c.name,
                "isRemoveCause": c.is_remove_cause,
                "isChangeCause": c.is_change_cause,
                "isReturnCommentMandatory": c.comment_mandatory,
                "id": c.id,
            }
            for c in self.state.returns.causes()
        ]
        return self._reply(200, {"returnCauses": causes})

    def put_return_cause(self, params: Params, body: bytes) -> Reply:
        data = self._json_body(body)
        self._owner_is_ours(data.get("goodsOwnerId"))
        code, name = data.get("code"), data.get("name")
        if not isinstance(code, str) or not code or not isinstance(name, str) or not name:
            raise SimulatorError(400, "Code and Name are required.")
        cause = self.state.returns.put_cause(
            SimReturnCause(
                0,
                code,
                name,
                data.get("isRemoveCause") is True,
                data.get("isChangeCause") is True,
                data.get("isReturnCommentMandatory") is True,
            )
        )
        return self._reply(200, {"returnCauseId": cause.id, "success": True, "message": None})
