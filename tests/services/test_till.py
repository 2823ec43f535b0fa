"""The till's use cases without Qt: plans, the order desk, the resend loop, pickup notices,
the Till context and its composition root, the connection from the settings."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from app.config.settings import Settings
from app.domain.basket import BasketLine
from app.domain.order_body import FulfilmentKind
from app.domain.order_status import CANCELLED, PICKED
from app.domain.stock import StockFigure, StockSnapshot, WarehouseInfo, WarehousePreference
from app.domain.texts import as_text
from app.persistence.outbox import Outbox, OutboxState
from app.services.checkout import CheckoutSession
from app.services.notices import Notice, TillListeners
from app.services.order_plans import order_options, plan_orders
from app.services.order_tracking import StatusChange
from app.services.orders import OrderService
from app.services.outbox_sender import OutboxSender
from app.services.pickup_notices import PickupNotices
from app.services.till import Till, open_till
from tests.helpers.clocks import ManualSleep
from tests.helpers.orders import STORE, customer, plan_for
from tests.helpers.simulator import client_for, connection_to, fast_client, stocked
from tests.helpers.waiting import until

NOW = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)
GBG = WarehouseInfo(1, "GBG", "Göteborg")
STO = WarehouseInfo(2, "STO1", "Stockholm")
CPH = WarehouseInfo(3, "CPH", "København")


def snapshot(article: str, **by_code: int) -> StockSnapshot:
    ids = {"GBG": 1, "STO1": 2, "CPH": 3}
    figures = {
        ids[code]: StockFigure(ids[code], Decimal(count), Decimal(count))
        for code, count in by_code.items()
    }
    return StockSnapshot(article, figures, NOW)


def line(article: str, quantity: int = 1) -> BasketLine:
    return BasketLine(article, f"Article {article}", quantity, Decimal("10"), "SEK")


# --- order plans: one chooser for the form and `tillside order` ---


def test_warehouses_that_supply_everything_come_first_then_the_store_preference() -> None:
    lines = [line("A"), line("B")]
    stock = {"A": snapshot("A", GBG=5, CPH=5), "B": snapshot("B", CPH=5, STO1=5)}
    preference = WarehousePreference(("GBG", "STO1", "CPH"))
    options = order_options([GBG, STO, CPH], lines, stock, preference, store_warehouse="GBG")
    assert [(c.warehouse.code, c.supplies_all, c.covered) for c in options.choices] == [
        ("CPH", True, 2),
        ("GBG", False, 1),
        ("STO1", False, 1),
    ]
    assert options.best == CPH and options.split == ()
    gbg = options.choices[1]
    assert gbg.store and gbg.missing == ("Article B",) and gbg.oversold == ()


def test_the_form_names_what_a_warehouse_lacks_and_what_ongoing_oversold() -> None:
    lines = [line("A"), line("B")]
    stock = {"A": snapshot("A", GBG=5), "B": snapshot("B", GBG=-2, STO1=5)}
    options = order_options([GBG, STO], lines, stock, WarehousePreference(("GBG",)))
    gbg = next(c for c in options.choices if c.warehouse == GBG)
    assert (gbg.covered, gbg.lines, gbg.missing, gbg.oversold) == (
        1,
        2,
        ("Article B",),
        ("Article B",),
    )


def test_when_none_supplies_everything_the_split_uses_as_few_warehouses_as_it_can() -> None:
    lines = [line("A"), line("B")]
    stock = {"A": snapshot("A", GBG=5), "B": snapshot("B", STO1=5)}
    options = order_options([GBG, STO, CPH], lines, stock, WarehousePreference(("GBG",)))
    assert options.split == ((GBG, ("A",)), (STO, ("B",)))
    planned = plan_orders(
        lines, FulfilmentKind.DELIVERY, GBG, customer(), split=options.split, receipt="R1"
    )
    assert [(p.warehouse.code, [ln.article_number for ln in p.plan.lines]) for p in planned] == [
        ("GBG", ["A"]),
        ("STO1", ["B"]),
    ]
    assert all(p.plan.receipt_number == "R1" and p.plan.warehouse_code for p in planned)


def test_without_a_split_one_plan_takes_the_whole_basket() -> None:
    [only] = plan_orders([line("A"), line("B", 2)], FulfilmentKind.PICKUP, STO, None)
    assert only.warehouse == STO and only.plan.warehouse_code == "STO1"
    assert [(ln.article_number, ln.quantity) for ln in only.plan.lines] == [("A", 1), ("B", 2)]


def test_the_command_line_chooses_the_warehouse_the_form_offers_first(simulator) -> None:
    """...and prices the lines as the till does: the same price, in the store's currency."""
    from app.commands.order import basket_lines, options_for
    from app.services.stock_lookup import look_up_codes

    article, _ = stocked(simulator, priced=True)
    settings = Settings.model_validate({"store": {"currency": "NOK"}})

    async def scenario() -> tuple[str, str, list[BasketLine], tuple[BasketLine, ...]]:
        async with client_for(simulator) as client:
            report = await look_up_codes(client, [article.article_number])
            lines = basket_lines(report, [(article.article_number, 1)], settings.store.currency)
            best = options_for(report, lines, settings).best
            assert best is not None
            chosen = best.code
            session = CheckoutSession(client, currency=settings.store.currency)
            await session.catalogue.load(client)
            await session.scan(article.article_number)
            form_first = order_options(
                session.catalogue.warehouses.values(),
                session.lines,
                session.stock.snapshots(),
                session.preference,
            ).best
            assert form_first is not None
            return chosen, form_first.code, lines, session.lines

    chosen, form_first, cli_lines, till_lines = asyncio.run(scenario())
    assert chosen == form_first
    assert cli_lines == list(till_lines)
    assert article.price is not None and cli_lines[0].unit_price == article.price
    assert cli_lines[0].currency == "NOK"


# --- the order desk ---


def known_warehouse(checkout: CheckoutSession, code: str) -> WarehouseInfo:
    return next(w for w in checkout.catalogue.warehouses.values() if w.code == code)


def notices_of(till: Till) -> list[Notice]:
    heard: list[Notice] = []
    till.listeners = TillListeners(notice=heard.append)
    assert till.desk is not None
    till.desk.notify = heard.append
    return heard


def test_the_basket_goes_with_the_order_as_soon_as_it_is_stored(simulator, tmp_path) -> None:
    article, warehouse = stocked(simulator)

    async def scenario() -> tuple[list[str], int]:
        async with fast_client(simulator) as client:
            checkout = CheckoutSession(client)
            await checkout.catalogue.load(client)
            await checkout.scan(article.article_number)
            orders = OrderService(client, Outbox(tmp_path / "o.sqlite"), STORE)
            till = Till(client, checkout, orders=orders)
            heard = notices_of(till)
            assert till.desk is not None
            info = next(
                w for w in checkout.catalogue.warehouses.values() if w.code == warehouse.code
            )
            planned = plan_orders(checkout.lines, FulfilmentKind.PICKUP, info, customer())
            entries = await till.desk.store(planned)
            left = len(checkout.lines)
            placed = await till.desk.send(entries, planned)
            assert placed[0].entry.state is OutboxState.SENT
            return [str(n.text) for n in heard], left

    said, left_in_basket = asyncio.run(scenario())
    assert left_in_basket == 0
    assert "is stored on this PC and goes to Ongoing now" in said[0]
    assert "checking the stock and sending it to" in said[1]
    assert "confirmed by Ongoing" in said[-1]


def test_an_order_the_warehouse_can_no_longer_supply_waits_in_f7_and_the_cashier_is_told(
    simulator, tmp_path
) -> None:
    article, warehouse = stocked(simulator)
    sellable = int(simulator.state.stock(article.article_number, warehouse.id).sellable)

    async def scenario() -> tuple[int, list[str], OutboxState, bool]:
        async with fast_client(simulator) as client:
            checkout = CheckoutSession(client)
            await checkout.catalogue.load(client)
            await checkout.scan(article.article_number)
            checkout.set_quantity(article.article_number, sellable + 5)
            orders = OrderService(client, Outbox(tmp_path / "o.sqlite"), STORE)
            till = Till(client, checkout, orders=orders)
            assert till.desk is not None
            info = next(
                w for w in checkout.catalogue.warehouses.values() if w.code == warehouse.code
            )
            planned = plan_orders(checkout.lines, FulfilmentKind.PICKUP, info, customer())
            heard = notices_of(till)
            entries = await till.desk.store(planned)  # stored at once, checked when sent
            left = len(checkout.lines)
            [placed] = await till.desk.send(entries, planned)
            return (
                left,
                [str(n.text) for n in heard],
                placed.entry.state,
                placed.entry.stock_checked,
            )

    left, said, state, checked = asyncio.run(scenario())
    assert left == 0  # the basket went with the order: the next customer's is empty
    assert state is OutboxState.ATTENTION and not checked  # waits in F7; checked again there
    assert "NOT sent" in said[-1] and "cannot supply everything" in said[-1]
    assert f"wanted {sellable + 5}" in said[-1] and "it waits in F7" in said[-1]
    assert simulator.state.count_orders_with_number(placed_number(tmp_path)) == 0


def placed_number(folder: Path) -> str:
    [entry] = Outbox(folder / "o.sqlite").all()
    return entry.order_number


# --- pickup notices ---


def change(number: str, status: int, kind: str = "pickup") -> StatusChange:
    return StatusChange(
        number, 1, kind, status, as_text(f"Status {status}"), PICKED <= status < CANCELLED, False
    )


def test_a_ready_pickup_is_said_once_with_its_place_and_a_cancel_is_said() -> None:
    notices = PickupNotices()
    notices.placed("N1", "pickup", "Göteborg")
    notices.placed("N2", "delivery", "Stockholm")
    first = notices.notice_for(change("N1", PICKED))
    assert first is not None and str(first.text).endswith("ready at Göteborg.")
    assert notices.notice_for(change("N1", PICKED)) is None  # once
    assert notices.notice_for(change("N2", PICKED, "delivery")) is None  # not a pickup
    cancelled = notices.notice_for(change("N3", CANCELLED))
    assert cancelled is not None and "was cancelled" in str(cancelled.text)


# --- the resend loop ---


def test_the_outbox_sender_sends_what_waits_and_tells_the_list(simulator, tmp_path) -> None:
    article, warehouse = stocked(simulator)
    simulator.faults.enqueue("5xx", count=100, method="PUT", path_suffix="/orders")
    lists: list[list[str]] = []

    async def scenario() -> None:
        async with fast_client(simulator) as client:
            orders = OrderService(client, Outbox(tmp_path / "o.sqlite"), STORE)
            waiting = await orders.place(plan_for(article, warehouse))
            assert waiting.state is OutboxState.WAITING
            simulator.faults.clear()
            sleep = ManualSleep()
            sender = OutboxSender(
                orders, lambda unsent: lists.append([e.order_number for e in unsent]), sleep=sleep
            )
            running = asyncio.ensure_future(sender.run())
            await until(lambda: bool(sleep.calls))
            running.cancel()
            await asyncio.gather(running, return_exceptions=True)
            assert sleep.calls == [30.0]
            assert simulator.state.count_orders_with_number(waiting.order_number) == 1

    asyncio.run(scenario())
    assert lists == [[]]  # sent, so the list is empty


# --- the Till and its composition root ---


def test_new_settings_reach_the_checkout_and_the_orders(simulator, tmp_path) -> None:
    async def scenario() -> None:
        async with client_for(simulator) as client:
            orders = OrderService(client, Outbox(tmp_path / "o.sqlite"), STORE)
            till = Till(client, CheckoutSession(client), orders=orders)
            settings = Settings.model_validate(
                {
                    "store": {"preferred_warehouses": ["CPH"], "till_id": "9"},
                    "display": {"stale_stock_seconds": 300},
                }
            )
            till.apply_settings(settings)
            assert tuple(till.checkout.preference.preferred_codes) == ("CPH",)
            assert till.checkout.stale_after.total_seconds() == 300
            assert orders.numbers.till_id == "9"

    asyncio.run(scenario())


def test_the_store_warehouse_is_found_by_its_code(simulator) -> None:
    code = simulator.state.warehouses()[1].code

    async def scenario() -> str | None:
        async with client_for(simulator) as client:
            checkout = CheckoutSession(client)
            await checkout.catalogue.load(client)
            settings = Settings.model_validate({"store": {"store_warehouse": code}})
            till = Till(client, checkout, settings=settings)
            found = till.store_warehouse()
            return found.code if found else None

    assert asyncio.run(scenario()) == code


def test_open_till_reports_a_damaged_outbox_and_basket(
    simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TILLSIDE_DATA_DIR", str(tmp_path))
    (tmp_path / "outbox.sqlite").write_bytes(b"\x00" * 4096)
    (tmp_path / "basket.json").write_text("{", encoding="utf-8")
    connection = connection_to(simulator)

    async def scenario() -> list[str]:
        async with open_till(connection, Settings()) as till:
            assert till.orders is not None and till.desk is not None
            assert till.storage.orders_unavailable is None
            return [str(problem) for problem in till.storage.problems]

    problems = asyncio.run(scenario())
    assert len(problems) == 2
    assert "list of unsent orders" in problems[0] and "saved basket" in problems[1]


def test_open_till_without_a_usable_outbox_still_sells_and_says_why(
    simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TILLSIDE_DATA_DIR", str(tmp_path))
    (tmp_path / "outbox.sqlite").mkdir()
    connection = connection_to(simulator)

    async def scenario() -> Till:
        async with open_till(connection, Settings()) as till:
            return till

    till = asyncio.run(scenario())
    assert till.orders is None and till.desk is None and till.sender is None
    assert till.storage.orders_unavailable is not None
    assert "Orders cannot be placed" in str(till.storage.orders_unavailable)


def test_the_connection_comes_from_the_settings_and_the_password_from_the_environment(
    simulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.config.settings import ConnectionSection
    from app.services.connection import connection_from_settings, probe_in_worker_thread

    monkeypatch.setenv("TILLSIDE_API_PASSWORD", simulator.password)
    section = ConnectionSection(
        api_url=simulator.base_url,
        goods_owner_id=simulator.goods_owner_id,
        api_user=simulator.api_user,
    )
    connection = connection_from_settings(section)
    found = asyncio.run(probe_in_worker_thread(connection))
    assert found.warehouses == len(simulator.state.warehouses())
    assert found.articles == len(simulator.state.articles())


def test_the_resend_loop_tells_the_cashier_what_became_of_an_order_it_sent(
    simulator, tmp_path
) -> None:
    from dataclasses import replace

    from app.persistence.outbox import OutboxEntry
    from app.services.order_desk import OrderDesk

    heard: list[Notice] = []
    client = client_for(simulator)  # never asked: the desk only words what it is given
    orders = OrderService(client, Outbox(tmp_path / "o.sqlite"), STORE)
    desk = OrderDesk(orders, CheckoutSession(client), None, heard.append)
    stored = OutboxEntry(
        "c1",
        "TT3-A",
        "pickup",
        {},
        OutboxState.WAITING,
        None,
        as_text(""),
        0,
        NOW,
        NOW,
        stock_checked=False,
        slip={"warehouse": {"name": "Göteborg"}},
    )
    failed = replace(stored, attempts=1, reason=as_text("Ongoing has a problem right now."))
    desk.sent_by_itself(stored, failed)  # its first try was the loop's: said
    desk.sent_by_itself(failed, replace(failed, attempts=2))  # the same again: quiet
    short = replace(failed, state=OutboxState.ATTENTION, reason=as_text("Göteborg lacks it."))
    desk.sent_by_itself(failed, short)
    sent = replace(failed, state=OutboxState.SENT, ongoing_order_id=7, reason=as_text(""))
    desk.sent_by_itself(short, sent)
    said = [str(notice.text) for notice in heard]
    assert len(said) == 3
    assert "NOT confirmed yet: Ongoing has a problem" in said[0]
    assert "NOT sent; it waits in F7: Göteborg lacks it." in said[1]
    assert "was sent and is confirmed by Ongoing (order id 7)" in said[2]
