"""Pydantic models of Ongoing's return orders and return causes (`/returnOrders`).

As lenient as the order models: unknown fields ignored, nested objects nullable.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.ongoing.models import CodeName, JsonDecimal, OngoingModel, UtcDateTime, Zero


class ReturnOrderRef(OngoingModel):
    order_id: int


class ReturnOrderLineRef(OngoingModel):
    order_line_id: int


class PostReturnOrderLine(OngoingModel):
    return_order_row_number: str
    customer_order_line: ReturnOrderLineRef
    to_be_returned_number_of_items: JsonDecimal
    return_cause: CodeName | None = None
    return_order_line_comment: str | None = None


class PostReturnOrder(OngoingModel):
    """The body of `PUT /returnOrders`: lines point at the original order's line ids."""

    goods_owner_id: int
    return_order_number: str
    customer_order: ReturnOrderRef
    return_order_lines: list[PostReturnOrderLine]
    warehouse_id: int | None = None
    comment: str | None = None
    return_order_handling_comment: str | None = None

    def to_body(self) -> dict[str, Any]:
        body: dict[str, Any] = self.model_dump(by_alias=True, exclude_none=True, mode="json")
        return body


class ReturnOrderResponse(OngoingModel):
    """Both fields may be null in real answers; no id means not confirmed."""

    return_order_id: int | None = None
    message: str | None = None


class ReturnOrderStatus(OngoingModel):
    number: int
    text: str | None = None


class ReturnWarehouse(OngoingModel):
    id: int
    code: str | None = None
    name: str | None = None


class ReturnOrderInfo(OngoingModel):
    return_order_id: int
    return_order_number: str | None = None
    comment: str | None = None
    return_order_status: ReturnOrderStatus | None = None
    warehouse: ReturnWarehouse | None = None
    created_date: UtcDateTime | None = None
    return_order_arrival_time: UtcDateTime | None = None


class ReturnCustomerOrderInfo(OngoingModel):
    order_id: int
    order_number: str | None = None


class ReturnCustomerOrderLine(OngoingModel):
    order_line_id: int
    customer_order_row_number: str | None = None


class ReturnArticle(OngoingModel):
    article_system_id: int | None = None
    article_number: str | None = None
    article_name: str | None = None


class ReturnOrderLine(OngoingModel):
    return_order_line_id: int | None = None
    return_order_row_number: str | None = None
    customer_order_line: ReturnCustomerOrderLine | None = None
    article: ReturnArticle | None = None
    return_cause: CodeName | None = None
    returned_number_of_items: Decimal = Zero
    picked_number_of_items: Decimal = Zero
    to_be_returned_number_of_items: Decimal = Zero


class ReturnOrder(OngoingModel):
    """GetReturnOrderModel."""

    return_order_info: ReturnOrderInfo | None = None
    customer_order_info: ReturnCustomerOrderInfo | None = None
    return_order_lines: list[ReturnOrderLine | None] | None = None


class ReturnCause(OngoingModel):
    code: str | None = None
    name: str | None = None
    is_remove_cause: bool = False
    is_change_cause: bool = False
    is_return_comment_mandatory: bool = False
    id: int | None = None


class ReturnCauses(OngoingModel):
    return_causes: list[ReturnCause | None] | None = None


class ReturnOrderStatuses(OngoingModel):
    return_order_statuses: list[ReturnOrderStatus | None] | None = None
