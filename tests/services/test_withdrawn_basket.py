"""A basket kept over a restart meets articles withdrawn since: marked, told, never dropped.

The basket is restored from this PC before the catalogue is ready; once it is (or once it
is refreshed), its lines are checked against it. A real client on the loopback simulator,
a real catalogue file and a real outbox in the test's folder.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from app.domain.order_body import FulfilmentKind
from app.persistence.json_file import JsonFile
from app.services.checkout import CATALOGUE_REFRESH_S, CheckoutSession
from app.services.disk_catalogue import DiskCatalogue, source_of
from app.services.notices import Notice
from app.services.order_desk import OrderDesk
from app.services.order_plans import plan_orders
from app.services.orders import OrderError
from app.simulator import SimulatorThread
from tests.helpers.checkout import Recorder
from tests.helpers.clocks import ManualSleep
from tests.helpers.orders import service
from tests.helpers.simulator import client_for, stocked_article
from tests.helpers.waiting import run, until


def test_a_restored_basket_marks_articles_withdrawn_since_and_an_order_with_them_is_refused(
    simulator: SimulatorThread, tmp_path: Path
) -> None:
    kept, withdrawn = stocked_article(simulator), simulator.state.articles()[-1]
    basket = JsonFile(tmp_path / "basket.json")
    path = tmp_path / "catalogue.sqlite"
    source = source_of(simulator.base_url, simulator.goods_owner_id)

    async def before_the_restart() -> None:
        async with client_for(simulator) as client:
            session = CheckoutSession(
                client, catalogue=DiskCatalogue(source, path), basket_file=basket
            )
            await session.start()
            assert await session.scan(kept.barcode)
            assert await session.take(withdrawn.article_number)
            await session.close()

    run(before_the_restart())
    # While the till is off, the goods owner stops selling one of them.
    simulator.state.put_article(
        dataclasses.replace(withdrawn, active=False, updated_at=simulator.state.clock())
    )
    recorder = Recorder()
    sleep = ManualSleep()
    heard: list[Notice] = []

    async def after_the_restart() -> tuple[set[str], set[str], str, list[str]]:
        async with client_for(simulator) as client:
            session = CheckoutSession(
                client,
                catalogue=DiskCatalogue(source, path),
                basket_file=basket,
                listeners=recorder.listeners(),
                sleep=sleep,
            )
            await session.start()  # ready from the file, then what changed since
            await until(lambda: CATALOGUE_REFRESH_S in sleep.calls)
            marked = set(session.withdrawn_lines)
            desk = OrderDesk(service(client, tmp_path), session, None, heard.append)
            warehouse = next(iter(session.catalogue.warehouses.values()))
            planned = plan_orders(session.lines, FulfilmentKind.PICKUP, warehouse, None)
            with pytest.raises(OrderError) as refused:
                await desk.store(planned)
            stored = await desk.unsent()
            session.remove(withdrawn.article_number)  # the cashier takes it out
            after_removal = set(session.withdrawn_lines)
            lines = [line.article_number for line in session.lines]
            await session.close()
            assert stored == []  # nothing was stored
            return marked, after_removal, str(refused.value.text), lines

    marked, after_removal, refused, lines = run(after_the_restart())
    assert marked == {withdrawn.article_number}  # not dropped: marked
    told = [str(n.text) for n in recorder.notices if "No longer sold" in str(n.text)]
    assert len(told) == 1
    assert f"{withdrawn.article_number} {withdrawn.name}" in told[0]
    assert kept.article_number not in told[0]
    assert f"{withdrawn.article_number} {withdrawn.name}" in refused
    assert after_removal == set()
    assert lines == [kept.article_number]
