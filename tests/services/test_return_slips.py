"""The return slip made from the stored return: what `take` keeps (and never the customer's),
confirmed and waiting returns, the refund as told when it was taken, and older rows."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from app.config.settings import StoreSection
from app.domain.return_slip import Refund, ReturnSlipLine, ReturnState
from app.domain.texts import as_text
from app.persistence.outbox import Outbox, OutboxEntry, OutboxState
from app.services.orders import OrderService
from app.services.return_slips import RECEIVED_AT, return_slip
from app.services.returns import ReturnService
from app.simulator import SimulatorThread
from tests.helpers.orders import STORE, plan_for
from tests.helpers.simulator import fast_client, stocked
from tests.services.test_returns import sold, with_returns


@pytest.fixture
def outbox(tmp_path: Path) -> Outbox:
    return Outbox(tmp_path / "outbox.sqlite")


def stored_return(
    simulator: SimulatorThread,
    outbox: Outbox,
    *,
    send: bool,
    store: StoreSection = STORE,
    language: str = "",
) -> tuple[OutboxEntry, str]:
    """A return of 2 of a sold order's 3, stored (and sent when `send`): (its row, article)."""
    article = sold(simulator, "S-SLIP")

    async def work(returns: ReturnService) -> OutboxEntry:
        returns.store = store
        plan = await returns.plan("S-SLIP", {article: Decimal(2)}, "SIZE", "box torn")
        stored = await returns.take(plan, language=language)
        return await returns.send(stored.checkout_id) if send else stored

    return with_returns(simulator, outbox, work), article


def test_a_confirmed_return_prints_its_facts_from_the_outbox_alone(
    simulator: SimulatorThread, outbox: Outbox
) -> None:
    entry, article = stored_return(simulator, outbox, send=True)
    again = outbox.get(entry.checkout_id)  # read back, as a reprint days later would
    assert again is not None
    slip = return_slip(again, StoreSection())  # the store's settings now know nothing
    [ret] = simulator.state.returns.all()
    assert slip.state is ReturnState.CONFIRMED
    assert slip.return_order_id == ret.return_order_id
    assert slip.return_number == ret.number == entry.order_number
    assert slip.return_number.startswith("RTT3-")
    assert slip.order_number == "S-SLIP"
    name = next(a.name for a in simulator.state.articles() if a.article_number == article)
    assert slip.lines == (ReturnSlipLine(article, name, 2),)
    assert slip.cause == "Wrong size"
    warehouse = simulator.state.warehouse(ret.warehouse_id)
    assert warehouse is not None
    assert slip.warehouse == f"{warehouse.name} ({warehouse.code})"
    assert slip.comment == "box torn"
    assert slip.store_name == STORE.name
    assert slip.refund is Refund(STORE.refund_when)
    assert slip.language == "sv"  # the default of `tillside order`
    assert not slip.reprint


def test_a_return_still_waiting_prints_as_not_yet_confirmed(
    simulator: SimulatorThread, outbox: Outbox
) -> None:
    entry, _ = stored_return(simulator, outbox, send=False)
    slip = return_slip(entry, STORE, reprint=True)
    assert entry.state is OutboxState.WAITING
    assert slip.state is ReturnState.WAITING and slip.return_order_id is None
    assert slip.reprint and slip.lines[0].quantity == 2


def test_the_refund_follows_what_was_told_when_it_was_taken_else_the_setting(
    simulator: SimulatorThread, outbox: Outbox
) -> None:
    now_store = STORE.model_copy(update={"refund_when": "now"})
    entry, _ = stored_return(simulator, outbox, send=False, store=now_store)
    assert entry.slip["refundWhen"] == "now"
    later = STORE.model_copy(update={"refund_when": "received"})
    assert return_slip(entry, later).refund is Refund.NOW  # the customer was refunded then
    older = replace(entry, slip={k: v for k, v in entry.slip.items() if k != "refundWhen"})
    assert return_slip(older, later).refund is Refund.RECEIVED
    assert return_slip(older, now_store).refund is Refund.NOW


def test_the_slip_facts_hold_nothing_of_the_customers(
    simulator: SimulatorThread, outbox: Outbox
) -> None:
    entry, _ = stored_return(simulator, outbox, send=True)
    kept = repr(entry.slip) + repr(entry.body)
    assert "Anna Svensson" in repr(simulator.state.orders())  # the sale names her
    assert "Anna" not in kept and "Svensson" not in kept


def test_a_given_language_wins_and_a_received_return_says_when(
    simulator: SimulatorThread, outbox: Outbox
) -> None:
    entry, _ = stored_return(simulator, outbox, send=True, language="fi")
    outbox.note_slip(entry.checkout_id, {RECEIVED_AT: "2026-12-06T08:30:00+00:00"})
    again = outbox.get(entry.checkout_id)
    assert again is not None
    slip = return_slip(again, STORE)
    assert slip.language == "fi"
    assert slip.state is ReturnState.RECEIVED
    assert slip.received_at == datetime(2026, 12, 6, 8, 30, tzinfo=UTC)
    withdrawn = return_slip(replace(again, state=OutboxState.CANCELLED), STORE)
    assert withdrawn.state is ReturnState.WITHDRAWN


def test_the_language_of_an_order_this_pc_placed_is_the_returns(
    simulator: SimulatorThread, outbox: Outbox
) -> None:
    article, warehouse = stocked(simulator, 3)

    async def place_and_return() -> OutboxEntry:
        async with fast_client(simulator) as client:
            plan = replace(plan_for(article, warehouse, quantity=3), language="da")
            placed = await OrderService(client, outbox, STORE).place(plan)
            assert placed.ongoing_order_id is not None
            simulator.state.advance_order(placed.ongoing_order_id, 400)
            returns = ReturnService(client, outbox, STORE)
            number = placed.order_number
            made = await returns.plan(number, {article.article_number: Decimal(1)}, "SIZE")
            return await returns.take(made)

    entry = asyncio.run(place_and_return())
    assert return_slip(entry, STORE).language == "da"


def test_an_older_row_without_the_lines_pairs_the_body_with_the_names() -> None:
    moment = datetime(2026, 12, 4, 10, tzinfo=UTC)
    entry = OutboxEntry(
        "c1",
        "RTT3-OLD",
        "return",
        {
            "comment": None,
            "returnOrderLines": [
                {"customerOrderLine": {"orderLineId": 101}, "toBeReturnedNumberOfItems": 1},
                {"customerOrderLine": {"orderLineId": 102}, "toBeReturnedNumberOfItems": 3},
            ],
        },
        OutboxState.SENT,
        700009,
        as_text(""),
        1,
        moment,
        moment,
        slip={
            "orderNumber": "TT3-X",
            "cause": "Changed mind",
            "warehouse": "GBG",
            "names": {"A-1": "Lampa", "B-2": "Duk"},
        },
    )
    slip = return_slip(entry, STORE)
    assert slip.lines == (ReturnSlipLine("A-1", "Lampa", 1), ReturnSlipLine("B-2", "Duk", 3))
    assert slip.warehouse == "GBG" and slip.comment == ""
    assert slip.store_name == STORE.name and slip.language == "sv"
