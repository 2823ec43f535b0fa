"""The customer's order slip, printed or saved as PDF at the till, in the customer's language.

Pure Python so it can be tested without a GUI: the UI renders `render_slip_html` with
QTextDocument (so the HTML sticks to a small HTML 4 subset with no classes or external
resources), and `render_slip_text` feeds a receipt printer or the CLI.

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
    DOCUMENT_TITLE = QT_TRANSLATE_NOOP("OrderSlip", "Order slip {number}")
    ORDER_NUMBER = QT_TRANSLATE_NOOP("OrderSlip", "Order number: {number}")
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
    OPENING_HOURS = QT_TRANSLATE_NOOP("OrderSlip", "Opening hours: {hours}")
    PICKUP_NOTICE = QT_TRANSLATE_NOOP("OrderSlip", "We will let you know when it is ready.")
    DELIVERED_TO = QT_TRANSLATE_NOOP("OrderSlip", "Delivered to")


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
class OrderSlip:
    """Everything printed on the slip, already decided: the renderers only lay it out."""

    order_number: str
    ongoing_order_id: int | None
    created_at: datetime
    kind: FulfilmentKind
    warehouse_name: str
    items: tuple[SlipLine, ...]
    warehouse_address_lines: tuple[str, ...] = ()
    opening_hours: str = ""
    customer_name: str = ""
    delivery_address_lines: tuple[str, ...] = ()
    store_name: str = ""
    language: str = SlipLanguage.EN  # any code; unknown ones print in English

    def __post_init__(self) -> None:
        if self.created_at.tzinfo is None or self.created_at.utcoffset() is None:
            raise ValueError("created_at must be timezone-aware.")
        if not self.items:
            raise ValueError("An order slip needs at least one item.")

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


def _clean(value: str) -> str:
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
    return _say(translate, SlipText.DOCUMENT_TITLE, number=_clean(slip.order_number))


@dataclass(frozen=True, slots=True)
class _Row:
    article_number: str
    name: str
    quantity: str
    price: str  # empty when the line has no price
    amount: str


@dataclass(frozen=True, slots=True)
class _Content:
    """The slip's words, cleaned and translated, before either renderer lays them out."""

    lang: SlipLanguage
    store_name: str
    title: str
    document_title: str
    facts: tuple[str, ...]
    headers: tuple[str, str, str, str, str]
    rows: tuple[_Row, ...]
    totals: tuple[tuple[str, str], ...]  # (label, money)
    quantity_only: tuple[str, ...]  # "Qty: 2" per row, for unpriced rows in plain text
    place_heading: str
    place_lines: tuple[str, ...]
    notes: tuple[str, ...]


def _content(slip: OrderSlip, translate: Translate) -> _Content:
    lang = resolve_language(slip.language)
    t = SlipText
    customer = _clean(slip.customer_name)
    facts = [_say(translate, t.ORDER_NUMBER, number=_clean(slip.order_number))]
    if slip.ongoing_order_id is not None:
        facts.append(_say(translate, t.WAREHOUSE_REFERENCE, reference=slip.ongoing_order_id))
    date = format_datetime(slip.created_at, lang, translate)
    facts.append(_say(translate, t.DATE, date=date))
    if customer and slip.kind is not FulfilmentKind.DELIVERY:
        facts.append(_say(translate, t.CUSTOMER, name=customer))

    rows = []
    for item in slip.items:
        total = item.line_total
        rows.append(
            _Row(
                article_number=_clean(item.article_number),
                name=_clean(item.name),
                quantity=format_quantity(item.quantity, lang),
                price=""
                if item.unit_price is None
                else format_money(item.unit_price, item.currency, lang),
                amount="" if total is None else format_money(total, item.currency, lang),
            )
        )
    label = _say(translate, t.TOTAL_EXCLUDING_UNPRICED if slip.has_unpriced_items() else t.TOTAL)
    totals = tuple(
        (label, format_money(amount, currency, lang)) for currency, amount in slip.totals().items()
    )

    place_heading = ""
    place_lines: list[str] = []
    notes: list[str] = []
    if slip.kind is FulfilmentKind.PICKUP:
        place_heading = _say(translate, t.PICKUP_AT, warehouse=_clean(slip.warehouse_name))
        place_lines = _non_empty(slip.warehouse_address_lines)
        if _clean(slip.opening_hours):
            place_lines.append(_say(translate, t.OPENING_HOURS, hours=_clean(slip.opening_hours)))
        notes.append(_say(translate, t.PICKUP_NOTICE))
    elif slip.kind is FulfilmentKind.DELIVERY:
        place_heading = _say(translate, t.DELIVERED_TO)
        place_lines = _non_empty((customer, *slip.delivery_address_lines))

    return _Content(
        lang=lang,
        store_name=_clean(slip.store_name),
        title=_say(translate, t.TITLE),
        document_title=document_title(slip, translate=translate),
        facts=tuple(facts),
        headers=(
            _say(translate, t.COL_ARTICLE),
            _say(translate, t.COL_NAME),
            _say(translate, t.COL_QUANTITY),
            _say(translate, t.COL_PRICE),
            _say(translate, t.COL_AMOUNT),
        ),
        rows=tuple(rows),
        totals=totals,
        quantity_only=tuple(_say(translate, t.QUANTITY_ONLY, quantity=r.quantity) for r in rows),
        place_heading=place_heading,
        place_lines=tuple(place_lines),
        notes=tuple(notes),
    )


def _non_empty(lines: Iterable[str]) -> list[str]:
    return [text for text in (_clean(line) for line in lines) if text]


def _lines_html(lines: Iterable[str]) -> str:
    return "<br>".join(escape(line) for line in lines)


def render_slip_html(slip: OrderSlip, *, translate: Translate = english) -> str:
    """The slip as HTML 4 for QTextDocument (print or PDF); every value is escaped.

    `translate` gives the words in the slip's language (English without one).
    """
    c = _content(slip, translate)
    e = escape
    title = e(c.title)
    parts = [
        f'<html lang="{c.lang.value}"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>{e(c.document_title)}</title></head><body>"
    ]
    if c.store_name:
        parts.append(f"<h1>{e(c.store_name)}</h1><h2>{title}</h2>")
    else:
        parts.append(f"<h1>{title}</h1>")
    parts.append(f"<p>{_lines_html(c.facts)}</p>")

    article, name, quantity, price, amount = (e(header) for header in c.headers)
    parts.append(
        '<table border="1" cellspacing="0" cellpadding="4" width="100%">'
        f'<tr><th align="left">{article}</th><th align="left">{name}</th>'
        f'<th align="right">{quantity}</th><th align="right">{price}</th>'
        f'<th align="right">{amount}</th></tr>'
    )
    for row in c.rows:
        parts.append(
            f"<tr><td>{e(row.article_number)}</td><td>{e(row.name)}</td>"
            f'<td align="right">{e(row.quantity)}</td><td align="right">{e(row.price)}</td>'
            f'<td align="right">{e(row.amount)}</td></tr>'
        )
    for label, money in c.totals:
        parts.append(
            f'<tr><th colspan="4" align="right">{e(label)}</th>'
            f'<th align="right">{e(money)}</th></tr>'
        )
    parts.append("</table>")

    if c.place_heading:
        parts.append(f"<h2>{e(c.place_heading)}</h2>")
    if c.place_lines:
        parts.append(f"<p>{_lines_html(c.place_lines)}</p>")
    parts.extend(f"<p>{e(note)}</p>" for note in c.notes)
    parts.append("</body></html>")
    return "\n".join(parts)


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
    """The slip as plain text `width` characters wide, for a receipt printer or the CLI.

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
    out.append(rule)
    for row, quantity_only in zip(c.rows, c.quantity_only, strict=True):
        out.extend(_wrap(f"{row.article_number}  {row.name}", width))
        if row.price:
            out.extend(_left_right(f"  {row.quantity} x {row.price}", row.amount, width))
        else:
            out.extend(_wrap(quantity_only, width, indent="  "))
    if c.totals:
        out.append(rule)
        for label, money in c.totals:
            out.extend(_left_right(label, money, width))
    if c.place_heading or c.place_lines or c.notes:
        out.append(rule)
    if c.place_heading:
        out.extend(_wrap(c.place_heading, width))
    for line in c.place_lines:
        out.extend(_wrap(line, width))
    if c.notes:
        out.append("")
        for note in c.notes:
            out.extend(_wrap(note, width))
    return "\n".join(out) + "\n"
