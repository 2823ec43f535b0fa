"""Pydantic models of the Ongoing shapes Tillside uses.

Lenient on purpose, like the real API demands: unknown fields are ignored, nested objects
and most values may be null, quantities and prices are Decimal, and times without a zone
are UTC (Ongoing's convention). Attribute names are snake_case; the JSON is camelCase.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PlainSerializer
from pydantic.alias_generators import to_camel


def _as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


UtcDateTime = Annotated[datetime, AfterValidator(_as_utc)]
# Quantities and prices travel as JSON numbers; Decimal keeps them exact in between.
JsonDecimal = Annotated[
    Decimal,
    PlainSerializer(lambda d: int(d) if d == d.to_integral_value() else float(d), return_type=Any),
]
Zero = Field(default=Decimal(0))


class OngoingModel(BaseModel):
    model_config = ConfigDict(
        alias_generator=to_camel, populate_by_name=True, extra="ignore", frozen=True
    )


class CodeName(OngoingModel):
    code: str | None = None
    name: str | None = None


# --- warehouses ---


class WarehouseAddress(OngoingModel):
    name: str | None = None
    address1: str | None = None
    address2: str | None = None
    address3: str | None = None
    post_code: str | None = None
    city: str | None = None
    country_code: str | None = None
    address_free_text1: str | None = None


class Warehouse(OngoingModel):
    id: int
    code: str | None = None
    name: str | None = None
    address: WarehouseAddress | None = None


# --- articles and stock ---


class AlternativeBarCode(OngoingModel):
    bar_code: str | None = None
    quantity_per_bar_code: Decimal | None = None
    bar_code_type: CodeName | None = None


class BarCodeInfo(OngoingModel):
    bar_code: str | None = None
    bar_code_package: str | None = None
    bar_code_pallet: str | None = None
    alternative_bar_codes: list[AlternativeBarCode | None] | None = None


class ArticleInventoryInfo(OngoingModel):
    number_of_items: Decimal = Zero
    number_of_locked_items: Decimal = Zero
    allocated_number_of_items: Decimal = Zero
    sellable_number_of_items: Decimal = Zero
    to_receive_number_of_items: Decimal = Zero


class StorageProperties(OngoingModel):
    is_obsolete: bool | None = None


class Article(OngoingModel):
    article_system_id: int
    article_number: str | None = None
    article_name: str | None = None
    product_code: str | None = None
    unit_code: str | None = None
    is_active: bool | None = None
    is_stock_article: bool | None = None
    customer_price: Decimal | None = None
    purcase_currency_code: str | None = None  # sic: the API's own spelling
    article_data_last_updated: UtcDateTime | None = None
    bar_code_info: BarCodeInfo | None = None
    inventory_info: ArticleInventoryInfo | None = None
    storage_properties: StorageProperties | None = None  # isObsolete: no longer sold


class WarehouseInventory(OngoingModel):
    warehouse_id: int
    number_of_items: Decimal = Zero
    number_of_locked_items: Decimal = Zero
    sellable_number_of_items: Decimal = Zero
    available_for_sale_number_of_items: Decimal = Zero
    allocated_number_of_items: Decimal = Zero


class ArticleInventory(OngoingModel):
    article_system_id: int
    article_number: str | None = None
    inventory_per_warehouse: list[WarehouseInventory | None] | None = None


# --- orders: what we send ---


class Notification(OngoingModel):
    to_be_notified: bool = False
    value: str | None = None


class Consignee(OngoingModel):
    customer_number: str | None = None
    name: str | None = None
    address1: str | None = None
    address2: str | None = None
    address3: str | None = None
    post_code: str | None = None
    city: str | None = None
    country_code: str | None = None
    country_state_code: str | None = None
    remark: str | None = None
    door_code: str | None = None


class PostOrderLinePrices(OngoingModel):
    line_price: JsonDecimal | None = None
    customer_line_price: JsonDecimal | None = None
    currency_code: str | None = None
    discount_percentage: JsonDecimal | None = None


class PostOrderLine(OngoingModel):
    row_number: str
    article_number: str
    number_of_items: JsonDecimal = Zero
    comment: str | None = None
    warehouse_instruction: str | None = None
    prices: PostOrderLinePrices | None = None


class Transporter(OngoingModel):
    transporter_code: str | None = None
    transporter_service_code: str | None = None


class PostOrder(OngoingModel):
    """The flat body of `PUT /orders` (reading an order wraps these in `orderInfo`)."""

    goods_owner_id: int
    order_number: str
    delivery_date: str
    consignee: Consignee
    reference_number: str | None = None
    goods_owner_order_id: str | None = None
    sales_code: str | None = None
    order_remark: str | None = None
    delivery_instruction: str | None = None
    service_point_code: str | None = None
    warehouse_instruction: str | None = None
    free_text1: str | None = None
    free_text2: str | None = None
    free_text3: str | None = None
    order_type: CodeName | None = None
    way_of_delivery: CodeName | None = None
    email_notification: Notification | None = None
    sms_notification: Notification | None = None
    telephone_notification: Notification | None = None
    transporter: Transporter | None = None
    order_lines: list[PostOrderLine] | None = None
    warehouse_id: int | None = None
    picking_priority: int | None = None
    language_code: str | None = None
    customer_price: JsonDecimal | None = None

    def to_body(self) -> dict[str, Any]:
        body: dict[str, Any] = self.model_dump(by_alias=True, exclude_none=True, mode="json")
        return body


class OrderResponse(OngoingModel):
    order_id: int | None = None
    message: str | None = None


# --- orders: what we read ---


class OrderStatus(OngoingModel):
    number: int
    text: str | None = None


class OrderWarehouse(OngoingModel):
    id: int
    code: str | None = None
    name: str | None = None


class OrderInfo(OngoingModel):
    order_id: int
    order_number: str | None = None
    goods_owner_order_id: str | None = None
    order_status: OrderStatus | None = None
    warehouse: OrderWarehouse | None = None
    way_of_delivery: CodeName | None = None
    created_date: UtcDateTime | None = None
    delivery_date: UtcDateTime | None = None
    picking_priority: int | None = None
    warehouse_instruction: str | None = None
    ordered_number_of_items: Decimal = Zero
    allocated_number_of_items: Decimal = Zero
    picked_number_of_items: Decimal = Zero


class OrderLineArticle(OngoingModel):
    article_system_id: int | None = None
    article_number: str | None = None
    article_name: str | None = None


class OrderLinePrices(OngoingModel):
    line_price: Decimal | None = None
    customer_line_price: Decimal | None = None
    currency_code: str | None = None


class OrderLine(OngoingModel):
    id: int | None = None
    row_number: str | None = None
    article: OrderLineArticle | None = None
    ordered_number_of_items: Decimal = Zero
    allocated_number_of_items: Decimal = Zero
    picked_number_of_items: Decimal = Zero
    returned_number_of_items: Decimal = Zero
    prices: OrderLinePrices | None = None


class OrderConsignee(OngoingModel):
    name: str | None = None
    address1: str | None = None
    post_code: str | None = None
    city: str | None = None
    country_code: str | None = None


class GoodsOwner(OngoingModel):
    id: int
    name: str | None = None


class Order(OngoingModel):
    """GetOrderModel. Every nested object may be null in Ongoing's answers."""

    goods_owner: GoodsOwner | None = None
    order_info: OrderInfo | None = None
    consignee: OrderConsignee | None = None
    order_lines: list[OrderLine | None] | None = None


class OrderStatuses(OngoingModel):
    order_statuses: list[OrderStatus | None] | None = None


class Pickability(OngoingModel):
    pickability: str | None = None  # e.g. "Pickable", "NotPickable", "PartlyPickable"


class PickabilityOrderInfo(OngoingModel):
    order_id: int
    order_number: str | None = None
    order_status: OrderStatus | None = None


class PickabilityLine(OngoingModel):
    row_number: str | None = None
    article: OrderLineArticle | None = None
    ordered_number_of_items: Decimal = Zero
    allocated_number_of_items: Decimal = Zero
    picked_number_of_items: Decimal = Zero
    order_line_pickability: Pickability | None = None


class PickabilityResult(OngoingModel):
    order_info: PickabilityOrderInfo | None = None
    order_pickability: Pickability | None = None
    order_lines: list[PickabilityLine | None] | None = None


class OrderPickability(OngoingModel):
    """GetOrderPickabilityModel: can the warehouse pick these orders from stock now?"""

    pickability_results: list[PickabilityResult | None] | None = None


# --- ways of delivery, transporters ---


class WayOfDeliveryType(OngoingModel):
    id: int
    code: str | None = None
    name: str | None = None


class WayOfDeliveryTypes(OngoingModel):
    way_of_delivery_types: list[WayOfDeliveryType | None] | None = None


class PostWayOfDeliveryTypeResponse(OngoingModel):
    way_of_delivery_type_id: int | None = None
    success: bool = False
    message: str | None = None


class TransporterService(OngoingModel):
    transporter_service_name: str | None = None
    transporter_service_code: str | None = None


class TransporterContract(OngoingModel):
    transporter_name: str | None = None
    transporter_code: str | None = None
    transporter_service_code: str | None = None
    transporter_services: list[TransporterService | None] | None = None


# --- purchase orders (goods on the way in) ---


class PurchaseOrderStatus(OngoingModel):
    number: int
    text: str | None = None


class PurchaseOrderInfo(OngoingModel):
    purchase_order_id: int
    purchase_order_number: str | None = None
    purchase_order_status: PurchaseOrderStatus | None = None
    in_date: UtcDateTime | None = None
    warehouse: OrderWarehouse | None = None


class PurchaseOrderArticleItem(OngoingModel):
    """What one arrival put on a location, and when (`inDate`)."""

    number_of_items: Decimal = Zero
    in_date: UtcDateTime | None = None


class PurchaseOrderLine(OngoingModel):
    id: int | None = None
    row_number: str | None = None
    article: OrderLineArticle | None = None
    advised_number_of_items: Decimal = Zero
    received_number_of_items: Decimal = Zero
    article_items: list[PurchaseOrderArticleItem | None] | None = None


class Supplier(OngoingModel):
    supplier_number: str | None = None
    supplier_name: str | None = None


class PurchaseOrder(OngoingModel):
    """GetPurchaseOrderModel: goods on the way in, with advised and received quantities."""

    purchase_order_info: PurchaseOrderInfo | None = None
    supplier_info: Supplier | None = None
    purchase_order_lines: list[PurchaseOrderLine | None] | None = None


class PurchaseOrderStatuses(OngoingModel):
    """`GET /purchaseOrders/statuses` (the API names the list `orderStatuses` here too)."""

    order_statuses: list[PurchaseOrderStatus | None] | None = None


# --- answers to writes the till does not make itself, and stock adjustments ---
# Modelled so every official example answer has a home and parses; cheap to keep.


class ArticleResponse(OngoingModel):
    """Answer to `PUT /articles`."""

    article_system_id: int | None = None
    message: str | None = None


class PurchaseOrderResponse(OngoingModel):
    """Answer to `PUT /purchaseOrders`."""

    purchase_order_id: int | None = None
    message: str | None = None


class InventoryAdjustment(OngoingModel):
    inventory_id: int | None = None
    number_of_items: Decimal = Zero
    inventory_time: UtcDateTime | None = None
    article_item_comment: str | None = None
    inventory_item_comment: str | None = None
    inventory_adjustment_cause: CodeName | None = None
    location: str | None = None
    batch_number: str | None = None
    serial: str | None = None
    article_item_status: CodeName | None = None
    expiry_date: UtcDateTime | None = None
    warehouse: OrderWarehouse | None = None


class InventoryAdjustmentsLine(OngoingModel):
    """One article's stock corrections, from `GET /inventoryAdjustments`."""

    article: OrderLineArticle | None = None
    inventory_adjustments: list[InventoryAdjustment | None] | None = None
