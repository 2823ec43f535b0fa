"""The order slip: complete in every language, correct sums, and safe with any customer text.

The words come from the real catalogues (`resources/translations/*.ts`), read here with a
few lines of XML parsing so the domain's tests need neither Qt nor a built `.qm`; the UI's
tests (tests/ui/test_order_slip_print.py) go through Qt's own translator.
"""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ET
from dataclasses import fields, replace
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from functools import cache
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.code128 import QUIET_ZONE_MODULES
from app.domain.order_body import FulfilmentKind
from app.domain.order_slip import (
    DATE_PATTERNS,
    MONTHS,
    NBSP,
    PAPERS,
    SLIP_CONTEXT,
    SLIP_TEXTS,
    OrderSlip,
    SlipLanguage,
    SlipLine,
    SlipPaper,
    SlipPart,
    SlipText,
    Translate,
    document_title,
    english,
    format_datetime,
    format_money,
    format_quantity,
    render_slip_html,
    render_slip_text,
    resolve_language,
    slip_barcodes,
)

STOCKHOLM = timezone(timedelta(hours=1))
CREATED = datetime(2026, 11, 29, 14, 3, tzinfo=STOCKHOLM)
ALL_LANGUAGES = list(SlipLanguage)
TRANSLATED_LANGUAGES = [language for language in SlipLanguage if language is not SlipLanguage.EN]
CATALOGUES = Path(__file__).resolve().parents[2] / "resources" / "translations"
# Every tag render_slip_html may write; anything else that looks like a tag came from a value.
OWN_TAG = re.compile(
    r"</?(?:html|head|meta|title|body|h1|h2|h3|p|br|b|span|img|table|tr|th|td)\b[^<>]*>"
)
ENTITY = re.compile(r"&(?:amp|lt|gt|quot|#x27);")


@cache
def catalogue(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation from `tillside_<language>.ts`, finished ones only."""
    found = {}
    for context in ET.parse(CATALOGUES / f"tillside_{language}.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                found[name, message.findtext("source") or ""] = translation.text
    return found


def words(language: str) -> Translate:
    """What `slip_translator` gives the UI, from the .ts source: the slip's language's words."""
    lang = resolve_language(language)
    if lang is SlipLanguage.EN:
        return english
    table = catalogue(lang.value)
    return lambda context, source: table.get((context, source), source)


def render_html(slip: OrderSlip) -> str:
    return render_slip_html(slip, translate=words(slip.language))


def render_text(slip: OrderSlip, width: int = 42) -> str:
    return render_slip_text(slip, width, translate=words(slip.language))


PART_FIELDS = {f.name for f in fields(SlipPart)}


def make_slip(**changes: object) -> OrderSlip:
    """A one-order checkout; a change names a field of the slip or of its one part."""
    part = SlipPart(
        order_number="TS-1001",
        ongoing_order_id=4711,
        warehouse_name="Central warehouse",
        warehouse_address_lines=("Lagergatan 1", "111 22 Stockholm"),
        opening_hours="Mon–Fri 9–18",
        items=(
            SlipLine("A-1", "Blue mug", 2, Decimal("1000.00"), "SEK"),
            SlipLine("B-2", "Tea towel", 1, Decimal("234.50"), "SEK"),
        ),
    )
    slip = OrderSlip(
        parts=(part,),
        created_at=CREATED,
        kind=FulfilmentKind.PICKUP,
        customer_name="Ann Berg",
        store_name="Tillside Södermalm",
        language="en",
    )
    part = replace(part, **{k: v for k, v in changes.items() if k in PART_FIELDS})  # type: ignore[arg-type]
    slip_changes = {"parts": (part,), **{k: v for k, v in changes.items() if k not in PART_FIELDS}}
    return replace(slip, **slip_changes)  # type: ignore[arg-type]


def split_slip(**changes: object) -> OrderSlip:
    """A checkout no warehouse could supply alone: two orders, three lines."""
    first = SlipPart(
        "TS-1001",
        "Göteborg",
        (
            SlipLine("A-1", "Blue mug", 2, Decimal("100.00"), "SEK"),
            SlipLine("B-2", "Tea towel", 1, Decimal("34.50"), "SEK"),
        ),
        4711,
        ("Lagergatan 1", "415 05 Göteborg"),
        "Mon–Fri 8–18",
    )
    second = SlipPart(
        "TS-1002",
        "Malmö",
        (SlipLine("C-3", "Kettle", 1, Decimal("499.00"), "SEK"),),
        4712,
        ("Hamngatan 2", "211 22 Malmö"),
        "Mon–Fri 7–16",
    )
    slip = OrderSlip(
        parts=(first, second),
        created_at=CREATED,
        kind=FulfilmentKind.PICKUP,
        customer_name="Ann Berg",
        delivery_address_lines=("Storgatan 5", "211 45 Malmö"),
        store_name="Tillside Södermalm",
        checkout_id="c0ffee",
    )
    return replace(slip, **changes)  # type: ignore[arg-type]


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


class TextCollector(HTMLParser):
    """The text a browser (or QTextDocument) would show, entities decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)


def shown_text(html: str) -> str:
    collector = TextCollector()
    collector.feed(html)
    collector.close()
    return "".join(collector.chunks)


def assert_well_formed(html: str) -> None:
    """Only our own tags and entities: no `<`, `>` or bare `&` leaked from a value."""
    rest = ENTITY.sub("", OWN_TAG.sub("", html))
    assert "<" not in rest
    assert ">" not in rest
    assert "&" not in rest


# --- texts ---------------------------------------------------------------------------------


def test_the_slip_marks_every_text_once_in_its_own_context() -> None:
    assert len(SLIP_TEXTS) == len(set(SLIP_TEXTS)) >= 17
    assert SlipText.TITLE in SLIP_TEXTS
    assert len(MONTHS) == len(set(MONTHS)) == 12
    assert not set(SLIP_TEXTS) & set(MONTHS)
    assert SLIP_CONTEXT == "OrderSlip"  # lupdate reads the literal in each QT_TRANSLATE_NOOP


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_every_language_translates_every_text_with_the_same_placeholders(
    language: SlipLanguage,
) -> None:
    table = catalogue(language.value)
    for source in (*SLIP_TEXTS, *MONTHS):
        translated = table.get((SLIP_CONTEXT, source), "")
        assert translated.strip(), f"{language}: {source!r} is not translated"
        assert placeholders(translated) == placeholders(source), f"{language}: {source!r}"


def test_every_language_has_its_date_pattern_and_twelve_month_names() -> None:
    assert set(DATE_PATTERNS) == set(SlipLanguage)
    for language in ALL_LANGUAGES:
        translate = words(language.value)
        names = [translate(SLIP_CONTEXT, month) for month in MONTHS]
        assert len(set(names)) == 12, language


@pytest.mark.parametrize("language", ALL_LANGUAGES)
@pytest.mark.parametrize("kind", list(FulfilmentKind))
def test_every_language_renders_without_leftover_placeholders(
    language: SlipLanguage, kind: FulfilmentKind
) -> None:
    slip = make_slip(
        language=language.value, kind=kind, delivery_address_lines=("Storgatan 5", "Malmö")
    )
    title = words(language.value)(SLIP_CONTEXT, SlipText.TITLE)
    assert (title == SlipText.TITLE) is (language is SlipLanguage.EN)
    for output in (render_html(slip), render_text(slip)):
        assert "{" not in output
        assert "}" not in output
        assert title in output.replace("\n", " ") or title.upper() in output
    assert f'lang="{language.value}"' in render_html(slip)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "sv",
            [
                "ORDERSEDEL",
                "Ordernummer: TS-1001",
                "Lagerreferens: 4711",
                "Kund: Ann Berg",
                "Hämtställe: Central warehouse",
                "Öppettider: Mon–Fri 9–18",
                "Summa",
            ],
        ),
        (
            "nb",
            [
                "ORDRESEDDEL",
                "Ordrenummer: TS-1001",
                "Dato: 29. november 2026 kl. 14.03",
                "Kunde: Ann Berg",
                "Hentested: Central warehouse",
                "Sum",
            ],
        ),
        (
            "da",
            [
                "ORDRESEDDEL",
                "Lagerreference: 4711",
                "Dato: 29. november 2026 kl. 14.03",
                "Afhentningssted: Central warehouse",
                "Åbningstider: Mon–Fri 9–18",
                "I alt",
            ],
        ),
        (
            "fi",
            [
                "TILAUSVAHVISTUS",
                "Tilausnumero: TS-1001",
                "Päivämäärä: 29. marraskuuta 2026 klo 14.03",
                "Asiakas: Ann Berg",
                "Noutopaikka: Central warehouse",
                "Yhteensä",
            ],
        ),
    ],
)
def test_the_slip_speaks_the_customers_language(language: str, expected: list[str]) -> None:
    slip = make_slip(language=language)
    plain = render_text(slip, width=80)
    for words_on_slip in expected:
        assert words_on_slip in plain, (language, words_on_slip)
    for english_word in ("Order number", "Customer", "Opening hours", "Total", "Nov "):
        assert english_word not in plain, (language, english_word)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("sv", SlipLanguage.SV),
        ("SV-se", SlipLanguage.SV),
        ("nb_NO", SlipLanguage.NB),
        ("no", SlipLanguage.NB),
        ("da", SlipLanguage.DA),
        ("fi-FI", SlipLanguage.FI),
        ("en-GB", SlipLanguage.EN),
        ("de", SlipLanguage.EN),
        ("", SlipLanguage.EN),
        ("klingon", SlipLanguage.EN),
    ],
)
def test_language_codes_resolve_and_unknown_ones_fall_back_to_english(
    code: str, expected: SlipLanguage
) -> None:
    assert resolve_language(code) is expected


def test_an_unknown_language_prints_the_english_slip() -> None:
    assert render_html(make_slip(language="de")) == render_html(make_slip(language="en"))
    assert "ORDER SLIP" in render_text(make_slip(language="xx"))


def test_without_a_translator_the_words_are_english_and_the_formats_the_languages() -> None:
    plain = render_slip_text(make_slip(language="sv"), width=80)
    assert "ORDER SLIP" in plain
    assert "Date: 2026-11-29 14:03" in plain
    assert "Total" in plain
    assert f"2{NBSP}234,50{NBSP}kr" in plain


def test_a_broken_translation_falls_back_to_english_rather_than_failing() -> None:
    def broken(context: str, source: str) -> str:
        return "Ordernummer: {nummer}" if source == SlipText.ORDER_NUMBER else source

    assert "Order number: TS-1001" in render_slip_text(make_slip(), translate=broken)


def test_the_document_title_names_the_slip_and_the_order() -> None:
    assert document_title(make_slip()) == "Order slip TS-1001"
    assert document_title(make_slip(), translate=words("fi")) == "Tilausvahvistus TS-1001"


# --- formatting ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "currency", "expected"),
    [
        ("en", "SEK", "SEK 1,234.50"),
        ("sv", "SEK", "1 234,50 kr"),
        ("sv", "EUR", "1 234,50 EUR"),
        ("nb", "NOK", "1 234,50 kr"),
        ("nb", "SEK", "1 234,50 SEK"),
        ("da", "DKK", "1 234,50 kr"),
        ("fi", "EUR", "1 234,50 €"),
        ("fi", "sek", "1 234,50 SEK"),
        ("sv", "", "1 234,50"),
    ],
)
def test_money_is_written_the_customers_way(language: str, currency: str, expected: str) -> None:
    # Separators are non-breaking so an amount never wraps across lines.
    assert format_money(Decimal("1234.5"), currency, language) == expected.replace(" ", NBSP)


def test_money_rounds_half_up_to_cents_and_groups_millions() -> None:
    assert format_money(Decimal("0.005"), "SEK", "en") == f"SEK{NBSP}0.01"
    assert format_money(Decimal("1234567.891"), "SEK", "sv") == f"1{NBSP}234{NBSP}567,89{NBSP}kr"
    assert format_money(Decimal("-5"), "SEK", "en") == f"SEK{NBSP}-5.00"


@pytest.mark.parametrize(
    ("value", "language", "expected"),
    [
        (3, "sv", "3"),
        (Decimal("2.000"), "sv", "2"),
        (Decimal("1.50"), "sv", "1,5"),
        (Decimal("1.50"), "en", "1.5"),
        (Decimal("10"), "fi", "10"),
    ],
)
def test_quantities_show_decimals_only_when_they_have_them(
    value: int | Decimal, language: str, expected: str
) -> None:
    assert format_quantity(value, language) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "29 Nov 2026 14:03"),
        ("sv", "2026-11-29 14:03"),
        ("nb", "29. november 2026 kl. 14.03"),
        ("da", "29. november 2026 kl. 14.03"),
        ("fi", "29. marraskuuta 2026 klo 14.03"),
        ("xx", "29 Nov 2026 14:03"),
    ],
)
def test_dates_follow_the_language_not_the_os_locale(language: str, expected: str) -> None:
    assert format_datetime(CREATED, language, words(language)) == expected


def test_dates_pad_where_the_convention_pads() -> None:
    moment = datetime(2027, 3, 5, 8, 7, tzinfo=UTC)
    assert format_datetime(moment, "sv", words("sv")) == "2027-03-05 08:07"
    assert format_datetime(moment, "en") == "5 Mar 2027 08:07"
    assert format_datetime(moment, "da", words("da")) == "5. marts 2027 kl. 08.07"


def test_the_slip_shows_created_at_in_its_own_zone() -> None:
    html = render_html(make_slip(language="sv"))
    assert "2026-11-29 14:03" in html


# --- totals --------------------------------------------------------------------------------


def test_total_is_the_sum_of_quantity_times_price() -> None:
    slip = make_slip(language="sv")
    assert slip.totals() == {"SEK": Decimal("2234.50")}
    html = render_html(slip)
    text = shown_text(html)
    assert f"2{NBSP}000,00{NBSP}kr" in text  # line total of 2 x 1000
    assert f"Summa2{NBSP}234,50{NBSP}kr" in text
    assert "ingår inte" not in text


def test_line_totals_are_rounded_before_they_are_added_up() -> None:
    slip = make_slip(
        items=(
            SlipLine("A", "Third", 1, Decimal("0.335"), "SEK"),
            SlipLine("B", "Third", 1, Decimal("0.335"), "SEK"),
        )
    )
    assert slip.totals() == {"SEK": Decimal("0.68")}  # 0.34 + 0.34, as printed


def test_unpriced_lines_show_no_price_and_the_total_says_it_leaves_them_out() -> None:
    slip = make_slip(
        language="en",
        items=(
            SlipLine("A-1", "Blue mug", 2, Decimal("10.00"), "SEK"),
            SlipLine("Z-9", "Mystery box", 1, None, "SEK"),
        ),
    )
    html = render_html(slip)
    nowrap = ' style="white-space:nowrap"'
    assert f"<tr><td{nowrap}>Z-9</td><td>Mystery box</td>" in html
    assert (
        f'<td align="right">1</td><td align="right"{nowrap}></td>'
        f'<td align="right"{nowrap}></td></tr>'
    ) in html
    assert "Total (items without a price not included)</th><th align" in html
    assert f"{nowrap}>SEK{NBSP}20.00</th>" in html
    text = render_text(slip)
    assert "  Qty: 1" in text
    assert "items without a price not included" in text


def test_no_total_when_nothing_has_a_price() -> None:
    slip = make_slip(items=(SlipLine("Z-9", "Mystery box", 1),))
    assert slip.totals() == {}
    assert "Total" not in render_html(slip)
    assert "Total" not in render_text(slip)


def test_each_currency_gets_its_own_total() -> None:
    slip = make_slip(
        language="fi",
        items=(
            SlipLine("A", "Muki", 1, Decimal("5"), "EUR"),
            SlipLine("B", "Pyyhe", 2, Decimal("10"), "SEK"),
            SlipLine("C", "Lusikka", 1, Decimal("1.50"), "eur"),
        ),
    )
    assert slip.totals() == {"EUR": Decimal("6.50"), "SEK": Decimal("20.00")}
    text = shown_text(render_html(slip))
    assert f"Yhteensä6,50{NBSP}€" in text
    assert f"Yhteensä20,00{NBSP}SEK" in text


# --- pickup, delivery, store sale ----------------------------------------------------------


def test_pickup_says_where_when_and_that_we_will_tell_the_customer() -> None:
    slip = make_slip(kind=FulfilmentKind.PICKUP, language="en")
    for output in (shown_text(render_html(slip)), render_text(slip, width=80)):
        assert "Pick up at Central warehouse" in output
        assert "Lagergatan 1" in output
        assert "111 22 Stockholm" in output
        assert "Opening hours: Mon–Fri 9–18" in output
        assert "We will let you know when it is ready." in output
        assert "Customer: Ann Berg" in output
        assert "Delivered to" not in output


def test_pickup_without_opening_hours_leaves_the_line_out() -> None:
    slip = make_slip(opening_hours="  ")
    assert "Opening hours" not in render_html(slip)


def test_delivery_lists_the_address_and_no_pickup_notice() -> None:
    slip = make_slip(
        kind=FulfilmentKind.DELIVERY,
        language="sv",
        delivery_address_lines=("Storgatan 5", "", "211 45 Malmö"),
    )
    html = render_html(slip)
    assert "<h2>Levereras till</h2>\n<p>Ann Berg<br>Storgatan 5<br>211 45 Malmö</p>" in html
    for output in (html, render_text(slip)):
        assert "Hämtställe" not in output
        assert "Vi meddelar" not in output
        assert "Lagergatan" not in output


def test_store_sale_has_neither_pickup_nor_delivery_block() -> None:
    slip = make_slip(kind=FulfilmentKind.STORE_SALE)
    html = render_html(slip)
    assert "Pick up" not in html
    assert "Delivered to" not in html
    assert "Customer: Ann Berg" in html


def test_the_slip_names_store_order_and_reference() -> None:
    html = render_html(make_slip(language="nb"))
    assert "<h1>Tillside Södermalm</h1><h2>Ordreseddel</h2>" in html
    assert "Ordrenummer: TS-1001" in html
    assert "Lagerreferanse: 4711" in html
    assert "<title>Ordreseddel TS-1001</title>" in html
    without = render_html(make_slip(store_name="", ongoing_order_id=None))
    assert "<h1>Order slip</h1>" in without
    assert "Warehouse reference" not in without


def test_text_slip_fits_the_roll() -> None:
    slip = make_slip(
        language="da",
        items=(SlipLine("LONG-ARTICLE-1", "A very long article name " * 4, 3, Decimal("9.95")),),
        warehouse_address_lines=("Et meget langt adressefelt " * 3,),
    )
    for line in render_text(slip).splitlines():
        assert len(line) <= 42, line
    with pytest.raises(ValueError, match="20 characters"):
        render_text(slip, width=10)


# --- validation ----------------------------------------------------------------------------


def test_created_at_must_be_aware_and_an_order_present() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        make_slip(created_at=datetime(2026, 11, 29, 14, 3))
    with pytest.raises(ValueError, match="at least one order"):
        make_slip(parts=())


@pytest.mark.parametrize(
    ("quantity", "price"),
    [(0, None), (-1, None), (Decimal("NaN"), None), (1, Decimal("Infinity"))],
)
def test_lines_refuse_quantities_and_prices_that_cannot_be_printed(
    quantity: int | Decimal, price: Decimal | None
) -> None:
    with pytest.raises(ValueError, match=r"Quantity|Unit price"):
        SlipLine("A", "Mug", quantity, price)


# --- escaping ------------------------------------------------------------------------------


def test_every_value_is_escaped() -> None:
    nasty = "<blink>Ann & Bo</blink>"  # not a tag the slip writes itself
    slip = make_slip(
        order_number=nasty,
        customer_name=nasty,
        store_name=nasty,
        warehouse_name=nasty,
        warehouse_address_lines=(nasty,),
        opening_hours=nasty,
        items=(SlipLine(nasty, nasty, 1, Decimal("1"), nasty),),
        language="sv",
    )
    for paper in SlipPaper:
        html = render_slip_html(slip, paper=paper, translate=words("sv"))
        assert "<blink>" not in html
        assert "&lt;blink&gt;Ann &amp; Bo&lt;/blink&gt;" in html
        assert_well_formed(html)
    delivery = render_html(
        replace(slip, kind=FulfilmentKind.DELIVERY, delivery_address_lines=(nasty, "\"q\" 's'"))
    )
    assert "<blink>" not in delivery
    assert "&quot;q&quot; &#x27;s&#x27;" in delivery
    assert_well_formed(delivery)


def test_control_characters_cannot_reach_the_printer() -> None:
    slip = make_slip(customer_name="Ann\x1b@\nBerg\x00")
    text = render_text(slip, width=80)
    assert "\x1b" not in text
    assert "\x00" not in text
    assert "Customer: Ann @ Berg" in text


def expected_shown(value: str) -> str:
    """What the slip should show for a value: control characters as spaces, ends trimmed."""
    return "".join(" " if ord(ch) < 32 or 127 <= ord(ch) < 160 else ch for ch in value).strip()


# Markup characters drawn often on purpose, alongside any other character (controls included).
any_text = st.text(
    alphabet=st.one_of(st.sampled_from("<>&\"' "), st.characters(exclude_categories=["Cs"])),
    max_size=40,
)
some_text = any_text.filter(lambda value: expected_shown(value) != "")


@given(
    name=some_text,
    address=st.lists(any_text, max_size=3),
    warehouse=some_text,
    item_name=some_text,
    language=st.sampled_from([*ALL_LANGUAGES, "xx"]),
    kind=st.sampled_from(list(FulfilmentKind)),
)
def test_any_customer_text_is_shown_escaped_and_never_breaks_the_html(
    name: str,
    address: list[str],
    warehouse: str,
    item_name: str,
    language: str,
    kind: FulfilmentKind,
) -> None:
    slip = make_slip(
        customer_name=name,
        delivery_address_lines=tuple(address),
        warehouse_address_lines=tuple(address),
        warehouse_name=warehouse,
        opening_hours=name,
        items=(SlipLine("A-1", item_name, 1, Decimal("1.00"), "SEK"),),
        kind=kind,
        language=str(language),
    )
    html = render_html(slip)
    assert_well_formed(html)
    assert escape(expected_shown(item_name)) in html
    assert escape(expected_shown(name)) in html
    shown = shown_text(html)
    assert expected_shown(item_name) in shown
    assert expected_shown(name) in shown
    for line in address:
        if kind is not FulfilmentKind.STORE_SALE:
            assert expected_shown(line) in shown
    if kind is FulfilmentKind.PICKUP:
        assert expected_shown(warehouse) in shown
    text = render_text(slip)
    assert not any(ord(ch) < 32 and ch != "\n" for ch in text)


# --- one slip per checkout: every part, the customer once -----------------------------------


@pytest.mark.parametrize("paper", list(SlipPaper))
def test_a_split_checkout_prints_every_order_with_its_number_place_and_lines(
    paper: SlipPaper,
) -> None:
    slip = split_slip()
    html = render_slip_html(slip, paper=paper)
    shown = shown_text(html.split("</head>", 1)[1])
    for number in ("TS-1001", "TS-1002"):
        assert number in shown
    assert "Order 1 of 2" in shown and "Order 2 of 2" in shown
    assert "Your purchase comes from 2 warehouses, as 2 orders." in shown
    assert shown.index("Pick up at Göteborg") < shown.index("Tea towel") < shown.index("TS-1002")
    assert shown.index("TS-1002") < shown.index("Pick up at Malmö") < shown.index("Kettle")
    assert "Opening hours: Mon–Fri 8–18" in shown and "Opening hours: Mon–Fri 7–16" in shown
    assert f"SEK{NBSP}733.50" in shown  # 2 x 100 + 34.50 + 499: one total for the checkout
    assert shown.count("Ann Berg") == 1
    assert "Collect each order at the warehouse named above it." in shown
    assert html.count('<img src="tillside-barcode:') == 2
    assert '<img src="tillside-barcode:0">' in html and '<img src="tillside-barcode:1">' in html
    assert "<title>Order slip TS-1001, TS-1002</title>" in html


@pytest.mark.parametrize("paper", list(SlipPaper))
def test_a_split_delivery_names_the_customer_once_with_the_address_and_each_sender(
    paper: SlipPaper,
) -> None:
    slip = split_slip(kind=FulfilmentKind.DELIVERY, language="sv")
    shown = shown_text(render_slip_html(slip, paper=paper, translate=words("sv")))
    assert "Skickas från Göteborg" in shown and "Skickas från Malmö" in shown
    assert shown.count("Ann Berg") == 1
    assert shown.index("Levereras till") < shown.index("Ann Berg") < shown.index("Storgatan 5")
    assert "Hämtställe" not in shown and "Lagergatan" not in shown
    assert "Varje order skickas från sitt eget lager" in shown


def test_a_single_order_keeps_its_plain_number_line_and_no_split_words() -> None:
    for paper in SlipPaper:
        shown = shown_text(render_slip_html(make_slip(), paper=paper))
        assert "Order 1 of 1" not in shown and "warehouses" not in shown
        assert "TS-1001" in shown
        assert "We will let you know when it is ready." in shown


def test_the_text_slip_lists_every_part() -> None:
    text = render_text(split_slip(language="da"))
    assert "Ordre 1 af 2" in text and "Ordrenummer: TS-1002" in text
    assert text.index("TS-1001") < text.index("Kettle")
    for line in text.splitlines():
        assert len(line) <= 42, line


def test_a_reprint_says_it_is_a_copy_and_what_the_till_no_longer_keeps() -> None:
    slip = split_slip(
        reprint=True,
        customer_details_kept=False,
        customer_name="",
        delivery_address_lines=(),
        kind=FulfilmentKind.DELIVERY,
    )
    for paper in SlipPaper:
        shown = shown_text(render_slip_html(slip, paper=paper))
        assert "Order slip (copy)" in shown
        assert "the customer's name and address are not kept on the till" in shown
    kept = shown_text(render_html(split_slip(reprint=True)))
    assert "Order slip (copy)" in kept and "not kept" not in kept and "Ann Berg" in kept
    sale = split_slip(kind=FulfilmentKind.STORE_SALE, customer_details_kept=False, reprint=True)
    assert "not kept" not in shown_text(render_html(sale))  # a sale has no customer to keep


@pytest.mark.parametrize("paper", list(SlipPaper))
def test_each_barcode_fits_the_paper_with_its_quiet_zones(paper: SlipPaper) -> None:
    spec = PAPERS[paper]
    long_number = "ABCDEF1234-WXYZ" + "Q7R8S9T0"  # the longest a till's settings allow
    slip = split_slip(
        parts=(*split_slip().parts, replace(split_slip().parts[0], order_number=long_number))
    )
    codes = slip_barcodes(slip, paper)
    assert sorted(codes) == [0, 1, 2]
    for code in codes.values():
        assert code.width_mm <= spec.printable_width_mm + 1e-9
        assert code.modules == len(code.bars) + 2 * QUIET_ZONE_MODULES
        assert code.height_mm >= 0.15 * code.width_mm
    assert codes[0].module_mm == spec.module_mm  # an ordinary number: the paper's module
    assert codes[2].module_mm > 0.19  # what a receipt printer's dots and scanners manage
    if paper is SlipPaper.ROLL_80MM:
        assert codes[2].module_mm < spec.module_mm  # a long one: narrower, still on the roll
        assert codes[0].module_mm == pytest.approx(2 * 25.4 / 203)  # two dots at 203 dpi


def test_a_number_code_128_cannot_carry_is_printed_without_a_barcode() -> None:
    slip = make_slip(order_number="TS-1001-ÅÄÖ")
    assert slip_barcodes(slip) == {}
    html = render_html(slip)
    assert "tillside-barcode" not in html
    assert "TS-1001-ÅÄÖ" in shown_text(html)


def test_a_copy_without_the_address_points_to_no_address() -> None:
    slip = make_slip(
        kind=FulfilmentKind.DELIVERY,
        reprint=True,
        customer_details_kept=False,
        customer_name="",
        delivery_address_lines=(),
    )
    for paper in SlipPaper:
        shown = shown_text(render_slip_html(slip, paper=paper))
        assert "Delivered to" not in shown
        assert "address above" not in shown
        assert "are not kept on the till" in shown
    with_address = shown_text(render_html(make_slip(kind=FulfilmentKind.DELIVERY)))
    assert "Delivered to" in with_address and "to the address above" in with_address


@pytest.mark.parametrize(
    ("language", "marked", "notice"),
    [
        ("en", "Not yet confirmed by the warehouse", "the stock is checked then"),
        ("sv", "Ännu inte bekräftad av lagret", "lagersaldot kontrolleras då"),
    ],
)
def test_a_queued_order_says_it_is_not_with_the_warehouse_yet_and_what_that_means(
    language: str, marked: str, notice: str
) -> None:
    queued = make_slip(queued=True, ongoing_order_id=None, language=language)
    for rendered in (render_text(queued, 42), render_html(queued)):
        assert marked in rendered
        assert notice in rendered.replace("\n", " ")
    confirmed = make_slip(language=language)
    for rendered in (render_text(confirmed, 42), render_html(confirmed)):
        assert marked not in rendered and notice not in rendered.replace("\n", " ")
