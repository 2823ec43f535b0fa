"""The return slip: what the customer takes home (and the parcel carries) when goods go back.

One slip per return: the return number as text and as a Code 128 barcode (the warehouse
scans it off the parcel), the original order, the lines, the cause, where the goods go, and
when the store refunds (`store.refund_when`: the refund itself stays with the store's POS).
A return Ongoing has not confirmed yet says so, as the order slip does for a queued order.
Two layouts, the order slip's papers (`SlipPaper`): an A4 page and an 80 mm receipt roll.

Pure Python, as `app.domain.order_slip`: the UI renders `render_return_html` with
QTextDocument and draws the barcode where `<img src="tillside-barcode:0">` stands. The words
are marked in context ReturnSlip; the ones an order slip has too (the date, the columns, the
months) come from OrderSlip, so both slips say them alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from html import escape

from app.domain.code128 import Barcode, barcode
from app.domain.order_slip import (
    BARCODE_SOURCE,
    PAPERS,
    RULE_HTML,
    SLIP_CONTEXT,
    SlipPaper,
    SlipText,
    Translate,
    english,
    format_datetime,
    format_quantity,
    printable,
    resolve_language,
)
from app.domain.texts import QT_TRANSLATE_NOOP

RETURN_SLIP_CONTEXT = "ReturnSlip"


class ReturnSlipText:
    """The return slip's own words (English sources, translated in context ReturnSlip)."""

    TITLE = QT_TRANSLATE_NOOP("ReturnSlip", "Return")
    TITLE_COPY = QT_TRANSLATE_NOOP("ReturnSlip", "Return (copy)")
    DOCUMENT_TITLE = QT_TRANSLATE_NOOP("ReturnSlip", "Return {number}")
    RETURN_NUMBER_LABEL = QT_TRANSLATE_NOOP("ReturnSlip", "Return number")
    RETURN_NUMBER = QT_TRANSLATE_NOOP("ReturnSlip", "Return number: {number}")
    ORDER_NUMBER = QT_TRANSLATE_NOOP("ReturnSlip", "Original order: {number}")
    ORDER_NUMBER_LABEL = QT_TRANSLATE_NOOP("ReturnSlip", "Original order")
    CAUSE = QT_TRANSLATE_NOOP("ReturnSlip", "Cause: {cause}")
    COMMENT = QT_TRANSLATE_NOOP("ReturnSlip", "Comment: {comment}")
    GOODS_GO_TO = QT_TRANSLATE_NOOP("ReturnSlip", "The goods go to: {warehouse}")
    REFUND_HEADING = QT_TRANSLATE_NOOP("ReturnSlip", "Refund")
    REFUND_NOW = QT_TRANSLATE_NOOP("ReturnSlip", "Refund the customer now")
    REFUND_RECEIVED = QT_TRANSLATE_NOOP(
        "ReturnSlip",
        "Refund when the warehouse has received the goods — the till says when",
    )
    NOT_CONFIRMED = QT_TRANSLATE_NOOP("ReturnSlip", "Not yet confirmed by Ongoing")
    WAITING_NOTICE = QT_TRANSLATE_NOOP(
        "ReturnSlip",
        "The return is stored at the till and goes to Ongoing as soon as the till can reach it.",
    )
    REFERENCE = QT_TRANSLATE_NOOP("ReturnSlip", "Ongoing return order: {reference}")
    RECEIVED = QT_TRANSLATE_NOOP("ReturnSlip", "Received by the warehouse: {date}")
    WITHDRAWN = QT_TRANSLATE_NOOP("ReturnSlip", "Withdrawn: this return was cancelled.")


RETURN_SLIP_TEXTS: tuple[str, ...] = tuple(
    value
    for name, value in vars(ReturnSlipText).items()
    if name.isupper() and isinstance(value, str)
)
"""Every source text of the return slip, for tests and tools."""


class Refund(StrEnum):
    """When the store refunds (`store.refund_when`), as the slip and the till tell it."""

    NOW = "now"
    RECEIVED = "received"


class ReturnState(StrEnum):
    WAITING = "waiting"  # stored at the till; Ongoing has not confirmed it yet
    CONFIRMED = "confirmed"  # Ongoing has the return order; the goods are on their way
    RECEIVED = "received"  # the warehouse has received the goods
    WITHDRAWN = "withdrawn"  # cancelled at the till (F7)


@dataclass(frozen=True, slots=True)
class ReturnSlipLine:
    article_number: str
    name: str
    quantity: int | Decimal


@dataclass(frozen=True, slots=True)
class ReturnSlip:
    """One return's slip, already decided; the renderers only lay it out."""

    return_number: str
    order_number: str
    created_at: datetime
    lines: tuple[ReturnSlipLine, ...]
    cause: str
    warehouse: str  # where the goods go: the warehouse's name, or its code
    refund: Refund
    state: ReturnState
    comment: str = ""
    return_order_id: int | None = None
    received_at: datetime | None = None
    store_name: str = ""
    language: str = "en"  # any code; unknown ones print in English
    reprint: bool = False

    def __post_init__(self) -> None:
        if self.created_at.tzinfo is None or self.created_at.utcoffset() is None:
            raise ValueError("created_at must be timezone-aware.")
        if not self.return_number:
            raise ValueError("A return slip needs its return number.")


def return_barcodes(slip: ReturnSlip, paper: SlipPaper = SlipPaper.A4) -> dict[int, Barcode]:
    """The return number as Code 128, sized for the paper (none if Code 128 cannot carry it:
    then the number is printed as text only)."""
    spec = PAPERS[paper]
    code = barcode(
        printable(slip.return_number),
        module_mm=spec.module_mm,
        height_mm=spec.barcode_height_mm,
        max_width_mm=spec.printable_width_mm,
    )
    return {} if code is None else {0: code}


def _say(translate: Translate, context: str, source: str, **values: object) -> str:
    """Translated and filled in; a broken translation falls back to English."""
    try:
        return translate(context, source).format(**values)
    except (KeyError, IndexError, ValueError):
        return source.format(**values)


def return_document_title(slip: ReturnSlip, *, translate: Translate = english) -> str:
    """The slip's name as a document (HTML title, PDF metadata): "Return RKG2-..."."""
    number = printable(slip.return_number)
    return _say(translate, RETURN_SLIP_CONTEXT, ReturnSlipText.DOCUMENT_TITLE, number=number)


@dataclass(frozen=True, slots=True)
class _Content:
    lang: str
    store_name: str
    title: str
    document_title: str
    number: str
    number_label: str
    number_line: str
    facts: tuple[str, ...]  # the date, the original order
    order_label: str  # on a roll the original order's number has a line of its own
    order_number: str
    state: str  # not yet confirmed / Ongoing's reference / received / withdrawn
    headers: tuple[str, str, str]
    rows: tuple[tuple[str, str, str, str], ...]  # article, name, quantity, "Qty: 2"
    details: tuple[str, ...]  # the cause, a comment, where the goods go
    refund_heading: str
    refund: str
    notes: tuple[str, ...]


def _content(slip: ReturnSlip, translate: Translate) -> _Content:
    lang = resolve_language(slip.language)
    t = ReturnSlipText

    def say(source: str, **values: object) -> str:
        return _say(translate, RETURN_SLIP_CONTEXT, source, **values)

    def order_say(source: str, **values: object) -> str:
        return _say(translate, SLIP_CONTEXT, source, **values)

    number = printable(slip.return_number)
    facts = [order_say(SlipText.DATE, date=format_datetime(slip.created_at, lang, translate))]
    if printable(slip.order_number):
        facts.append(say(t.ORDER_NUMBER, number=printable(slip.order_number)))
    notes: list[str] = []
    if slip.state is ReturnState.WAITING:
        state = say(t.NOT_CONFIRMED)
        notes.append(say(t.WAITING_NOTICE))
    elif slip.state is ReturnState.WITHDRAWN:
        state = say(t.WITHDRAWN)
    elif slip.state is ReturnState.RECEIVED and slip.received_at is not None:
        state = say(t.RECEIVED, date=format_datetime(slip.received_at, lang, translate))
    elif slip.return_order_id is not None:
        state = say(t.REFERENCE, reference=slip.return_order_id)
    else:
        state = ""
    rows = []
    for line in slip.lines:
        quantity = format_quantity(line.quantity, lang)
        rows.append(
            (
                printable(line.article_number),
                printable(line.name),
                quantity,
                order_say(SlipText.QUANTITY_ONLY, quantity=quantity),
            )
        )
    details = []
    if printable(slip.cause):
        details.append(say(t.CAUSE, cause=printable(slip.cause)))
    if printable(slip.comment):
        details.append(say(t.COMMENT, comment=printable(slip.comment)))
    if printable(slip.warehouse):
        details.append(say(t.GOODS_GO_TO, warehouse=printable(slip.warehouse)))
    withdrawn = slip.state is ReturnState.WITHDRAWN
    refund = say(t.REFUND_NOW if slip.refund is Refund.NOW else t.REFUND_RECEIVED)
    return _Content(
        lang=lang.value,
        store_name=printable(slip.store_name),
        title=say(t.TITLE_COPY if slip.reprint else t.TITLE),
        document_title=return_document_title(slip, translate=translate),
        number=number,
        number_label=say(t.RETURN_NUMBER_LABEL),
        number_line=say(t.RETURN_NUMBER, number=number),
        facts=tuple(facts),
        order_label=say(t.ORDER_NUMBER_LABEL),
        order_number=printable(slip.order_number),
        state=state,
        headers=(
            order_say(SlipText.COL_ARTICLE),
            order_say(SlipText.COL_NAME),
            order_say(SlipText.COL_QUANTITY),
        ),
        rows=tuple(rows),
        details=tuple(details),
        refund_heading="" if withdrawn else say(t.REFUND_HEADING),
        refund="" if withdrawn else refund,
        notes=tuple(notes),
    )


def render_return_html(
    slip: ReturnSlip, *, paper: SlipPaper = SlipPaper.A4, translate: Translate = english
) -> str:
    """The slip as HTML 4 for QTextDocument, in the paper's layout; every value escaped.
    The barcode is an `<img src="tillside-barcode:0">` the UI draws (`return_barcodes`)."""
    content = _content(slip, translate)
    has_barcode = bool(return_barcodes(slip, paper))
    if paper is SlipPaper.ROLL_80MM:
        return _roll_html(content, has_barcode)
    return _a4_html(content, has_barcode)


def _head(c: _Content) -> str:
    return (
        f'<html lang="{c.lang}"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'<title>{escape(c.document_title)}</title></head><body style="font-size:10pt">'
    )


def _lines(lines: tuple[str, ...]) -> str:
    return "<br>".join(escape(line) for line in lines)


def _a4_html(c: _Content, has_barcode: bool) -> str:
    e = escape
    parts = [_head(c)]
    if c.store_name:
        parts.append(f"<h1>{e(c.store_name)}</h1><h2>{e(c.title)}</h2>")
    else:
        parts.append(f"<h1>{e(c.title)}</h1>")
    parts.append(f"<p>{_lines(c.facts)}</p>")
    parts.append(f'<p style="font-size:14pt"><b>{e(c.number_line)}</b></p>')
    if has_barcode:
        parts.append(f'<p align="left"><img src="{BARCODE_SOURCE}0"></p>')
    if c.state:
        parts.append(f"<p><b>{e(c.state)}</b></p>")
    if c.rows:
        article, name, quantity = (e(header) for header in c.headers)
        parts.append(
            '<table border="1" cellspacing="0" cellpadding="4" width="100%" '
            'style="margin-top:6px">'
            f'<tr><th align="left" width="25%">{article}</th><th align="left">{name}</th>'
            f'<th align="right" width="10%">{quantity}</th></tr>'
        )
        for row_article, row_name, row_quantity, _ in c.rows:
            parts.append(
                f'<tr><td style="white-space:nowrap">{e(row_article)}</td>'
                f'<td>{e(row_name)}</td><td align="right">{e(row_quantity)}</td></tr>'
            )
        parts.append("</table>")
    if c.details:
        parts.append(f'<p style="margin-top:6px">{_lines(c.details)}</p>')
    if c.refund:
        parts.append(f"<h2>{e(c.refund_heading)}</h2>")
        parts.append(f'<p style="font-size:12pt"><b>{e(c.refund)}</b></p>')
    parts.extend(f"<p>{e(note)}</p>" for note in c.notes)
    parts.append("</body></html>")
    return "\n".join(parts)


def _roll_html(c: _Content, has_barcode: bool) -> str:
    e = escape
    parts = [_head(c)]
    if c.store_name:
        parts.append(f'<p align="center" style="font-size:15pt"><b>{e(c.store_name)}</b></p>')
    parts.append(f'<p align="center" style="font-size:12pt"><b>{e(c.title)}</b></p>')
    parts.append(f"<p>{_lines(c.facts[:1])}</p>")  # the date; a number is never broken
    if c.order_number:
        parts.append(f"<p>{e(c.order_label)}<br><b>{e(c.order_number)}</b></p>")
    parts.append(RULE_HTML)
    parts.append(f"<p><b>{e(c.number_label)}</b><br>")
    parts.append(f'<span style="font-size:14pt"><b>{e(c.number)}</b></span></p>')
    if has_barcode:
        parts.append(f'<p align="center"><img src="{BARCODE_SOURCE}0"></p>')
    if c.state:
        parts.append(f"<p><b>{e(c.state)}</b></p>")
    if c.rows:
        parts.append('<table width="100%" cellspacing="0" cellpadding="1" style="margin-top:6px">')
        for article, name, _, quantity_only in c.rows:
            parts.append(f"<tr><td><b>{e(name or article)}</b></td></tr>")
            if name and article:
                parts.append(f'<tr><td style="font-size:8pt">{e(article)}</td></tr>')
            parts.append(f"<tr><td>{e(quantity_only)}</td></tr>")
        parts.append("</table>")
    if c.details:
        parts.append(RULE_HTML)
        parts.append(f"<p>{_lines(c.details)}</p>")
    if c.refund:
        parts.append(RULE_HTML)
        parts.append(f'<p style="font-size:12pt"><b>{e(c.refund)}</b></p>')
    parts.extend(f"<p>{e(note)}</p>" for note in c.notes)
    parts.append("</body></html>")
    return "\n".join(parts)
