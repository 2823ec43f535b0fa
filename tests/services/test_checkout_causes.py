"""The cashier is told the real cause when Ongoing cannot be used, in words for the till."""

from __future__ import annotations

import pytest

from app.ongoing.client import OngoingClient
from app.ongoing.retry import RetryPolicy
from app.ongoing.settings import ConnectionSettings
from app.services.checkout import CheckoutSession
from app.services.ongoing_words import describe
from tests.helpers.checkout import Recorder
from tests.helpers.clocks import ManualSleep, ManualWallClock, no_wait
from tests.helpers.simulator import stocked_article
from tests.helpers.unreachable import closed_port
from tests.helpers.waiting import run

CAUSES = {
    "closed port": "Nothing answers at 127.0.0.1:{port}, where this till reaches Ongoing.",
    "wrong password": "Ongoing refused this till's API user or password. Tell IT.",
    "foreign goods owner": "Ongoing refused goods owner 99 for this till's API user. Tell IT.",
    "wrong warehouse name": "There is no Ongoing API at the address this till uses (error 404).",
}


@pytest.mark.parametrize("cause", list(CAUSES))
def test_the_till_s_banner_names_the_cause(simulator, cause: str) -> None:
    barcode = stocked_article(simulator).barcode
    url, owner, password = simulator.base_url, simulator.goods_owner_id, simulator.password
    expected = CAUSES[cause]
    if cause == "closed port":
        port = closed_port()
        url, expected = f"http://127.0.0.1:{port}/demo/api/v1/", expected.format(port=port)
    elif cause == "wrong password":
        password = "not-the-password"
    elif cause == "foreign goods owner":
        owner = 99
    else:
        url = simulator.base_url.replace("/demo/", "/no-such-store/")
    connection = ConnectionSettings.from_target(url, owner, simulator.api_user, password)
    recorder = Recorder()

    async def scenario() -> CheckoutSession:
        client = OngoingClient(
            connection, retry_policy=RetryPolicy(jitter=lambda: 0.0), sleep=no_wait, words=describe
        )
        async with client:
            session = CheckoutSession(
                client, listeners=recorder.listeners(), sleep=ManualSleep(), clock=ManualWallClock()
            )
            await session.start()
            await session.scan(barcode)
            await session.close()
            return session

    session = run(scenario())
    assert recorder.connection[-1:] == [False]
    assert str(session.connection.reason).startswith(expected)
