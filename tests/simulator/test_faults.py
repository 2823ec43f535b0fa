"""Each fault knob does to a client what a real network or a busy Ongoing would."""

from __future__ import annotations

import httpx
import pytest

from app.simulator import Faults
from tests.helpers.simulator import stocked_in
from tests.helpers.simulator_http import order_body


@pytest.mark.parametrize(("kind", "status"), [("5xx", 500), ("429", 429), ("non-json", 200)])
def test_scripted_answer_faults_are_used_once(simulator, api, kind, status) -> None:
    simulator.faults.retry_after_s = 7
    simulator.faults.enqueue(kind, path_suffix="/warehouses")
    assert api.get("orders/statuses").status_code == 200  # another path: untouched
    response = api.get("warehouses")
    assert response.status_code == status
    if kind == "5xx":
        assert response.json() == {"Message": "An error has occurred."}
    if kind == "429":
        assert response.headers["Retry-After"] == "7"
        assert response.json()["Message"]
    if kind == "non-json":
        assert response.headers["content-type"].startswith("text/html")
        assert response.text.startswith("<html>")
    assert api.get("warehouses").status_code == 200  # consumed
    assert [r.status for r in simulator.requests if r.path == "/warehouses"] == [status, 200]


def test_scripted_faults_count_and_match_the_method(simulator, api) -> None:
    simulator.faults.enqueue("5xx", count=2, method="PUT")
    assert api.get("warehouses").status_code == 200
    article = stocked_in(simulator).article_number
    for _ in range(2):
        assert api.put("orders", json=order_body(simulator, "M-1", article)).status_code == 500
    assert simulator.state.count_orders_with_number("M-1") == 0  # a 5xx fault handles nothing
    assert api.put("orders", json=order_body(simulator, "M-1", article)).status_code == 201


def test_drop_closes_without_an_answer_before_handling(simulator, api) -> None:
    simulator.faults.enqueue("drop", method="PUT")
    article = stocked_in(simulator).article_number
    with pytest.raises(httpx.RemoteProtocolError):
        api.put("orders", json=order_body(simulator, "D-0", article))
    assert simulator.state.count_orders_with_number("D-0") == 0
    assert simulator.requests[-1].status is None
    assert api.get("warehouses").status_code == 200  # a new connection works


def test_drop_after_commit_keeps_the_order(simulator, api) -> None:
    article = stocked_in(simulator).article_number
    simulator.faults.enqueue("drop-after-commit", method="PUT", path_suffix="/orders")
    with pytest.raises(httpx.RemoteProtocolError):
        api.put("orders", json=order_body(simulator, "D-1", article))
    assert simulator.state.count_orders_with_number("D-1") == 1
    assert simulator.requests[-1].status is None
    again = api.put("orders", json=order_body(simulator, "D-1", article))
    assert again.status_code == 200  # the retry finds the committed order and updates it
    assert simulator.state.count_orders_with_number("D-1") == 1


def test_slow_commit_stores_the_order_before_answering(simulator, api) -> None:
    simulator.faults.slow_commit_s = 30
    simulator.faults.enqueue("slow-commit", method="PUT", path_suffix="/orders")
    article = stocked_in(simulator).article_number
    with pytest.raises(httpx.ReadTimeout):
        api.put("orders", json=order_body(simulator, "S-1", article), timeout=0.3)
    assert simulator.state.count_orders_with_number("S-1") == 1


def test_the_slow_commit_knob_slows_every_order_put(simulator, api) -> None:
    simulator.faults.slow_commit_s = 30
    article = stocked_in(simulator).article_number
    with pytest.raises(httpx.ReadTimeout):
        api.put("orders", json=order_body(simulator, "S-2", article), timeout=0.3)
    assert simulator.state.count_orders_with_number("S-2") == 1
    assert api.get("warehouses", timeout=5).status_code == 200  # reads are not slowed


def test_latency_is_added_to_every_answer(simulator, api) -> None:
    simulator.faults.latency_ms = 30_000
    with pytest.raises(httpx.ReadTimeout):
        api.get("warehouses", timeout=0.2)
    simulator.faults.latency_ms = 0
    assert api.get("warehouses").status_code == 200


@pytest.mark.parametrize(
    ("knob", "status"), [("error_5xx_rate", 500), ("rate_limit_rate", 429), ("drop_rate", None)]
)
def test_random_knobs_at_rate_one_always_fire(simulator, api, knob, status) -> None:
    setattr(simulator.faults, knob, 1.0)
    simulator.faults.retry_after_s = 2
    for _ in range(3):
        if status is None:
            with pytest.raises(httpx.RemoteProtocolError):
                api.get("warehouses")
        else:
            response = api.get("warehouses")
            assert response.status_code == status
            if status == 429:
                assert response.headers["Retry-After"] == "2"
    assert [r.status for r in simulator.requests] == [status] * 3
    simulator.faults.clear()
    assert api.get("warehouses").status_code == 200


def test_random_faults_follow_their_rates_and_seed() -> None:
    faults = Faults.parse("5xx=0.2,429=0.1,drop=0.1,seed=3")
    rolls = [faults.next_fault("GET", "/warehouses") for _ in range(2000)]
    assert 300 < rolls.count("5xx") < 500
    assert 120 < rolls.count("429") < 280
    assert 120 < rolls.count("drop") < 280
    same = Faults.parse("5xx=0.2,429=0.1,drop=0.1,seed=3")
    assert [same.next_fault("GET", "/warehouses") for _ in range(2000)] == rolls


def test_scripted_faults_come_before_random_ones() -> None:
    faults = Faults(error_5xx_rate=1.0)
    faults.enqueue("429", path_suffix="/articles")
    assert faults.next_fault("GET", "/articles") == "429"
    assert faults.next_fault("GET", "/articles") == "5xx"


def test_fault_spec_parses() -> None:
    faults = Faults.parse(
        "5xx=0.1, 429=0.05,retry-after=2,drop=0.05,slow-commit=3,latency=100,seed=7"
    )
    assert (faults.error_5xx_rate, faults.rate_limit_rate, faults.retry_after_s) == (0.1, 0.05, 2)
    assert (faults.drop_rate, faults.slow_commit_s, faults.latency_ms) == (0.05, 3, 100)
    assert faults.seed == 7
    assert Faults.parse("") == Faults()


@pytest.mark.parametrize(
    ("spec", "named"),
    [
        ("5xx", "'5xx'"),
        ("boom=1", "'boom=1'"),
        ("5xx=abc", "'5xx=abc'"),
        ("drop=2", "'drop=2'"),
        ("latency=-1", "'latency=-1'"),
        ("5xx=0.1,429=x", "'429=x'"),
    ],
)
def test_bad_fault_specs_name_the_bad_item(spec, named) -> None:
    with pytest.raises(ValueError, match="Bad fault") as caught:
        Faults.parse(spec)
    assert named in str(caught.value)


def test_enqueue_refuses_unknown_kinds() -> None:
    with pytest.raises(ValueError, match="Unknown fault"):
        Faults().enqueue("meteor")
