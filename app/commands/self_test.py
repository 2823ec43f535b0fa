"""`tillside self-test`: a headless check IT (and the packaging build) runs on a till.

It proves the installed program can load Qt, find its resources, read valid settings and talk
HTTP to an Ongoing API (the embedded simulator). When the settings hold a connection it then
tries that one too: one quick request for the warehouses and one for an article of the goods
owner (a short timeout, no retries), and says what it found in the words the setup dialog and
the commands use. Without a configured connection it says so and does not fail for it. For
support calls it first prints the versions, where the settings files and the data and log
folders are, and then where each setting's value comes from.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.config.loading import LoadedSettings


def _check_qt() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.qt import QtCore, QtWidgets

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    assert isinstance(app, QtWidgets.QApplication)
    return f"Qt {QtCore.qVersion()} on {app.platformName()}"


def _check_translations() -> str:
    """Every catalogue is there and translates: the build ran lrelease and bundled the result."""
    from app.ui.i18n import SLIP_LANGUAGES, SOURCE_LANGUAGE, slip_translator

    checked = []
    for language in SLIP_LANGUAGES:
        if language == SOURCE_LANGUAGE:
            continue
        translated = slip_translator(language)("OrderSlip", "Order slip")
        if translated == "Order slip":
            raise RuntimeError(f"the {language} catalogue is missing or does not translate")
        checked.append(f"{language} “{translated}”")
    return ", ".join(checked)


def _check_resources() -> str:
    from app.simulator import load_demo_state

    state = load_demo_state()
    return f"{len(state.warehouses())} demo warehouses, {len(state.articles())} demo articles"


def _check_round_trip() -> str:
    from app.ongoing.client import OngoingClient
    from app.ongoing.settings import ConnectionSettings
    from app.services.stock_lookup import look_up_codes
    from app.simulator import (
        DEMO_API_USER,
        DEMO_GOODS_OWNER_ID,
        DEMO_PASSWORD,
        SimulatorThread,
        load_demo_state,
    )

    state = load_demo_state()
    barcode = next(a.barcode for a in state.articles() if a.barcode)
    with SimulatorThread.start(state=state) as simulator:
        settings = ConnectionSettings.from_target(
            simulator.base_url, DEMO_GOODS_OWNER_ID, DEMO_API_USER, DEMO_PASSWORD
        )

        async def round_trip() -> int:
            async with OngoingClient(settings) as client:
                report = await look_up_codes(client, [barcode])
            if report.unresolved or not report.articles:
                raise RuntimeError(f"barcode {barcode} was not found through the simulator")
            return len(report.articles[0].warehouses)

        warehouses = asyncio.run(round_trip())
    return f"looked up {barcode} over HTTP: stock in {warehouses} warehouses"


def _check_slip() -> str:
    """A slip with its barcode, as PDF on both papers: the printing code and python-barcode
    are in the installation (a bundle that lost either would fail at the first F8)."""
    from datetime import UTC, datetime

    from app.domain.order_body import FulfilmentKind
    from app.domain.order_slip import OrderSlip, SlipLine, SlipPaper, SlipPart, slip_barcodes
    from app.ui.order_slip_print import slip_pdf

    slip = OrderSlip(
        parts=(SlipPart("TS1-SELFTEST", "Self-test", (SlipLine("A-1", "Mug", 1),)),),
        created_at=datetime.now(UTC),
        kind=FulfilmentKind.PICKUP,
    )
    sizes = []
    for paper in SlipPaper:
        if not slip_barcodes(slip, paper):
            raise RuntimeError("the order number's barcode could not be made")
        pdf = slip_pdf(slip, paper)
        if not pdf.startswith(b"%PDF"):
            raise RuntimeError(f"the {paper.value} slip is not a PDF")
        sizes.append(f"{paper.value} {len(pdf) // 1024} KiB")
    return "PDF with its barcode on " + ", ".join(sizes)


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("qt", _check_qt),
    ("translations", _check_translations),
    ("resources", _check_resources),
    ("slip", _check_slip),
    ("round trip", _check_round_trip),
)


def _report(name: str, check: Callable[[], str]) -> bool:
    """Run one check and print its line; whether it passed."""
    started = time.perf_counter()
    try:
        detail = check()
    except Exception as error:  # report every failure, then fail the whole run
        print(f"FAIL {name}: {type(error).__name__}: {error}")
        return False
    print(f"ok   {name}: {detail} ({(time.perf_counter() - started) * 1000:.0f} ms)")
    return True


def _settings(config_path: Path | None) -> LoadedSettings | None:
    """The settings as the till would load them, with a check line: a bad value fails here,
    as it would stop the till."""
    from app.config.loading import load_settings

    loaded: list[LoadedSettings] = []

    def check() -> str:
        loaded.append(load_settings(config_path))
        sources = sorted(set(loaded[0].origins.values()))
        return "valid, " + (f"set in {', '.join(sources)}" if sources else "all defaults")

    _report("settings", check)
    return loaded[0] if loaded else None


def _check_connection(loaded: LoadedSettings) -> bool:
    """Try the configured connection; whether the till could use it (True when there is none)."""
    from app.config.secrets import load_password
    from app.domain.errors import TillsideError
    from app.services.connection import connection_from, try_connection

    section = loaded.settings.connection
    if not section.is_complete:
        print(
            "--   connection: none is configured (connection.api_url, goods_owner_id, "
            "api_user); the setup dialog asks for one at the first `tillside run`"
        )
        return True
    started = time.perf_counter()
    try:
        connection = connection_from(
            section.api_url, section.goods_owner_id, section.api_user, load_password(section)
        )
        warehouses = asyncio.run(try_connection(connection))
    except (TillsideError, ValueError) as error:  # no password, a bad URL, Ongoing's answer
        detail = error.text if isinstance(error, TillsideError) else error
        print(f"FAIL connection to {section.api_url}: {detail}")
        return False
    ms = (time.perf_counter() - started) * 1000
    print(
        f"ok   connection to {connection.base_url}: Connected. Goods owner "
        f"{section.goods_owner_id}: {warehouses} warehouses ({ms:.0f} ms)"
    )
    return True


def _print_origins(loaded: LoadedSettings) -> None:
    from app.commands.settings import setting_lines

    print("settings, and where each value comes from:")
    for line in setting_lines(loaded, with_help=False):
        print(f"  {line}")


def run_self_test(config_path: Path | None = None) -> int:
    """Print what support needs to know, run every check, and say whether all passed."""
    from app.commands.about import locations, versions

    for line in versions():
        print(line)
    for what, where in locations(config_path):
        print(f"{what + ':':<24}{where}")
    failed = sum(not _report(name, check) for name, check in CHECKS)
    loaded = _settings(config_path)
    if loaded is None:
        failed += 1
    else:
        failed += not _check_connection(loaded)
        _print_origins(loaded)
    print("self-test passed" if not failed else f"self-test FAILED ({failed} checks)")
    sys.stdout.flush()
    return 0 if not failed else 1
