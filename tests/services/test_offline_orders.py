"""Orders taken while Ongoing is down: stored at once with their stock "not yet checked",
checked fresh and sent when Ongoing answers again, or held for a person when the stock is no
longer there. The simulator is really stopped and started again on its port."""

from __future__ import annotations

import asyncio
from pathlib import Path

from app.persistence.outbox import OutboxEntry, OutboxState
from app.services.outbox_sender import OutboxSender
from tests.helpers.clocks import no_wait
from tests.helpers.orders import STORE, plan_for, service
from tests.helpers.simulator import INVENTORY, fast_client, started_again, stocked

Reports = list[tuple[OutboxEntry, OutboxEntry]]


def taken_while_down(simulator, folder: Path, quantity: int = 1) -> OutboxEntry:
    """Ongoing goes down after the till knew its warehouses; an order is taken then."""
    article, warehouse = stocked(simulator, at_least=quantity)

    async def scenario() -> OutboxEntry:
        async with fast_client(simulator) as client:
            orders = service(client, folder)
            info = await orders.warehouse(warehouse.code)
            simulator.stop()
            [entry] = await orders.take([(plan_for(article, warehouse, quantity), info)])
            assert not entry.stock_checked and entry.state is OutboxState.WAITING
            return await orders.send(entry.checkout_id)

    return asyncio.run(scenario())


def sent_when_back(simulator, folder: Path) -> tuple[list[OutboxEntry], Reports]:
    """Ongoing answers again: the till's resend loop goes over what waits, once."""
    reports: Reports = []

    async def scenario() -> list[OutboxEntry]:
        async with fast_client(simulator) as client:
            orders = service(client, folder)
            sender = OutboxSender(
                orders, lambda unsent: None, sent=lambda b, a: reports.append((b, a)), sleep=no_wait
            )
            await sender.send_waiting()
            return orders.outbox.all()

    return asyncio.run(scenario()), reports


def test_an_order_taken_while_ongoing_is_down_is_checked_and_sent_once_it_answers(
    simulator, tmp_path
) -> None:
    waiting = taken_while_down(simulator, tmp_path)
    assert waiting.state is OutboxState.WAITING and not waiting.needs_attention
    assert not waiting.stock_checked
    assert "Nothing answers at 127.0.0.1:" in str(waiting.reason)  # the cause, with the address

    with started_again(simulator) as back:
        [entry], reports = sent_when_back(back, tmp_path)
        assert entry.state is OutboxState.SENT and entry.stock_checked
        assert back.state.count_orders_with_number(entry.order_number) == 1
        asked = [(request.method, request.path) for request in back.requests]
        assert ("GET", INVENTORY) in asked  # the fresh stock check...
        assert asked.index(("GET", INVENTORY)) < asked.index(("PUT", "/orders"))  # ...first
    [(before, after)] = reports  # the cashier is told it went
    assert before.state is OutboxState.WAITING and after.state is OutboxState.SENT


def test_an_order_taken_offline_whose_stock_has_gone_waits_for_a_person_with_the_shortage(
    simulator, tmp_path
) -> None:
    waiting = taken_while_down(simulator, tmp_path, quantity=2)
    [line] = waiting.body["orderLines"]
    simulator.state.set_stock(line["articleNumber"], waiting.body["warehouseId"], 1)

    with started_again(simulator) as back:
        [held], reports = sent_when_back(back, tmp_path)
        assert held.state is OutboxState.ATTENTION and not held.stock_checked
        reason = str(held.reason)
        assert "cannot supply everything" in reason and "wanted 2, sellable 1" in reason
        assert back.state.count_orders_with_number(held.order_number) == 0  # nothing sent
        [(_, told)] = reports
        assert told.needs_attention  # the cashier hears of it

        back.state.set_stock(line["articleNumber"], waiting.body["warehouseId"], 5)
        [entry], _ = sent_when_back(back, tmp_path)  # checked again on the next send
        assert entry.state is OutboxState.SENT and entry.stock_checked
        assert back.state.count_orders_with_number(entry.order_number) == 1


def test_backorders_allowed_send_an_order_taken_offline_even_short(simulator, tmp_path) -> None:
    waiting = taken_while_down(simulator, tmp_path, quantity=2)
    [line] = waiting.body["orderLines"]
    simulator.state.set_stock(line["articleNumber"], waiting.body["warehouseId"], 0)

    async def scenario(back) -> OutboxEntry:
        async with fast_client(back) as client:
            orders = service(
                client, tmp_path, store=STORE.model_copy(update={"backorders_allowed": True})
            )
            return await orders.send(waiting.checkout_id)

    with started_again(simulator) as back:
        entry = asyncio.run(scenario(back))
        assert entry.state is OutboxState.SENT
        assert back.state.count_orders_with_number(entry.order_number) == 1


def test_two_tasks_of_one_till_sending_one_order_at_once_send_it_once(simulator, tmp_path) -> None:
    """The form's send and the resend loop share the process's claim: one of them sends,
    the other sees it on its way (two first sends could renumber a second order)."""
    article, warehouse = stocked(simulator)

    async def scenario() -> list[OutboxEntry]:
        async with fast_client(simulator) as client:
            orders = service(client, tmp_path)
            info = await orders.warehouse(warehouse.code)
            [entry] = await orders.take([(plan_for(article, warehouse), info)])
            await asyncio.gather(orders.send(entry.checkout_id), orders.send(entry.checkout_id))
            return orders.outbox.all()

    [entry] = asyncio.run(scenario())
    assert entry.state is OutboxState.SENT
    puts = [r for r in simulator.requests if r.method == "PUT" and r.path == "/orders"]
    assert len(puts) == 1
    assert simulator.state.count_orders_with_number(entry.order_number) == 1
