"""The client against the loopback simulator: real HTTP, real data, scripted faults.

What the client did is read back from `simulator.requests`; retries never wait (the sleep is
injected and returns at once).
"""

from __future__ import annotations

import asyncio
import base64
import logging
import math
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import httpx
import pytest

from app.ongoing.client import OngoingClient
from app.ongoing.constants import CONSECUTIVE_FAILURE_LIMIT, MAX_RETRIES, MAX_RETRY_AFTER_S
from app.ongoing.errors import (
    AuthenticationError,
    CircuitOpenError,
    InvalidResponseError,
    OngoingConnectionError,
    OngoingTimeoutError,
    OrderLockedError,
    RateLimitedError,
    StatusError,
)
from app.ongoing.models import Consignee, PostOrder, PostOrderLine, PostOrderLinePrices
from app.ongoing.retry import CircuitBreaker, RetryPolicy
from app.simulator import SimulatorThread
from app.simulator.state import STATUS_TEXT
from tests.helpers.clocks import ManualClock, Sleeps
from tests.helpers.simulator import connection_to, stocked_in

Call = Callable[[OngoingClient], Awaitable[Any]]


def connect(
    simulator: SimulatorThread,
    *,
    sleeps: Sleeps | None = None,
    goods_owner_id: int | None = None,
    password: str | None = None,
    timeout: httpx.Timeout | None = None,
) -> OngoingClient:
    settings = connection_to(simulator, goods_owner_id=goods_owner_id, password=password)
    options: dict[str, Any] = {} if timeout is None else {"timeout": timeout}
    return OngoingClient(
        settings,
        retry_policy=RetryPolicy(jitter=lambda: 0.5),
        circuit=CircuitBreaker(clock=ManualClock()),
        sleep=sleeps or Sleeps(),
        **options,
    )


def run(simulator: SimulatorThread, call: Call, **options: Any) -> Any:
    async def main() -> Any:
        async with connect(simulator, **options) as ongoing:
            return await call(ongoing)

    return asyncio.run(main())


def statuses(simulator: SimulatorThread, method: str, path: str) -> list[int | None]:
    return [r.status for r in simulator.requests if (r.method, r.path) == (method, path)]


def order(simulator: SimulatorThread, number: str, quantity: int = 1) -> PostOrder:
    return PostOrder(
        goods_owner_id=simulator.goods_owner_id,
        order_number=number,
        delivery_date="2026-11-28T00:00:00",
        consignee=Consignee(name="Anna Svensson", city="Stockholm", country_code="SE"),
        warehouse_id=1,
        order_lines=[
            PostOrderLine(
                row_number="1",
                article_number=stocked_in(simulator).article_number,
                number_of_items=Decimal(quantity),
                prices=PostOrderLinePrices(
                    customer_line_price=Decimal("99.50"), currency_code="SEK"
                ),
            )
        ],
    )


async def create(ongoing: OngoingClient, simulator: SimulatorThread, number: str) -> int:
    created = await ongoing.put_order(order(simulator, number))
    assert created.order_id is not None
    return created.order_id


async def pages(iterator: Any) -> list[list[Any]]:
    return [page async for page in iterator]


# --- reads return the simulator's data ---


def test_warehouses(simulator: SimulatorThread) -> None:
    found = run(simulator, lambda c: c.get_warehouses())
    expected = simulator.state.warehouses()
    assert len(found) == len(expected)
    assert [(w.id, w.code, w.name) for w in found] == [(w.id, w.code, w.name) for w in expected]
    assert found[0].address is not None and found[0].address.city == expected[0].city


def barcode_lookup(code: str) -> Call:
    return lambda c: c.get_articles_by_barcodes([code])


def test_barcode_lookup_by_main_package_and_alternative_codes(simulator: SimulatorThread) -> None:
    articles = simulator.state.articles()
    main = articles[0]
    package = next(a for a in articles if a.package_barcode)
    alternative = next(a for a in articles if a.alternative_barcodes)
    assert main.barcode and package.package_barcode
    main_code, package_code = main.barcode, package.package_barcode
    for code, article in (
        (main_code, main),
        (package_code, package),
        (alternative.alternative_barcodes[0], alternative),
    ):
        found = run(simulator, barcode_lookup(code))
        assert [a.article_number for a in found] == [article.article_number]
        assert found[0].customer_price == article.price
    both = run(simulator, lambda c: c.get_articles_by_barcodes([main_code, package_code]))
    assert {a.article_number for a in both} == {main.article_number, package.article_number}
    assert run(simulator, lambda c: c.get_articles_by_barcodes(["0000000000000"])) == []


def test_articles_by_numbers(simulator: SimulatorThread) -> None:
    wanted = simulator.state.articles()[10:13]
    found = run(simulator, lambda c: c.get_articles_by_numbers([a.article_number for a in wanted]))
    assert sorted(a.article_number for a in found) == sorted(a.article_number for a in wanted)
    by_number = {a.article_number: a for a in found}
    for article in wanted:
        got = by_number[article.article_number]
        assert got.article_system_id == article.system_id
        assert got.bar_code_info is not None and got.bar_code_info.bar_code == article.barcode


def test_iter_articles_yields_every_article_exactly_once(simulator: SimulatorThread) -> None:
    result = run(simulator, lambda c: pages(c.iter_articles(page_size=50)))
    ids = [a.article_system_id for page in result for a in page]
    expected = [a.system_id for a in simulator.state.articles()]
    assert sorted(ids) == sorted(expected)
    assert len(ids) == len(set(ids))
    n = len(expected)
    assert len(statuses(simulator, "GET", "/articles")) == math.ceil(n / 50) + (n % 50 == 0)
    assert all(len(page) <= 50 for page in result)


def test_articles_changed_since(simulator: SimulatorThread) -> None:
    articles = simulator.state.articles()
    since = sorted(a.updated_at for a in articles)[len(articles) // 2]
    found = run(simulator, lambda c: c.get_articles_changed_since(since))
    assert sorted(a.article_number for a in found) == sorted(
        a.article_number for a in articles if a.updated_at >= since
    )
    assert all(a.article_data_last_updated and a.article_data_last_updated >= since for a in found)


def test_inventory_equals_the_simulators_stock(simulator: SimulatorThread) -> None:
    state = simulator.state
    numbers = [a.article_number for a in state.articles()[:120]]  # two batches
    rows = run(simulator, lambda c: c.get_inventory_per_warehouse(numbers))
    assert sorted(r.article_number for r in rows) == sorted(numbers)
    assert len(statuses(simulator, "GET", "/articles/inventoryPerWarehouse")) == 2
    warehouse_ids = sorted(w.id for w in state.warehouses())
    for row in rows:
        assert row.article_number is not None and row.inventory_per_warehouse is not None
        per_warehouse = {w.warehouse_id: w for w in row.inventory_per_warehouse if w}
        assert sorted(per_warehouse) == warehouse_ids
        for warehouse_id, figures in per_warehouse.items():
            stock = state.stock(row.article_number, warehouse_id)
            assert figures.sellable_number_of_items == stock.sellable
            assert figures.number_of_items == stock.physical


def test_inventory_for_chosen_warehouses(simulator: SimulatorThread) -> None:
    number = stocked_in(simulator).article_number
    (row,) = run(simulator, lambda c: c.get_inventory_per_warehouse([number], [1, 3]))
    assert [w.warehouse_id for w in row.inventory_per_warehouse or [] if w] == [1, 3]
    first = (row.inventory_per_warehouse or [])[0]
    assert first is not None
    assert first.sellable_number_of_items == simulator.state.stock(number, 1).sellable


# --- orders ---


def test_put_order_creates_then_updates_the_same_order(simulator: SimulatorThread) -> None:
    async def main() -> tuple[Any, Any]:
        async with connect(simulator) as ongoing:
            created = await ongoing.put_order(order(simulator, "TILL-1", quantity=1))
            updated = await ongoing.put_order(order(simulator, "TILL-1", quantity=3))
            return created, updated

    created, updated = asyncio.run(main())
    assert created.order_id is not None
    assert updated.order_id == created.order_id
    assert simulator.state.count_orders_with_number("TILL-1") == 1
    assert statuses(simulator, "PUT", "/orders") == [201, 200]
    stored = simulator.state.order(created.order_id)
    assert stored is not None and stored.lines[0].quantity == 3


def test_get_order_and_get_order_by_number(simulator: SimulatorThread) -> None:
    async def main() -> tuple[Any, ...]:
        async with connect(simulator) as ongoing:
            created = await ongoing.put_order(order(simulator, "TILL-2", quantity=2))
            assert created.order_id is not None
            by_id = await ongoing.get_order(created.order_id)
            by_number = await ongoing.get_order_by_number("TILL-2")
            missing = await ongoing.get_order_by_number("NO-SUCH-ORDER")
            return created, by_id, by_number, missing

    created, by_id, by_number, missing = asyncio.run(main())
    for found in (by_id, by_number):
        assert found.order_info.order_id == created.order_id
        assert found.order_info.order_number == "TILL-2"
        assert found.order_info.order_status is not None
        assert found.order_info.order_status.number == 200
        assert found.order_lines[0].ordered_number_of_items == 2
    assert missing is None


def test_an_unknown_order_id_is_a_404(simulator: SimulatorThread) -> None:
    with pytest.raises(StatusError) as caught:
        run(simulator, lambda c: c.get_order(999_999))
    assert caught.value.status_code == 404
    assert "999999" in caught.value.ongoing_message
    assert statuses(simulator, "GET", "/orders/999999") == [404]


def test_get_orders_filters(simulator: SimulatorThread) -> None:
    async def main() -> tuple[Any, ...]:
        async with connect(simulator) as ongoing:
            first = await create(ongoing, simulator, "TILL-A")
            second = await create(ongoing, simulator, "TILL-B")
            simulator.state.advance_order(second, 300)
            by_number = await ongoing.get_orders(order_numbers=["TILL-A"])
            open_only = await ongoing.get_orders(status_from=200, status_to=200)
            after = await ongoing.get_orders(order_id_from=second, max_orders=5)
            recent = await ongoing.get_orders(created_from=datetime(2000, 1, 1, tzinfo=UTC))
            return first, second, by_number, open_only, after, recent

    first, second, by_number, open_only, after, recent = asyncio.run(main())
    assert [o.order_info.order_id for o in by_number] == [first]
    assert [o.order_info.order_id for o in open_only] == [first]
    assert [o.order_info.order_id for o in after] == [second]
    assert {o.order_info.order_id for o in recent} == {first, second}


def test_order_statuses(simulator: SimulatorThread) -> None:
    found = run(simulator, lambda c: c.get_order_statuses())
    assert {(s.number, s.text) for s in found} == set(STATUS_TEXT.items())


def test_order_pickability(simulator: SimulatorThread) -> None:
    async def main() -> tuple[Any, Any, Any]:
        async with connect(simulator) as ongoing:
            created = await create(ongoing, simulator, "TILL-P")
            by_id = await ongoing.get_order_pickability(order_ids=[created])
            by_number = await ongoing.get_order_pickability(order_numbers=["TILL-P"])
            return created, by_id, by_number

    created, by_id, by_number = asyncio.run(main())
    for result in (by_id, by_number):
        (only,) = result.pickability_results
        assert only.order_info.order_id == created
        assert only.order_pickability is not None
        assert only.order_pickability.pickability == "Pickable"


def test_ways_of_delivery_read_and_create(simulator: SimulatorThread) -> None:
    async def main() -> tuple[Any, ...]:
        async with connect(simulator) as ongoing:
            before = await ongoing.get_ways_of_delivery()
            created = await ongoing.create_way_of_delivery("TILL", "Till sale")
            again = await ongoing.create_way_of_delivery("TILL", "Sold at the till")
            after = await ongoing.get_ways_of_delivery()
            return before, created, again, after

    before, created, again, after = asyncio.run(main())
    assert {w.code for w in before} == {"PICKUP", "HOME", "STORE"}
    assert created.success and created.way_of_delivery_type_id is not None
    assert again.way_of_delivery_type_id == created.way_of_delivery_type_id
    assert {(w.code, w.name) for w in after} >= {("TILL", "Sold at the till")}
    assert len(after) == len(before) + 1
    assert (created.way_of_delivery_type_id, "TILL", "Sold at the till") in (
        simulator.state.ways_of_delivery()
    )


def test_transporter_contracts(simulator: SimulatorThread) -> None:
    found = run(simulator, lambda c: c.get_transporter_contracts())
    assert [c.transporter_code for c in found] == ["PLAB", "BUDBEE"]
    services = found[0].transporter_services or []
    assert [s.transporter_service_code for s in services if s] == ["P17", "P19"]


def test_purchase_orders_filtered(simulator: SimulatorThread) -> None:
    state = simulator.state
    found = run(simulator, lambda c: c.get_purchase_orders(status_from=300, status_to=400))
    expected = [p.purchase_order_id for p in state.purchase_orders() if 300 <= p.status <= 400]
    assert expected  # the demo data has some
    assert [p.purchase_order_info.purchase_order_id for p in found] == expected
    assert all(
        p.purchase_order_info.purchase_order_status
        and 300 <= p.purchase_order_info.purchase_order_status.number <= 400
        for p in found
    )
    article = state.purchase_orders()[0].lines[0][0]
    with_article = run(simulator, lambda c: c.get_purchase_orders(article_numbers=[article]))
    assert {p.purchase_order_info.purchase_order_id for p in with_article} == {
        p.purchase_order_id
        for p in state.purchase_orders()
        if any(n == article for n, *_ in p.lines)
    }


def test_iter_purchase_orders_pages_through_all_exactly_once(simulator: SimulatorThread) -> None:
    result = run(simulator, lambda c: pages(c.iter_purchase_orders(page_size=7)))
    ids = [p.purchase_order_info.purchase_order_id for page in result for p in page]
    expected = [p.purchase_order_id for p in simulator.state.purchase_orders()]
    assert ids == expected
    n = len(expected)
    assert len(statuses(simulator, "GET", "/purchaseOrders")) == math.ceil(n / 7) + (n % 7 == 0)
    assert [len(page) for page in result][:-1] == [7] * (len(result) - 1)


def test_iter_purchase_orders_with_a_filter(simulator: SimulatorThread) -> None:
    result = run(simulator, lambda c: pages(c.iter_purchase_orders(page_size=7, status_from=400)))
    ids = [p.purchase_order_info.purchase_order_id for page in result for p in page]
    expected = [p.purchase_order_id for p in simulator.state.purchase_orders() if p.status >= 400]
    assert ids == expected


def test_cancel_before_work_succeeds(simulator: SimulatorThread) -> None:
    async def main() -> tuple[Any, Any, Any]:
        async with connect(simulator) as ongoing:
            created = await create(ongoing, simulator, "TILL-C")
            cancelled = await ongoing.cancel_order(created)
            twice = await ongoing.cancel_order(created)
            return created, cancelled, twice

    created, cancelled, twice = asyncio.run(main())
    assert cancelled.order_id == twice.order_id == created
    stored = simulator.state.order(created)
    assert stored is not None and stored.status == 1000


def test_cancel_or_update_after_work_started_is_order_locked(simulator: SimulatorThread) -> None:
    created: int = run(simulator, lambda c: create(c, simulator, "TILL-L"))
    simulator.state.advance_order(created, 300)
    sleeps = Sleeps()
    with pytest.raises(OrderLockedError) as caught:
        run(simulator, lambda c: c.cancel_order(created), sleeps=sleeps)
    assert caught.value.status_code == 400
    assert "started" in caught.value.ongoing_message
    with pytest.raises(OrderLockedError):
        run(simulator, lambda c: c.put_order(order(simulator, "TILL-L", quantity=2)), sleeps=sleeps)
    assert sleeps.calls == []
    assert statuses(simulator, "DELETE", f"/orders/{created}") == [400]
    assert statuses(simulator, "PUT", "/orders") == [201, 400]
    stored = simulator.state.order(created)
    assert stored is not None and stored.status == 300


# --- faults ---


def test_two_5xx_then_success(simulator: SimulatorThread) -> None:
    simulator.faults.enqueue("5xx", count=2, method="GET", path_suffix="/warehouses")
    sleeps = Sleeps()
    found = run(simulator, lambda c: c.get_warehouses(), sleeps=sleeps)
    assert len(found) == len(simulator.state.warehouses())
    assert statuses(simulator, "GET", "/warehouses") == [500, 500, 200]
    assert sleeps.calls == [0.25, 0.5]


def test_429_with_retry_after_zero_is_retried(simulator: SimulatorThread) -> None:
    simulator.faults.retry_after_s = 0
    simulator.faults.enqueue("429", method="GET", path_suffix="/articles")
    sleeps = Sleeps()
    number = stocked_in(simulator).article_number
    found = run(simulator, lambda c: c.get_articles_by_numbers([number]), sleeps=sleeps)
    assert [a.article_number for a in found] == [number]
    assert statuses(simulator, "GET", "/articles") == [429, 200]
    assert sleeps.calls == [0.0]


def test_a_dropped_get_is_retried(simulator: SimulatorThread) -> None:
    simulator.faults.enqueue("drop", method="GET", path_suffix="/inventoryPerWarehouse")
    number = stocked_in(simulator).article_number
    (row,) = run(simulator, lambda c: c.get_inventory_per_warehouse([number]))
    assert row.article_number == number
    assert statuses(simulator, "GET", "/articles/inventoryPerWarehouse") == [None, 200]


def test_drop_after_commit_on_put_orders_leaves_exactly_one_order(
    simulator: SimulatorThread,
) -> None:
    simulator.faults.enqueue("drop-after-commit", method="PUT", path_suffix="/orders")
    sleeps = Sleeps()
    result = run(simulator, lambda c: c.put_order(order(simulator, "TILL-D")), sleeps=sleeps)
    assert simulator.state.count_orders_with_number("TILL-D") == 1
    (stored,) = [o for o in simulator.state.orders() if o.order_number == "TILL-D"]
    assert result.order_id == stored.order_id
    assert statuses(simulator, "PUT", "/orders") == [None, 200]  # the retry updated it
    bodies = [r.body for r in simulator.requests if (r.method, r.path) == ("PUT", "/orders")]
    assert bodies[0] == bodies[1]
    assert len(sleeps.calls) == 1


def test_slow_commit_with_a_short_read_timeout_leaves_exactly_one_order(
    simulator: SimulatorThread,
) -> None:
    simulator.faults.slow_commit_s = 1
    simulator.faults.enqueue("slow-commit", method="PUT", path_suffix="/orders")
    retries: list[float] = []

    async def sleep(seconds: float) -> None:
        retries.append(seconds)
        simulator.faults.slow_commit_s = 0  # the warehouse system is quick again

    settings = connection_to(simulator)

    async def main() -> Any:
        async with OngoingClient(
            settings,
            retry_policy=RetryPolicy(jitter=lambda: 0.5),
            circuit=CircuitBreaker(clock=ManualClock()),
            sleep=sleep,
            timeout=httpx.Timeout(0.3),
        ) as ongoing:
            return await ongoing.put_order(order(simulator, "TILL-S"))

    result = asyncio.run(main())
    assert len(retries) >= 1  # it timed out and tried again
    assert simulator.state.count_orders_with_number("TILL-S") == 1
    (stored,) = [o for o in simulator.state.orders() if o.order_number == "TILL-S"]
    assert result.order_id == stored.order_id
    assert 200 in statuses(simulator, "PUT", "/orders")  # the retry found and updated it


def test_a_non_json_answer_is_an_invalid_response(simulator: SimulatorThread) -> None:
    simulator.faults.enqueue("non-json", count=5, method="GET", path_suffix="/warehouses")
    sleeps = Sleeps()
    with pytest.raises(InvalidResponseError):
        run(simulator, lambda c: c.get_warehouses(), sleeps=sleeps)
    # a proxy page is not a passing glitch: the policy does not retry it
    assert statuses(simulator, "GET", "/warehouses") == [200]
    assert sleeps.calls == []


def test_a_wrong_password_is_an_authentication_error(simulator: SimulatorThread) -> None:
    with pytest.raises(AuthenticationError):
        run(simulator, lambda c: c.get_warehouses(), password="not-the-password")
    assert statuses(simulator, "GET", "/warehouses") == [401]


def test_an_unknown_goods_owner_is_an_authentication_error(simulator: SimulatorThread) -> None:
    number = stocked_in(simulator).article_number
    with pytest.raises(AuthenticationError):
        run(simulator, lambda c: c.get_articles_by_numbers([number]), goods_owner_id=999)
    assert statuses(simulator, "GET", "/articles") == [401]
    assert dict(simulator.requests[0].query)["goodsOwnerId"] == "999"


def test_an_order_for_an_unknown_goods_owner_is_refused(simulator: SimulatorThread) -> None:
    wrong = order(simulator, "TILL-W").model_copy(update={"goods_owner_id": 999})
    with pytest.raises(AuthenticationError):
        run(simulator, lambda c: c.put_order(wrong), goods_owner_id=999)
    assert simulator.state.count_orders_with_number("TILL-W") == 0


def test_5xx_forever_gives_up_after_max_retries(simulator: SimulatorThread) -> None:
    simulator.faults.enqueue("5xx", count=100, method="GET")
    sleeps = Sleeps()
    with pytest.raises(StatusError) as caught:
        run(simulator, lambda c: c.get_order_statuses(), sleeps=sleeps)
    assert caught.value.status_code == 500
    assert caught.value.ongoing_message == "An error has occurred."
    assert statuses(simulator, "GET", "/orders/statuses") == [500] * (MAX_RETRIES + 1)
    assert len(sleeps.calls) == MAX_RETRIES


def test_no_password_in_logs_over_real_http(
    simulator: SimulatorThread, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    simulator.faults.enqueue("5xx", method="GET", path_suffix="/warehouses")

    async def main() -> None:
        async with connect(simulator) as ongoing:
            await ongoing.get_warehouses()
            await ongoing.put_order(order(simulator, "TILL-LOG"))
        with pytest.raises(AuthenticationError):
            async with connect(simulator, password="pw-Zq9!secret") as wrong:
                await wrong.get_warehouses()

    asyncio.run(main())
    assert caplog.records  # httpx, httpcore and the client all logged something
    credentials = base64.b64encode(f"{simulator.api_user}:{simulator.password}".encode()).decode()
    for secret in (simulator.password, "pw-Zq9!secret", credentials):
        assert secret not in caplog.text
        for record in caplog.records:
            assert secret not in record.getMessage()
            assert secret not in repr(vars(record))


def test_429_beyond_the_cap_is_reported_at_once(simulator: SimulatorThread) -> None:
    simulator.faults.retry_after_s = MAX_RETRY_AFTER_S * 10
    simulator.faults.enqueue("429", method="GET", path_suffix="/warehouses")
    sleeps = Sleeps()
    with pytest.raises(RateLimitedError) as caught:
        run(simulator, lambda c: c.get_warehouses(), sleeps=sleeps)
    assert caught.value.retry_after == MAX_RETRY_AFTER_S * 10
    assert statuses(simulator, "GET", "/warehouses") == [429]
    assert sleeps.calls == []


def test_429_within_the_cap_is_waited_out(simulator: SimulatorThread) -> None:
    simulator.faults.retry_after_s = 2
    simulator.faults.enqueue("429", count=2, method="PUT", path_suffix="/orders")
    sleeps = Sleeps()
    result = run(simulator, lambda c: c.put_order(order(simulator, "TILL-R")), sleeps=sleeps)
    assert sleeps.calls == [2.0, 2.0]
    assert statuses(simulator, "PUT", "/orders") == [429, 429, 201]
    assert simulator.state.count_orders_with_number("TILL-R") == 1
    assert result.order_id is not None


def test_a_put_dropped_before_commit_is_sent_again_and_creates_one_order(
    simulator: SimulatorThread,
) -> None:
    simulator.faults.enqueue("drop", method="PUT", path_suffix="/orders")
    result = run(simulator, lambda c: c.put_order(order(simulator, "TILL-E")))
    assert statuses(simulator, "PUT", "/orders") == [None, 201]
    assert simulator.state.count_orders_with_number("TILL-E") == 1
    assert result.order_id is not None


def test_a_cancel_whose_answer_is_lost_is_repeated_safely(simulator: SimulatorThread) -> None:
    created: int = run(simulator, lambda c: create(c, simulator, "TILL-X"))
    simulator.faults.enqueue("drop-after-commit", method="DELETE", path_suffix=f"/{created}")
    cancelled = run(simulator, lambda c: c.cancel_order(created))
    assert cancelled.order_id == created
    assert statuses(simulator, "DELETE", f"/orders/{created}") == [None, 200]
    stored = simulator.state.order(created)
    assert stored is not None and stored.status == 1000
    assert simulator.state.count_orders_with_number("TILL-X") == 1


def test_connections_dropped_every_time_give_a_connection_error(
    simulator: SimulatorThread,
) -> None:
    simulator.faults.enqueue("drop", count=100, method="GET", path_suffix="/transporterContracts")
    sleeps = Sleeps()
    with pytest.raises(OngoingConnectionError) as caught:
        run(simulator, lambda c: c.get_transporter_contracts(), sleeps=sleeps)
    assert not isinstance(caught.value, OngoingTimeoutError)
    assert statuses(simulator, "GET", "/transporterContracts") == [None] * (MAX_RETRIES + 1)
    assert len(sleeps.calls) == MAX_RETRIES


def test_a_slow_read_times_out_and_is_reported(simulator: SimulatorThread) -> None:
    simulator.faults.latency_ms = 400
    sleeps = Sleeps()
    with pytest.raises(OngoingTimeoutError):
        run(simulator, lambda c: c.get_warehouses(), sleeps=sleeps, timeout=httpx.Timeout(0.05))
    assert len(sleeps.calls) == MAX_RETRIES


def test_the_circuit_opens_against_a_failing_simulator(simulator: SimulatorThread) -> None:
    simulator.faults.enqueue("5xx", count=100, method="GET", path_suffix="/warehouses")

    async def main() -> None:
        async with connect(simulator) as ongoing:
            with pytest.raises(StatusError):
                await ongoing.get_warehouses()
            with pytest.raises(CircuitOpenError):
                await ongoing.get_warehouses()
            with pytest.raises(CircuitOpenError):
                await ongoing.get_order_statuses()  # every call, not just the failing path

    asyncio.run(main())
    assert statuses(simulator, "GET", "/warehouses") == [500] * CONSECUTIVE_FAILURE_LIMIT
    assert statuses(simulator, "GET", "/orders/statuses") == []


def test_concurrent_orders_are_all_created_once(simulator: SimulatorThread) -> None:
    async def main() -> list[Any]:
        async with connect(simulator) as ongoing:
            return await asyncio.gather(
                *(ongoing.put_order(order(simulator, f"TILL-G{n}")) for n in range(5))
            )

    results = asyncio.run(main())
    assert len({r.order_id for r in results}) == 5
    for n in range(5):
        assert simulator.state.count_orders_with_number(f"TILL-G{n}") == 1
