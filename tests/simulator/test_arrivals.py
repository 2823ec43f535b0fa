"""The simulated warehouse over time: goods arrive, shelves are counted, webhooks follow."""

from __future__ import annotations

from typing import Any

from app.domain import purchase_order_status
from app.domain.webhook_events import EventKind, kind_of
from app.simulator import load_demo_state
from app.simulator.arrivals import next_arrival


def test_arrivals_receive_purchase_orders_and_count_shelves_with_their_webhooks() -> None:
    state = load_demo_state()
    posted: list[dict[str, Any]] = []
    state.event_listeners.append(posted.append)
    waiting = [p for p in state.purchase_orders() if p.status < purchase_order_status.RECEIVED]
    first = waiting[0]
    shelf = (state.articles()[1].article_number, state.warehouses()[0].id)
    before = state.stock(*shelf).physical

    assert first.number in next_arrival(state, 0)
    assert first.status == purchase_order_status.RECEIVED
    assert [kind_of(p) for p in posted][-1] is EventKind.PURCHASE_ORDER
    assert {kind_of(p) for p in posted[:-1]} <= {EventKind.INBOUND}

    posted.clear()
    next_arrival(state, 1)
    assert state.stock(*shelf).physical == before - 1
    [counted] = posted
    assert kind_of(counted) is EventKind.INVENTORY
    assert counted["inventory"]["isCountInventory"] is True
    more = state_events(state)
    assert len({p["webhookEventId"] for p in [counted, *more]}) == len(more) + 1


def state_events(state: Any) -> list[dict[str, Any]]:
    """Three more events, to see their ids are all different."""
    seen: list[dict[str, Any]] = []
    state.event_listeners.append(seen.append)
    for step in range(2, 5):
        next_arrival(state, step)
    state.event_listeners.remove(seen.append)
    return seen
