"""`tillside order` and `tillside outbox`: the same outbox and service as the till window."""

from __future__ import annotations

import os

import pytest

from app.cli import main
from tests.helpers.simulator import stocked


@pytest.fixture
def till_env(simulator, tmp_path, monkeypatch):
    monkeypatch.setenv("TILLSIDE_API_USER", simulator.api_user)
    monkeypatch.setenv("TILLSIDE_API_PASSWORD", simulator.password)
    monkeypatch.setenv("TILLSIDE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TILLSIDE_MACHINE_CONFIG", str(tmp_path / "absent.toml"))
    monkeypatch.setenv("TILLSIDE_CONFIG", str(tmp_path / "till.toml"))
    monkeypatch.setenv("TILLSIDE_STORE_ORDER_PREFIX", "CLI")
    for name in list(os.environ):
        if name.startswith("TILLSIDE_STORE_") and name != "TILLSIDE_STORE_ORDER_PREFIX":
            monkeypatch.delenv(name)
    return simulator


def connection(simulator) -> list[str]:
    return ["--api-url", simulator.base_url, "--goods-owner-id", str(simulator.goods_owner_id)]


def test_a_pickup_order_by_barcode_prints_number_and_order_id(till_env, capsys):
    article, warehouse = stocked(till_env, 2, barcode=True)
    code = main(
        ["order", "--pickup", warehouse.code, f"{article.barcode}=2", *connection(till_env)]
    )
    out = capsys.readouterr().out
    assert code == 0, out
    number = out.split("order number ")[1].split()[0]
    order_id = int(out.split("Ongoing orderId ")[1].split()[0])
    assert number.startswith("CLI1-")
    order = till_env.state.order(order_id)
    assert order is not None and order.order_number == number
    assert order.warehouse_id == warehouse.id
    assert [(ln.article_number, ln.quantity) for ln in order.lines] == [(article.article_number, 2)]


def test_a_delivery_goes_from_a_warehouse_that_can_supply_it(till_env, capsys):
    article, _ = stocked(till_env, 2, barcode=True)
    args = [
        "order",
        "--deliver",
        "--name",
        "Ann Berg",
        "--address1",
        "Storgatan 1",
        "--postcode",
        "11122",
        "--city",
        "Stockholm",
        "--country",
        "SE",
        "--email",
        "ann@example.com",
        "--notify-email",
        f"{article.article_number}=1",
        *connection(till_env),
    ]
    assert main(args) == 0
    order_id = int(capsys.readouterr().out.split("Ongoing orderId ")[1].split()[0])
    order = till_env.state.order(order_id)
    assert order is not None
    assert till_env.state.stock(article.article_number, order.warehouse_id).sellable >= 0
    assert order.body["consignee"]["postCode"] == "111 22"
    assert order.body["emailNotification"] == {"toBeNotified": True, "value": "ann@example.com"}


def test_bad_input_names_the_problem_and_sends_nothing(till_env, capsys):
    article, warehouse = stocked(till_env, 2, barcode=True)
    assert main(["order", "--pickup", warehouse.code, "=2", *connection(till_env)]) == 2
    assert "code is missing" in capsys.readouterr().err
    assert (
        main(["order", "--pickup", warehouse.code, f"{article.barcode}=x", *connection(till_env)])
        == 2
    )
    assert (
        main(["order", "--deliver", "--name", "Ann", f"{article.barcode}=1", *connection(till_env)])
        == 2
    )
    err = capsys.readouterr().err
    assert "--address1: Required." in err and "--postcode: Required." in err
    assert (
        main(["order", "--pickup", warehouse.code, "0000000000000=1", *connection(till_env)]) == 2
    )
    assert till_env.state.orders() == []


def test_not_enough_stock_exits_4_and_sends_nothing(till_env, capsys):
    article, warehouse = stocked(till_env, 2, barcode=True)
    assert (
        main(
            [
                "order",
                "--pickup",
                warehouse.code,
                f"{article.barcode}=9999",
                *connection(till_env),
            ]
        )
        == 4
    )
    assert "cannot supply" in capsys.readouterr().err
    assert till_env.state.orders() == []


def test_an_order_ongoing_cannot_take_waits_and_outbox_send_delivers_it(till_env, capsys):
    article, warehouse = stocked(till_env, 2, barcode=True)
    till_env.faults.enqueue("5xx", count=100, method="PUT", path_suffix="/orders")
    assert (
        main(["order", "--pickup", warehouse.code, f"{article.barcode}=1", *connection(till_env)])
        == 1
    )
    assert "waits in the outbox" in capsys.readouterr().err
    assert main(["outbox"]) == 1
    listed = capsys.readouterr().out
    assert "waiting" in listed and "CLI1-" in listed
    till_env.faults.clear()
    assert main(["outbox", "--send", *connection(till_env)]) == 0
    assert "No unsent orders." in capsys.readouterr().out
    assert len(till_env.state.orders()) == 1
