from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.persistence.outbox import CLAIM_TIMEOUT, NewOrder, Outbox, OutboxState
from tests.helpers.clocks import ManualWallClock

BODY = {
    "goodsOwnerId": 1,
    "orderNumber": "STO-T1-0001",
    "consignee": {"name": "Anna Svensson"},
    "smsNotification": {"toBeNotified": True, "value": "+46701234567"},
    "orderLines": [{"rowNumber": "1", "articleNumber": "A", "numberOfItems": 1}],
}


def test_an_order_is_stored_before_sending_and_survives_reopening(tmp_path: Path) -> None:
    Outbox(tmp_path / "outbox.sqlite").add("c1", "STO-T1-0001", "pickup", BODY)
    reopened = Outbox(tmp_path / "outbox.sqlite")
    [entry] = reopened.unsent()
    assert (entry.order_number, entry.state, entry.body) == (
        "STO-T1-0001",
        OutboxState.WAITING,
        BODY,
    )


def test_adding_the_same_checkout_twice_keeps_one_row(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite")
    outbox.add("c1", "STO-T1-0001", "pickup", BODY)
    outbox.add("c1", "STO-T1-0001", "pickup", BODY)
    assert len(outbox.all()) == 1


def test_only_one_sender_holds_a_claim_until_it_expires(tmp_path: Path) -> None:
    clock = ManualWallClock(datetime(2026, 11, 28, 12, 0, tzinfo=UTC))
    outbox = Outbox(tmp_path / "outbox.sqlite", clock=clock)
    outbox.add("c1", "STO-T1-0001", "pickup", BODY)
    assert outbox.claim("c1", "window-a") is not None
    assert outbox.claim("c1", "window-b") is None
    clock.now += CLAIM_TIMEOUT + timedelta(seconds=1)  # window-a crashed mid-send
    claimed = outbox.claim("c1", "window-b")
    assert claimed is not None and claimed.attempts == 2


def test_confirmed_orders_forget_the_customer(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite")
    outbox.add("c1", "STO-T1-0001", "delivery", BODY)
    outbox.claim("c1", "me")
    outbox.mark_sent("c1", 100001)
    entry = outbox.get("c1")
    assert entry is not None
    assert entry.state is OutboxState.SENT and entry.ongoing_order_id == 100001
    assert "consignee" not in entry.body and "smsNotification" not in entry.body
    assert entry.body["orderLines"] == BODY["orderLines"]
    assert outbox.unsent() == []
    assert b"Anna Svensson" not in _live_rows(tmp_path)


def _live_rows(tmp_path: Path) -> bytes:
    import sqlite3

    db = sqlite3.connect(tmp_path / "outbox.sqlite")
    try:
        return "\n".join(row[0] for row in db.execute("SELECT body FROM orders")).encode()
    finally:
        db.close()


def test_a_failed_send_waits_or_needs_attention_with_the_reason(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite")
    outbox.add("c1", "N1", "pickup", BODY)
    outbox.add("c2", "N2", "pickup", BODY)
    outbox.claim("c1", "me")
    outbox.release("c1", "Ongoing is not answering.", attention=False)
    outbox.claim("c2", "me")
    outbox.release("c2", "Article A is unknown in Ongoing.", attention=True)
    states = {e.order_number: (e.state, str(e.reason)) for e in outbox.unsent()}
    assert states == {
        "N1": (OutboxState.WAITING, "Ongoing is not answering."),
        "N2": (OutboxState.ATTENTION, "Article A is unknown in Ongoing."),
    }
    assert outbox.claim("c1", "other") is not None  # released rows can be claimed again


def test_a_reason_is_kept_as_a_translatable_text_with_its_values(tmp_path: Path) -> None:
    """The cashier sees the reason in their language, even after a restart."""
    from app.domain.text_values import filled
    from app.domain.texts import Text, as_text, translate

    outbox = Outbox(tmp_path / "outbox.sqlite")
    outbox.add("c1", "N1", "pickup", BODY)
    wait = filled(translate("Ongoing", "{seconds} s"), seconds=12)
    reason = filled(
        translate("Ongoing", "Ongoing refused the request (error {status}): {message}."),
        status=400,
        message="Artikel “A” saknas {x}",  # Ongoing's own words, braces and all
    )
    outbox.release(
        "c1",
        filled(translate("Orders", "Retry in {wait}: {why}"), wait=wait, why=reason),
        attention=True,
    )

    entry = Outbox(tmp_path / "outbox.sqlite").get("c1")
    assert entry is not None
    restored = entry.reason
    assert (restored.context, restored.source) == ("Orders", "Retry in {wait}: {why}")
    assert restored.values["wait"] == Text("Ongoing", "{seconds} s", {"seconds": "12"})
    nested = restored.values["why"]
    assert isinstance(nested, Text) and nested.context == "Ongoing"
    assert dict(nested.values) == {"status": "400", "message": "Artikel “A” saknas {x}"}
    english = "Retry in 12 s: Ongoing refused the request (error 400): Artikel “A” saknas {x}."
    assert str(restored) == english

    outbox.release("c1", "plain words", attention=False)  # a str is still accepted
    entry = outbox.get("c1")
    assert entry is not None
    assert (str(entry.reason), entry.reason) == ("plain words", as_text("plain words"))


def test_a_reason_stored_before_texts_reads_back_as_plain_english(tmp_path: Path) -> None:
    """Rows an older Tillside wrote hold a plain string; they must still read (and show)."""
    import sqlite3

    from app.domain.texts import as_text

    outbox = Outbox(tmp_path / "outbox.sqlite")
    for checkout_id, number in (("c1", "N1"), ("c2", "N2"), ("c3", "N3"), ("c4", "N4")):
        outbox.add(checkout_id, number, "pickup", BODY)
    old_reasons = {
        "c1": "Ongoing cannot be reached. Check the network cable or Wi-Fi, then try again.",
        "c2": '{"not": "a text"}',  # JSON, but not a Text's shape
        "c3": '{"context": "X", "source": "Missing {value}", "values": {}}',  # cannot render
        "c4": "",
    }
    db = sqlite3.connect(tmp_path / "outbox.sqlite")
    with db:
        for checkout_id, reason in old_reasons.items():
            db.execute("UPDATE orders SET reason = ? WHERE checkout_id = ?", (reason, checkout_id))
    db.close()

    for checkout_id, reason in old_reasons.items():
        entry = outbox.get(checkout_id)
        assert entry is not None
        assert (str(entry.reason), entry.reason) == (reason, as_text(reason))


def test_the_parts_of_one_checkout_share_its_id_and_each_keeps_its_own(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite")
    slip = {"warehouse": {"name": "Göteborg"}, "lines": [{"article_number": "A", "name": "Mug"}]}
    stored = outbox.add_all(
        [
            NewOrder("row-a", "STO-T1-0001", "pickup", BODY, checkout="chk", slip=slip),
            NewOrder("row-b", "STO-T1-0002", "pickup", BODY, checkout="chk"),
        ]
    )
    outbox.add("row-c", "STO-T1-0003", "pickup", BODY)  # a checkout of its own
    assert [(e.checkout_id, e.checkout) for e in stored] == [("row-a", "chk"), ("row-b", "chk")]
    assert stored[0].slip == slip and stored[1].slip == {}
    for key in ("chk", "STO-T1-0002", "sto-t1-0001 ", "row-a"):
        assert [e.order_number for e in outbox.checkout_parts(key)] == [
            "STO-T1-0001",
            "STO-T1-0002",
        ], key
    assert [e.checkout for e in outbox.checkout_parts("STO-T1-0003")] == ["row-c"]
    assert outbox.checkout_parts("STO-T1-9999") == []
    # claims and sends still go by the row's own id: one part confirmed, the other waits
    outbox.claim("row-a", "me")
    outbox.mark_sent("row-a", 100001)
    states = {e.order_number: e.state for e in outbox.checkout_parts("chk")}
    assert states == {"STO-T1-0001": OutboxState.SENT, "STO-T1-0002": OutboxState.WAITING}
    reopened = Outbox(tmp_path / "outbox.sqlite")
    assert reopened.get("row-a") is not None and reopened.get("row-a").slip == slip  # type: ignore[union-attr]


def test_confirmed_rows_of_a_kind_are_listed_since_a_time_and_notes_add_to_their_slip(
    tmp_path: Path,
) -> None:
    clock = ManualWallClock(datetime(2026, 11, 28, 12, 0, tzinfo=UTC))
    outbox = Outbox(tmp_path / "outbox.sqlite", clock=clock)
    outbox.add_all([NewOrder("r1", "RSTO-1", "return", {}, slip={"orderNumber": "STO-1"})])
    clock.advance(3600)
    outbox.add_all([NewOrder("r2", "RSTO-2", "return", {}), NewOrder("o1", "STO-3", "pickup", {})])
    for checkout_id in ("r1", "r2", "o1"):
        outbox.mark_sent(checkout_id, 1)
    outbox.add_all([NewOrder("r3", "RSTO-4", "return", {})])  # waiting: not confirmed
    since_start = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
    assert [e.order_number for e in outbox.sent_of_kind("return", since_start)] == [
        "RSTO-1",
        "RSTO-2",
    ]
    later = since_start + timedelta(minutes=30)
    assert [e.order_number for e in outbox.sent_of_kind("return", later)] == ["RSTO-2"]
    outbox.note_slip("r1", {"receivedAt": "2026-11-30T08:00:00+00:00"})
    outbox.note_slip("gone", {"receivedAt": "x"})  # no such row: nothing happens
    noted = Outbox(tmp_path / "outbox.sqlite").get("r1")
    assert noted is not None
    assert dict(noted.slip) == {"orderNumber": "STO-1", "receivedAt": "2026-11-30T08:00:00+00:00"}
