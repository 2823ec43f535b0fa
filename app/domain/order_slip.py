"""The customer's order slip, printed or saved as PDF at the till, in the customer's language.

One slip per checkout: a split checkout (one order per warehouse) prints every part on it,
each order number also as a Code 128 barcode (`app.domain.code128`), the customer once, the
pickup place and hours or the delivery address, and what happens next. Two layouts
(`SlipPaper`): an A4 page, and an 80 mm receipt roll.

Pure Python so it can be tested without a GUI: the UI renders `render_slip_html` with
QTextDocument (so the HTML sticks to a small HTML 4 subset with no classes or external
resources; the UI draws each barcode where an `<img src="tillside-barcode:N">` stands), and
`render_slip_text` feeds a receipt printer or the CLI.

Words: the English sources are marked with `QT_TRANSLATE_NOOP("OrderSlip", ...)` so they land
in `resources/translations/*.ts` with the rest of the app's texts. The renderers take a
`translate(context, source)` for the customer's language (the UI passes
`app.ui.i18n.slip_translator`, whatever language the till itself speaks); without one the
words are English, while numbers and dates still follow `slip.language`.

Money: amounts are rounded half-up to two decimals per line, and a total is the sum of the
rounded line totals, so the customer can add up the slip by hand. The Nordic languages write
`1 234,50 kr` (comma decimal, non-breaking space between thousands and before the currency)
and use the local sign only for the home currency of the language (sv/SEK, nb/NOK, da/DKK,
fi/EUR), else the ISO code (`1 234,50 EUR`); English writes `SEK 1,234.50` with a
non-breaking space after the code. Lines in different currencies get one total per currency.

Dates are written without the OS locale: sv `2026-11-29 14:03`, en `29 Nov 2026 14:03`,
nb `29. november 2026 kl. 14.03`, da the same with Danish months, fi
`29. marraskuuta 2026 klo 14.03` (the patterns live here, the month names in the catalogue).
The time is `created_at`'s own wall-clock time: convert it
to the store's zone before building the slip.
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from html import escape

from app.domain.code128 import Barcode, barcode
from app.domain.order_body import FulfilmentKind
from app.domain.texts import QT_TRANSLATE_NOOP

NBSP = "\u00a0"
CENT = Decimal("0.01")
DEFAULT_TEXT_WIDTH = 42  # characters on an 80 mm receipt roll in the printer's normal font


class SlipLanguage(StrEnum):
    """The languages the slip is complete in; anything else is printed in English."""

    EN = "en"
    SV = "sv"
    NB = "nb"
    DA = "da"
    FI = "fi"


class SlipText:
    """The slip's words: English sources marked for lupdate, translated in context OrderSlip.

    Texts are plain: values are filled in after translating and the result is escaped as a
    whole. Every translation keeps its source's `{placeholders}` (tests/ui checks the .ts).
    """

    TITLE = QT_TRANSLATE_NOOP("OrderSlip", "Order slip")
    TITLE_COPY = QT_TRANSLATE_NOOP("OrderSlip", "Order slip (copy)")
    DOCUMENT_TITLE = QT_TRANSLATE_NOOP("OrderSlip", "Order slip {number}")
    ORDER_NUMBER = QT_TRANSLATE_NOOP("OrderSlip", "Order number: {number}")
    ORDER_NUMBER_LABEL = QT_TRANSLATE_NOOP("OrderSlip", "Order number")
    PART_OF = QT_TRANSLATE_NOOP("OrderSlip", "Order {index} of {count}")
    SPLIT_SUMMARY = QT_TRANSLATE_NOOP(
        "OrderSlip", "Your purchase comes from {count} warehouses, as {count} orders."
    )
    WAREHOUSE_REFERENCE = QT_TRANSLATE_NOOP("OrderSlip", "Warehouse reference: {reference}")
    DATE = QT_TRANSLATE_NOOP("OrderSlip", "Date: {date}")
    CUSTOMER = QT_TRANSLATE_NOOP("OrderSlip", "Customer: {name}")
    COL_ARTICLE = QT_TRANSLATE_NOOP("OrderSlip", "Article no.")
    COL_NAME = QT_TRANSLATE_NOOP("OrderSlip", "Item")
    COL_QUANTITY = QT_TRANSLATE_NOOP("OrderSlip", "Qty")
    COL_PRICE = QT_TRANSLATE_NOOP("OrderSlip", "Price")
    COL_AMOUNT = QT_TRANSLATE_NOOP("OrderSlip", "Amount")
    QUANTITY_ONLY = QT_TRANSLATE_NOOP("OrderSlip", "Qty: {quantity}")
    TOTAL = QT_TRANSLATE_NOOP("OrderSlip", "Total")
    TOTAL_EXCLUDING_UNPRICED = QT_TRANSLATE_NOOP(
        "OrderSlip", "Total (items without a price not included)"
    )
    PICKUP_AT = QT_TRANSLATE_NOOP("OrderSlip", "Pick up at {warehouse}")
    SENT_FROM = QT_TRANSLATE_NOOP("OrderSlip", "Sent from {warehouse}")
    OPENING_HOURS = QT_TRANSLATE_NOOP("OrderSlip", "Opening hours: {hours}")
    DELIVERED_TO = QT_TRANSLATE_NOOP("OrderSlip", "Delivered to")
    NEXT = QT_TRANSLATE_NOOP("OrderSlip", "What happens next")
    PICKUP_NOTICE = QT_TRANSLATE_NOOP("OrderSlip", "We will let you know when it is ready.")
    PICKUP_SPLIT_NOTICE = QT_TRANSLATE_NOOP(
        "OrderSlip",
        "Collect each order at the warehouse named above it. We will let you know when each "
        "one is ready.",
    )
    PICKUP_BRING = QT_TRANSLATE_NOOP(
        "OrderSlip", "Bring this slip: the barcode is your order number."
    )
    DELIVERY_NOTICE = QT_TRANSLATE_NOOP(
        "OrderSlip", "The warehouse sends your order to the address above."
    )
    DELIVERY_SPLIT_NOTICE = QT_TRANSLATE_NOOP(
        "OrderSlip",
        "Each order is sent from its own warehouse, so they may arrive on different days.",
    )
    NOT_YET_SENT = QT_TRANSLATE_NOOP("OrderSlip", "Not yet confirmed by the warehouse")
    QUEUED_NOTICE = QT_TRANSLATE_NOOP(
        "OrderSlip",
        'An order marked "not yet confirmed" is stored at the till and goes to the '
        "warehouse as soon as the till can reach it; the stock is checked then. If anything "
        "is missing, the store will contact you.",
    )
    DETAILS_NOT_KEPT = QT_TRANSLATE_NOOP(
        "OrderSlip",
        "A copy: the customer's name and address are not kept on the till once the "
        "warehouse has the order.",
    )


SLIP_CONTEXT = "OrderSlip"
SLIP_TEXTS: tuple[str, ...] = tuple(
    value for name, value in vars(SlipText).items() if name.isupper() and isinstance(value, str)
)
"""Every source text of the slip but the months, for tests and tools."""

# A month as a date shows it; the English source is the abbreviation English dates use.
# Translations give the word the language's date pattern needs (Finnish: the partitive,
# "29. marraskuuta 2026").
MONTHS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("OrderSlip", "Jan"),
    QT_TRANSLATE_NOOP("OrderSlip", "Feb"),
    QT_TRANSLATE_NOOP("OrderSlip", "Mar"),
    QT_TRANSLATE_NOOP("OrderSlip", "Apr"),
    QT_TRANSLATE_NOOP("OrderSlip", "May"),
    QT_TRANSLATE_NOOP("OrderSlip", "Jun"),
    QT_TRANSLATE_NOOP("OrderSlip", "Jul"),
    QT_TRANSLATE_NOOP("OrderSlip", "Aug"),
    QT_TRANSLATE_NOOP("OrderSlip", "Sep"),
    QT_TRANSLATE_NOOP("OrderSlip", "Oct"),
    QT_TRANSLATE_NOOP("OrderSlip", "Nov"),
    QT_TRANSLATE_NOOP("OrderSlip", "Dec"),
)

Translate = Callable[[str, str], str]
"""`translate(context, source)` -> the text in the slip's language (Qt's translator in the UI)."""


def english(context: str, source: str) -> str:
    """The identity translator: the slip in the source language, English."""
    return source


# Dates follow each language's own convention (order, padding, "kl."), so their patterns
# differ in placeholders and stay here rather than in the catalogue; the month's name is
# translated. Available fields: day, month, month_name, year, hour, minute.
DATE_PATTERNS: dict[SlipLanguage, str] = {
    SlipLanguage.EN: "{day} {month_name} {year} {hour:02d}:{minute:02d}",
    SlipLanguage.SV: "{year:04d}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}",
    SlipLanguage.NB: "{day}. {month_name} {year} kl. {hour:02d}.{minute:02d}",
    SlipLanguage.DA: "{day}. {month_name} {year} kl. {hour:02d}.{minute:02d}",
    SlipLanguage.FI: "{day}. {month_name} {year} klo {hour:02d}.{minute:02d}",
}

# The sign a customer reads for the language's home currency; other currencies show the code.
LOCAL_CURRENCY_SIGNS: dict[SlipLanguage, dict[str, str]] = {
    SlipLanguage.EN: {},
    SlipLanguage.SV: {"SEK": "kr"},
    SlipLanguage.NB: {"NOK": "kr"},
    SlipLanguage.DA: {"DKK": "kr"},
    SlipLanguage.FI: {"EUR": "€"},
}

# "no" is the macrolanguage code for Norwegian; in practice it means Bokmål.
_LANGUAGE_ALIASES = {"no": SlipLanguage.NB}


def resolve_language(code: str) -> SlipLanguage:
    """The slip language for a code such as "sv", "sv-SE" or "SV"; English when unknown."""
    primary = code.strip().replace("_", "-").split("-", 1)[0].lower()
    if primary in _LANGUAGE_ALIASES:
        return _LANGUAGE_ALIASES[primary]
    try:
        return SlipLanguage(primary)
    except ValueError:
        return SlipLanguage.EN


def _finite(value: int | Decimal, what: str) -> None:
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValueError(f"{what} must be a finite number, not {value}.")


@dataclass(frozen=True, slots=True)
class SlipLine:
    """One article on the slip. No unit price means the price is unknown, not zero."""

    article_number: str
    name: str
    quantity: int | Decimal
    unit_price: Decimal | None = None
    currency: str = ""

    def __post_init__(self) -> None:
        _finite(self.quantity, "Quantity")
        if self.quantity <= 0:
            raise ValueError(f"Quantity must be above zero, not {self.quantity}.")
        if self.unit_price is not None:
            _finite(self.unit_price, "Unit price")

    @property
    def line_total(self) -> Decimal | None:
        """Rounded to cents, as printed, so the printed lines add up to the printed total."""
        if self.unit_price is None:
            return None
        return _to_cents(self.unit_price * self.quantity)


@dataclass(frozen=True, slots=True)
class SlipPart:
    """One order of the checkout: one warehouse, its number (printed as a barcode), its lines.

    No items is allowed: a reprint of an order stored before the slip kept its lines still
    prints its number.
    """

    order_number: str
    warehouse_name: str
    items: tuple[SlipLine, ...]
    ongoing_order_id: int | None = None
    warehouse_address_lines: tuple[str, ...] = ()
    opening_hours: str = ""
    # Stored at the till, not yet with the warehouse (taken while it could not be reached,
    # or not confirmed yet): the slip says so, and that the stock is checked later.
    queued: bool = False


@dataclass(frozen=True, slots=True)
class OrderSlip:
    """One checkout's slip, already decided: every part (one order per warehouse), the
    customer once, where to collect or where it goes. The renderers only lay it out.

    `reprint` marks a copy made later (`tillside slip`); `customer_details_kept` is False
    when the PC no longer holds the customer's name and address (they leave the outbox once
    Ongoing confirmed the order), which the copy then says instead of printing them.
    """

    parts: tuple[SlipPart, ...]
    created_at: datetime
    kind: FulfilmentKind
    customer_name: str = ""
    delivery_address_lines: tuple[str, ...] = ()
    store_name: str = ""
    language: str = SlipLanguage.EN  # any code; unknown ones print in English
    checkout_id: str = ""
    reprint: bool = False
    customer_details_kept: bool = True

    def __post_init__(self) -> None:
        if self.created_at.tzinfo is None or self.created_at.utcoffset() is None:
            raise ValueError("created_at must be timezone-aware.")
        if not self.parts:
            raise ValueError("An order slip needs at least one order.")

    @property
    def order_numbers(self) -> tuple[str, ...]:
        return tuple(part.order_number for part in self.parts)

    @property
    def items(self) -> tuple[SlipLine, ...]:
        """Every line of every part, in the order printed."""
        return tuple(item for part in self.parts for item in part.items)

    def totals(self) -> dict[str, Decimal]:
        """Sum of the priced lines per currency (normalised code), in order of appearance."""
        totals: dict[str, Decimal] = {}
        for item in self.items:
            if item.line_total is not None:
                currency = _currency_code(item.currency)
                totals[currency] = totals.get(currency, Decimal(0)) + item.line_total
        return totals

    def has_unpriced_items(self) -> bool:
        return any(item.unit_price is None for item in self.items)


class SlipPaper(StrEnum):
    """The two layouts: an office printer's A4 page, or a till's 80 mm receipt roll."""

    A4 = "a4"
    ROLL_80MM = "80mm"


@dataclass(frozen=True, slots=True)
class PaperSpec:
    """What a layout prints on, in millimetres; the UI makes its page from this."""

    page_width_mm: float
    side_margin_mm: float
    top_margin_mm: float
    module_mm: float  # the barcode's narrowest bar
    barcode_height_mm: float

    @property
    def printable_width_mm(self) -> float:
        return self.page_width_mm - 2 * self.side_margin_mm


# A roll is 80 mm wide and prints 72 mm of it (576 dots at 203 dpi); its barcode's module
# is two of those dots. A4 keeps 20 mm margins; its module is 0.33 mm, the usual 13 mil.
ROLL_DOT_MM = 25.4 / 203
PAPERS: dict[SlipPaper, PaperSpec] = {
    SlipPaper.A4: PaperSpec(210.0, 20.0, 20.0, 0.33, 15.0),
    SlipPaper.ROLL_80MM: PaperSpec(80.0, 4.0, 3.0, 2 * ROLL_DOT_MM, 12.0),
}

BARCODE_SOURCE = "tillside-barcode:"
"""`<img src="tillside-barcode:N">` stands for part N's barcode; the UI draws it there."""
RULE_SOURCE = "tillside-rule"
"""`<img src="tillside-rule">` stands for a black rule across the roll (Qt's `<hr>` is a
grey hairline, which a thermal printer may not print at all); the UI draws it."""
RULE_HTML = f'<p><img src="{RULE_SOURCE}"></p>'
_SPACED = ' style="margin-top:6px"'
_NOWRAP = ' style="white-space:nowrap"'  # a number is never broken across two lines


def slip_barcodes(slip: OrderSlip, paper: SlipPaper = SlipPaper.A4) -> dict[int, Barcode]:
    """Each part's order number as Code 128, sized for the paper, by part index (a number
    Code 128 cannot carry has none and is printed as text only)."""
    spec = PAPERS[paper]
    found = {}
    for index, part in enumerate(slip.parts):
        code = barcode(
            printable(part.order_number),
            module_mm=spec.module_mm,
            height_mm=spec.barcode_height_mm,
            max_width_mm=spec.printable_width_mm,
        )
        if code is not None:
            found[index] = code
    return found


def _to_cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _currency_code(currency: str) -> str:
    return currency.strip().upper()


def _uses_comma_decimal(language: SlipLanguage) -> bool:
    return language is not SlipLanguage.EN


def format_amount(value: Decimal, language: str) -> str:
    """Two decimals with the language's separators: `1 234,50` or `1,234.50`."""
    lang = resolve_language(language)
    text = f"{_to_cents(value):,.2f}"
    if _uses_comma_decimal(lang):
        text = text.replace(",", NBSP).replace(".", ",")
    return text


def format_money(value: Decimal, currency: str, language: str) -> str:
    """An amount with its currency as the customer reads it: `1 234,50 kr` / `SEK 1,234.50`."""
    lang = resolve_language(language)
    amount = format_amount(value, lang)
    code = _currency_code(currency)
    if not code:
        return amount
    if lang is SlipLanguage.EN:
        return f"{code}{NBSP}{amount}"
    return f"{amount}{NBSP}{LOCAL_CURRENCY_SIGNS[lang].get(code, code)}"


def format_quantity(value: int | Decimal, language: str) -> str:
    """Whole quantities without decimals; fractions (metres, kilos) with the language's mark."""
    if isinstance(value, int):
        return str(value)
    text = format(value.normalize(), "f")
    if "." in text and _uses_comma_decimal(resolve_language(language)):
        text = text.replace(".", ",")
    return text


def format_datetime(moment: datetime, language: str, translate: Translate = english) -> str:
    """The slip's date and time in the language's convention, independent of the OS locale.

    `translate` names the month (the slip's catalogue); the pattern comes from `language`.
    """
    lang = resolve_language(language)
    return DATE_PATTERNS[lang].format(
        day=moment.day,
        month=moment.month,
        month_name=translate(SLIP_CONTEXT, MONTHS[moment.month - 1]),
        year=moment.year,
        hour=moment.hour,
        minute=moment.minute,
    )


def printable(value: str) -> str:
    """Control characters become spaces: a name must not send commands to a receipt printer
    nor break the slip's lines."""
    return "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in value).strip()


def _say(translate: Translate, source: str, **values: object) -> str:
    """`source` translated, values filled in; a broken translation falls back to English
    rather than stopping the slip from printing."""
    try:
        return translate(SLIP_CONTEXT, source).format(**values)
    except (KeyError, IndexError, ValueError):
        return source.format(**values)


def document_title(slip: OrderSlip, *, translate: Translate = english) -> str:
    """The slip's name as a document (HTML title, PDF metadata): "Order slip TS-1001"."""
    numbers = ", ".join(printable(number) for number in slip.order_numbers)
    return _say(translate, SlipText.DOCUMENT_TITLE, number=numbers)


@dataclass(frozen=True, slots=True)
class _Row:
    article_number: str
    name: str
    quantity: str
    price: str  # empty when the line has no price
    amount: str
    quantity_only: str  # "Qty: 2", for a line without a price


@dataclass(frozen=True, slots=True)
class _Part:
    heading: str  # "Order 1 of 2" in a split, else empty
    number: str
    number_line: str  # "Order number: KG2-..."
    label: str  # "Order 1 of 2" in a split, else "Order number": above the number on a roll
    reference: str  # "Warehouse reference: 4711", or empty
    place_heading: str  # "Pick up at ..." / "Sent from ...", or empty
    place_lines: tuple[str, ...]
    rows: tuple[_Row, ...]


@dataclass(frozen=True, slots=True)
class _Content:
    """The slip's words, cleaned and translated, before a renderer lays them out."""

    lang: SlipLanguage
    store_name: str
    title: str
    document_title: str
    facts: tuple[str, ...]
    summary: str  # a split: how many orders from how many warehouses
    headers: tuple[str, str, str, str, str]
    parts: tuple[_Part, ...]
    totals: tuple[tuple[str, str], ...]  # (label, money)
    delivery_heading: str
    delivery_lines: tuple[str, ...]
    next_heading: str
    notes: tuple[str, ...]


def _content(slip: OrderSlip, translate: Translate) -> _Content:
    lang = resolve_language(slip.language)
    t = SlipText
    customer = printable(slip.customer_name)
    count = len(slip.parts)
    facts = [_say(translate, t.DATE, date=format_datetime(slip.created_at, lang, translate))]
    if customer and slip.kind is not FulfilmentKind.DELIVERY:
        facts.append(_say(translate, t.CUSTOMER, name=customer))

    parts = []
    for index, part in enumerate(slip.parts, start=1):
        number = printable(part.order_number)
        heading = "" if count == 1 else _say(translate, t.PART_OF, index=index, count=count)
        warehouse = printable(part.warehouse_name)
        place_heading, place_lines = "", []
        if slip.kind is FulfilmentKind.PICKUP and warehouse:
            place_heading = _say(translate, t.PICKUP_AT, warehouse=warehouse)
            place_lines = _non_empty(part.warehouse_address_lines)
            if printable(part.opening_hours):
                hours = printable(part.opening_hours)
                place_lines.append(_say(translate, t.OPENING_HOURS, hours=hours))
        elif slip.kind is FulfilmentKind.DELIVERY and warehouse:
            place_heading = _say(translate, t.SENT_FROM, warehouse=warehouse)
        if part.queued:
            reference = _say(translate, t.NOT_YET_SENT)
        elif part.ongoing_order_id is not None:
            reference = _say(translate, t.WAREHOUSE_REFERENCE, reference=part.ongoing_order_id)
        else:
            reference = ""
        parts.append(
            _Part(
                heading=heading,
                number=number,
                number_line=_say(translate, t.ORDER_NUMBER, number=number),
                label=heading or _say(translate, t.ORDER_NUMBER_LABEL),
                reference=reference,
                place_heading=place_heading,
                place_lines=tuple(place_lines),
                rows=_rows(part, lang, translate),
            )
        )

    label = _say(translate, t.TOTAL_EXCLUDING_UNPRICED if slip.has_unpriced_items() else t.TOTAL)
    totals = tuple(
        (label, format_money(amount, currency, lang)) for currency, amount in slip.totals().items()
    )

    delivery_heading = ""
    delivery_lines: list[str] = []
    notes: list[str] = []
    if slip.kind is FulfilmentKind.PICKUP:
        notes.append(_say(translate, t.PICKUP_NOTICE if count == 1 else t.PICKUP_SPLIT_NOTICE))
        notes.append(_say(translate, t.PICKUP_BRING))
    elif slip.kind is FulfilmentKind.DELIVERY:
        delivery_lines = _non_empty((customer, *slip.delivery_address_lines))
        if delivery_lines:  # a copy may no longer have them: then no heading over nothing
            delivery_heading = _say(translate, t.DELIVERED_TO)
        if count > 1:
            notes.append(_say(translate, t.DELIVERY_SPLIT_NOTICE))
        elif delivery_lines:  # "to the address above"
            notes.append(_say(translate, t.DELIVERY_NOTICE))
    if any(part.queued for part in slip.parts):
        notes.append(_say(translate, t.QUEUED_NOTICE))
    if not slip.customer_details_kept and slip.kind is not FulfilmentKind.STORE_SALE:
        notes.append(_say(translate, t.DETAILS_NOT_KEPT))

    return _Content(
        lang=lang,
        store_name=printable(slip.store_name),
        title=_say(translate, t.TITLE_COPY if slip.reprint else t.TITLE),
        document_title=document_title(slip, translate=translate),
        facts=tuple(facts),
        summary="" if count == 1 else _say(translate, t.SPLIT_SUMMARY, count=count),
        headers=(
            _say(translate, t.COL_ARTICLE),
            _say(translate, t.COL_NAME),
            _say(translate, t.COL_QUANTITY),
            _say(translate, t.COL_PRICE),
            _say(translate, t.COL_AMOUNT),
        ),
        parts=tuple(parts),
        totals=totals,
        delivery_heading=delivery_heading,
        delivery_lines=tuple(delivery_lines),
        next_heading=_say(translate, t.NEXT) if notes else "",
        notes=tuple(notes),
    )


def _rows(part: SlipPart, lang: SlipLanguage, translate: Translate) -> tuple[_Row, ...]:
    rows = []
    for item in part.items:
        total = item.line_total
        quantity = format_quantity(item.quantity, lang)
        rows.append(
            _Row(
                article_number=printable(item.article_number),
                name=printable(item.name),
                quantity=quantity,
                price=""
                if item.unit_price is None
                else format_money(item.unit_price, item.currency, lang),
                amount="" if total is None else format_money(total, item.currency, lang),
                quantity_only=_say(translate, SlipText.QUANTITY_ONLY, quantity=quantity),
            )
        )
    return tuple(rows)


def _non_empty(lines: Iterable[str]) -> list[str]:
    return [text for text in (printable(line) for line in lines) if text]


def _lines_html(lines: Iterable[str]) -> str:
    return "<br>".join(escape(line) for line in lines)


def _head_html(c: _Content, body_style: str) -> str:
    return (
        f'<html lang="{c.lang.value}"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'<title>{escape(c.document_title)}</title></head><body style="{body_style}">'
    )


def _place_html(part: _Part) -> str:
    """The warehouse's reference, then where to collect the order (address, opening hours)
    or where it is sent from."""
    lines = [escape(part.reference)] if part.reference else []
    if part.place_heading:
        lines.append(f"<b>{escape(part.place_heading)}</b>")
        lines.extend(escape(line) for line in part.place_lines)
    return f"<p>{'<br>'.join(lines)}</p>" if lines else ""


def _barcode_html(barcodes: dict[int, Barcode], index: int, align: str) -> str:
    if index not in barcodes:
        return ""
    return f'<p align="{align}"><img src="{BARCODE_SOURCE}{index}"></p>'


def render_slip_html(
    slip: OrderSlip, *, paper: SlipPaper = SlipPaper.A4, translate: Translate = english
) -> str:
    """The slip as HTML 4 for QTextDocument (print or PDF), in the paper's layout; every
    value is escaped. Each barcode is an `<img src="tillside-barcode:N">` the UI draws
    (`slip_barcodes` gives them). `translate` gives the slip's language (English without)."""
    content = _content(slip, translate)
    barcodes = slip_barcodes(slip, paper)
    if paper is SlipPaper.ROLL_80MM:
        return _roll_html(content, barcodes)
    return _a4_html(content, barcodes)


def _a4_html(c: _Content, barcodes: dict[int, Barcode]) -> str:
    """A page: a table of the lines per order, each order's barcode under its number."""
    e = escape
    parts = [_head_html(c, "font-size:10pt")]
    if c.store_name:
        parts.append(f"<h1>{e(c.store_name)}</h1><h2>{e(c.title)}</h2>")
    else:
        parts.append(f"<h1>{e(c.title)}</h1>")
    parts.append(f"<p>{_lines_html(c.facts)}</p>")
    if c.summary:
        parts.append(f"<p><b>{e(c.summary)}</b></p>")
    article, name, quantity, price, amount = (e(header) for header in c.headers)
    for index, part in enumerate(c.parts):
        if part.heading:
            parts.append(f"<h2>{e(part.heading)}</h2>")
        parts.append(f'<p style="font-size:14pt"><b>{e(part.number_line)}</b></p>')
        parts.append(_barcode_html(barcodes, index, "left"))
        parts.append(_place_html(part))
        if not part.rows:
            continue
        parts.append(
            f'<table border="1" cellspacing="0" cellpadding="4" width="100%"{_SPACED}>'
            f'<tr><th align="left" width="20%">{article}</th><th align="left">{name}</th>'
            f'<th align="right" width="6%">{quantity}</th>'
            f'<th align="right" width="18%">{price}</th>'
            f'<th align="right" width="18%">{amount}</th></tr>'
        )
        for row in part.rows:
            parts.append(
                f"<tr><td{_NOWRAP}>{e(row.article_number)}</td><td>{e(row.name)}</td>"
                f'<td align="right">{e(row.quantity)}</td>'
                f'<td align="right"{_NOWRAP}>{e(row.price)}</td>'
                f'<td align="right"{_NOWRAP}>{e(row.amount)}</td></tr>'
            )
        parts.append("</table>")
    if c.totals:
        parts.append(f'<table cellspacing="0" cellpadding="4" width="100%"{_SPACED}>')
        for label, money in c.totals:
            parts.append(
                f'<tr><th align="right">{e(label)}</th>'
                f'<th align="right" width="18%"{_NOWRAP}>{e(money)}</th></tr>'
            )
        parts.append("</table>")
    parts.extend(_closing_html(c, "h2"))
    parts.append("</body></html>")
    return "\n".join(part for part in parts if part)


def _roll_html(c: _Content, barcodes: dict[int, Barcode]) -> str:
    """A receipt roll, 72 mm of print: one column; each order's number large with its
    barcode under it; each line in three rows (the name; the article number, small;
    quantity × price and the amount); fonts no smaller than a receipt's own."""
    e = escape
    parts = [_head_html(c, "font-size:10pt")]
    if c.store_name:
        parts.append(f'<p align="center" style="font-size:15pt"><b>{e(c.store_name)}</b></p>')
    parts.append(f'<p align="center" style="font-size:12pt"><b>{e(c.title)}</b></p>')
    parts.append(f"<p>{_lines_html(c.facts)}</p>")
    if c.summary:
        parts.append(f"<p><b>{e(c.summary)}</b></p>")
    for index, part in enumerate(c.parts):
        parts.append(RULE_HTML)
        parts.append(f"<p><b>{e(part.label)}</b><br>")
        parts.append(f'<span style="font-size:14pt"><b>{e(part.number)}</b></span></p>')
        parts.append(_barcode_html(barcodes, index, "center"))
        parts.append(_place_html(part))
        if not part.rows:
            continue
        parts.append(f'<table width="100%" cellspacing="0" cellpadding="1"{_SPACED}>')
        for row in part.rows:
            parts.append(
                f'<tr><td colspan="2"><b>{e(row.name or row.article_number)}</b></td></tr>'
            )
            if row.name and row.article_number:
                parts.append(
                    f'<tr><td colspan="2" style="font-size:8pt">{e(row.article_number)}</td></tr>'
                )
            detail = f"{row.quantity} × {row.price}" if row.price else row.quantity_only
            parts.append(f'<tr><td>{e(detail)}</td><td align="right">{e(row.amount)}</td></tr>')
        parts.append("</table>")
    if c.totals:
        parts.append(RULE_HTML)
        parts.append('<table width="100%" cellspacing="0" cellpadding="1">')
        for label, money in c.totals:
            parts.append(
                f'<tr><td valign="middle"><b>{e(label)}</b></td>'
                f'<td align="right" valign="middle" style="font-size:13pt">'
                f"<b>{e(money)}</b></td></tr>"
            )
        parts.append("</table>")
    if c.delivery_heading or c.notes:
        parts.append(RULE_HTML)
    parts.extend(_closing_html(c, "p"))
    parts.append("</body></html>")
    return "\n".join(part for part in parts if part)


def _closing_html(c: _Content, heading_tag: str) -> list[str]:
    """Where the order goes (a delivery), then what happens next."""
    e = escape
    parts = []

    def heading(text: str) -> str:
        if heading_tag == "p":
            return f"<p><b>{e(text)}</b></p>"
        return f"<{heading_tag}>{e(text)}</{heading_tag}>"

    if c.delivery_heading:
        parts.append(heading(c.delivery_heading))
        if c.delivery_lines:
            parts.append(f"<p>{_lines_html(c.delivery_lines)}</p>")
    if c.notes:
        parts.append(heading(c.next_heading))
        parts.extend(f"<p>{e(note)}</p>" for note in c.notes)
    return parts


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent) or [""]


def _left_right(left: str, right: str, width: int) -> list[str]:
    """`left` and `right` on one line if they fit, else `right` on a line of its own."""
    if len(left) + 1 + len(right) <= width:
        return [left + " " * (width - len(left) - len(right)) + right]
    lines = _wrap(left, width)
    last = lines[-1]
    if len(last) + 1 + len(right) <= width:
        lines[-1] = last + " " * (width - len(last) - len(right)) + right
    else:
        lines.append(right.rjust(width))
    return lines


def render_slip_text(
    slip: OrderSlip, width: int = DEFAULT_TEXT_WIDTH, *, translate: Translate = english
) -> str:
    """The slip as plain text `width` characters wide, for a receipt printer or the CLI
    (no barcodes: the order numbers are printed as text).

    Items take two lines (number and name, then quantity × price and amount) so the slip
    fits a narrow roll. Width counts characters, not display cells: very wide scripts may
    overrun a line. `translate` gives the words in the slip's language (English without one).
    """
    if width < 20:
        raise ValueError("A slip needs at least 20 characters per line.")
    c = _content(slip, translate)
    rule = "-" * width
    out: list[str] = []
    if c.store_name:
        out.extend(_wrap(c.store_name, width))
    out.extend(_wrap(c.title.upper(), width))
    out.append(rule)
    for fact in c.facts:
        out.extend(_wrap(fact, width))
    if c.summary:
        out.extend(_wrap(c.summary, width))
    for part in c.parts:
        out.append(rule)
        if part.heading:
            out.extend(_wrap(part.heading, width))
        out.extend(_wrap(part.number_line, width))
        if part.reference:
            out.extend(_wrap(part.reference, width))
        if part.place_heading:
            out.extend(_wrap(part.place_heading, width))
        for line in part.place_lines:
            out.extend(_wrap(line, width))
        if part.rows and (part.reference or part.place_heading):
            out.append("")
        for row in part.rows:
            out.extend(_wrap(f"{row.article_number}  {row.name}".strip(), width))
            if row.price:
                out.extend(_left_right(f"  {row.quantity} x {row.price}", row.amount, width))
            else:
                out.extend(_wrap(row.quantity_only, width, indent="  "))
    if c.totals:
        out.append(rule)
        for label, money in c.totals:
            out.extend(_left_right(label, money, width))
    if c.delivery_heading or c.notes:
        out.append(rule)
    if c.delivery_heading:
        out.extend(_wrap(c.delivery_heading, width))
        for line in c.delivery_lines:
            out.extend(_wrap(line, width))
        if c.notes:
            out.append("")
    for note in c.notes:
        out.extend(_wrap(note, width))
    return "\n".join(out) + "\n"
