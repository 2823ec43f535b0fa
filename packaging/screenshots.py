"""Screenshots of the till for the README, taken under a real X server (Xvfb), in each language.

    make screenshots      # every picture; needs Xvfb and xdotool (apt-get install xvfb xdotool)
    .venv/bin/python packaging/screenshots.py NAME... [--display :N]   # only those named
                          # ($SCREENSHOT_DISPLAY also picks the X display number)

For each language the demo till starts on its own X display with `display.language` set,
xdotool types the demo's split basket (coffee, tea, a wool throw) into it the way a scanner
does (key events from the X server, Enter at the end), and once the log says the stock is
shown the window is captured with Qt's screen grab, into docs/screenshots/NAME-LANGUAGE.png:

- main-window: that basket against every warehouse;
- damaged-outbox: the till started on a data folder whose outbox was damaged (one page
  overwritten), with the banner that tells the cashier and IT what was recovered;
- checkout: the basket ordered for a pickup by a new customer, the confirmation of both orders;
- article-search: F2 and "ull plad" typed at a person's pace, the search listing the throws;
- scanner-diagnostics: F12 after a scanner too slow for the settings (xdotool typing a barcode
  at about 100 ms a key against `scanner.max_interkey_ms` 80) and its verdict;
- store: the store's screens and the pickup board, against one simulator in this process
  holding a busy afternoon at Stockholm City placed through the till's own order service
  (twenty pickups, twelve of them picked; two home deliveries its shelf cannot fill):
  incoming, short-stock and settings are `tillside run` with a till file and IT's machine
  file (the store's warehouse, name and prefix) and the till id from the environment, with
  Ctrl+F3, Ctrl+F7 and F11 pressed in turn; board-WIDTHxHEIGHT is `tillside board` full
  screen at 1280x800 and on a 1920x1080 wall screen;
- offline: the till on a simulator of its own that is stopped before the last of the three
  scans (Ongoing down): order-offline, the order form saying the stock is unknown and
  offering to queue, then order-queued, the confirmation of the queued order, "not yet
  checked", with the basket empty behind it;
- setup: the first run's setup dialog over the till (the whole screen), its password set by
  TILLSIDE_API_PASSWORD, after "Test connection" against the simulator with a goods owner that
  is not the API user's: the result names that cause;
- returns: Ctrl+R against a simulator in this process holding two of the store's orders,
  at 1280x800 and 1600x1000: return, the picked delivery with one of its two lines
  returned and a cause chosen; return-cancel, the pickup the warehouse has not started;
- slips (no X server): slip-80mm, the slip of a split checkout (two warehouses, three lines,
  a pickup) as the till prints it on an 80 mm roll, made by the till's own printing code and
  rasterised by poppler's pdftoppm at a receipt printer's 203 dpi; return-slip, a return's
  slip (a wool throw damaged in transit) made from its outbox row, on the roll (203 dpi) and
  on A4 (100 dpi): return-slip-80mm and return-slip-a4.

Waits are on conditions (the window exists, the log has the event), each with a deadline.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the till's own code, to prepare a damaged outbox
OUTPUT = ROOT / "docs" / "screenshots"
LANGUAGES = ("en", "sv")
# Coffee, tea and a wool throw: no warehouse of the demo has all three (README, the demo split).
BARCODES = ("7377657018867", "7377730706735", "7378762336914")
SIZE = (1280, 800)
WALL = (1920, 1080)  # the pickup board's wall screen
CUSTOMER = ("Ann Berg", "0701234567")
SEARCH = "ull plad"  # the wool throw's words, the other way round and without the accent
CONFIRMATION_TITLES = {"en": "Checkout", "sv": "Köp"}
FORM_TITLES = "Place an order|Lägg en order"
DIAGNOSTICS_TITLES = "^(Scanner diagnostics|Skannerdiagnostik)$"
# xdotool's --delay is split between a key's press and its release: 190 puts the presses
# about 100 ms apart, too slow for scanner.max_interkey_ms 80.
SLOW_SCANNER_DELAY_MS = "190"
PHONE_KEYS = {"en": "alt+h", "sv": "alt+t"}  # the phone field's Alt key in each language
DEADLINE_S = 60.0


def wait_for(condition: Callable[[], object], what: str, deadline_s: float = DEADLINE_S) -> object:
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        result = condition()
        if result:
            return result
        time.sleep(0.05)  # polling an outside process: no event to wait on
    raise SystemExit(f"screenshots: gave up waiting for {what}")


def start_xvfb(
    display: str = "", size: tuple[int, int] = SIZE
) -> tuple[subprocess.Popen[bytes], str]:
    """An X server on `display` (or $SCREENSHOT_DISPLAY), or on the first free number from :90."""
    display = display or os.environ.get("SCREENSHOT_DISPLAY", "")
    for number in [display.lstrip(":")] if display else range(90, 140):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            display = f":{number}"
            break
    else:
        raise SystemExit(f"screenshots: no free X display number{' ' + display}")
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", f"{size[0]}x{size[1]}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for(lambda: Path(f"/tmp/.X11-unix/X{display[1:]}").exists(), "Xvfb")
    return server, display


def xdotool(display: str, *args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args], env={**os.environ, "DISPLAY": display}, capture_output=True, text=True
    )
    return done.stdout.strip() if done.returncode == 0 else ""


def log_has(log_file: Path, event: str, count: int = 1) -> bool:
    return log_file.exists() and log_file.read_text(encoding="utf-8").count(event) >= count


def capture(
    display: str, window_id: int, target: Path, size: tuple[int, int] | None = None
) -> None:
    """Grab the window through the X server, in a fresh process on that display (with
    `size`, only that much of it from its top left corner)."""
    area = f", 0, 0, {size[0]}, {size[1]}" if size else ""
    code = (
        "import sys\n"
        "from PySide6 import QtGui\n"
        "app = QtGui.QGuiApplication(sys.argv)\n"
        f"pixmap = app.primaryScreen().grabWindow({window_id}{area})\n"
        f"sys.exit(0 if pixmap.save({str(target)!r}) else 1)\n"
    )
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    subprocess.run([sys.executable, "-c", code], env=env, check=True)


def settled(
    display: str,
    window_id: int,
    target: Path,
    scratch: Path,
    size: tuple[int, int] | None = None,
) -> bool:
    """Capture twice; the picture is final once two captures in a row are the same."""
    first, second = scratch / "first.png", scratch / "second.png"
    capture(display, window_id, first, size)
    capture(display, window_id, second, size)
    if first.read_bytes() != second.read_bytes():
        return False
    shutil.move(second, target)
    return True


def damaged_outbox(folder: Path) -> None:
    """An outbox of ten waiting orders, one of its pages then overwritten on disk."""
    from app.domain.order_number import OrderNumberFormat
    from app.persistence.outbox import Outbox

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "outbox.sqlite"
    with Outbox(path) as outbox:
        for index in range(10):
            number = outbox.allocate_number(OrderNumberFormat.of("TS", "1"))
            body = {
                "goodsOwnerId": 1,
                "orderNumber": number,
                "deliveryDate": "2026-12-05T00:00:00",
                "consignee": {"name": "Demo Customer"},
                "orderLines": [
                    {"rowNumber": "1", "articleNumber": "TS-000001", "numberOfItems": 1}
                ],
                "padding": "x" * 1500,  # a few orders a page: one bad page loses some
            }
            outbox.add(f"demo-{index}", number, "pickup", body)
    data = bytearray(path.read_bytes())
    page = 4096 * 3  # a page of orders in the middle of the file
    data[page : page + 12] = b"\xee" * 12
    path.write_bytes(bytes(data))


def place_order(display: str, log_file: Path, language: str) -> int:
    """F10, a new customer's name and phone typed at a person's pace, Ctrl+Enter: the window
    of the checkout's confirmation, once Ongoing confirmed every part."""
    name, phone = CUSTOMER
    xdotool(display, "key", "F10")
    wait_for(
        lambda: xdotool(display, "search", "--name", "Place an order|Lägg en order"), "the form"
    )
    xdotool(display, "type", "--delay", "150", name)  # slower than a scanner
    xdotool(display, "key", PHONE_KEYS[language])
    xdotool(display, "type", "--delay", "150", phone)
    xdotool(display, "key", "ctrl+Return")
    wait_for(lambda: log_has(log_file, "event=order_confirmed", 2), "both orders confirmed")
    title = CONFIRMATION_TITLES[language]
    found = wait_for(lambda: xdotool(display, "search", "--name", f"^{title}$"), "the confirmation")
    return int(str(found).split()[0])


def screenshot(
    display: str,
    language: str,
    scratch: Path,
    name: str = "main-window",
    damaged: bool = False,
    checkout: bool = False,
    search: str = "",
    diagnostics: bool = False,
) -> Path:
    log_dir = scratch / f"logs-{name}-{language}"
    data_dir = scratch / f"data-{name}-{language}"
    if damaged:
        damaged_outbox(data_dir)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("TILLSIDE_")},
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "TILLSIDE_DISPLAY_LANGUAGE": language,
        "TILLSIDE_DATA_DIR": str(data_dir),
        "TILLSIDE_LOG_DIR": str(log_dir),
        "TILLSIDE_CONFIG": str(scratch / "absent.toml"),
        "TILLSIDE_MACHINE_CONFIG": str(scratch / "absent-machine.toml"),
        "TZ": "Europe/Stockholm",
        "LANG": "C.UTF-8",
    }
    till = subprocess.Popen([sys.executable, "-m", "app.cli", "demo"], env=env, cwd=ROOT)
    try:
        log_file = log_dir / "tillside.log"
        window = wait_for(lambda: xdotool(display, "search", "--name", "^Tillside"), "the window")
        window_id = int(str(window).split()[0])
        xdotool(display, "windowsize", str(window_id), str(SIZE[0]), str(SIZE[1]))
        xdotool(display, "windowmove", str(window_id), "0", "0")
        wait_for(lambda: log_has(log_file, "event=catalogue_loaded"), "the catalogue")
        xdotool(display, "windowfocus", "--sync", str(window_id))  # no window manager here
        for number, barcode in enumerate(BARCODES, start=1):
            # XTEST key presses 5 ms apart, as fast as a scanner; Return ends the scan.
            xdotool(display, "type", "--delay", "5", barcode)
            xdotool(display, "key", "Return")
            wait_for(lambda n=number: log_has(log_file, "event=lookup_done", n), "the stock")
        if damaged:
            wait_for(lambda: log_has(log_file, "event=storage_damaged"), "the salvage")
        if checkout:
            window_id = place_order(display, log_file, language)
        if search:
            xdotool(display, "key", "F2")
            xdotool(display, "type", "--delay", "150", search)  # a person's pace
        if diagnostics:
            window_id = slow_scanner_in_f12(display, log_file)
        target = OUTPUT / f"{name}-{language}.png"
        wait_for(lambda: settled(display, window_id, target, scratch), "a steady picture")
        return target
    finally:
        till.send_signal(signal.SIGTERM)
        till.wait(timeout=30)


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def offline_order(display: str, language: str, scratch: Path) -> list[Path]:
    """Ongoing goes down mid-basket: the form queues the order; its confirmation."""
    from app.simulator import DEMO_API_USER, DEMO_GOODS_OWNER_ID, DEMO_PASSWORD

    log_dir = scratch / f"logs-offline-{language}"
    port = free_port()
    simulator = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "simulator", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("TILLSIDE_")},
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "TILLSIDE_DISPLAY_LANGUAGE": language,
        "TILLSIDE_DATA_DIR": str(scratch / f"data-offline-{language}"),
        "TILLSIDE_LOG_DIR": str(log_dir),
        "TILLSIDE_CONFIG": str(scratch / "absent.toml"),
        "TILLSIDE_MACHINE_CONFIG": str(scratch / "absent-machine.toml"),
        "TILLSIDE_CONNECTION_API_URL": f"http://127.0.0.1:{port}/demo/api/v1/",
        "TILLSIDE_CONNECTION_GOODS_OWNER_ID": str(DEMO_GOODS_OWNER_ID),
        "TILLSIDE_CONNECTION_API_USER": DEMO_API_USER,
        "TILLSIDE_API_PASSWORD": DEMO_PASSWORD,
        "TZ": "Europe/Stockholm",
        "LANG": "C.UTF-8",
    }
    till = None
    try:
        wait_for(lambda: _answers(port), "the simulator")
        till = subprocess.Popen([sys.executable, "-m", "app.cli", "run"], env=env, cwd=ROOT)
        log_file = log_dir / "tillside.log"
        window = wait_for(lambda: xdotool(display, "search", "--name", "^Tillside"), "the window")
        window_id = int(str(window).split()[0])
        xdotool(display, "windowsize", str(window_id), str(SIZE[0]), str(SIZE[1]))
        xdotool(display, "windowmove", str(window_id), "0", "0")
        wait_for(lambda: log_has(log_file, "event=catalogue_loaded"), "the catalogue")
        xdotool(display, "windowfocus", "--sync", str(window_id))
        for number, barcode in enumerate(BARCODES, start=1):
            if number == len(BARCODES):
                simulator.send_signal(signal.SIGTERM)  # Ongoing goes down
                simulator.wait(timeout=30)
            xdotool(display, "type", "--delay", "5", barcode)
            xdotool(display, "key", "Return")
            wait_for(lambda n=number: log_has(log_file, "event=lookup_done", n), "the stock")
        xdotool(display, "key", "F10")
        form = wait_for(lambda: xdotool(display, "search", "--name", FORM_TITLES), "the form")
        form_id = int(str(form).split()[0])
        # Type once the form has the keyboard (keys before that would go to the window).
        wait_for(lambda: xdotool(display, "getwindowfocus") == str(form_id), "the form's focus")
        name, phone = CUSTOMER
        xdotool(display, "type", "--delay", "150", name)
        xdotool(display, "key", PHONE_KEYS[language])
        xdotool(display, "type", "--delay", "150", phone)
        shots = [OUTPUT / f"order-offline-{language}.png", OUTPUT / f"order-queued-{language}.png"]
        wait_for(lambda: settled(display, form_id, shots[0], scratch), "a steady form")
        xdotool(display, "key", "ctrl+Return")
        wait_for(lambda: log_has(log_file, "event=order_failed"), "the first try")
        # The whole screen: the confirmation in front, the empty basket and F7 behind it.
        wait_for(lambda: settled(display, 0, shots[1], scratch), "a steady picture")
        return shots
    finally:
        if till is not None:
            till.send_signal(signal.SIGTERM)
            till.wait(timeout=30)
        if simulator.poll() is None:
            simulator.send_signal(signal.SIGTERM)
            simulator.wait(timeout=30)


def _answers(port: int) -> bool:
    import socket

    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


SETUP_TITLES = "Connect Tillside to Ongoing|Anslut Tillside till Ongoing"
GOODS_OWNER_KEYS = {"en": "alt+g", "sv": "alt+v"}  # the goods owner field's Alt key


def full_screen(display: str, window_id: str) -> bool:
    """Size the window to the screen; True once the X server says it is (a resize sent while
    the window is still being mapped is lost)."""
    xdotool(display, "windowsize", window_id, str(SIZE[0]), str(SIZE[1]))
    xdotool(display, "windowmove", window_id, "0", "0")
    return f"{SIZE[0]}x{SIZE[1]}" in xdotool(display, "getwindowgeometry", window_id)


def capture_screen(display: str, target: Path) -> None:
    """The whole 1280x800 screen: the dialog over the till, as IT sees it."""
    code = (
        "import sys\n"
        "from PySide6 import QtGui\n"
        "app = QtGui.QGuiApplication(sys.argv)\n"
        "pixmap = app.primaryScreen().grabWindow(0)\n"
        f"sys.exit(0 if pixmap.save({str(target)!r}) else 1)\n"
    )
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    subprocess.run([sys.executable, "-c", code], env=env, check=True)


def screen_settled(display: str, target: Path, scratch: Path) -> bool:
    first, second = scratch / "first.png", scratch / "second.png"
    capture_screen(display, first)
    capture_screen(display, second)
    if first.read_bytes() != second.read_bytes():
        return False
    shutil.move(second, target)
    return True


def setup_screenshot(display: str, language: str, scratch: Path) -> Path:
    """`tillside run` on a PC whose settings have the URL and user but no goods owner: the
    setup dialog; goods owner 2 typed, "Test connection" pressed, the cause shown."""
    simulator = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "simulator", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    till: subprocess.Popen[bytes] | None = None
    try:
        assert simulator.stdout is not None
        url = simulator.stdout.readline().strip().removeprefix("Listening on ")
        config = scratch / f"setup-{language}.toml"
        config.write_text(
            f'[connection]\napi_url = "{url}"\napi_user = "WSI-DEMO"\n\n'
            f'[display]\nlanguage = "{language}"\n',
            encoding="utf-8",
        )
        log_dir = scratch / f"logs-setup-{language}"
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("TILLSIDE_")},
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "TILLSIDE_DATA_DIR": str(scratch / f"data-setup-{language}"),
            "TILLSIDE_LOG_DIR": str(log_dir),
            "TILLSIDE_CONFIG": str(config),
            "TILLSIDE_MACHINE_CONFIG": str(scratch / "absent-machine.toml"),
            "TILLSIDE_API_PASSWORD": "demo-password",
            "TZ": "Europe/Stockholm",
            "LANG": "C.UTF-8",
        }
        till = subprocess.Popen([sys.executable, "-m", "app.cli", "run"], env=env, cwd=ROOT)
        window = wait_for(lambda: xdotool(display, "search", "--name", "^Tillside"), "the window")
        window_id = str(window).split()[0]
        wait_for(lambda: full_screen(display, window_id), "the window at full size")
        found = wait_for(lambda: xdotool(display, "search", "--name", SETUP_TITLES), "the dialog")
        dialog_id = str(found).split()[0]
        xdotool(display, "windowfocus", "--sync", dialog_id)  # no window manager here
        xdotool(display, "key", GOODS_OWNER_KEYS[language])
        xdotool(display, "type", "--delay", "150", "2")
        xdotool(display, "key", "alt+t")  # Test connection, in both languages
        log_file = log_dir / "tillside.log"
        wait_for(lambda: log_has(log_file, "status=401"), "Ongoing's answer")
        target = OUTPUT / f"setup-{language}.png"
        wait_for(lambda: screen_settled(display, target, scratch), "a steady picture")
        return target
    finally:
        for process in (till, simulator):
            if process is not None:
                process.send_signal(signal.SIGTERM)
                process.wait(timeout=30)


def slow_scanner_in_f12(display: str, log_file: Path) -> int:
    """F12, then a barcode typed at about 100 ms a key and Enter, as a slow scanner would: the
    dialog's verdict says which setting to change to what. Returns the dialog's window."""
    xdotool(display, "key", "F12")
    found = wait_for(lambda: xdotool(display, "search", "--name", DIAGNOSTICS_TITLES), "F12")
    dialog_id = str(found).split()[0]
    xdotool(display, "windowmove", dialog_id, "320", "160")
    xdotool(display, "windowfocus", "--sync", dialog_id)
    xdotool(display, "type", "--delay", SLOW_SCANNER_DELAY_MS, BARCODES[0])
    xdotool(display, "key", "Return")
    wait_for(lambda: log_has(log_file, "event=scanner_verdict kind=TOO_SLOW"), "the verdict")
    return int(dialog_id)


BOARD_WAREHOUSE = "STO1"
# A busy afternoon at a pickup warehouse (`make bench-board` peaks at 42 orders up at once on
# a day of 300): who ordered, how many minutes ago, whether it is picked, and what (the
# demo catalogue's article index, quantity). Twelve are picked, waiting for their customer.
BOARD_ORDERS = (
    ("Anna Lindqvist", 118, True, ((0, 1), (1, 2))),
    ("Mohammed Haddad", 104, True, ((5, 1),)),
    ("Kristina Johansson", 97, True, ((14, 1), (15, 1))),
    ("Olof Persson", 88, True, ((44, 1),)),
    ("Maja Eriksson", 81, True, ((30, 1),)),
    ("Hanna Lund", 76, True, ((46, 2), (47, 1))),
    ("Eva-Karin Ström", 64, False, ((8, 1), (9, 1), (10, 4))),
    ("Nils Wikström", 58, True, ((49, 1),)),
    ("Lars Öberg", 52, False, ((12, 2),)),
    ("Fatima Rahimi", 49, True, ((51, 1), (52, 1))),
    ("Ali Yilmaz", 39, False, ((17, 6), (18, 1), (19, 1), (20, 2), (21, 1), (22, 1))),
    ("Sofia Nilsson", 31, False, ((24, 1),)),
    ("Gustav Åberg", 29, True, ((54, 3),)),
    ("Jonas Berg", 26, False, ((27, 3), (28, 1))),
    ("Elin Sjöberg", 22, True, ((56, 1),)),
    ("Per Holm", 11, False, ((33, 1), (34, 2), (35, 1))),
    ("Leila Nasser", 9, True, ((58, 1),)),
    ("Viktor Dahl", 6, False, ((60, 1), (61, 1))),
    ("Ingrid Sandberg", 1, False, ((38, 1), (39, 1))),
    ("Emil Karlsson", 0, False, ((41, 2),)),
)


# Home deliveries from the store's warehouse that its shelf cannot fill (Ctrl+F7).
SHORT_ORDERS = (
    ("Karin Holm", ((70, 3), (71, 1))),
    ("Oskar Lind", ((72, 2),)),
)


def board_simulator() -> object:
    """The demo's simulator in this process with a realistic afternoon of pickup orders at
    BOARD_WAREHOUSE, placed through the till's own order service (as a till would), some of
    them picked by the warehouse."""
    import asyncio
    from datetime import UTC, datetime, timedelta

    from app.config.settings import StoreSection
    from app.domain.basket import BasketLine
    from app.domain.customer import Customer
    from app.domain.order_body import FulfilmentKind
    from app.domain.order_status import PICKED
    from app.ongoing.client import OngoingClient
    from app.ongoing.settings import ConnectionSettings
    from app.persistence.outbox import Outbox
    from app.services.orders import OrderPlan, OrderService
    from app.simulator import SimulatorThread, load_demo_state

    state = load_demo_state()
    warehouse = next(w for w in state.warehouses() if w.code == BOARD_WAREHOUSE)
    articles = [a for a in state.articles() if a.barcode]
    simulator = SimulatorThread.start(state=state)
    now = datetime.now(UTC)

    async def place(folder: Path) -> None:
        connection = ConnectionSettings.from_target(
            simulator.base_url, simulator.goods_owner_id, simulator.api_user, simulator.password
        )
        store = StoreSection(order_prefix="KG", till_id="2", backorders_allowed=True)
        async with OngoingClient(connection) as client:
            with Outbox(folder / "outbox.sqlite") as outbox:
                service = OrderService(client, outbox, store)
                for name, minutes, picked, items in BOARD_ORDERS:
                    lines = tuple(
                        BasketLine(a.article_number, a.name, quantity, a.price, "SEK")
                        for a, quantity in ((articles[i], n) for i, n in items)
                    )
                    for article in lines:
                        state.set_stock(article.article_number, warehouse.id, 50)
                    state.clock = lambda m=minutes: now - timedelta(minutes=m)
                    plan = OrderPlan(
                        lines,
                        FulfilmentKind.PICKUP,
                        warehouse.code,
                        Customer(name, phone="0701234567"),
                    )
                    entry = await service.place(plan)
                    state.clock = lambda: datetime.now(UTC)
                    if picked and entry.ongoing_order_id is not None:
                        state.advance_order(entry.ongoing_order_id, PICKED)
                for name, items in SHORT_ORDERS:  # home deliveries the shelf cannot fill
                    lines = tuple(
                        BasketLine(a.article_number, a.name, quantity, a.price, "SEK")
                        for a, quantity in ((articles[i], n) for i, n in items)
                    )
                    for line in lines:
                        state.set_stock(line.article_number, warehouse.id, 1)
                    customer = Customer(name, "Storgatan 1", "", "11122", "Stockholm", "SE")
                    plan = OrderPlan(lines, FulfilmentKind.DELIVERY, warehouse.code, customer)
                    await service.place(plan)

    with tempfile.TemporaryDirectory(prefix="tillside-board-") as folder:
        asyncio.run(place(Path(folder)))
    goods_arrived(state, warehouse.id)
    return simulator


def goods_arrived(state: object, warehouse_id: int) -> None:
    """This morning at the store's warehouse: a delivery received and shelves counted, for
    Ctrl+F3's "received today" and Ctrl+F4 (the till shows them without the webhooks)."""
    from app.domain.purchase_order_status import RECEIVED
    from app.simulator.state import WmsState

    assert isinstance(state, WmsState)
    waiting = [
        p for p in state.purchase_orders() if p.warehouse_id == warehouse_id and p.status < RECEIVED
    ]
    if waiting:
        state.receive_purchase_order(waiting[0].purchase_order_id)
    counts = ((3, -2, True, "Hylla A15"), (5, 1, True, "Hylla A15"), (8, -1, False, "Trasig"))
    articles = state.articles()
    for index, change, counted, comment in counts:
        state.adjust_stock(
            articles[index].article_number,
            warehouse_id,
            change,
            count_inventory=counted,
            cause_code=None if counted else "DAMAGED",
            comment=comment,
        )


def board_screenshot(
    display: str, language: str, scratch: Path, simulator: object, size: tuple[int, int]
) -> Path:
    """`tillside board` full screen on a screen of `size`, once its orders are drawn."""
    from app.simulator import SimulatorThread

    assert isinstance(simulator, SimulatorThread)
    width, height = size
    log_dir = scratch / f"logs-board-{language}-{width}"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("TILLSIDE_")},
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "TILLSIDE_DISPLAY_LANGUAGE": language,
        "TILLSIDE_DATA_DIR": str(scratch / f"data-board-{language}-{width}"),
        "TILLSIDE_LOG_DIR": str(log_dir),
        "TILLSIDE_CONFIG": str(scratch / "absent.toml"),
        "TILLSIDE_MACHINE_CONFIG": str(scratch / "absent-machine.toml"),
        "TILLSIDE_API_USER": simulator.api_user,
        "TILLSIDE_API_PASSWORD": simulator.password,
        "TZ": "Europe/Stockholm",
        "LANG": "C.UTF-8",
    }
    command = [sys.executable, "-m", "app.cli", "board", "--warehouse", BOARD_WAREHOUSE]
    command += ["--api-url", simulator.base_url, "--goods-owner-id"]
    command += [str(simulator.goods_owner_id)]
    board = subprocess.Popen(command, env=env, cwd=ROOT)
    try:
        log_file = log_dir / "tillside.log"
        title = "^(Pickup orders|Upphämtningsordrar) — "
        found = wait_for(lambda: xdotool(display, "search", "--name", title), "the board")
        window_id = int(str(found).split()[0])
        wait_for(lambda: log_has(log_file, "event=board_shown"), "the orders on the board")
        target = OUTPUT / f"board-{width}x{height}-{language}.png"
        wait_for(lambda: settled(display, window_id, target, scratch), "a steady picture")
        return target
    finally:
        board.send_signal(signal.SIGTERM)
        board.wait(timeout=30)


STORE_SCREENS = (  # (picture, key, the window's title in each language)
    ("incoming", "ctrl+F3", "^(Goods on the way in|Inkommande varor) — "),
    ("short-stock", "ctrl+F7", "^(Orders lacking stock|Ordrar med lagerbrist) — "),
    ("stock-taking", "ctrl+F4", "^(Stock-taking and adjustments|Inventering och justeringar) — "),
    ("settings", "F11", "^(Settings|Inställningar)$"),
)
TILL_FILE = """\
# Till 2 at Kungsgatan: the connection, set up by IT with the setup dialog.
[connection]
api_url = "{url}"
goods_owner_id = {owner}
api_user = "{user}"
"""
MACHINE_FILE = """\
# Every till of the store (IT's machine-wide file).
[store]
name = "Tillside Kungsgatan"
order_prefix = "KG"
store_warehouse = "{warehouse}"
store_sale = true
"""


def store_screenshots(display: str, language: str, scratch: Path, simulator: object) -> list[Path]:
    """`tillside run` against the simulator, with a till file and IT's machine file; then
    Ctrl+F3, Ctrl+F7 and F11 in turn, each captured over the till as the cashier sees it."""
    from app.simulator import SimulatorThread

    assert isinstance(simulator, SimulatorThread)
    folder = scratch / f"store-{language}"
    folder.mkdir()
    till_file, machine_file = folder / "config.toml", folder / "machine.toml"
    till_file.write_text(
        TILL_FILE.format(
            url=simulator.base_url, owner=simulator.goods_owner_id, user=simulator.api_user
        ),
        encoding="utf-8",
    )
    machine_file.write_text(MACHINE_FILE.format(warehouse=BOARD_WAREHOUSE), encoding="utf-8")
    log_dir = folder / "logs"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("TILLSIDE_")},
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "TILLSIDE_DISPLAY_LANGUAGE": language,
        "TILLSIDE_STORE_TILL_ID": "2",
        "TILLSIDE_DATA_DIR": str(folder / "data"),
        "TILLSIDE_LOG_DIR": str(log_dir),
        "TILLSIDE_CONFIG": str(till_file),
        "TILLSIDE_MACHINE_CONFIG": str(machine_file),
        "TILLSIDE_API_PASSWORD": simulator.password,
        "TZ": "Europe/Stockholm",
        "LANG": "C.UTF-8",
    }
    till = subprocess.Popen([sys.executable, "-m", "app.cli", "run"], env=env, cwd=ROOT)
    shots = []
    try:
        window = wait_for(lambda: xdotool(display, "search", "--name", "^Tillside"), "the window")
        window_id = str(window).split()[0]
        xdotool(display, "windowsize", window_id, str(SIZE[0]), str(SIZE[1]))
        xdotool(display, "windowmove", window_id, "0", "0")
        wait_for(lambda: log_has(log_dir / "tillside.log", "event=catalogue_loaded"), "catalogue")
        for name, key, title in STORE_SCREENS:
            xdotool(display, "windowfocus", "--sync", window_id)  # no window manager here
            xdotool(display, "key", key)
            found = wait_for(lambda t=title: xdotool(display, "search", "--name", t), name)
            dialog = str(found).split()[0]
            target = OUTPUT / f"{name}-{language}.png"
            # the whole screen: the dialog over the till, as the cashier sees it
            wait_for(lambda t=target: settled(display, 0, t, scratch), "a steady picture")
            shots.append(target)
            xdotool(display, "windowfocus", "--sync", dialog)
            xdotool(display, "key", "Escape")
            wait_for(lambda t=title: not xdotool(display, "search", "--name", t), "closed")
    finally:
        till.send_signal(signal.SIGTERM)
        till.wait(timeout=30)
    return shots


def split_checkout_slip(language: str) -> object:
    """A realistic split checkout from the demo data: coffee and tea from Stockholm, socks
    from Göteborg, for pickup; numbers as a till spells them, fixed so the picture is too."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from app.domain.money import DEFAULT_CURRENCY
    from app.domain.order_body import FulfilmentKind
    from app.domain.order_number import OrderNumberFormat
    from app.domain.order_slip import OrderSlip, SlipLine, SlipPart
    from app.simulator import load_demo_state

    state = load_demo_state()
    warehouses = {w.code: w for w in state.warehouses()}
    articles = {a.barcode: a for a in state.articles() if a.barcode}
    numbers = OrderNumberFormat.of("KG", "2")

    def part(code: str, stamp: int, order_id: int, items: list[tuple[str, int]]) -> SlipPart:
        warehouse = warehouses[code]
        return SlipPart(
            numbers.number("7QX3", stamp),
            warehouse.name,
            tuple(
                # Shelf prices are in the store's currency; a.currency is what it was bought in.
                SlipLine(a.article_number, a.name, quantity, a.price, DEFAULT_CURRENCY)
                for a, quantity in ((articles[barcode], n) for barcode, n in items)
            ),
            order_id,
            (warehouse.address1, f"{warehouse.post_code} {warehouse.city}"),
            warehouse.opening_hours,
        )

    return OrderSlip(
        parts=(
            part("STO1", 219_437_004_880, 100231, [(BARCODES[1], 2), (BARCODES[0], 1)]),
            part("GBG", 219_437_004_881, 100232, [("7378172833959", 1)]),
        ),
        created_at=datetime(2026, 12, 4, 14, 3, tzinfo=ZoneInfo("Europe/Stockholm")),
        kind=FulfilmentKind.PICKUP,
        customer_name="Ann Berg",
        store_name="Tillside Kungsgatan",
        language=language,
    )


def slip_picture(language: str) -> Path:
    """The 80 mm slip as a PNG: the PDF the till would print, rasterised at 203 dpi."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.domain.order_slip import OrderSlip, SlipPaper
    from app.qt import QtWidgets
    from app.ui.order_slip_print import slip_pdf

    _ = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    slip = split_checkout_slip(language)
    assert isinstance(slip, OrderSlip)
    target = OUTPUT / f"slip-80mm-{language}.png"
    with tempfile.TemporaryDirectory(prefix="tillside-slip-") as folder:
        pdf = Path(folder) / "slip.pdf"
        pdf.write_bytes(slip_pdf(slip, SlipPaper.ROLL_80MM))
        subprocess.run(
            ["pdftoppm", "-r", "203", "-png", "-singlefile", str(pdf), str(target.with_suffix(""))],
            check=True,
        )
    return target


def return_slip_of_demo(language: str) -> object:
    """A return as the till stores it: one wool throw of a pickup, damaged in transit, to
    the store's own warehouse, confirmed by Ongoing; numbers fixed so the picture is too."""
    from datetime import UTC, datetime

    from app.config.settings import StoreSection
    from app.domain.order_number import OrderNumberFormat
    from app.domain.texts import as_text
    from app.persistence.outbox import OutboxEntry, OutboxState
    from app.services.return_slips import return_slip
    from app.simulator import load_demo_state

    state = load_demo_state()
    throw = next(a for a in state.articles() if a.barcode == BARCODES[2])
    numbers = OrderNumberFormat.of("KG", "2")
    moment = datetime(2026, 12, 9, 10, 17, tzinfo=UTC)
    entry = OutboxEntry(
        "return-picture",
        "R" + numbers.number("7QX3", 219_437_101_730),
        "return",
        {"comment": None},
        OutboxState.SENT,
        700012,
        as_text(""),
        1,
        moment,
        moment,
        slip={
            "orderNumber": numbers.number("7QX3", 219_437_004_881),
            "cause": "Damaged in transit",
            "warehouse": "STO1",
            "warehouseName": "Stockholm City",
            "lines": [{"articleNumber": throw.article_number, "name": throw.name, "quantity": "1"}],
            "language": language,
            "storeName": "Tillside Kungsgatan",
            "refundWhen": "received",
        },
    )
    return return_slip(entry, StoreSection())


def return_slip_pictures(language: str) -> list[Path]:
    """The return slip on both papers as PNGs: the roll at 203 dpi, the A4 page at 100."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from dataclasses import replace
    from zoneinfo import ZoneInfo

    from app.domain.order_slip import SlipPaper
    from app.domain.return_slip import ReturnSlip
    from app.qt import QtWidgets
    from app.ui.return_slip_print import return_slip_pdf

    _ = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    made_at = return_slip_of_demo(language)
    assert isinstance(made_at, ReturnSlip)
    # as a till in Stockholm prints it, whatever this machine's zone
    slip = replace(made_at, created_at=made_at.created_at.astimezone(ZoneInfo("Europe/Stockholm")))
    made = []
    for paper, dpi in ((SlipPaper.ROLL_80MM, 203), (SlipPaper.A4, 100)):
        target = OUTPUT / f"return-slip-{paper.value}-{language}.png"
        with tempfile.TemporaryDirectory(prefix="tillside-slip-") as folder:
            pdf = Path(folder) / "slip.pdf"
            pdf.write_bytes(return_slip_pdf(slip, paper))
            stem = str(target.with_suffix(""))
            command = ["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(pdf), stem]
            subprocess.run(command, check=True)
        made.append(target)
    return made


def slips(which: str = "slip") -> int:
    if shutil.which("pdftoppm") is None:
        print("screenshots: pdftoppm is missing (apt-get install poppler-utils)", file=sys.stderr)
        return 2
    OUTPUT.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:  # each in its own process: one Qt application per language
        subprocess.run([sys.executable, __file__, which, language], check=True, cwd=ROOT)
    return 0


def store_pictures(display: str, scratch: Path) -> None:
    """The store's screens (Ctrl+F3, Ctrl+F7, F11) and the pickup board, in each language,
    against one simulator holding a busy afternoon; the board also on a wall screen."""
    simulator = board_simulator()
    wall, wall_display = start_xvfb(size=WALL)
    try:
        for language in LANGUAGES:
            for shot in store_screenshots(display, language, scratch, simulator):
                print(f"wrote {shot.relative_to(ROOT)}")
            for screen, size in ((display, SIZE), (wall_display, WALL)):
                shot = board_screenshot(screen, language, scratch, simulator, size)
                print(f"wrote {shot.relative_to(ROOT)}")
    finally:
        wall.terminate()
        wall.wait(timeout=10)
        simulator.stop()  # type: ignore[attr-defined]


RETURN_TITLES = "^(Return or cancel an order|Retur eller makulering av en order)$"
RETURN_SIZES = (SIZE, (1600, 1000))  # the till's window: a small screen and a larger one


def return_simulator() -> tuple[object, str, str]:
    """The demo's simulator in this process with two of the store's orders, placed through
    the till's own order service: a home delivery of two lines from Göteborg that the
    warehouse has picked, and a pickup at the store's warehouse it has not started; the
    simulator and the two order numbers."""
    import asyncio

    from app.config.settings import StoreSection
    from app.domain.basket import BasketLine
    from app.domain.customer import Customer
    from app.domain.order_body import FulfilmentKind
    from app.domain.order_status import PICKED
    from app.ongoing.client import OngoingClient
    from app.ongoing.settings import ConnectionSettings
    from app.persistence.outbox import Outbox
    from app.services.orders import OrderPlan, OrderService
    from app.simulator import SimulatorThread, load_demo_state

    state = load_demo_state()
    state.status_step_seconds = None  # the orders stay where they are put
    warehouses = {w.code: w for w in state.warehouses()}
    far = next(w for code, w in warehouses.items() if code != BOARD_WAREHOUSE)
    by_barcode = {a.barcode: a for a in state.articles() if a.barcode}
    coffee, tea, throw = (by_barcode[code] for code in BARCODES)
    simulator = SimulatorThread.start(state=state)

    async def place(folder: Path) -> tuple[str, str]:
        connection = ConnectionSettings.from_target(
            simulator.base_url, simulator.goods_owner_id, simulator.api_user, simulator.password
        )
        store = StoreSection(order_prefix="KG", till_id="2", backorders_allowed=True)
        orders = (
            ((throw, 1), (coffee, 2), FulfilmentKind.DELIVERY, far.code),
            ((tea, 3), (coffee, 1), FulfilmentKind.PICKUP, BOARD_WAREHOUSE),
        )
        numbers = []
        async with OngoingClient(connection) as client:
            with Outbox(folder / "outbox.sqlite") as outbox:
                service = OrderService(client, outbox, store)
                for first, second, kind, code in orders:
                    lines = tuple(
                        BasketLine(a.article_number, a.name, n, a.price, "SEK")
                        for a, n in (first, second)
                    )
                    for line in lines:
                        state.set_stock(line.article_number, warehouses[code].id, 20)
                    customer = Customer("Ann Berg", "Storgatan 1", "", "11122", "Stockholm", "SE")
                    entry = await service.place(OrderPlan(lines, kind, code, customer))
                    numbers.append(entry.order_number)
                    if kind is FulfilmentKind.DELIVERY and entry.ongoing_order_id is not None:
                        state.advance_order(entry.ongoing_order_id, PICKED)
        return numbers[0], numbers[1]

    with tempfile.TemporaryDirectory(prefix="tillside-returns-") as folder:
        picked, waiting = asyncio.run(place(Path(folder)))
    return simulator, picked, waiting


def return_screenshots(
    display: str,
    language: str,
    scratch: Path,
    found: tuple[object, str, str],
    size: tuple[int, int],
) -> list[Path]:
    """`tillside run` on a screen of `size`, Ctrl+R, the picked order's number typed as a
    scanner types it: one of its two lines returned, a cause chosen (return); then the
    number of the order not started (return-cancel). The whole screen each time."""
    from app.simulator import SimulatorThread

    simulator, picked, waiting = found
    assert isinstance(simulator, SimulatorThread)
    folder = scratch / f"returns-{language}-{size[0]}"
    folder.mkdir()
    till_file, machine_file = folder / "config.toml", folder / "machine.toml"
    till_file.write_text(
        TILL_FILE.format(
            url=simulator.base_url, owner=simulator.goods_owner_id, user=simulator.api_user
        ),
        encoding="utf-8",
    )
    machine_file.write_text(MACHINE_FILE.format(warehouse=BOARD_WAREHOUSE), encoding="utf-8")
    log_file = folder / "logs" / "tillside.log"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("TILLSIDE_")},
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "TILLSIDE_DISPLAY_LANGUAGE": language,
        "TILLSIDE_STORE_TILL_ID": "2",
        "TILLSIDE_DATA_DIR": str(folder / "data"),
        "TILLSIDE_LOG_DIR": str(log_file.parent),
        "TILLSIDE_CONFIG": str(till_file),
        "TILLSIDE_MACHINE_CONFIG": str(machine_file),
        "TILLSIDE_API_PASSWORD": simulator.password,
        "TZ": "Europe/Stockholm",
        "LANG": "C.UTF-8",
    }
    suffix = "" if size == SIZE else f"-{size[0]}x{size[1]}"
    shots = [
        OUTPUT / f"return{suffix}-{language}.png",
        OUTPUT / f"return-cancel{suffix}-{language}.png",
    ]
    till = subprocess.Popen([sys.executable, "-m", "app.cli", "run"], env=env, cwd=ROOT)
    try:
        window = wait_for(lambda: xdotool(display, "search", "--name", "^Tillside"), "the window")
        window_id = str(window).split()[0]
        xdotool(display, "windowsize", window_id, str(size[0]), str(size[1]))
        xdotool(display, "windowmove", window_id, "0", "0")
        wait_for(lambda: log_has(log_file, "event=catalogue_loaded"), "the catalogue")
        xdotool(display, "windowfocus", "--sync", window_id)  # no window manager here
        xdotool(display, "key", "ctrl+r")
        found_dialog = wait_for(
            lambda: xdotool(display, "search", "--name", RETURN_TITLES), "Ctrl+R"
        )
        dialog = str(found_dialog).split()[0]
        wait_for(lambda: xdotool(display, "getwindowfocus") == dialog, "the dialog's focus")
        for shown, (number, target) in enumerate(zip((picked, waiting), shots, strict=True), 1):
            if shown > 1:
                xdotool(display, "key", "alt+n")  # back to the number: the next slip
            xdotool(display, "type", "--delay", "5", number)  # as fast as a scanner
            xdotool(display, "key", "Return")
            wait_for(lambda n=shown: log_has(log_file, "event=return_order_shown", n), number)
            if shown == 1:  # one of the first line back, none of the second, a cause
                xdotool(display, "type", "--delay", "150", "1")
                for key in ("Return", "Return", "Down"):
                    time.sleep(0.3)  # a person's pace, after the digit is let through
                    xdotool(display, "key", key)
            wait_for(lambda t=target: settled(display, 0, t, scratch, size), "a steady picture")
    finally:
        till.send_signal(signal.SIGTERM)
        till.wait(timeout=30)
    return shots


def return_pictures(display: str, scratch: Path) -> None:
    """Ctrl+R in each language, the till's window at each of RETURN_SIZES on one screen as
    large as the largest (`display` is that screen), each picture the window's area."""
    found = return_simulator()
    try:
        for language in LANGUAGES:
            for size in RETURN_SIZES:
                for shot in return_screenshots(display, language, scratch, found, size):
                    print(f"wrote {shot.relative_to(ROOT)}")
    finally:
        found[0].stop()  # type: ignore[attr-defined]


# Each picture of the till under X: its name and how screenshot() makes it.
WINDOW_SHOTS: dict[str, dict[str, object]] = {
    "main-window": {},
    "damaged-outbox": {"damaged": True},
    "checkout": {"checkout": True},
    "article-search": {"search": SEARCH},
    "scanner-diagnostics": {"diagnostics": True},
}


def main() -> int:
    """`screenshots.py [NAME...] [--display :N]`: every picture, or only those named."""
    if sys.argv[1:2] == ["slip"]:
        print(f"wrote {slip_picture(sys.argv[2]).relative_to(ROOT)}")
        return 0
    if sys.argv[1:2] == ["return-slip-of"]:
        for made in return_slip_pictures(sys.argv[2]):
            print(f"wrote {made.relative_to(ROOT)}")
        return 0
    arguments = sys.argv[1:]
    chosen = ""
    if "--display" in arguments:
        at = arguments.index("--display")
        chosen = arguments[at + 1] if at + 1 < len(arguments) else ""
        del arguments[at : at + 2]
    names = [
        {"search": "article-search", "diagnostics": "scanner-diagnostics"}.get(a, a)
        for a in arguments
    ]
    names = ["returns" if n in ("return", "return-cancel") else n for n in names]
    groups = ("slips", "return-slip", "store", "setup", "offline", "returns")
    unknown = [n for n in names if n not in groups and n not in WINDOW_SHOTS]
    if unknown:
        print(
            f"screenshots: no picture named {', '.join(unknown)}; choose from slips, "
            f"return-slip, store, setup, offline, returns, {', '.join(WINDOW_SHOTS)}",
            file=sys.stderr,
        )
        return 2
    if (not names or "slips" in names) and slips():
        return 2
    if (not names or "return-slip" in names) and slips("return-slip-of"):
        return 2
    wanted = [n for n in WINDOW_SHOTS if not names or n in names]
    with_store = not names or "store" in names
    with_setup = not names or "setup" in names
    with_offline = not names or "offline" in names
    with_returns = not names or "returns" in names
    if not any((wanted, with_store, with_setup, with_offline, with_returns)):
        return 0
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            print(f"screenshots: {tool} is missing (apt-get install xvfb xdotool)", file=sys.stderr)
            return 2
    OUTPUT.mkdir(parents=True, exist_ok=True)
    server, display = start_xvfb(chosen)
    try:
        with tempfile.TemporaryDirectory(prefix="tillside-shots-") as folder:
            for language in LANGUAGES:
                for name in wanted:
                    options: Any = WINDOW_SHOTS[name]
                    shot = screenshot(display, language, Path(folder), name, **options)
                    print(f"wrote {shot.relative_to(ROOT)}")
                if with_offline:
                    for shot in offline_order(display, language, Path(folder)):
                        print(f"wrote {shot.relative_to(ROOT)}")
                if with_setup:
                    shot = setup_screenshot(display, language, Path(folder))
                    print(f"wrote {shot.relative_to(ROOT)}")
            if with_store:
                store_pictures(display, Path(folder))
    finally:
        server.terminate()
        server.wait(timeout=10)
    if with_returns:  # a larger screen, on the same display number once it is free again
        wait_for(lambda: not Path(f"/tmp/.X11-unix/X{display[1:]}").exists(), "the old screen")
        server, display = start_xvfb(display, size=RETURN_SIZES[-1])
        try:
            with tempfile.TemporaryDirectory(prefix="tillside-shots-") as folder:
                return_pictures(display, Path(folder))
        finally:
            server.terminate()
            server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
