"""Ongoing's status numbers and the rules read from them, in one place."""

from __future__ import annotations

import pytest

from app.domain import order_status, purchase_order_status
from app.domain.order_body import FulfilmentKind

PICKUP, DELIVERY = FulfilmentKind.PICKUP.value, FulfilmentKind.DELIVERY.value
QUEUED = (order_status.OPEN, order_status.RELEASED, order_status.ALLOCATED)


@pytest.mark.parametrize("status", QUEUED)
def test_an_order_in_the_warehouse_queue_is_neither_ready_nor_finished(status: int) -> None:
    assert not order_status.is_ready(status)
    assert not order_status.is_finished(PICKUP, status)
    assert not order_status.is_finished(DELIVERY, status)


@pytest.mark.parametrize("status", [order_status.PICKED, order_status.SENT, order_status.COLLECTED])
def test_picked_and_later_is_ready(status: int) -> None:
    assert order_status.is_ready(status)


def test_a_cancelled_order_is_never_ready_and_always_finished() -> None:
    assert not order_status.is_ready(order_status.CANCELLED)
    assert order_status.is_finished(PICKUP, order_status.CANCELLED)
    assert order_status.is_finished(DELIVERY, order_status.CANCELLED)


def test_a_delivery_is_finished_once_sent_a_pickup_once_collected() -> None:
    assert order_status.is_finished(DELIVERY, order_status.SENT)
    assert not order_status.is_finished(PICKUP, order_status.SENT)
    assert order_status.is_finished(PICKUP, order_status.COLLECTED)


def test_work_has_started_from_released_on() -> None:
    assert not order_status.work_started(order_status.OPEN)
    assert order_status.work_started(order_status.RELEASED)
    assert order_status.work_started(order_status.PICKED)


def test_goods_are_received_from_received_on_unless_cancelled() -> None:
    received = purchase_order_status.is_received
    assert not received(purchase_order_status.INBOUND)
    assert received(purchase_order_status.RECEIVED)
    assert not received(purchase_order_status.CANCELLED)
