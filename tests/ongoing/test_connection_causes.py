"""Each way a connection fails is told apart by the client, over real loopback sockets.

A closed port, a name that does not resolve, a certificate this PC does not trust, a wrong
warehouse name or path (404), a wrong password (401), a goods owner that is not the API
user's (also 401, in the same words: told apart by asking for the warehouses), and
Ongoing's own message. Both audiences' words name the cause: the cashier's and IT's.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from app.ongoing.client import OngoingClient
from app.ongoing.errors import (
    AuthenticationError,
    GoodsOwnerRefusedError,
    HostNotFoundError,
    NothingAnswersError,
    OngoingError,
    StatusError,
    UnknownPathError,
    UntrustedCertificateError,
)
from app.ongoing.retry import RetryPolicy
from app.ongoing.settings import ConnectionSettings
from app.services.ongoing_words import describe, describe_for_it
from app.simulator import SimulatorThread
from tests.helpers.clocks import Sleeps
from tests.helpers.simulator import connection_to, stocked_in
from tests.helpers.unreachable import (
    UNRESOLVABLE_HOST,
    UNRESOLVABLE_URL,
    closed_port,
    untrusted_tls_url,
)


def failure(connection: ConnectionSettings, call: Any = None) -> tuple[OngoingError, Sleeps]:
    """The error a client on this connection raises, worded for IT; the waits it took."""
    sleeps = Sleeps()

    async def main() -> None:
        client = OngoingClient(
            connection,
            retry_policy=RetryPolicy(jitter=lambda: 0.0),
            sleep=sleeps,
            timeout=httpx.Timeout(5.0, connect=3.0),
            words=describe_for_it,
        )
        async with client:
            await (call or (lambda c: c.get_warehouses()))(client)

    with pytest.raises(OngoingError) as caught:
        asyncio.run(main())
    return caught.value, sleeps


def at(url: str) -> ConnectionSettings:
    return ConnectionSettings.from_target(url, 1, "WSI-DEMO", "demo-password")


def test_a_closed_port_says_nothing_answers_there_with_host_and_port() -> None:
    port = closed_port()
    error, _ = failure(at(f"http://127.0.0.1:{port}/demo/api/v1/"))
    assert isinstance(error, NothingAnswersError)
    assert f"127.0.0.1 on port {port}" in str(error)
    assert "host and port" in str(error)
    assert f"127.0.0.1:{port}" in str(describe(error))
    assert "cable" not in str(describe(error))


def test_a_name_that_does_not_resolve_says_so() -> None:
    error, _ = failure(at(UNRESOLVABLE_URL))
    assert isinstance(error, HostNotFoundError)
    assert f"The name {UNRESOLVABLE_HOST} does not resolve" in str(error)
    assert UNRESOLVABLE_HOST in str(describe(error))


def test_an_untrusted_certificate_says_so_and_is_not_tried_again() -> None:
    with untrusted_tls_url() as url:
        error, sleeps = failure(at(url))
    assert isinstance(error, UntrustedCertificateError)
    assert "certificate of 127.0.0.1 is not trusted" in str(error)
    assert "trust store" in str(error)
    assert sleeps.calls == []  # it will not be trusted a moment later either
    assert "does not trust the certificate" in str(describe(error))


def test_a_wrong_warehouse_name_is_a_404_naming_the_url(simulator: SimulatorThread) -> None:
    tenant = simulator.base_url.split("/")[3]
    wrong = simulator.base_url.replace(f"/{tenant}/", "/no-such-warehouse/")
    error, sleeps = failure(at(wrong))
    assert isinstance(error, UnknownPathError)
    assert f"There is no Ongoing API at {wrong} (error 404)" in str(error)
    assert "Check the number" not in str(describe(error))
    assert sleeps.calls == []


def test_an_unknown_order_is_still_not_found_not_a_wrong_url(simulator: SimulatorThread) -> None:
    error, _ = failure(connection_to(simulator), lambda c: c.get_order(999999))
    assert isinstance(error, StatusError) and not isinstance(error, UnknownPathError)
    assert "Order 999999 does not exist" in str(error)  # Ongoing's own message


def test_a_wrong_password_names_the_user(simulator: SimulatorThread) -> None:
    article = stocked_in(simulator).article_number
    error, _ = failure(
        connection_to(simulator, password="not-the-password"),
        lambda c: c.get_articles_by_numbers([article]),
    )
    assert type(error) is AuthenticationError
    assert f"Ongoing refused API user {simulator.api_user}" in str(error)
    assert "password is wrong (error 401)" in str(error)
    assert "not-the-password" not in str(error) and "not-the-password" not in repr(error)
    assert str(describe(error)) == "Ongoing refused this till's API user or password. Tell IT."


def test_a_foreign_goods_owner_is_told_apart_from_a_wrong_password(
    simulator: SimulatorThread,
) -> None:
    article = stocked_in(simulator).article_number
    error, _ = failure(
        connection_to(simulator, goods_owner_id=999),
        lambda c: c.get_articles_by_numbers([article]),
    )
    assert isinstance(error, GoodsOwnerRefusedError)
    assert f"API user {simulator.api_user} may not use goods owner 999" in str(error)
    assert "goods owner 999" in str(describe(error))
    assert error.request == "GET /articles"  # the call that failed, not the check after it


def test_ongoings_own_message_reaches_it(simulator: SimulatorThread) -> None:
    simulator.faults.enqueue("5xx", count=10, method="GET")
    error, _ = failure(connection_to(simulator))
    assert isinstance(error, StatusError)
    assert str(error).startswith("Ongoing failed (error 500): An error has occurred.")
    assert "support" in str(error)
