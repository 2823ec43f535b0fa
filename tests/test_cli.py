"""The command line IT and the tests use: lookup, simulator, self-test."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import PySide6
import pytest

import app
from app.cli import main
from app.qt import QtCore
from tests.helpers.unreachable import closed_port_url


@pytest.fixture(autouse=True)
def no_settings_of_this_pc(tmp_path, monkeypatch):
    """Commands read the settings: never this PC's own (the till's or IT's file)."""
    monkeypatch.setenv("TILLSIDE_MACHINE_CONFIG", str(tmp_path / "absent-machine.toml"))
    monkeypatch.setenv("TILLSIDE_CONFIG", str(tmp_path / "absent-till.toml"))


@pytest.fixture
def credentials(simulator, monkeypatch):
    monkeypatch.setenv("TILLSIDE_API_USER", simulator.api_user)
    monkeypatch.setenv("TILLSIDE_API_PASSWORD", simulator.password)
    return simulator


def lookup(simulator, *args: str) -> list[str]:
    return [
        "lookup",
        *args,
        "--api-url",
        simulator.base_url,
        "--goods-owner-id",
        str(simulator.goods_owner_id),
    ]


def test_lookup_prints_stock_per_warehouse(credentials, capsys) -> None:
    article = next(a for a in credentials.state.articles() if a.barcode)
    assert main(lookup(credentials, article.barcode)) == 0
    out = capsys.readouterr().out
    assert article.article_number in out and article.name in out
    for warehouse in credentials.state.warehouses():
        assert warehouse.code in out


def test_lookup_json_for_machines_matches_the_simulator(credentials, capsys) -> None:
    articles = [a for a in credentials.state.articles() if a.barcode][:2]
    codes = [articles[0].barcode, articles[1].article_number]
    assert main([*lookup(credentials, *codes), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [a["articleNumber"] for a in report["articles"]] == [a.article_number for a in articles]
    for row in report["articles"][0]["warehouses"]:
        expected = credentials.state.stock(articles[0].article_number, row["warehouseId"]).sellable
        assert float(row["sellable"]) == float(expected)


def test_lookup_names_the_stores_currency_beside_a_price(
    credentials, tmp_path, monkeypatch, capsys
) -> None:
    """A price without its currency is a guess at the counter; it is read in store.currency."""
    config = tmp_path / "priced-till.toml"
    config.write_text('[store]\ncurrency = "NOK"\n', encoding="utf-8")
    monkeypatch.setenv("TILLSIDE_CONFIG", str(config))
    article = next(a for a in credentials.state.articles() if a.barcode and a.price)
    assert main(lookup(credentials, article.barcode)) == 0
    assert f"{article.price} NOK" in capsys.readouterr().out
    assert main([*lookup(credentials, article.barcode), "--json"]) == 0
    [found] = json.loads(capsys.readouterr().out)["articles"]
    assert (Decimal(found["price"]), found["currency"]) == (article.price, "NOK")


def test_unknown_and_bad_codes_are_listed_and_exit_1(credentials, capsys) -> None:
    assert main([*lookup(credentials, "7312345678904", "NO-SUCH", "--json")]) == 1
    unresolved = json.loads(capsys.readouterr().out)["unresolved"]
    assert [u["code"] for u in unresolved] == ["7312345678904", "NO-SUCH"]
    assert "Check digit" in unresolved[0]["message"]


def test_lookup_without_a_user_says_where_it_comes_from(simulator, monkeypatch, capsys) -> None:
    monkeypatch.delenv("TILLSIDE_API_USER", raising=False)
    monkeypatch.delenv("TILLSIDE_API_PASSWORD", raising=False)
    assert main(lookup(simulator, "X")) == 2
    assert "TILLSIDE_API_USER (or connection.api_user)" in capsys.readouterr().err


def test_lookup_refuses_plain_http_to_another_host(credentials, capsys) -> None:
    code = main(["lookup", "X", "--api-url", "http://example.com/x", "--goods-owner-id", "1"])
    assert code == 2
    assert "https" in capsys.readouterr().err


def test_wrong_password_exits_7_without_showing_it(simulator, monkeypatch, capsys) -> None:
    monkeypatch.setenv("TILLSIDE_API_USER", simulator.api_user)
    monkeypatch.setenv("TILLSIDE_API_PASSWORD", "pw-Zq9!wrong")
    assert main(lookup(simulator, "X")) == 7
    captured = capsys.readouterr()
    assert "refused" in captured.err
    assert "pw-Zq9!wrong" not in captured.err + captured.out


def test_an_empty_or_huge_code_is_refused_cleanly(credentials, capsys) -> None:
    assert main(lookup(credentials, "")) == 1
    assert main(lookup(credentials, "9" * 10_000)) == 1
    assert "too long" in capsys.readouterr().out


def test_simulator_command_announces_its_url_and_serves() -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with subprocess.Popen(
        [sys.executable, "-m", "app.cli", "simulator", "--faults", "latency=1"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    ) as process:
        try:
            assert process.stdout is not None
            line = process.stdout.readline()
            assert line.startswith("Listening on http://127.0.0.1:")
            assert line.strip().endswith("/demo/api/v1/")
        finally:
            process.terminate()
            process.wait(timeout=10)


def test_simulator_command_rejects_a_bad_fault_spec(capsys) -> None:
    assert main(["simulator", "--faults", "meteor=1"]) == 2
    assert "Bad fault" in capsys.readouterr().err


def self_test(
    tmp_path: Path, *options: str, **environment: str
) -> subprocess.CompletedProcess[str]:
    """`tillside [options] self-test` in a child with this PC's settings and folders set aside."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("TILLSIDE_")}
    env |= {
        "QT_QPA_PLATFORM": "offscreen",
        "TILLSIDE_MACHINE_CONFIG": str(tmp_path / "machine.toml"),
        "TILLSIDE_CONFIG": str(tmp_path / "till.toml"),
        "TILLSIDE_DATA_DIR": str(tmp_path / "data"),
        "TILLSIDE_LOG_DIR": str(tmp_path / "logs"),
        **environment,
    }
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *options, "self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_self_test_passes_headless(tmp_path) -> None:
    result = self_test(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "self-test passed"
    assert "ok   settings: valid, all defaults" in result.stdout
    assert "ok   slip: PDF with its barcode on a4" in result.stdout
    assert "--   connection: none is configured" in result.stdout  # and not a failure
    assert result.stderr == ""


def configured(tmp_path: Path, url: str, goods_owner_id: int = 1) -> None:
    (tmp_path / "till.toml").write_text(
        f'[connection]\napi_url = "{url}"\ngoods_owner_id = {goods_owner_id}\n'
        'api_user = "WSI-DEMO"\n',
        encoding="utf-8",
    )


def test_self_test_tries_the_configured_connection_and_says_what_it_found(
    tmp_path, simulator
) -> None:
    configured(tmp_path, simulator.base_url)
    result = self_test(tmp_path, TILLSIDE_API_PASSWORD=simulator.password)
    assert result.returncode == 0, result.stdout + result.stderr
    warehouses = len(simulator.state.warehouses())
    assert (
        f"ok   connection to {simulator.base_url}: Connected. Goods owner 1: "
        f"{warehouses} warehouses (" in result.stdout
    )
    asked = [(r.method, r.path) for r in simulator.requests]
    assert asked == [("GET", "/warehouses"), ("GET", "/articles")]  # real, and only these


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        ("wrong password", "Ongoing refused API user WSI-DEMO: the user name or password"),
        ("foreign goods owner", "API user WSI-DEMO may not use goods owner 99"),
        ("closed port", "Nothing answers at 127.0.0.1 on port"),
    ],
)
def test_self_test_fails_on_a_connection_the_till_could_not_use_and_says_why(
    tmp_path, simulator, fault: str, words: str
) -> None:
    password, owner, url = simulator.password, 1, simulator.base_url
    if fault == "wrong password":
        password = "pw-Zq9!wrong"
    elif fault == "foreign goods owner":
        owner = 99
    else:
        url = closed_port_url()
    configured(tmp_path, url, owner)
    result = self_test(tmp_path, TILLSIDE_API_PASSWORD=password)
    assert result.returncode == 1
    assert f"FAIL connection to {url}: {words}" in result.stdout
    assert result.stdout.splitlines()[-1] == "self-test FAILED (1 checks)"
    assert "pw-Zq9!wrong" not in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_self_test_tells_support_the_versions_folders_and_each_setting_s_source(
    tmp_path,
) -> None:
    (tmp_path / "machine.toml").write_text('[store]\nname = "Kungsgatan"\n', encoding="utf-8")
    result = self_test(tmp_path, TILLSIDE_STORE_TILL_ID="3")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"tillside {app.__version__}"
    assert re.fullmatch(r"Python 3\.\d+\.\d+, Qt 6\.[\d.]+, PySide6 6\.[\d.]+", lines[1])
    assert f"machine-wide settings:  {tmp_path / 'machine.toml'}" in lines
    assert f"this till's settings:   {tmp_path / 'till.toml'} (not there)" in lines
    assert f"data (basket, outbox):  {tmp_path / 'data'}" in lines
    assert f"logs:                   {tmp_path / 'logs'}" in lines
    assert f'  name = "Kungsgatan"  # from {tmp_path / "machine.toml"}' in lines
    assert '  till_id = "3"  # from environment' in lines
    assert '  order_prefix = "TS"  # from default' in lines


def test_self_test_fails_on_settings_that_would_stop_the_till(tmp_path) -> None:
    (tmp_path / "till.toml").write_text('[store]\ntill_id = "far too long"\n', encoding="utf-8")
    result = self_test(tmp_path)
    assert result.returncode == 1
    assert "FAIL settings: SettingsError: Some settings are not valid" in result.stdout
    assert "store.till_id = 'far too long'" in result.stdout  # the validation's own words
    assert result.stdout.splitlines()[-1] == "self-test FAILED (1 checks)"
    assert "Traceback" not in result.stdout + result.stderr


def test_version_names_the_till_python_qt_and_pyside(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    till, runtime = capsys.readouterr().out.splitlines()
    assert till == f"tillside {app.__version__}"
    python = ".".join(map(str, sys.version_info[:3]))
    assert runtime == f"Python {python}, Qt {QtCore.qVersion()}, PySide6 {PySide6.__version__}"


def test_only_version_imports_qt_of_the_commands_that_do_not_need_it() -> None:
    probe = (
        "import sys; from app.cli import main\n"
        "try: main(sys.argv[1:])\n"
        "except SystemExit: pass\n"
        "print('PySide6' in sys.modules)"
    )
    for argv, imported in ((["--help"], "False"), (["--version"], "True")):
        done = subprocess.run(
            [sys.executable, "-c", probe, *argv],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        assert done.stdout.splitlines()[-1] == imported, argv


@pytest.fixture
def no_machine_config(tmp_path, monkeypatch):
    monkeypatch.setenv("TILLSIDE_MACHINE_CONFIG", str(tmp_path / "absent.toml"))
    for name in list(os.environ):
        if name.startswith("TILLSIDE_") and name != "TILLSIDE_MACHINE_CONFIG":
            monkeypatch.delenv(name)


def test_settings_lists_each_value_with_where_it_came_from(tmp_path, no_machine_config, capsys):
    config = tmp_path / "till.toml"
    config.write_text('[store]\ntill_id = "7"\n')
    assert main(["--config", str(config), "settings"]) == 0
    out = capsys.readouterr().out
    assert f'till_id = "7"  # from {config}' in out
    assert "stale_stock_seconds = 120  # from default" in out


def test_an_invalid_config_stops_with_the_reason_and_exit_code_2(
    tmp_path, no_machine_config, capsys
):
    config = tmp_path / "till.toml"
    config.write_text("[display]\nstale_stock_seconds = 1\n")
    assert main(["--config", str(config), "run"]) == 2
    err = capsys.readouterr().err
    assert "display.stale_stock_seconds = 1" in err and str(config) in err


def test_the_till_s_command_line_builds_no_other_command_s_options() -> None:
    """`tillside demo` parses without adding `order`'s options (they import the customer)."""
    probe = (
        "import sys; from app.cli import build_parser; "
        "args = build_parser().parse_args(['--log-level', 'DEBUG', 'demo']); "
        "print(args.command, args.log_level, 'app.domain.customer' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["demo", "DEBUG", "False"]


def test_a_sub_command_s_help_lists_all_its_options(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["order", "--help"])
    assert exit_.value.code == 0
    usage = capsys.readouterr().out
    for option in ("--pickup", "--deliver", "--name", "--phone", "--api-url", "--receipt"):
        assert option in usage
    assert "TILLSIDE_API_USER" in usage  # the connection options' epilog


def test_a_sub_command_missing_its_arguments_names_them(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["order"])
    assert exit_.value.code == 2
    error = capsys.readouterr().err
    assert "CODE=QTY" in error and "--pickup" in error and "--deliver" in error
