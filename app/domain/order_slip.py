"""The customer's order slip, printed or saved as PDF at the till, in the customer's language.

Pure Python so it can be tested without a GUI: the UI renders `render_slip_html` with
QTextDocument (so the HTML sticks to a small HTML 4 subset with no classes or external
resources), and `render_slip_text` feeds a receipt printer or the CLI.

Money: amounts are rounded half-up to two decimals per line, and a total is the sum of the
rounded line totals, so the customer can add up the slip by hand. The Nordic languages write
`1 234,50 kr` (comma decimal, non-breaking space between thousands and before the currency)
and use the local sign only for the home currency of the language (sv/SEK, nb/NOK, da/DKK,
fi/EUR), else the ISO code (`1 234,50 EUR`); English writes `SEK 1,234.50` with a
non-breaking space after the code. Lines in different currencies get one total per currency.

Dates are written without the OS locale: sv `2026-11-29 14:03`, en `29 Nov 2026 14:03`,
nb `29. november 2026 kl. 14.03`, da the same with Danish months, fi
`29. marraskuuta 2026 klo 14.03`. The time is `created_at`'s own wall-clock time: convert it
to the store's zone before building the slip.
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from html import escape

from app.domain.order_body import FulfilmentKind

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


# One dict per language, same keys and same {placeholders} in each (a test checks it).
# Texts are plain: values are filled in first and the result is escaped as a whole.
TEXTS: dict[SlipLanguage, dict[str, str]] = {
    SlipLanguage.EN: {
        "title": "Order slip",
        "order_number": "Order number: {number}",
        "warehouse_reference": "Warehouse reference: {reference}",
        "date": "Date: {date}",
        "customer": "Customer: {name}",
        "col_article": "Article no.",
        "col_name": "Item",
        "col_quantity": "Qty",
        "col_price": "Price",
        "col_amount": "Amount",
        "quantity_only": "Qty: {quantity}",
        "total": "Total",
        "total_excluding_unpriced": "Total (items without a price not included)",
        "pickup_at": "Pick up at {warehouse}",
        "opening_hours": "Opening hours: {hours}",
        "pickup_notice": "We will let you know when it is ready.",
        "delivered_to": "Delivered to",
    },
    SlipLanguage.SV: {
        "title": "Ordersedel",
        "order_number": "Ordernummer: {number}",
        "warehouse_reference": "Lagerreferens: {reference}",
        "date": "Datum: {date}",
        "customer": "Kund: {name}",
        "col_article": "Art.nr",
        "col_name": "Vara",
        "col_quantity": "Antal",
        "col_price": "Pris",
        "col_amount": "Belopp",
        "quantity_only": "Antal: {quantity}",
        "total": "Summa",
        "total_excluding_unpriced": "Summa (varor utan pris ingår inte)",
        "pickup_at": "Hämtställe: {warehouse}",
        "opening_hours": "Öppettider: {hours}",
        "pickup_notice": "Vi meddelar dig när ordern är klar att hämta.",
        "delivered_to": "Levereras till",
    },
    SlipLanguage.NB: {
        "title": "Ordreseddel",
        "order_number": "Ordrenummer: {number}",
        "warehouse_reference": "Lagerreferanse: {reference}",
        "date": "Dato: {date}",
        "customer": "Kunde: {name}",
        "col_article": "Art.nr.",
        "col_name": "Vare",
        "col_quantity": "Antall",
        "col_price": "Pris",
        "col_amount": "Beløp",
        "quantity_only": "Antall: {quantity}",
        "total": "Sum",
        "total_excluding_unpriced": "Sum (varer uten pris er ikke inkludert)",
        "pickup_at": "Hentested: {warehouse}",
        "opening_hours": "Åpningstider: {hours}",
        "pickup_notice": "Vi gir deg beskjed når ordren er klar til henting.",
        "delivered_to": "Leveres til",
    },
    SlipLanguage.DA: {
        "title": "Ordreseddel",
        "order_number": "Ordrenummer: {number}",
        "warehouse_reference": "Lagerreference: {reference}",
        "date": "Dato: {date}",
        "customer": "Kunde: {name}",
        "col_article": "Varenr.",
        "col_name": "Vare",
        "col_quantity": "Antal",
        "col_price": "Pris",
        "col_amount": "Beløb",
        "quantity_only": "Antal: {quantity}",
        "total": "I alt",
        "total_excluding_unpriced": "I alt (varer uden pris er ikke medregnet)",
        "pickup_at": "Afhentningssted: {warehouse}",
        "opening_hours": "Åbningstider: {hours}",
        "pickup_notice": "Vi giver dig besked, når ordren er klar til afhentning.",
        "delivered_to": "Leveres til",
    },
    SlipLanguage.FI: {
        "title": "Tilausvahvistus",
        "order_number": "Tilausnumero: {number}",
        "warehouse_reference": "Varaston viite: {reference}",
        "date": "Päivämäärä: {date}",
        "customer": "Asiakas: {name}",
        "col_article": "Tuotenro",
        "col_name": "Tuote",
        "col_quantity": "Määrä",
        "col_price": "Hinta",
        "col_amount": "Summa",
        "quantity_only": "Määrä: {quantity}",
        "total": "Yhteensä",
        "total_excluding_unpriced": "Yhteensä (hinnattomat tuotteet eivät sisälly)",
        "pickup_at": "Noutopaikka: {warehouse}",
        "opening_hours": "Aukioloajat: {hours}",
        "pickup_notice": "Ilmoitamme sinulle, kun tilaus on noudettavissa.",
        "delivered_to": "Toimitusosoite",
    },
}

# Dates follow each language's own convention, so their patterns differ in placeholders and
# live apart from TEXTS. Available fields: day, month, month_name, year, hour, minute.
DATE_PATTERNS: dict[SlipLanguage, str] = {
    SlipLanguage.EN: "{day} {month_name} {year} {hour:02d}:{minute:02d}",
    SlipLanguage.SV: "{year:04d}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}",
    SlipLanguage.NB: "{day}. {month_name} {year} kl. {hour:02d}.{minute:02d}",
    SlipLanguage.DA: "{day}. {month_name} {year} kl. {hour:02d}.{minute:02d}",
    SlipLanguage.FI: "{day}. {month_name} {year} klo {hour:02d}.{minute:02d}",
}


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


MONTH_NAMES: dict[SlipLanguage, tuple[str, ...]] = {
    SlipLanguage.EN: _words("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
    SlipLanguage.SV: _words(
        "januari februari mars april maj juni juli augusti september oktober november december"
    ),
    SlipLanguage.NB: _words(
        "januar februar mars april mai juni juli august september oktober november desember"
    ),
    SlipLanguage.DA: _words(
        "januar februar marts april maj juni juli august september oktober november december"
    ),
    # Finnish dates take the partitive: "29. marraskuuta 2026".
    SlipLanguage.FI: _words(
        "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta"
        " elokuuta syyskuuta lokakuuta marraskuuta joulukuuta"
    ),
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


def format_datetime(moment: datetime, language: str) -> str:
    """The slip's date and time in the language's convention, independent of the OS locale."""
    lang = resolve_language(language)
    return DATE_PATTERNS[lang].format(
        day=moment.day,
        month=moment.month,
        month_name=MONTH_NAMES[lang][moment.month - 1],
        year=moment.year,
        hour=moment.hour,
        minute=moment.minute,
    )


def _clean(value: str) -> str:
    """Control characters become spaces: a name must not send commands to a receipt printer
    nor break the slip's lines."""
    return "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in value).strip()


def _text(lang: SlipLanguage, key: str, **values: object) -> str:
    return TEXTS[lang][key].format(**values)


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
    facts: tuple[str, ...]
    headers: tuple[str, str, str, str, str]
    rows: tuple[_Row, ...]
    totals: tuple[tuple[str, str], ...]  # (label, money)
    quantity_only: tuple[str, ...]  # "Qty: 2" per row, for unpriced rows in plain text
    place_heading: str
    place_lines: tuple[str, ...]
    notes: tuple[str, ...]


def _content(slip: OrderSlip) -> _Content:
    lang = resolve_language(slip.language)
    customer = _clean(slip.customer_name)
    facts = [_text(lang, "order_number", number=_clean(slip.order_number))]
    if slip.ongoing_order_id is not None:
        facts.append(_text(lang, "warehouse_reference", reference=slip.ongoing_order_id))
    facts.append(_text(lang, "date", date=format_datetime(slip.created_at, lang)))
    if customer and slip.kind is not FulfilmentKind.DELIVERY:
        facts.append(_text(lang, "customer", name=customer))

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
    label = _text(lang, "total_excluding_unpriced" if slip.has_unpriced_items() else "total")
    totals = tuple(
        (label, format_money(amount, currency, lang)) for currency, amount in slip.totals().items()
    )

    place_heading = ""
    place_lines: list[str] = []
    notes: list[str] = []
    if slip.kind is FulfilmentKind.PICKUP:
        place_heading = _text(lang, "pickup_at", warehouse=_clean(slip.warehouse_name))
        place_lines = _non_empty(slip.warehouse_address_lines)
        if _clean(slip.opening_hours):
            place_lines.append(_text(lang, "opening_hours", hours=_clean(slip.opening_hours)))
        notes.append(_text(lang, "pickup_notice"))
    elif slip.kind is FulfilmentKind.DELIVERY:
        place_heading = _text(lang, "delivered_to")
        place_lines = _non_empty((customer, *slip.delivery_address_lines))

    return _Content(
        lang=lang,
        store_name=_clean(slip.store_name),
        title=_text(lang, "title"),
        facts=tuple(facts),
        headers=(
            _text(lang, "col_article"),
            _text(lang, "col_name"),
            _text(lang, "col_quantity"),
            _text(lang, "col_price"),
            _text(lang, "col_amount"),
        ),
        rows=tuple(rows),
        totals=totals,
        quantity_only=tuple(_text(lang, "quantity_only", quantity=r.quantity) for r in rows),
        place_heading=place_heading,
        place_lines=tuple(place_lines),
        notes=tuple(notes),
    )


def _non_empty(lines: Iterable[str]) -> list[str]:
    return [text for text in (_clean(line) for line in lines) if text]


def _lines_html(lines: Iterable[str]) -> str:
    return "<br>".join(escape(line) for line in lines)


def render_slip_html(slip: OrderSlip) -> str:
    """The slip as HTML 4 for QTextDocument (print or PDF); every value is escaped."""
    c = _content(slip)
    e = escape
    title = e(c.title)
    parts = [
        f'<html lang="{c.lang.value}"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>{title} {e(_clean(slip.order_number))}</title></head><body>"
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


def render_slip_text(slip: OrderSlip, width: int = DEFAULT_TEXT_WIDTH) -> str:
    """The slip as plain text `width` characters wide, for a receipt printer or the CLI.

    Items take two lines (number and name, then quantity × price and amount) so the slip
    fits a narrow roll. Width counts characters, not display cells: very wide scripts may
    overrun a line.
    """
    if width < 20:
        raise ValueError("A slip needs at least 20 characters per line.")
    c = _content(slip)
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
