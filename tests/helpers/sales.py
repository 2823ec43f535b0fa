"""Sales to return or change: orders of the till put into the simulator, moved on by hand."""

from __future__ import annotations

from app.domain.order_status import OPEN
from app.ongoing.models import Consignee, PostOrder, PostOrderLine, PostOrderLinePrices
from app.simulator import SimulatorThread
from tests.helpers.simulator import fast_client
from tests.helpers.waiting import run


def articles_in_stock(simulator: SimulatorThread, count: int, at_least: int = 5) -> list[str]:
    """`count` different articles with at least `at_least` on the shelf in warehouse 1."""
    state = simulator.state
    found = [
        a.article_number
        for a in state.articles()
        if state.stock(a.article_number, 1).sellable >= at_least
    ]
    assert len(found) >= count, "the demo data has too few stocked articles"
    return found[:count]


def sold_order(
    simulator: SimulatorThread,
    number: str,
    quantities: list[int],
    status: int = OPEN,
) -> list[str]:
    """An order of the till in Ongoing (warehouse 1, one line per quantity, each priced 10
    a piece), moved on to `status`; its article numbers, line by line."""
    articles = articles_in_stock(simulator, len(quantities), max(quantities))
    body = PostOrder(
        goods_owner_id=simulator.goods_owner_id,
        order_number=number,
        delivery_date="2026-12-04T00:00:00",
        consignee=Consignee(name="Anna Svensson", address1="Storgatan 1", city="Lund"),
        warehouse_id=1,
        order_remark="Gift wrap",
        order_lines=[
            PostOrderLine(
                row_number=str(row),
                article_number=article,
                number_of_items=quantity,
                prices=PostOrderLinePrices(customer_line_price=10 * quantity, currency_code="SEK"),
            )
            for row, (article, quantity) in enumerate(zip(articles, quantities, strict=True), 1)
        ],
    )

    async def put() -> int:
        async with fast_client(simulator) as client:
            made = await client.put_order(body)
            assert made.order_id is not None
            return made.order_id

    order_id = run(put())
    if status != OPEN:
        simulator.state.advance_order(order_id, status)
    return articles
