"""Every official example response parses without losing what the app uses."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from app.ongoing.models import (
    Article,
    Order,
    OrderResponse,
    OrderStatuses,
    PostOrder,
    PurchaseOrder,
    TransporterContract,
)

EXAMPLES = Path(__file__).parents[1] / "contract" / "ongoing-official-examples"


def example(name: str) -> Any:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


def test_article() -> None:
    article = Article.model_validate(example("article-get-response.json"))
    assert article.article_system_id == 18068
    assert article.article_number == "TestArticleNumber_ManyFields1"
    assert article.customer_price == Decimal("12.0")
    assert article.purcase_currency_code == "EUR"
    assert article.bar_code_info is not None
    assert (article.bar_code_info.bar_code, article.bar_code_info.bar_code_package) == (
        "700123456",
        "700456789",
    )
    assert article.inventory_info is not None
    assert article.inventory_info.number_of_items == Decimal(11)


def test_order() -> None:
    order = Order.model_validate(example("order-get-response.json"))
    info = order.order_info
    assert (info.order_id, info.order_number, info.goods_owner_order_id) == (
        50163,
        "O1231234",
        "KL33334",
    )
    assert info.order_status is not None and info.order_status.number == 500
    assert info.way_of_delivery is not None and info.way_of_delivery.code == "SHP1"
    assert info.delivery_date is not None and info.delivery_date.year == 2019
    assert info.created_date is not None and info.created_date.tzinfo is not None
    assert order.order_lines is not None and order.order_lines[0] is not None
    line = order.order_lines[0]
    assert line.article is not None and line.article.article_number == "1009"
    assert line.ordered_number_of_items == Decimal(2)


def test_order_statuses() -> None:
    statuses = OrderStatuses.model_validate(example("order-statuses-response.json"))
    assert [s.number for s in statuses.order_statuses or [] if s] == [
        150,
        200,
        300,
        320,
        400,
        450,
        500,
        1000,
    ]


def test_purchase_order() -> None:
    purchase = PurchaseOrder.model_validate(example("purchase-order-get-response.json"))
    info = purchase.purchase_order_info
    assert (info.purchase_order_id, info.purchase_order_number) == (247, "PO1213534")
    assert info.purchase_order_status is not None and info.purchase_order_status.number == 400
    lines = [line for line in purchase.purchase_order_lines or [] if line]
    assert [(ln.advised_number_of_items, ln.received_number_of_items) for ln in lines[:2]] == [
        (Decimal(2), Decimal(2)),
        (Decimal(10), Decimal(7)),
    ]


def test_transporter_contracts() -> None:
    contracts = TypeAdapter(list[TransporterContract]).validate_python(
        example("transporter-contracts-response.json")
    )
    assert [c.transporter_code for c in contracts] == ["SBTL", "PLAB"]
    assert contracts[1].transporter_services is not None
    assert contracts[1].transporter_services[1] is not None
    assert contracts[1].transporter_services[1].transporter_service_code == "P19"


def test_order_put_responses() -> None:
    for name in ("order-put-full-response.json", "order-put-minimal-response.json"):
        response = OrderResponse.model_validate(example(name))
        assert response.order_id is not None and response.order_id > 0


def test_order_requests_round_trip_through_post_order() -> None:
    for name in ("order-put-full-request.json", "order-put-minimal-request.json"):
        original = example(name)
        body = PostOrder.model_validate(original).to_body()
        for key in body:
            if key in ("orderLines", "consignee"):
                continue
            assert body[key] == original[key], key
        assert body["orderNumber"] == original["orderNumber"]
        for sent, given in zip(
            body.get("orderLines", []), original.get("orderLines", []), strict=True
        ):
            assert (sent["rowNumber"], sent["articleNumber"]) == (
                given["rowNumber"],
                given["articleNumber"],
            )
            assert sent["numberOfItems"] == given["numberOfItems"]
        assert body["consignee"]["name"] == original["consignee"]["name"]


def test_nulls_everywhere_parse() -> None:
    article = Article.model_validate(
        {
            "articleSystemId": 1,
            "articleNumber": None,
            "articleName": None,
            "barCodeInfo": {"barCode": None, "alternativeBarCodes": [None]},
            "inventoryInfo": None,
            "customerPrice": None,
            "purcaseCurrencyCode": None,
            "goodsOwner": None,
            "unknownNewField": {"x": 1},
        }
    )
    assert article.article_number is None
    order = Order.model_validate(
        {
            "orderInfo": {"orderId": 5, "orderStatus": None, "warehouse": None},
            "consignee": None,
            "orderLines": None,
        }
    )
    assert order.order_info.order_id == 5
