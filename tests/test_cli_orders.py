"""`tillside order` and `tillside outbox`: the same outbox and service as the till window."""

from __future__ import annotations

import itertools
import os

import pytest

from app.cli import main
from app.files.locations import outbox_path
from app.persistence.outbox import Outbox
from tests.helpers.barcodes import decoded, pdf_pages
from tests.helpers.simulator import split_across, stocked


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


def delivery_args(simulator, *items: str) -> list[str]:
    return [
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
        *items,
        *connection(simulator),
    ]


def placed_parts(out: str) -> list[tuple[str, str, int]]:
    """(order number, warehouse code, Ongoing orderId) of each part `tillside order` printed."""
    lines = out.splitlines()
    return [
        (line.split()[2], line.split("(warehouse ")[1].rstrip(")"), int(following.split()[-1]))
        for line, following in itertools.pairwise(lines)
        if line.startswith("order number ")
    ]


def test_split_places_one_order_per_warehouse_as_one_checkout(till_env, capsys):
    stock = split_across(till_env)
    items = [f"{stock.first.barcode}=2", f"{stock.second.barcode}=1"]
    assert main(delivery_args(till_env, *items)) == 4  # no single warehouse has both
    assert "--split sends one order per warehouse" in capsys.readouterr().err
    assert till_env.state.orders() == []

    assert main([*delivery_args(till_env, *items), "--split"]) == 0
    out = capsys.readouterr().out
    parts = placed_parts(out)
    assert sorted(code for _, code, _ in parts) == sorted(w.code for w in stock.warehouses)
    for number, _, order_id in parts:
        order = till_env.state.order(order_id)
        assert order is not None and order.order_number == number
    by_warehouse = {
        till_env.state.order(order_id).warehouse_id: [
            (ln.article_number, ln.quantity) for ln in till_env.state.order(order_id).lines
        ]
        for _, _, order_id in parts
    }
    assert by_warehouse == {
        stock.warehouses[0].id: [(stock.first.article_number, 2)],
        stock.warehouses[1].id: [(stock.second.article_number, 1)],
    }
    checkout = out.split("checkout ")[1].split()[0]
    with Outbox(outbox_path()) as outbox:
        assert [e.order_number for e in outbox.checkout_parts(checkout)] == [
            number for number, _, _ in parts
        ]


def test_split_with_from_or_without_any_split_is_refused_and_sends_nothing(till_env, capsys):
    stock = split_across(till_env)
    items = [f"{stock.first.barcode}=2", f"{stock.second.barcode}=1"]
    from_args = ["--from", stock.warehouses[0].code, "--split"]
    assert main([*delivery_args(till_env, *items), *from_args]) == 2
    assert "leave out --from" in capsys.readouterr().err
    too_many = [f"{stock.first.barcode}=6", f"{stock.second.barcode}=1"]  # 5 on the shelf
    assert main([*delivery_args(till_env, *too_many), "--split"]) == 4
    assert "no split across warehouses can either" in capsys.readouterr().err
    assert till_env.state.orders() == []


def test_split_when_one_warehouse_has_everything_is_one_order(till_env, capsys):
    article, warehouse = stocked(till_env, 2, barcode=True)
    assert (
        main(
            [
                "order",
                "--pickup",
                warehouse.code,
                f"{article.barcode}=1",
                "--split",
                *connection(till_env),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert out.count("order number ") == 1 and "(warehouse" not in out
    assert "checkout " in out


def test_slip_reprints_every_part_of_a_checkout_from_any_of_its_numbers(till_env, capsys, tmp_path):
    stock = split_across(till_env)
    items = [f"{stock.first.barcode}=2", f"{stock.second.barcode}=1"]
    assert main([*delivery_args(till_env, *items), "--split"]) == 0
    out = capsys.readouterr().out
    numbers = [number for number, _, _ in placed_parts(out)]
    checkout = out.split("checkout ")[1].split()[0]

    roll = tmp_path / "copy.pdf"
    assert main(["slip", numbers[1].lower(), "--output", str(roll)]) == 0
    said = capsys.readouterr().out
    assert checkout in said and all(number in said for number in numbers)
    assert "no longer holds the customer's name and address" in said  # both confirmed
    pages = pdf_pages(roll.read_bytes(), 203)
    assert len(pages) == 1 and pages[0][1] < 700  # one page of an 80 mm roll (the default)
    assert sorted(decoded(*pages[0])) == sorted(numbers)

    page = tmp_path / "copy-a4.pdf"
    assert main(["slip", checkout, "--paper", "a4", "--output", str(page)]) == 0
    [(pixels, width, height)] = pdf_pages(page.read_bytes(), 150)
    assert height / width == pytest.approx(297 / 210, abs=0.01)
    assert sorted(decoded(pixels, width, height)) == sorted(numbers)


def test_slip_of_an_unknown_number_or_into_a_missing_folder_exits_2(till_env, capsys, tmp_path):
    assert main(["slip", "CLI1-NOSUCH", "--output", str(tmp_path / "x.pdf")]) == 2
    assert "no order, checkout or return 'CLI1-NOSUCH'" in capsys.readouterr().err
    article, warehouse = stocked(till_env, 2, barcode=True)
    main(["order", "--pickup", warehouse.code, f"{article.barcode}=1", *connection(till_env)])
    number = capsys.readouterr().out.split("order number ")[1].split()[0]
    assert main(["slip", number, "--output", str(tmp_path / "absent" / "x.pdf")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["slip", number, "--output", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err
    assert list(tmp_path.glob("*.pdf")) == []
