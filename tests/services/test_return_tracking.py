"""Following the till's returns until the warehouse has received them, against the simulator
over loopback with its receiving on a clock the test moves: one request a poll for every
followed return, told once, noted in the outbox (so a restart neither forgets nor repeats),
backing off while Ongoing fails, and no requests while nothing is followed."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app.config.settings import Settings
from app.domain.texts import as_text
from app.ongoing.client import OngoingClient
from app.persistence.outbox import Outbox, OutboxEntry, OutboxState
from app.services.checkout import CheckoutSession
from app.services.notices import Notice, TillListeners
from app.services.orders import OrderService
from app.services.return_notices import received_notice
from app.services.return_slips import RECEIVED_AT
from app.services.return_tracking import WITHDRAWN_IN_ONGOING, ReturnReceived, ReturnTracker
from app.services.returns import ReturnService
from app.services.till import Till
from app.simulator import SimulatorThread
from tests.helpers.clocks import ManualSleep, ManualWallClock
from tests.helpers.orders import STORE
from tests.helpers.simulator import fast_client
from tests.helpers.waiting import until
from tests.services.test_order_tracking import CountingTransport, counting_client
from tests.services.test_returns import sold

RECEIVE_S = 600  # the simulated warehouse receives a return ten minutes after it is made


@pytest.fixture
def clock(simulator: SimulatorThread) -> ManualWallClock:
    """The simulator's time, moved by the test; returns are received after RECEIVE_S."""
    wall = ManualWallClock(datetime(2026, 12, 4, 10, tzinfo=UTC))
    simulator.state.clock = wall
    simulator.state.returns.receive_seconds = RECEIVE_S
    return wall


@pytest.fixture
def outbox(tmp_path: Path) -> Outbox:
    return Outbox(tmp_path / "outbox.sqlite")


def returned(
    simulator: SimulatorThread, outbox: Outbox, number: str, *, send: bool = True
) -> OutboxEntry:
    """One item of a sold order returned through the till's service (sent when `send`)."""
    article = sold(simulator, number)

    async def work() -> OutboxEntry:
        async with fast_client(simulator) as client:
            returns = ReturnService(client, outbox, STORE)
            stored = await returns.take(await returns.plan(number, {article: Decimal(1)}, "SIZE"))
            return await returns.send(stored.checkout_id) if send else stored

    return asyncio.run(work())


def tracker_on(
    client: OngoingClient, outbox: Outbox, sleep: ManualSleep, clock: ManualWallClock
) -> ReturnTracker:
    return ReturnTracker(client, outbox, interval_s=60, max_interval_s=240, sleep=sleep, now=clock)


def test_followed_returns_are_told_once_when_received_and_the_tracker_then_idles(
    simulator: SimulatorThread,
    outbox: Outbox,
    clock: ManualWallClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    first, second = returned(simulator, outbox, "S-T1"), returned(simulator, outbox, "S-T2")
    waiting = returned(simulator, outbox, "S-T3", send=False)  # not in Ongoing: not followed
    transport, sleep = CountingTransport(), ManualSleep()
    heard: list[ReturnReceived] = []

    async def scenario() -> None:
        async with counting_client(simulator, transport) as client:
            tracker = tracker_on(client, outbox, sleep, clock)
            runner = asyncio.create_task(tracker.run(heard.append))
            await until(lambda: len(sleep.calls) == 1)
            assert transport.paths == ["returnOrders"]  # one request for both returns
            asked = transport.urls[0].params.get_list("returnOrderNumbers")
            assert sorted(asked) == sorted([first.order_number, second.order_number])
            assert waiting.order_number not in asked and heard == []

            clock.advance(RECEIVE_S + 1)
            sleep.release()
            await until(lambda: len(heard) == 2 and tracker.idle)
            for _ in range(50):
                await asyncio.sleep(0)
            assert len(transport.urls) == 2  # nothing followed: idle, no requests
            assert sleep.calls == [60, 60]  # only this PC's outbox is read again, a minute on

            async with fast_client(simulator) as other:  # e.g. `tillside return` gets it through
                await ReturnService(other, outbox, STORE).send(waiting.checkout_id)
            sleep.release()  # a minute later the outbox has a return to follow
            await until(lambda: len(transport.urls) == 3)
            assert transport.urls[2].params.get_list("returnOrderNumbers") == [waiting.order_number]
            runner.cancel()
            with pytest.raises(asyncio.CancelledError):
                await runner

    with caplog.at_level(logging.INFO, logger="app.services.return_tracking"):
        asyncio.run(scenario())
    assert sorted(h.return_number for h in heard) == sorted(
        [first.order_number, second.order_number]
    )
    by_number = {h.return_number: h for h in heard}
    assert by_number[first.order_number].order_number == "S-T1"
    assert by_number[first.order_number].return_order_id == first.ongoing_order_id
    assert by_number[first.order_number].received_at == datetime(
        2026, 12, 4, 10, tzinfo=UTC
    ) + timedelta(seconds=RECEIVE_S)
    for entry in (first, second):
        noted = outbox.get(entry.checkout_id)
        assert noted is not None and RECEIVED_AT in noted.slip
        assert (
            f"event=return_received return_number={entry.order_number} "
            f"return_order_id={entry.ongoing_order_id}"
        ) in caplog.text


def test_after_a_restart_the_outbox_says_what_to_follow_and_nothing_is_told_twice(
    simulator: SimulatorThread, outbox: Outbox, clock: ManualWallClock
) -> None:
    early = returned(simulator, outbox, "S-R1")
    clock.advance(RECEIVE_S + 1)  # the first return is received ...
    late = returned(simulator, outbox, "S-R2")  # ... the second made after it

    async def one_poll() -> list[ReturnReceived]:
        async with fast_client(simulator) as client:  # a till's session: its own tracker
            return await ReturnTracker(client, outbox, now=clock).poll_once()

    assert [h.return_number for h in asyncio.run(one_poll())] == [early.order_number]
    assert asyncio.run(one_poll()) == []  # restarted: the outbox says it was told
    clock.advance(RECEIVE_S + 1)
    assert [h.return_number for h in asyncio.run(one_poll())] == [late.order_number]

    async def nothing_left() -> int:
        async with fast_client(simulator) as client:
            tracker = ReturnTracker(client, outbox, now=clock)
            await tracker.poll_once()
            return tracker.following

    assert asyncio.run(nothing_left()) == 0


def test_old_and_withdrawn_returns_are_not_asked_about(
    simulator: SimulatorThread, outbox: Outbox, clock: ManualWallClock
) -> None:
    old = returned(simulator, outbox, "S-O1")
    gone = returned(simulator, outbox, "S-O2")
    assert gone.ongoing_order_id is not None
    simulator.state.returns.delete(gone.ongoing_order_id)  # withdrawn in Ongoing itself

    async def followed(days: int) -> list[str]:
        async with fast_client(simulator) as client:
            tracker = ReturnTracker(client, outbox, follow_days=days, now=clock)
            await tracker.poll_once()
            return [e.order_number for e in await tracker.followed()]

    assert asyncio.run(followed(60)) == [old.order_number]
    noted = outbox.get(gone.checkout_id)
    assert noted is not None and noted.slip.get(WITHDRAWN_IN_ONGOING) is True
    clock.advance(timedelta(days=2).total_seconds())
    assert asyncio.run(followed(1)) == []  # made two days ago: no longer asked about


def test_the_tracker_backs_off_while_ongoing_fails_and_recovers(
    simulator: SimulatorThread,
    outbox: Outbox,
    clock: ManualWallClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    entry = returned(simulator, outbox, "S-F1")
    transport, sleep = CountingTransport(), ManualSleep()
    heard: list[ReturnReceived] = []

    async def next_sleep(count: int) -> float:
        await until(lambda: len(sleep.calls) == count)
        return sleep.calls[-1]

    async def scenario() -> None:
        simulator.faults.enqueue("5xx", count=3, method="GET", path_suffix="/returnOrders")
        async with counting_client(simulator, transport) as client:
            runner = asyncio.create_task(tracker_on(client, outbox, sleep, clock).run(heard.append))
            delays = [await next_sleep(1)]
            for count in range(2, 5):
                sleep.release()
                delays.append(await next_sleep(count))
            assert delays == [120, 240, 240, 60]  # doubled to the cap, then back
            clock.advance(RECEIVE_S + 1)
            sleep.release()
            await until(lambda: len(heard) == 1)
            runner.cancel()
            with pytest.raises(asyncio.CancelledError):
                await runner

    with caplog.at_level(logging.INFO, logger="app.services.return_tracking"):
        asyncio.run(scenario())
    assert heard[0].return_number == entry.order_number
    warnings = [r.getMessage().split()[0] for r in caplog.records if r.levelno >= logging.WARNING]
    assert warnings == ["event=return_tracking_failing"]
    assert "event=return_tracking_recovered failed_polls=3" in caplog.text


@pytest.mark.parametrize(
    ("refund_when", "said"),
    [
        ("received", "received by the warehouse: refund the customer now."),
        ("now", "received by the warehouse."),
    ],
)
def test_the_till_tells_the_cashier_and_whether_to_refund_now(
    simulator: SimulatorThread,
    tmp_path: Path,
    clock: ManualWallClock,
    refund_when: str,
    said: str,
) -> None:
    store = STORE.model_copy(update={"refund_when": refund_when})
    outbox = Outbox(tmp_path / "o.sqlite")
    article = sold(simulator, "S-N1")
    heard: list[Notice] = []

    async def scenario() -> None:
        async with fast_client(simulator) as client:
            sleep = ManualSleep()
            till = Till(
                client,
                CheckoutSession(client),
                orders=OrderService(client, outbox, store),
                settings=Settings(store=store),
                returns=ReturnTracker(client, outbox, sleep=sleep, now=clock),
            )
            till.start(TillListeners(notice=heard.append))
            returns = ReturnService(client, outbox, store)
            plan = await returns.plan("S-N1", {article: Decimal(1)}, "SIZE")
            sent = await returns.send((await returns.take(plan)).checkout_id)
            assert sent.ongoing_order_id is not None
            till.follow_returns()  # what the return desk does once it is confirmed
            await until(lambda: len(sleep.calls) >= 1)
            clock.advance(RECEIVE_S + 1)
            sleep.release()
            await until(lambda: any("Return R" in str(n.text) for n in heard))
            await till.tasks.close()

    asyncio.run(scenario())
    [notice] = [n for n in heard if "Return R" in str(n.text)]
    assert str(notice.text).endswith(said)
    assert str(notice.text).startswith("Return RTT3-")


def test_the_notice_follows_the_rule_stored_with_the_return() -> None:
    moment = datetime(2026, 12, 4, tzinfo=UTC)
    entry = OutboxEntry(
        "c",
        "RTT3-A",
        "return",
        {},
        OutboxState.SENT,
        5,
        as_text(""),
        1,
        moment,
        moment,
        slip={"refundWhen": "now"},
    )
    news = ReturnReceived(entry, 5, "TT3-A", moment)
    received_store = STORE.model_copy(update={"refund_when": "received"})
    assert str(received_notice(news, received_store).text) == (
        "Return RTT3-A received by the warehouse."  # refunded when it was taken
    )


def test_a_return_the_outbox_sender_gets_through_later_is_followed_from_then_on(
    simulator: SimulatorThread, tmp_path: Path, clock: ManualWallClock
) -> None:
    outbox = Outbox(tmp_path / "o.sqlite")
    article = sold(simulator, "S-W1")
    heard: list[Notice] = []
    stored: list[OutboxEntry] = []

    async def scenario() -> None:
        async with fast_client(simulator) as client:
            sender_sleep, tracker_sleep = ManualSleep(), ManualSleep()
            tracker = ReturnTracker(client, outbox, sleep=tracker_sleep, now=clock)
            till = Till(
                client,
                CheckoutSession(client, sleep=sender_sleep),
                orders=OrderService(client, outbox, STORE),
                returns=tracker,
            )
            till.start(TillListeners(notice=heard.append))
            # nothing to do: the sender waits, the tracker would read the outbox in a minute
            await until(lambda: bool(sender_sleep.calls) and tracker_sleep.calls == [60])
            simulator.faults.enqueue("drop", count=1000, method="PUT", path_suffix="/returnOrders")
            async with fast_client(simulator) as desk:  # taken while Ongoing would not take it
                returns = ReturnService(desk, outbox, STORE)
                plan = await returns.plan("S-W1", {article: Decimal(1)}, "SIZE")
                stored.append(await returns.send((await returns.take(plan)).checkout_id))
            assert stored[0].ongoing_order_id is None and tracker.idle
            simulator.faults.clear()
            sender_sleep.release()  # the sender's next round gets the return through
            await until(lambda: len(tracker_sleep.calls) == 2)  # woken before that: followed
            assert tracker.following == 1
            clock.advance(RECEIVE_S + 1)
            tracker_sleep.release()
            await until(lambda: any("received by the warehouse" in str(n.text) for n in heard))
            await till.tasks.close()

    asyncio.run(scenario())
    said = [str(n.text) for n in heard if "received by the warehouse" in str(n.text)]
    assert said == [
        f"Return {stored[0].order_number} received by the warehouse: refund the customer now."
    ]
