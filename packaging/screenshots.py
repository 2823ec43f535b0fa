"""Screenshots of the till for the README, taken under a real X server (Xvfb), in each language.

    make screenshots      # needs Xvfb and xdotool: apt-get install xvfb xdotool
    .venv/bin/python packaging/screenshots.py slips    # only the slips (no X server needed)

For each language the demo till starts on its own X display with `display.language` set,
xdotool types two barcodes into it the way a scanner does (key events from the X server,
Enter at the end), and once the log says the stock is shown the window is captured with
Qt's screen grab. Output: docs/screenshots/main-window-<language>.png (the demo's split
basket: coffee, tea, a wool throw), docs/screenshots/checkout-<language>.png (the same basket
ordered for a pickup by a new customer: the confirmation of both orders), and
docs/screenshots/damaged-outbox-<language>.png: the till started on a data folder whose
outbox was damaged (one page of it overwritten), with the banner that tells the cashier and
IT what was recovered. docs/screenshots/order-offline-<language>.png and
order-queued-<language>.png: the till on a simulator of its own that is stopped after two of
the three scans (Ongoing down): the order form saying the stock is unknown and offering to
queue, then the confirmation of the queued order, "not yet checked", with the basket empty
behind it. And docs/screenshots/slip-80mm-<language>.png: the slip of a split
checkout (two warehouses, three lines, a pickup) as the till prints it on an 80 mm roll,
made by the till's own printing code and rasterised by poppler's pdftoppm at a receipt
printer's 203 dpi.

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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the till's own code, to prepare a damaged outbox
OUTPUT = ROOT / "docs" / "screenshots"
LANGUAGES = ("en", "sv")
# Coffee, tea and a wool throw: no warehouse of the demo has all three (README, the demo split).
BARCODES = ("7377657018867", "7377730706735", "7378762336914")
SIZE = (1280, 800)
CUSTOMER = ("Ann Berg", "0701234567")
CONFIRMATION_TITLES = {"en": "Checkout", "sv": "Köp"}
FORM_TITLES = "Place an order|Lägg en order"
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


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    for number in range(90, 140):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            display = f":{number}"
            break
    else:
        raise SystemExit("screenshots: no free X display number")
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
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


def capture(display: str, window_id: int, target: Path) -> None:
    """Grab the window through the X server, in a fresh process on that display."""
    code = (
        "import sys\n"
        "from PySide6 import QtGui\n"
        "app = QtGui.QGuiApplication(sys.argv)\n"
        f"pixmap = app.primaryScreen().grabWindow({window_id})\n"
        f"sys.exit(0 if pixmap.save({str(target)!r}) else 1)\n"
    )
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    subprocess.run([sys.executable, "-c", code], env=env, check=True)


def settled(display: str, window_id: int, target: Path, scratch: Path) -> bool:
    """Capture twice; the picture is final once two captures in a row are the same."""
    first, second = scratch / "first.png", scratch / "second.png"
    capture(display, window_id, first)
    capture(display, window_id, second)
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


def slips() -> int:
    if shutil.which("pdftoppm") is None:
        print("screenshots: pdftoppm is missing (apt-get install poppler-utils)", file=sys.stderr)
        return 2
    OUTPUT.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:  # each in its own process: one Qt application per language
        subprocess.run([sys.executable, __file__, "slip", language], check=True, cwd=ROOT)
    return 0


def main() -> int:
    if sys.argv[1:2] == ["slip"]:
        print(f"wrote {slip_picture(sys.argv[2]).relative_to(ROOT)}")
        return 0
    if sys.argv[1:] == ["slips"]:
        return slips()
    if slips():
        return 2
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            print(f"screenshots: {tool} is missing (apt-get install xvfb xdotool)", file=sys.stderr)
            return 2
    OUTPUT.mkdir(parents=True, exist_ok=True)
    server, display = start_xvfb()
    try:
        with tempfile.TemporaryDirectory(prefix="tillside-shots-") as folder:
            for language in LANGUAGES:
                print(f"wrote {screenshot(display, language, Path(folder)).relative_to(ROOT)}")
                shot = screenshot(display, language, Path(folder), "damaged-outbox", damaged=True)
                print(f"wrote {shot.relative_to(ROOT)}")
                shot = screenshot(display, language, Path(folder), "checkout", checkout=True)
                print(f"wrote {shot.relative_to(ROOT)}")
                for shot in offline_order(display, language, Path(folder)):
                    print(f"wrote {shot.relative_to(ROOT)}")
    finally:
        server.terminate()
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
