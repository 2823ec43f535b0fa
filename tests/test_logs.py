"""Log lines IT can read, rotated, with no customer details and no password."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from app.logs import configure_logging


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TILLSIDE_LOG_DIR", str(tmp_path))
    monkeypatch.setenv("TILLSIDE_API_PASSWORD", "pw-Zq9!secret")
    path = configure_logging("INFO")
    assert path is not None
    yield path
    configure_logging("WARNING", to_file=False)


def test_events_are_one_line_each_and_customer_details_are_masked(log_file: Path) -> None:
    log = logging.getLogger("app.test")
    log.info("event=order_queued order_number=TS1-ABC kind=pickup")
    log.warning("event=odd text=ann@example.com +46 70 123 45 67 pw-Zq9!secret")
    log.info("event=scan_accepted article=7350000000019 on=2026-11-29")
    log.debug("event=too_detailed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    lines = log_file.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    assert lines[0].endswith("INFO app.test event=order_queued order_number=TS1-ABC kind=pickup")
    assert "ann@example.com" not in lines[1] and "[e-mail]" in lines[1]
    assert "123 45 67" not in lines[1] and "[phone]" in lines[1]
    assert "pw-Zq9!secret" not in lines[1]


def test_configuring_again_replaces_our_handlers_only(log_file: Path) -> None:
    mine = [h for h in logging.getLogger().handlers if getattr(h, "tillside", False)]
    configure_logging("INFO")
    again = [h for h in logging.getLogger().handlers if getattr(h, "tillside", False)]
    assert len(again) == len(mine) == 2


def test_barcodes_and_dates_are_not_mistaken_for_phone_numbers(log_file: Path) -> None:
    logging.getLogger("app.test").info("event=scan_accepted article=7350000000019 on=2026-11-29")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "article=7350000000019 on=2026-11-29" in log_file.read_text(encoding="utf-8")


def test_http_library_request_lines_stay_out_of_the_log(log_file: Path) -> None:
    """httpx writes each full URL at INFO; the client logs its own one line per request."""
    logging.getLogger("httpx").info("HTTP Request: GET https://x.test/orders?orderNumbers=TS1-A")
    logging.getLogger("httpx").warning("event=http_warning")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "orderNumbers" not in text and "event=http_warning" in text


def test_a_log_file_on_a_full_disk_says_so_once_and_never_shows_a_traceback(
    tmp_path, monkeypatch, capsys
):
    import logging

    import pytest

    from app.logs import configure_logging
    from tests.helpers.storage import can_mount, filled_up, small_filesystem

    if not can_mount():
        pytest.skip("a real full filesystem needs root (CI runs as root)")
    with small_filesystem(tmp_path / "disk", size_kib=256) as disk:
        monkeypatch.setenv("TILLSIDE_LOG_DIR", str(disk))
        configure_logging("INFO", to_file=True)
        try:
            with filled_up(disk):
                for number in range(200):
                    logging.getLogger("app.test").info("event=line number=%d %s", number, "x" * 80)
        finally:
            for handler in list(logging.getLogger().handlers):
                if getattr(handler, "tillside", False):
                    logging.getLogger().removeHandler(handler)
                    handler.close()
    err = capsys.readouterr().err
    assert err.count("cannot be written") == 1, err
    assert "Traceback" not in err and "Logging error" not in err
