"""The return slip: its facts on both papers, the refund as the store decided, a return not
yet confirmed said so, every language complete, and any stored text harmless."""

from __future__ import annotations

import re
import string
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from app.domain.order_slip import BARCODE_SOURCE, PAPERS, SlipLanguage, SlipPaper
from app.domain.return_slip import (
    RETURN_SLIP_CONTEXT,
    RETURN_SLIP_TEXTS,
    Refund,
    ReturnSlip,
    ReturnSlipLine,
    ReturnSlipText,
    ReturnState,
    render_return_html,
    return_barcodes,
    return_document_title,
)
from tests.domain.test_order_slip import ENTITY, OWN_TAG, catalogue, words

STOCKHOLM = timezone(timedelta(hours=1))


def make(**changes: object) -> ReturnSlip:
    slip = ReturnSlip(
        return_number="RKG2-7QX32SEAK8Z0",
        order_number="KG2-7QX32SEAK880",
        created_at=datetime(2026, 12, 4, 14, 3, tzinfo=STOCKHOLM),
        lines=(
            ReturnSlipLine("7377657018867", "Kaffe mörkrost 500 g", 2),
            ReturnSlipLine("TS-000002", "Tyg", Decimal("1.5")),
        ),
        cause="Wrong size",
        warehouse="Göteborg Central (GBG)",
        refund=Refund.RECEIVED,
        state=ReturnState.CONFIRMED,
        return_order_id=700001,
        store_name="Kaffegården",
        language="en",
    )
    return replace(slip, **changes)  # type: ignore[arg-type]


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize("paper", list(SlipPaper))
def test_both_papers_carry_every_fact_and_the_barcode(paper: SlipPaper) -> None:
    html = render_return_html(make(), paper=paper)
    text = text_of(html)
    for fact in (
        "Kaffegården",
        "Return",
        "RKG2-7QX32SEAK8Z0",
        "Original order",
        "KG2-7QX32SEAK880",
        "4 Dec 2026 14:03",
        "7377657018867",
        "Kaffe mörkrost 500 g",
        "Cause: Wrong size",
        "The goods go to: Göteborg Central (GBG)",
        "Ongoing return order: 700001",
    ):
        assert fact in text, (paper, fact)
    assert f'<img src="{BARCODE_SOURCE}0">' in html
    assert ReturnSlipText.NOT_CONFIRMED not in text
    if paper is SlipPaper.A4:
        assert "Original order: KG2-7QX32SEAK880" in text
    else:  # the number on a line of its own, so a narrow roll never breaks it
        assert "<br><b>KG2-7QX32SEAK880</b></p>" in html
    [code] = return_barcodes(make(), paper).values()
    assert code.text == "RKG2-7QX32SEAK8Z0"
    assert code.width_mm <= PAPERS[paper].printable_width_mm + 1e-9


def test_quantities_are_written_as_the_language_writes_them() -> None:
    assert "1.5" in text_of(render_return_html(make()))
    sv = make(language="sv")
    assert "1,5" in text_of(render_return_html(sv, translate=words("sv")))


@pytest.mark.parametrize(
    ("refund", "said", "not_said"),
    [
        (Refund.NOW, ReturnSlipText.REFUND_NOW, ReturnSlipText.REFUND_RECEIVED),
        (Refund.RECEIVED, ReturnSlipText.REFUND_RECEIVED, ReturnSlipText.REFUND_NOW),
    ],
)
@pytest.mark.parametrize("paper", list(SlipPaper))
def test_the_refund_is_said_as_the_store_decided(
    refund: Refund, said: str, not_said: str, paper: SlipPaper
) -> None:
    text = text_of(render_return_html(make(refund=refund), paper=paper))
    assert said in text
    assert not_said not in text


@pytest.mark.parametrize("paper", list(SlipPaper))
def test_a_return_still_in_the_outbox_says_it_is_not_yet_confirmed(paper: SlipPaper) -> None:
    text = text_of(
        render_return_html(make(state=ReturnState.WAITING, return_order_id=None), paper=paper)
    )
    assert ReturnSlipText.NOT_CONFIRMED in text
    assert ReturnSlipText.WAITING_NOTICE in text
    assert "Ongoing return order" not in text


def test_received_and_withdrawn_returns_say_so() -> None:
    received = make(
        state=ReturnState.RECEIVED, received_at=datetime(2026, 12, 6, 9, 30, tzinfo=STOCKHOLM)
    )
    assert "Received by the warehouse: 6 Dec 2026 09:30" in text_of(render_return_html(received))
    withdrawn = text_of(render_return_html(make(state=ReturnState.WITHDRAWN)))
    assert ReturnSlipText.WITHDRAWN in withdrawn
    assert "Refund" not in withdrawn  # nothing to refund for a return that was not made


def test_a_copy_says_it_is_one() -> None:
    assert "Return (copy)" in text_of(render_return_html(make(reprint=True)))
    assert return_document_title(make()) == "Return RKG2-7QX32SEAK8Z0"


def test_stored_text_cannot_add_markup_or_printer_commands() -> None:
    hostile = make(
        cause="<b>x</b> & \x1b@",
        lines=(ReturnSlipLine("<img src=x>", "a\x07b</td>", 1),),
        comment="<script>",
    )
    for paper in SlipPaper:
        html = render_return_html(hostile, paper=paper)
        rest = ENTITY.sub("", OWN_TAG.sub("", html))
        assert "<" not in rest and ">" not in rest and "&" not in rest
        assert "\x1b" not in html and "\x07" not in html


def test_a_number_code_128_cannot_carry_is_printed_as_text_only() -> None:
    slip = make(return_number="RÅ-1")
    assert return_barcodes(slip) == {}
    html = render_return_html(slip)
    assert BARCODE_SOURCE not in html and "RÅ-1" in html


def test_a_slip_needs_an_aware_time_and_a_number() -> None:
    with pytest.raises(ValueError, match="timezone"):
        make(created_at=datetime(2026, 12, 4, 14, 3))
    with pytest.raises(ValueError, match="number"):
        make(return_number="")
    assert make(created_at=datetime(2026, 12, 4, tzinfo=UTC)).created_at.tzinfo is UTC


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


@pytest.mark.parametrize("language", [lang for lang in SlipLanguage if lang is not SlipLanguage.EN])
def test_every_slip_language_translates_every_text_with_its_placeholders(
    language: SlipLanguage,
) -> None:
    assert len(RETURN_SLIP_TEXTS) == len(set(RETURN_SLIP_TEXTS)) >= 17
    table = catalogue(language.value)
    for source in RETURN_SLIP_TEXTS:
        translated = table.get((RETURN_SLIP_CONTEXT, source), "")
        assert translated.strip(), f"{language}: {source!r} is not translated"
        assert placeholders(translated) == placeholders(source), f"{language}: {source!r}"
    slip = make(language=language.value, state=ReturnState.WAITING)
    for paper in SlipPaper:
        html = render_return_html(slip, paper=paper, translate=words(language.value))
        assert "{" not in html and "}" not in html
        assert f'lang="{language.value}"' in html
        assert table[RETURN_SLIP_CONTEXT, ReturnSlipText.TITLE] in html


def test_swedish_reads_swedish() -> None:
    slip = make(language="sv-SE", refund=Refund.NOW, state=ReturnState.WAITING)
    text = text_of(render_return_html(slip, translate=words("sv")))
    for said in ("Retur", "Ursprunglig order", "Orsak: Wrong size", "Återbetala kunden nu"):
        assert said in text
    assert "Ännu inte bekräftad av Ongoing" in text
    assert "2026-12-04 14:03" in text
