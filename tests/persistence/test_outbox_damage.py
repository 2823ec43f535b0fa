"""A damaged outbox is set aside, salvaged row by row and reported; it never stops the till."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.persistence.outbox import NewOrder, Outbox, OutboxState
from tests.helpers.storage import (
    NUMBERS,
    WHEN,
    filled_outbox,
    outbox_row,
    spoil_index_entry,
    spoil_page_holding,
)


def kept_copies(folder: Path) -> list[Path]:
    return sorted(folder.glob("outbox.damaged-*.sqlite"))


def test_a_file_that_is_no_database_is_kept_and_a_fresh_outbox_works(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite"
    path.write_bytes(b"this is not a database, it was overwritten by something" * 100)
    outbox = Outbox(path, clock=lambda: WHEN)
    assert outbox.damage is not None
    assert outbox.damage.kept_as == tmp_path / "outbox.damaged-20261204-101500.sqlite"
    assert (outbox.damage.recovered, outbox.damage.unsent, outbox.damage.unreadable) == (
        0,
        0,
        None,
    )
    assert outbox.damage.kept_as.read_bytes().startswith(b"this is not a database")
    number = outbox.allocate_number(NUMBERS)
    outbox.add("new", number, "pickup", outbox_row("NEW"))
    assert [e.order_number for e in outbox.unsent()] == [number]


def test_rows_on_a_damaged_page_are_counted_and_every_other_order_is_recovered(
    tmp_path: Path,
) -> None:
    path = tmp_path / "outbox.sqlite"
    numbers = filled_outbox(path)
    spoil_page_holding(path, b"ROW020" * 10)
    damaged_bytes = path.read_bytes()

    outbox = Outbox(path, clock=lambda: WHEN)

    damage = outbox.damage
    assert damage is not None and damage.unreadable is not None
    assert damage.unreadable > 0 and damage.recovered > 0
    assert damage.recovered + damage.unreadable == len(numbers)
    assert damage.kept_as.read_bytes() == damaged_bytes  # kept exactly as found
    recovered = {e.order_number: e for e in outbox.all()}
    assert len(recovered) == damage.recovered and set(recovered) <= set(numbers)
    waiting = [e for e in recovered.values() if e.state is OutboxState.WAITING]
    assert damage.unsent == len(waiting) > 0
    sent = [e for e in recovered.values() if e.state is OutboxState.SENT]
    assert sent and all(e.ongoing_order_id is not None and e.number_checked for e in sent)
    assert all(e.body["orderLines"] for e in recovered.values())


def test_an_outbox_failing_the_integrity_check_only_in_an_index_keeps_every_order(
    tmp_path: Path,
) -> None:
    path = tmp_path / "outbox.sqlite"
    numbers = filled_outbox(path, orders=12)
    spoil_index_entry(path, numbers[5])

    outbox = Outbox(path, clock=lambda: WHEN)
    assert outbox.damage is not None
    assert (outbox.damage.recovered, outbox.damage.unreadable) == (12, 0)
    assert sorted(e.order_number for e in outbox.all()) == sorted(numbers)


def test_a_healthy_outbox_reports_nothing(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite"
    filled_outbox(path, orders=3)
    assert Outbox(path).damage is None
    assert kept_copies(tmp_path) == []


def test_salvage_twice_keeps_both_damaged_files(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite"
    for _ in range(2):
        path.write_bytes(b"\x00" * 8192)
        Outbox(path, clock=lambda: WHEN).close()
    assert len(kept_copies(tmp_path)) == 2


def test_a_version_1_outbox_keeps_its_orders_and_checks_only_never_sent_numbers(
    tmp_path: Path,
) -> None:
    path = tmp_path / "outbox.sqlite"
    with sqlite3.connect(path) as db:
        db.execute(
            """CREATE TABLE orders (checkout_id TEXT PRIMARY KEY, order_number TEXT NOT NULL
            UNIQUE, kind TEXT NOT NULL, body TEXT NOT NULL, state TEXT NOT NULL,
            ongoing_order_id INTEGER, reason TEXT NOT NULL DEFAULT '', attempts INTEGER NOT
            NULL DEFAULT 0, claimed_by TEXT, claimed_at TEXT, created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)"""
        )
        stamp = WHEN.isoformat()
        for checkout, attempts, state in (("tried", 1, "waiting"), ("new", 0, "waiting")):
            db.execute(
                "INSERT INTO orders (checkout_id, order_number, kind, body, state, attempts, "
                "created_at, updated_at) VALUES (?, ?, 'pickup', '{}', ?, ?, ?, ?)",
                (checkout, f"TS1-{checkout}", state, attempts, stamp, stamp),
            )
        db.execute("PRAGMA user_version=1")
    outbox = Outbox(path)
    checked = {e.checkout_id: e.number_checked for e in outbox.all()}
    assert checked == {"tried": True, "new": False}
    assert outbox.damage is None


@pytest.mark.parametrize("garbage", [b"", b"SQLite format 3\x00" + b"\xff" * 200])
def test_empty_or_truncated_files_never_stop_the_outbox(tmp_path: Path, garbage: bytes) -> None:
    path = tmp_path / "outbox.sqlite"
    path.write_bytes(garbage)
    outbox = Outbox(path)
    outbox.add("c1", outbox.allocate_number(NUMBERS), "pickup", outbox_row("X"))
    assert len(outbox.unsent()) == 1


VERSION_2_ORDERS = """CREATE TABLE orders (checkout_id TEXT PRIMARY KEY, order_number TEXT NOT NULL
    UNIQUE, kind TEXT NOT NULL, body TEXT NOT NULL, state TEXT NOT NULL,
    ongoing_order_id INTEGER, reason TEXT NOT NULL DEFAULT '', attempts INTEGER NOT NULL
    DEFAULT 0, claimed_by TEXT, claimed_at TEXT, created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL, number_checked INTEGER NOT NULL DEFAULT 0)"""


def version_2_outbox(path: Path, rows: int = 2) -> None:
    """An outbox as Tillside wrote it before the parts of a checkout shared an id."""
    with sqlite3.connect(path) as db:
        db.execute(VERSION_2_ORDERS)
        stamp = WHEN.isoformat()
        for index in range(rows):
            db.execute(
                "INSERT INTO orders (checkout_id, order_number, kind, body, state, attempts, "
                "created_at, updated_at, number_checked) "
                "VALUES (?, ?, 'pickup', ?, 'waiting', 0, ?, ?, 1)",
                (
                    f"row{index}",
                    f"TS1-{index:04d}",
                    f'{{"x": "MARK{index:04d}{"y" * 900}"}}',
                    stamp,
                    stamp,
                ),
            )
        db.execute("PRAGMA user_version=2")


def test_a_version_2_outbox_makes_each_old_order_a_checkout_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite"
    version_2_outbox(path)
    outbox = Outbox(path)
    assert {e.checkout_id: e.checkout for e in outbox.all()} == {"row0": "row0", "row1": "row1"}
    assert [e.order_number for e in outbox.checkout_parts("TS1-0001")] == ["TS1-0001"]
    assert outbox.all()[0].slip == {}
    assert outbox.damage is None


def test_a_damaged_version_2_outbox_is_salvaged_with_its_orders_each_their_own_checkout(
    tmp_path: Path,
) -> None:
    path = tmp_path / "outbox.sqlite"
    version_2_outbox(path, rows=40)
    spoil_page_holding(path, b"MARK0020")
    outbox = Outbox(path, clock=lambda: WHEN)
    assert outbox.damage is not None
    recovered = outbox.all()
    assert 0 < len(recovered) == outbox.damage.recovered < 40  # the rest, not none
    assert all(entry.checkout == entry.checkout_id for entry in recovered)


VERSION_3_ORDERS = VERSION_2_ORDERS.replace(
    "number_checked INTEGER NOT NULL DEFAULT 0)",
    "number_checked INTEGER NOT NULL DEFAULT 0, checkout TEXT NOT NULL DEFAULT '', "
    "slip TEXT NOT NULL DEFAULT '{}')",
)


def test_a_version_3_outbox_keeps_its_orders_as_stock_checked_and_new_ones_can_wait_unchecked(
    tmp_path: Path,
) -> None:
    path = tmp_path / "outbox.sqlite"
    with sqlite3.connect(path) as db:
        db.execute(VERSION_3_ORDERS)
        stamp = WHEN.isoformat()
        db.execute(
            "INSERT INTO orders (checkout_id, order_number, kind, body, state, attempts, "
            "created_at, updated_at, number_checked, checkout, slip) "
            "VALUES ('old', 'TS1-OLD', 'pickup', '{}', 'waiting', 1, ?, ?, 1, 'old', '{}')",
            (stamp, stamp),
        )
        db.execute("PRAGMA user_version=3")
    outbox = Outbox(path)
    [old] = outbox.all()
    assert old.stock_checked  # checked before it was stored, as every order was then
    outbox.add_all(
        [NewOrder("new", outbox.allocate_number(NUMBERS), "pickup", {}, stock_checked=False)]
    )
    assert {e.checkout_id: e.stock_checked for e in outbox.all()} == {"old": True, "new": False}
    outbox.mark_stock_checked("new")
    assert all(e.stock_checked for e in outbox.all())
    outbox.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 4
    assert outbox.damage is None


def test_a_damaged_outbox_keeps_the_orders_not_yet_checked_as_such(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite"
    with Outbox(path) as outbox:
        for index in range(40):
            outbox.add_all(
                [
                    NewOrder(
                        f"row{index}",
                        outbox.allocate_number(NUMBERS),
                        "pickup",
                        {"x": f"MARK{index:04d}" + "y" * 900},
                        stock_checked=index % 2 == 0,
                    )
                ]
            )
    spoil_page_holding(path, b"MARK0020")
    salvaged = Outbox(path, clock=lambda: WHEN)
    assert salvaged.damage is not None
    recovered = salvaged.all()
    assert recovered
    assert all(e.stock_checked == (int(e.checkout_id[3:]) % 2 == 0) for e in recovered)
