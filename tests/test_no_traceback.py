"""Every command, against everything a PC or Ongoing can do wrong: a sentence, never a traceback.

Each sub-command runs as its own process (as IT runs it) against each condition: damaged,
locked, full or read-only storage, damaged settings files, and an Ongoing that cannot be
reached or answers nonsense. Whatever happens, the output holds no Python traceback, the
exit status is one the README documents, and a failing command that keeps a log wrote a
line there. A full disk and a read-only folder are real: a small tmpfs (root only).
"""

from __future__ import annotations

import contextlib
import http.server
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.commands.exit_status import ExitStatus
from app.simulator import SimulatorThread
from tests.helpers.simulator import running_simulator
from tests.helpers.storage import can_mount, filled_up, small_filesystem
from tests.helpers.unreachable import UNRESOLVABLE_URL, closed_port_url

WEBHOOK_TOKEN = "a-token-of-at-least-16-chars"
LONG_RUNNING_S = 6.0  # a board, receiver or simulator that starts well runs this long


@dataclass(frozen=True)
class Command:
    name: str
    args: tuple[str, ...]
    long_running: bool = False  # runs until stopped: stopped with SIGTERM
    stdin: str = ""
    logs: bool = False  # keeps a log file
    env: dict[str, str] = field(default_factory=dict)


def commands(
    connection: tuple[str, ...], code: str, warehouse: str, slip_pdf: Path
) -> list[Command]:
    probe = {"TILLSIDE_STARTUP_PROBE": "1"}
    return [
        Command("settings", ("settings",)),
        Command("set-password", ("set-password",), stdin="secret\n"),
        Command("lookup", ("lookup", code, *connection)),
        Command("order", ("order", "--pickup", warehouse, f"{code}=1", *connection), logs=True),
        Command("outbox", ("outbox",), logs=True),
        Command("outbox --send", ("outbox", "--send", *connection), logs=True),
        # "c1" is the order the storage conditions leave in the outbox (elsewhere: unknown)
        Command("slip", ("slip", "c1", "--output", str(slip_pdf)), logs=True),
        Command(
            "board",
            ("board", "--warehouse", warehouse, "--windowed", *connection),
            long_running=True,
            logs=True,
        ),
        Command(
            "webhooks",
            ("webhooks", "--port", "0"),
            long_running=True,
            logs=True,
            env={"TILLSIDE_WEBHOOK_TOKEN": WEBHOOK_TOKEN},
        ),
        Command("simulator", ("simulator", "--port", "0"), long_running=True),
        Command("self-test", ("self-test",)),
        # With the probe they quit once ready; without a connection the setup dialog waits.
        Command("run", ("run",), long_running=True, logs=True, env=probe),
        Command("demo", ("demo",), long_running=True, logs=True, env=probe),
    ]


@dataclass
class Place:
    """One PC's folders and settings for a run, and the Ongoing it talks to."""

    root: Path
    api_url: str
    password: str = "demo-password"
    goods_owner_id: int = 1
    configured: bool = True  # the settings hold a connection (and the options give one)
    data: Path = field(init=False)
    logs: Path = field(init=False)

    logs_root: Path | None = None  # elsewhere than the data: on a full disk, to read them

    def __post_init__(self) -> None:
        self.data = self.root / "data"
        self.logs = self.logs_root or self.root / "logs"
        for folder in (self.data, self.logs):
            folder.mkdir(parents=True, exist_ok=True)

    @property
    def own_config(self) -> Path:
        return self.root / "config.toml"

    @property
    def machine_config(self) -> Path:
        return self.root / "machine.toml"

    def logs_of(self, command: Command) -> Path:
        """Each command's own log folder, so one's lines never stand for another's."""
        return self.logs / command.name.replace(" ", "").replace("-", "")

    def env(self, command: Command) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("TILLSIDE_")}
        env.update(
            QT_QPA_PLATFORM="offscreen",
            TILLSIDE_DATA_DIR=str(self.data),
            TILLSIDE_LOG_DIR=str(self.logs_of(command)),
            TILLSIDE_CONFIG=str(self.own_config),
            TILLSIDE_MACHINE_CONFIG=str(self.machine_config),
            TILLSIDE_API_USER="WSI-DEMO",
            TILLSIDE_API_PASSWORD=self.password,
            **command.env,
        )
        return env


@dataclass(frozen=True)
class Outcome:
    command: str
    returncode: int
    output: str
    log: str
    stopped_by_us: bool


def run(command: Command, place: Place) -> Outcome:
    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli", *command.args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=place.env(command),
    )
    stopped = False
    try:
        if command.long_running:
            try:
                out, _ = process.communicate(command.stdin, timeout=LONG_RUNNING_S)
            except subprocess.TimeoutExpired:  # it started and runs: stop it as IT would
                process.send_signal(signal.SIGTERM)
                stopped = True
                out, _ = process.communicate(timeout=60)
        else:
            out, _ = process.communicate(command.stdin, timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    log = "".join(
        p.read_text(errors="replace") for p in sorted(place.logs_of(command).glob("tillside.log*"))
    )
    return Outcome(command.name, process.returncode, out, log, stopped)


DOCUMENTED = {int(status) for status in ExitStatus}


def check(outcome: Outcome, logs: bool) -> list[str]:
    problems = []
    if "Traceback" in outcome.output:
        problems.append(f"{outcome.command}: a traceback\n{outcome.output}")
    acceptable = DOCUMENTED | ({-signal.SIGTERM} if outcome.stopped_by_us else set())
    # The last line of defence is not an answer: each of these conditions has its own.
    acceptable.discard(ExitStatus.UNEXPECTED)
    if outcome.returncode not in acceptable:
        problems.append(f"{outcome.command}: exit {outcome.returncode}\n{outcome.output}")
    if outcome.returncode not in (0, -signal.SIGTERM) and not outcome.output.strip():
        problems.append(f"{outcome.command}: failed ({outcome.returncode}) without a word")
    if logs and outcome.returncode not in (0, -signal.SIGTERM) and "event=" not in outcome.log:
        problems.append(f"{outcome.command}: failed ({outcome.returncode}) without a log line")
    return problems


# --- the Ongoings ---


@pytest.fixture(scope="module")
def ongoing() -> Iterator[SimulatorThread]:
    with running_simulator() as running:
        yield running


class _Nonsense(http.server.BaseHTTPRequestHandler):
    """What a store's proxy or a captive portal answers instead of Ongoing."""

    def _answer(self) -> None:
        body = b"<html><body>Please log in to the guest network</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # http.server's names
        self._answer()

    def do_PUT(self) -> None:
        self._answer()

    def log_message(self, *args: object) -> None:
        pass


@contextlib.contextmanager
def nonsense_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Nonsense)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/demo/api/v1/"
    finally:
        server.shutdown()
        server.server_close()


# --- the conditions ---


def write_settings(place: Place) -> None:
    connection = (
        f'[connection]\napi_url = "{place.api_url}"\ngoods_owner_id = {place.goods_owner_id}\n'
        'api_user = "WSI-DEMO"\n\n'
    )
    place.own_config.write_text(
        (connection if place.configured else "") + '[store]\norder_prefix = "NT"\n',
        encoding="utf-8",
    )


def an_outbox_with_an_order(place: Place) -> Path:
    from app.domain.order_number import OrderNumberFormat
    from app.persistence.outbox import Outbox

    with Outbox(place.data / "outbox.sqlite") as outbox:
        number = outbox.allocate_number(OrderNumberFormat.of("NT", "1"))
        outbox.add("c1", number, "pickup", {"orderNumber": number, "orderLines": []})
    return place.data / "outbox.sqlite"


CONDITIONS = [
    "healthy",
    "damaged outbox",
    "locked outbox",
    "full disk",
    "read-only data folder",
    "damaged own settings",
    "damaged machine settings",
    "Ongoing unreachable",
    "Ongoing answers nonsense",
    "wrong password",
    "goods owner not the user's",
    "no such warehouse name",
    "name does not resolve",
    "no connection configured",
]
# What the commands that ask Ongoing answer, where the cause has its own status.
REFUSED = {"lookup": ExitStatus.REFUSED, "order": ExitStatus.REFUSED}
UNAVAILABLE = {"lookup": ExitStatus.UNAVAILABLE, "order": ExitStatus.UNAVAILABLE}
EXPECTED: dict[str, dict[str, ExitStatus]] = {
    "Ongoing unreachable": UNAVAILABLE,
    "wrong password": REFUSED,
    "goods owner not the user's": REFUSED,
    "no such warehouse name": UNAVAILABLE,
    "name does not resolve": UNAVAILABLE,
    "no connection configured": {
        "lookup": ExitStatus.USAGE,
        "order": ExitStatus.USAGE,
        "outbox --send": ExitStatus.USAGE,
        "board": ExitStatus.USAGE,
    },
}


@contextlib.contextmanager
def condition(name: str, root: Path, ongoing_url: str) -> Iterator[Place]:
    if name == "Ongoing unreachable":
        place = Place(root, closed_port_url())
        write_settings(place)
        yield place
        return
    connection_faults = {
        "wrong password": Place(root, ongoing_url, password="not-the-password"),
        "goods owner not the user's": Place(root, ongoing_url, goods_owner_id=999),
        "no such warehouse name": Place(root, ongoing_url.replace("/demo/", "/no-such-store/")),
        "name does not resolve": Place(root, UNRESOLVABLE_URL),
        "no connection configured": Place(root, ongoing_url, configured=False),
    }
    if name in connection_faults:
        place = connection_faults[name]
        write_settings(place)
        yield place
        return
    if name == "Ongoing answers nonsense":
        with nonsense_server() as url:
            place = Place(root, url)
            write_settings(place)
            yield place
        return
    if name in ("full disk", "read-only data folder"):
        if not can_mount():
            pytest.skip("a real full or read-only filesystem needs root (CI runs as root)")
        with small_filesystem(root / "disk", size_kib=1024) as disk:
            place = Place(disk, ongoing_url, logs_root=root / "logs")
            write_settings(place)
            an_outbox_with_an_order(place)
            if name == "full disk":
                with filled_up(disk):
                    yield place
            else:
                subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
                yield place
        return
    place = Place(root, ongoing_url)
    write_settings(place)
    if name == "damaged outbox":
        (place.data / "outbox.sqlite").write_bytes(b"\x00\x13garbage" * 500)
    elif name == "damaged own settings":
        place.own_config.write_bytes(b"\xff\xfe\x00[connection\x00")
    elif name == "damaged machine settings":
        place.machine_config.write_bytes(b"[store\x00\x00\xff")
    if name == "locked outbox":
        holder = sqlite3.connect(an_outbox_with_an_order(place), isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")  # another program keeps writing, for ever
        try:
            yield place
        finally:
            holder.close()
        return
    yield place


@pytest.mark.slow
@pytest.mark.parametrize("name", CONDITIONS)
def test_no_command_shows_a_traceback(name: str, ongoing: SimulatorThread, tmp_path: Path):
    barcode, warehouse = next(
        (a.barcode, w.code)
        for a in ongoing.state.articles()
        for w in ongoing.state.warehouses()
        if a.barcode and ongoing.state.stock(a.article_number, w.id).sellable >= 20
    )
    with condition(name, tmp_path, ongoing.base_url) as place:
        owner = str(place.goods_owner_id)
        connection: tuple[str, ...] = ("--api-url", place.api_url, "--goods-owner-id", owner)
        if not place.configured:
            connection = ()
        # `lookup` with the connection from the settings alone, as IT runs it after setup
        every = [
            *commands(connection, barcode, warehouse, place.data / "slip.pdf"),
            Command("lookup (settings)", ("lookup", barcode)),
        ]
        with ThreadPoolExecutor(max_workers=2) as pool:  # this machine has two cores
            outcomes = list(pool.map(lambda c: (c, run(c, place)), every))
    problems = [p for command, outcome in outcomes for p in check(outcome, command.logs)]
    expected = EXPECTED.get(name, {})
    for command, outcome in outcomes:
        status = expected.get(command.name.removesuffix(" (settings)"))
        if status is not None and outcome.returncode != status:
            problems.append(f"{command.name}: exit {outcome.returncode}, not {int(status)}")
    assert problems == [], "\n\n".join(problems)


def test_the_checks_see_a_traceback_and_an_undocumented_status() -> None:
    """Guards the guard."""
    bad = Outcome("x", 1, 'Traceback (most recent call last):\n  File "x"', "", False)
    assert any("traceback" in p for p in check(bad, logs=False))
    assert check(Outcome("x", 99, "said", "", False), logs=False)
    assert check(Outcome("x", 70, "unexpected", "event=x", False), logs=True)
    assert check(Outcome("x", 3, "said", "", False), logs=True)  # no log line
    assert check(Outcome("x", 3, "said", "event=x", False), logs=True) == []
