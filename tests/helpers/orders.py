"""Orders under test: the store's section, a customer, plans, and the order service."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from app.config.settings import StoreSection
from app.domain.basket import BasketLine
from app.domain.customer import Customer, validate_customer
from app.domain.order_body import FulfilmentKind
from app.ongoing.client import OngoingClient
from app.persistence.outbox import Outbox
from app.services.orders import OrderPlan, OrderService
from app.simulator.state import SimArticle, SimWarehouse

STORE = StoreSection(name="Tillside Test Store", till_id="3", order_prefix="TT")


def customer() -> Customer:
    """A delivery customer with every field filled in, as the order form validates it."""
    result = validate_customer(
        {
            "name": "Ann Berg",
            "address1": "Storgatan 1",
            "postcode": "111 22",
            "city": "Stockholm",
            "country": "SE",
            "phone": "+46701234567",
            "email": "ann@example.com",
        },
        pickup=False,
        notify_email=True,
    )
    assert isinstance(result, Customer), result
    return result


def plan_for(
    article: SimArticle,
    warehouse: SimWarehouse,
    quantity: int = 1,
    kind: FulfilmentKind = FulfilmentKind.PICKUP,
) -> OrderPlan:
    line = BasketLine(article.article_number, article.name, quantity, Decimal("99.50"), "SEK")
    return OrderPlan((line,), kind, warehouse.code, customer(), receipt_number="R-1")


def pickup(article: SimArticle, warehouse: SimWarehouse, name: str = "Ann Berg") -> OrderPlan:
    """Two of the article to collect, for a customer known by name and phone only."""
    line = BasketLine(article.article_number, article.name, 2, Decimal("9.50"), "SEK")
    return OrderPlan((line,), FulfilmentKind.PICKUP, warehouse.code, Customer(name, phone="0701"))


def service(
    client: OngoingClient,
    folder: Path,
    store: StoreSection = STORE,
    claimant: str | None = None,
) -> OrderService:
    """The order service on an outbox in `folder` (a test's tmp_path)."""
    return OrderService(client, Outbox(folder / "outbox.sqlite"), store, claimant=claimant)
