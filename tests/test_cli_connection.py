"""The commands take the connection from the settings, name the real cause when Ongoing
fails, exit with the cause's status, print local times and print settings as TOML."""

from __future__ import annotations

import contextlib
import os
import re
import time
import tomllib
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.cli import main
from app.commands.exit_status import ExitStatus
from app.config.loading import load_settings, validate
from app.simulator import SimulatorThread
from tests.helpers.unreachable import (
    UNRESOLVABLE_HOST,
    UNRESOLVABLE_URL,
    closed_port,
    untrusted_tls_url,
)


@pytest.fixture
def till_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The till's own settings file, with this PC's other settings set aside."""
    for name in ("TILLSIDE_API_USER", "TILLSIDE_API_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TILLSIDE_MACHINE_CONFIG", str(tmp_path / "absent-machine.toml"))
    path = tmp_path / "till.toml"
    monkeypatch.setenv("TILLSIDE_CONFIG", str(path))
    return path


def configure(path: Path, url: str, goods_owner_id: int = 1, user: str = "WSI-DEMO") -> None:
    path.write_text(
        f'[connection]\napi_url = "{url}"\ngoods_owner_id = {goods_owner_id}\n'
        f'api_user = "{user}"\n',
        encoding="utf-8",
    )


@pytest.fixture
def stockholm_time() -> Iterator[None]:
    """This PC's clock in Stockholm (UTC+1 in winter, +2 in summer)."""
    previous = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Stockholm"
    time.tzset()
    yield
    if previous is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = previous
    time.tzset()


def test_lookup_takes_the_connection_from_the_settings_and_prints_local_time(
    simulator: SimulatorThread, till_file: Path, monkeypatch, capsys, stockholm_time
) -> None:
    configure(till_file, simulator.base_url, simulator.goods_owner_id, simulator.api_user)
    monkeypatch.setenv("TILLSIDE_API_PASSWORD", simulator.password)
    barcode = next(a.barcode for a in simulator.state.articles() if a.barcode)
    assert main(["lookup", barcode]) == ExitStatus.OK
    out = capsys.readouterr().out
    stamp = re.search(r"as of (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (CES?T)$", out.strip())
    assert stamp is not None, out
    printed = datetime.strptime(stamp.group(1), "%Y-%m-%d %H:%M:%S")
    now = datetime.now()  # local, with TZ in force: UTC would be an hour or two off
    assert abs(now - printed) < timedelta(minutes=2)
    assert "UTC" not in out


CAUSES = {
    "closed port": (ExitStatus.UNAVAILABLE, "Nothing answers at 127.0.0.1 on port {port}"),
    "unresolvable name": (ExitStatus.UNAVAILABLE, f"The name {UNRESOLVABLE_HOST} does not"),
    "untrusted certificate": (ExitStatus.UNAVAILABLE, "The certificate of 127.0.0.1 is not"),
    "wrong warehouse name": (ExitStatus.UNAVAILABLE, "There is no Ongoing API at {url}"),
    "wrong password": (ExitStatus.REFUSED, "Ongoing refused API user WSI-DEMO"),
    "foreign goods owner": (ExitStatus.REFUSED, "API user WSI-DEMO may not use goods owner 99"),
}


@pytest.mark.parametrize("cause", list(CAUSES))
def test_lookup_and_order_name_the_cause_and_exit_with_its_status(
    cause: str, simulator: SimulatorThread, till_file: Path, monkeypatch, capsys, tmp_path: Path
) -> None:
    monkeypatch.setenv("TILLSIDE_DATA_DIR", str(tmp_path / "data"))
    status, words = CAUSES[cause]
    url, owner, password = simulator.base_url, simulator.goods_owner_id, simulator.password
    if cause == "closed port":
        port = closed_port()
        url, words = f"http://127.0.0.1:{port}/demo/api/v1/", words.format(port=port)
    elif cause == "unresolvable name":
        url = UNRESOLVABLE_URL
    elif cause == "wrong warehouse name":
        url = simulator.base_url.replace("/demo/", "/no-such-store/")
        words = words.format(url=url)
    elif cause == "wrong password":
        password = "pw-Zq9!wrong"
    elif cause == "foreign goods owner":
        owner = 99
    monkeypatch.setenv("TILLSIDE_API_PASSWORD", password)
    barcode = next(a.barcode for a in simulator.state.articles() if a.barcode)
    warehouse = simulator.state.warehouses()[0].code
    with contextlib.ExitStack() as stack:
        if cause == "untrusted certificate":
            url = stack.enter_context(untrusted_tls_url())
        configure(till_file, url, owner)
        for argv in (["lookup", barcode], ["order", "--pickup", warehouse, f"{barcode}=1"]):
            assert main(argv) == status, argv
            err = capsys.readouterr().err
            assert words in err, err
            assert "Traceback" not in err and "pw-Zq9!wrong" not in err
            assert "cable" not in err and "Check the number" not in err


def test_settings_print_toml_that_pastes_into_a_config_file(
    till_file: Path, tmp_path: Path, monkeypatch, capsys
) -> None:
    till_file.write_text(
        '[connection]\napi_url = "mystore"\ngoods_owner_id = 12\napi_user = "WSI-STORE"\n'
        '[store]\nname = "Kungs\\"gatan"\npreferred_warehouses = ["GBG", "STO1"]\n'
        'warehouse_distances_km = { GBG = 2.5, "STO.1" = 12 }\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("TILLSIDE_API_PASSWORD", "pw-Zq9!secret")
    assert main(["settings"]) == ExitStatus.OK
    out = capsys.readouterr().out
    assert "None" not in out and "()" not in out and "True" not in out
    assert "pw-Zq9!secret" not in out
    assert "set by TILLSIDE_API_PASSWORD" in out
    tree = tomllib.loads(out)
    assert validate(tree) == load_settings().settings  # the same settings, read back
    assert tree["store"]["warehouse_distances_km"] == {"GBG": 2.5, "STO.1": 12.0}
    assert "store_warehouse" not in tree["store"]  # not set: a comment, TOML has no none
    assert "# store_warehouse: not set" in out
