"""`tillside return` and `tillside cancel`: the same outbox and services as the till."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from app.cli import main
from app.commands.exit_status import ExitStatus
from app.domain.order_status import PICKED, RELEASED
from app.files.locations import outbox_path
from app.persistence.outbox import Outbox
from tests.helpers.barcodes import decoded, pdf_pages
from tests.helpers.catalogues import tool
from tests.helpers.simulator import stocked
from tests.helpers.unreachable import closed_port_url


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


def placed(simulator, capsys, quantity: int = 2, status: int = PICKED) -> tuple[str, str]:
    """An order placed with `tillside order`, moved on by the warehouse: (number, article)."""
    article, warehouse = stocked(simulator, quantity)
    args = ["order", "--pickup", warehouse.code, f"{article.article_number}={quantity}"]
    assert main([*args, *connection(simulator)]) == 0
    out = capsys.readouterr().out
    number = out.split("order number ")[1].split()[0]
    simulator.state.advance_order(int(out.split("Ongoing orderId ")[1].split()[0]), status)
    return number, article.article_number


def test_a_return_prints_its_number_and_ongoings_id_and_is_stored(till_env, capsys):
    number, article = placed(till_env, capsys)
    code = main(["return", number, f"{article}=1", "--cause", "SIZE", *connection(till_env)])
    out = capsys.readouterr().out
    assert code == ExitStatus.OK, out
    assert "refund: in the store's POS once the warehouse has received the goods" in out
    return_number = out.split("return number ")[1].split()[0]
    return_id = int(out.split("Ongoing returnOrderId ")[1].split()[0])
    ret = till_env.state.returns.get(return_id)
    assert ret is not None and ret.number == return_number
    with Outbox(outbox_path()) as outbox:
        assert [e.order_number for e in outbox.all() if e.kind == "return"] == [return_number]


def test_a_return_ongoing_cannot_take_now_waits_and_outbox_send_updates_the_same_one(
    till_env, capsys
):
    number, article = placed(till_env, capsys)
    till_env.faults.enqueue("drop", method="PUT", path_suffix="/returnOrders")
    code = main(["return", number, f"{article}=2", "--cause", "SIZE", *connection(till_env)])
    captured = capsys.readouterr()
    assert code == ExitStatus.WAITING, captured.err
    assert "waits in the outbox" in captured.err
    assert till_env.state.returns.all() == []
    assert main(["outbox", "--send", *connection(till_env)]) == ExitStatus.OK
    [ret] = till_env.state.returns.all()
    assert ret.number == captured.out.split("return number ")[1].split()[0]


@pytest.mark.parametrize(
    ("extra", "expected", "words"),
    [
        (["--cause", "NOPE"], ExitStatus.USAGE, "not one of Ongoing's return causes"),
        (["--cause", "OTHER"], ExitStatus.USAGE, "needs a comment"),
        (["--cause", "SIZE", "--to", "NOWHERE"], ExitStatus.USAGE, "no warehouse NOWHERE"),
    ],
)
def test_bad_input_is_a_sentence_and_status_2_and_nothing_is_sent(
    till_env, capsys, extra, expected, words
):
    number, article = placed(till_env, capsys)
    code = main(["return", number, f"{article}=1", *extra, *connection(till_env)])
    err = capsys.readouterr().err
    assert code == expected and words in err and "Traceback" not in err
    assert till_env.state.returns.all() == []


def test_more_than_picked_and_unknown_orders_are_bad_input(till_env, capsys):
    number, article = placed(till_env, capsys, quantity=1)
    assert main(["return", number, f"{article}=2", "--cause", "SIZE", *connection(till_env)]) == 2
    assert "At most 1" in capsys.readouterr().err
    assert (
        main(["return", "NO-SUCH", f"{article}=1", "--cause", "SIZE", *connection(till_env)]) == 2
    )
    assert "no order NO-SUCH" in capsys.readouterr().err
    assert main(["return", number, f"{article}=x", "--cause", "SIZE", *connection(till_env)]) == 2


def test_an_order_not_picked_is_not_returnable_and_cancel_calls_it_off(till_env, capsys):
    number, article = placed(till_env, capsys, status=200)
    code = main(["return", number, f"{article}=1", "--cause", "SIZE", *connection(till_env)])
    assert code == ExitStatus.NOT_RETURNABLE
    assert "cancel it instead" in capsys.readouterr().err
    assert main(["cancel", number, *connection(till_env)]) == ExitStatus.OK
    assert f"order {number} cancelled" in capsys.readouterr().out
    [order] = [o for o in till_env.state.orders() if o.order_number == number]
    assert order.status == 1000


def test_cancel_once_the_warehouse_started_is_not_possible(till_env, capsys):
    number, _ = placed(till_env, capsys, status=RELEASED)
    assert main(["cancel", number, *connection(till_env)]) == ExitStatus.NOT_RETURNABLE
    assert "cannot be cancelled now" in capsys.readouterr().err


def test_unreachable_ongoing_is_status_3(till_env, capsys):
    code = main(["cancel", "CLI1-X", "--api-url", closed_port_url(), "--goods-owner-id", "1"])
    assert code == ExitStatus.UNAVAILABLE
    assert "Nothing was sent" in capsys.readouterr().err


def test_the_refund_setting_says_refund_now(till_env, capsys, monkeypatch):
    monkeypatch.setenv("TILLSIDE_STORE_REFUND_WHEN", "now")
    number, article = placed(till_env, capsys)
    code = main(["return", number, f"{article}=1", "--cause", "SIZE", *connection(till_env)])
    assert code == ExitStatus.OK
    assert "refund: now, in the store's POS" in capsys.readouterr().out


def test_cancel_with_articles_takes_only_those_off_the_same_order(till_env, capsys):
    number, article = placed(till_env, capsys, quantity=3, status=200)
    [before] = [o for o in till_env.state.orders() if o.order_number == number]
    assert main(["cancel", number, f"{article}=2", *connection(till_env)]) == ExitStatus.OK
    assert f"{article}: 1" in capsys.readouterr().out
    [after] = [o for o in till_env.state.orders() if o.order_number == number]
    assert after.order_id == before.order_id and after.lines[0].quantity == 1
    assert main(["cancel", number, f"{article}=2", *connection(till_env)]) == ExitStatus.USAGE
    assert "1 ordered" in capsys.readouterr().err
    assert main(["cancel", number, f"{article}=1", *connection(till_env)]) == ExitStatus.OK
    assert f"Order {number} is cancelled" in capsys.readouterr().out
    assert [o.status for o in till_env.state.orders() if o.order_number == number] == [1000]


# --- the return slip: `tillside slip R...` ---


@pytest.fixture
def catalogues() -> None:
    """The .qm files the slip's words come from, rebuilt when a .ts is newer."""
    tool.build()


def slip_text(pdf: bytes) -> str:
    """The PDF's words, as poppler reads them (the same package that rasterises it)."""
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("poppler's pdftotext is not installed here")
    done = subprocess.run([tool, "-", "-"], input=pdf, capture_output=True, check=True)
    return " ".join(done.stdout.decode().split())


@pytest.mark.parametrize(("paper", "dpi"), [("a4", 150), ("80mm", 203)])
def test_slip_writes_a_returns_slip_a_scanner_reads(
    till_env, capsys, tmp_path, paper, dpi, catalogues
):
    number, article = placed(till_env, capsys)
    assert main(["return", number, f"{article}=1", "--cause", "SIZE", *connection(till_env)]) == 0
    return_number = capsys.readouterr().out.split("return number ")[1].split()[0]
    output = tmp_path / f"return-{paper}.pdf"
    code = main(["slip", return_number, "--paper", paper, "--output", str(output)])
    out = capsys.readouterr().out
    assert code == ExitStatus.OK
    assert f"Wrote the slip of return {return_number} (order {number}, confirmed)" in out
    pdf = output.read_bytes()
    found = [c for pixels, w, h in pdf_pages(pdf, dpi) for c in decoded(pixels, w, h)]
    assert found == [return_number]
    words = slip_text(pdf)
    assert "Retur (kopia)" in words  # the original order's language: `tillside order`'s sv
    assert "Ursprunglig order" in words and number in words  # never broken at its hyphen
    assert "Orsak: Wrong size" in words
    assert "Återbetala när lagret har tagit emot varorna" in words


def test_slip_of_a_return_still_waiting_says_not_yet_confirmed(
    till_env, capsys, tmp_path, catalogues
):
    number, article = placed(till_env, capsys)
    till_env.faults.enqueue("drop", count=20, method="PUT", path_suffix="/returnOrders")
    code = main(["return", number, f"{article}=1", "--cause", "SIZE", *connection(till_env)])
    assert code == ExitStatus.WAITING
    return_number = capsys.readouterr().out.split("return number ")[1].split()[0]
    output = tmp_path / "waiting.pdf"
    assert main(["slip", return_number.lower(), "--output", str(output)]) == ExitStatus.OK
    assert "waiting" in capsys.readouterr().out
    assert "Ännu inte bekräftad av Ongoing" in slip_text(output.read_bytes())
    assert main(["slip", return_number, "--output", str(tmp_path / "no" / "x.pdf")]) == 2
    assert "does not exist" in capsys.readouterr().err
