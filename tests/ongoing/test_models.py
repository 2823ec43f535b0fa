"""Every official example response parses without losing what the app uses."""

from __future__ import annotations

import json
import typing
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, TypeAdapter

from app.ongoing.models import (
    Article,
    ArticleInventory,
    ArticleResponse,
    InventoryAdjustmentsLine,
    Order,
    OrderPickability,
    OrderResponse,
    OrderStatuses,
    PostOrder,
    PostWayOfDeliveryTypeResponse,
    PurchaseOrder,
    PurchaseOrderResponse,
    PurchaseOrderStatuses,
    TransporterContract,
    Warehouse,
    WayOfDeliveryTypes,
)
from tests.helpers.openapi_contract import document, validate_response

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
    assert info is not None
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
    assert info is not None
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


def modelled(value: Any, model: type[BaseModel]) -> Any:
    """`value` (JSON from a file) cut down to the fields `model` knows, recursively."""
    out: dict[str, Any] = {}
    for field in model.model_fields.values():
        alias = field.alias
        assert alias is not None
        if alias not in value:
            continue
        inner = nested_model(field.annotation)
        item = value[alias]
        if inner is not None and isinstance(item, dict):
            item = modelled(item, inner)
        elif inner is not None and isinstance(item, list):
            item = [modelled(x, inner) if isinstance(x, dict) else x for x in item]
        out[alias] = item
    return out


def nested_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = nested_model(arg)
        if found is not None:
            return found
    return None


@pytest.mark.parametrize("name", ["order-put-full-request.json", "order-put-minimal-request.json"])
def test_official_order_requests_round_trip_through_post_order(name: str) -> None:
    original = example(name)
    body = PostOrder.model_validate(original).to_body()
    assert body == modelled(original, PostOrder)
    # and what we model covers everything a till order needs
    for key in ("goodsOwnerId", "orderNumber", "deliveryDate", "consignee", "orderLines"):
        assert body[key] == original[key] or key in ("consignee", "orderLines")
    assert body["consignee"]["name"] == original["consignee"]["name"]
    assert [
        (ln["rowNumber"], ln["articleNumber"], ln["numberOfItems"]) for ln in body["orderLines"]
    ] == [
        (ln["rowNumber"], ln["articleNumber"], ln["numberOfItems"]) for ln in original["orderLines"]
    ]


def test_the_full_request_keeps_every_field_a_till_sets() -> None:
    body = PostOrder.model_validate(example("order-put-full-request.json")).to_body()
    assert body["wayOfDelivery"] == {"code": "SHP1", "name": "Shipment way 1"}
    assert body["emailNotification"] == {"toBeNotified": True, "value": "a@b.com"}
    assert body["transporter"] == {"transporterCode": "PLAB", "transporterServiceCode": "P18"}
    assert body["goodsOwnerOrderId"] == "KL33334"
    assert body["orderRemark"] == "Very important order"
    assert body["servicePointCode"] == "3232323"
    assert body["consignee"]["countryStateCode"] == "MN"


def test_a_post_order_built_in_python_dumps_to_camel_case() -> None:
    order = PostOrder(
        goods_owner_id=1,
        order_number="T-1",
        delivery_date="2026-11-28",
        consignee={"name": "A"},
        warehouse_id=3,
        picking_priority=2,
        language_code="sv",
        warehouse_instruction="Fragile",
        order_lines=[
            {"row_number": "1", "article_number": "A1", "number_of_items": Decimal("1.5")}
        ],
    )
    assert order.model_dump(by_alias=True, exclude_none=True, mode="json") == {
        "goodsOwnerId": 1,
        "orderNumber": "T-1",
        "deliveryDate": "2026-11-28",
        "consignee": {"name": "A"},
        "warehouseId": 3,
        "pickingPriority": 2,
        "languageCode": "sv",
        "warehouseInstruction": "Fragile",
        "orderLines": [{"rowNumber": "1", "articleNumber": "A1", "numberOfItems": 1.5}],
    }


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
    assert order.order_info is not None and order.order_info.order_id == 5


def test_article_put_responses() -> None:
    full = ArticleResponse.model_validate(example("article-put-full-response.json"))
    assert full.article_system_id == 18068
    assert full.message is not None and "TestArticleNumber_ManyFields1" in full.message
    minimal = ArticleResponse.model_validate(example("article-put-minimal-response.json"))
    assert minimal.article_system_id == 18067


def test_purchase_order_put_responses() -> None:
    full = PurchaseOrderResponse.model_validate(example("purchase-order-put-full-response.json"))
    assert full.purchase_order_id == 247
    assert full.message is not None and "PO1213534" in full.message
    minimal = PurchaseOrderResponse.model_validate(
        example("purchase-order-put-minimal-response.json")
    )
    assert minimal.purchase_order_id == 246


def test_purchase_order_statuses() -> None:
    statuses = PurchaseOrderStatuses.model_validate(
        example("purchase-order-statuses-response.json")
    )
    assert [(s.number, s.text) for s in statuses.order_statuses or [] if s][:2] == [
        (100, "Notified"),
        (200, "Arrival space"),
    ]
    assert [s.number for s in statuses.order_statuses or [] if s][-1] == 900


def test_inventory_adjustments() -> None:
    lines = TypeAdapter(list[InventoryAdjustmentsLine]).validate_python(
        example("inventory-adjustments-response.json")
    )
    assert [ln.article.article_number for ln in lines if ln.article] == [
        "TestArticleNumber_ManyFields1",
        "TestArticleNumber1",
    ]
    first = (lines[0].inventory_adjustments or [])[0]
    assert first is not None
    assert (first.inventory_id, first.number_of_items, first.location) == (107, Decimal(-2), "A15")
    assert first.inventory_time is not None and first.inventory_time.tzinfo is not None
    assert first.inventory_adjustment_cause is None


def test_order_details_used_by_the_app() -> None:
    order = Order.model_validate(example("order-get-response.json"))
    info = order.order_info
    assert info is not None
    assert info.order_status is not None and info.order_status.text == "Hämtad"
    assert (info.ordered_number_of_items, info.picked_number_of_items) == (Decimal(2), Decimal(2))
    assert order.consignee is not None and order.consignee.name == "Name 1"
    assert order.goods_owner is not None and order.goods_owner.id == 159


def test_purchase_order_details_used_by_the_app() -> None:
    purchase = PurchaseOrder.model_validate(example("purchase-order-get-response.json"))
    info = purchase.purchase_order_info
    assert info is not None and info.in_date is not None
    assert (info.in_date.year, info.in_date.month, info.in_date.day) == (2019, 11, 1)
    assert purchase.supplier_info is not None
    assert purchase.supplier_info.supplier_name == "Supplier No. 3, Inc"
    first = (purchase.purchase_order_lines or [])[0]
    assert first is not None and first.article is not None
    assert (first.id, first.row_number, first.article.article_number) == (555, "1", "CK2")


def test_every_official_example_answer_has_a_test() -> None:
    answers = {p.name for p in EXAMPLES.glob("*-response.json")}
    tested = {
        "article-get-response.json",
        "article-put-full-response.json",
        "article-put-minimal-response.json",
        "inventory-adjustments-response.json",
        "order-get-response.json",
        "order-put-full-response.json",
        "order-put-minimal-response.json",
        "order-statuses-response.json",
        "purchase-order-get-response.json",
        "purchase-order-put-full-response.json",
        "purchase-order-put-minimal-response.json",
        "purchase-order-statuses-response.json",
        "transporter-contracts-response.json",
    }
    assert answers == tested


# --- nulls everywhere, generated from the API document ---

SCHEMAS = document()["components"]["schemas"]

# (model as the client parses it, the operation whose 200 answer it is)
PARSED: list[tuple[Any, str, str]] = [
    (list[Warehouse], "GET", "/api/v1/warehouses"),
    (list[Article], "GET", "/api/v1/articles"),
    (list[ArticleInventory], "GET", "/api/v1/articles/inventoryPerWarehouse"),
    (list[Order], "GET", "/api/v1/orders"),
    (Order, "GET", "/api/v1/orders/{orderId}"),
    (OrderResponse, "PUT", "/api/v1/orders"),
    (OrderResponse, "DELETE", "/api/v1/orders/{orderId}"),
    (OrderStatuses, "GET", "/api/v1/orders/statuses"),
    (OrderPickability, "GET", "/api/v1/orders/pickability"),
    (WayOfDeliveryTypes, "GET", "/api/v1/orders/wayOfDeliveryTypes"),
    (PostWayOfDeliveryTypeResponse, "PUT", "/api/v1/orders/wayOfDeliveryTypes"),
    (list[TransporterContract], "GET", "/api/v1/transporterContracts"),
    (list[PurchaseOrder], "GET", "/api/v1/purchaseOrders"),
    (PurchaseOrderStatuses, "GET", "/api/v1/purchaseOrders/statuses"),
    (list[InventoryAdjustmentsLine], "GET", "/api/v1/inventoryAdjustments"),
]


def resolve(schema: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The schema behind refs and single allOfs, and whether null is allowed on the way."""
    nullable = bool(schema.get("nullable"))
    while True:
        if "$ref" in schema:
            schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]]
        elif len(schema.get("allOf", ())) == 1:
            schema = schema["allOf"][0]
        else:
            return schema, nullable or bool(schema.get("nullable"))
        nullable = nullable or bool(schema.get("nullable"))


def filled(schema: dict[str, Any], *, expand: bool, depth: int = 0) -> Any:
    """An answer where everything nullable is null.

    With `expand`, nested objects are present (to a depth) and only their leaves are null;
    without, every nullable object is null itself. Non-nullable scalars get a plain value.
    """
    schema, _ = resolve(schema)
    kind = schema.get("type")
    if kind == "array":
        return [filled(schema["items"], expand=expand, depth=depth + 1), None]
    if kind == "object" or "properties" in schema:
        out: dict[str, Any] = {}
        for name, sub in schema.get("properties", {}).items():
            sub_schema, nullable = resolve(sub)
            is_object = sub_schema.get("type") in ("object", "array") or "properties" in sub_schema
            if nullable and not (expand and is_object and depth < 5):
                out[name] = None
            else:
                out[name] = filled(sub, expand=expand, depth=depth + 1)
        return out
    if kind == "integer":
        return 1
    if kind == "number":
        return 0
    if kind == "boolean":
        return False
    if schema.get("format") == "date-time":
        return "2026-01-01T00:00:00Z"
    return ""


@pytest.mark.parametrize("expand", [False, True], ids=["objects-null", "leaves-null"])
@pytest.mark.parametrize(
    ("model", "method", "path"), PARSED, ids=[p[2] + " " + p[1] for p in PARSED]
)
def test_an_answer_with_nulls_everywhere_parses(
    model: Any, method: str, path: str, expand: bool
) -> None:
    from tests.helpers.openapi_contract import response_schema

    schema = response_schema(method, path, 200)
    body = filled(schema, expand=expand)
    validate_response(method, path, 200, body)  # the generated answer is a legal one
    if isinstance(body, list):
        body = [item for item in body if item is not None] + [body[0]]
    parsed = TypeAdapter(model).validate_json(json.dumps(body))
    assert parsed is not None


def test_nulls_in_the_nested_objects_the_till_reads() -> None:
    inventory = ArticleInventory.model_validate(
        {"articleSystemId": 1, "articleNumber": None, "inventoryPerWarehouse": [None]}
    )
    assert inventory.inventory_per_warehouse == [None]
    order = Order.model_validate({"orderInfo": None, "consignee": None, "orderLines": [None]})
    assert order.order_info is None
    purchase = PurchaseOrder.model_validate({"purchaseOrderInfo": None})
    assert purchase.purchase_order_info is None
