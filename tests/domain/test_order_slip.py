"""The order slip: complete in every language, correct sums, and safe with any customer text."""

from __future__ import annotations

import re
import string
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from html import escape
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.order_body import FulfilmentKind
from app.domain.order_slip import (
    DATE_PATTERNS,
    MONTH_NAMES,
    NBSP,
    TEXTS,
    OrderSlip,
    SlipLanguage,
    SlipLine,
    format_datetime,
    format_money,
    format_quantity,
    render_slip_html,
    render_slip_text,
    resolve_language,
)

STOCKHOLM = timezone(timedelta(hours=1))
CREATED = datetime(2026, 11, 29, 14, 3, tzinfo=STOCKHOLM)
ALL_LANGUAGES = list(SlipLanguage)
# Every tag render_slip_html may write; anything else that looks like a tag came from a value.
OWN_TAG = re.compile(r"</?(?:html|head|meta|title|body|h1|h2|p|br|table|tr|th|td)\b[^<>]*>")
ENTITY = re.compile(r"&(?:amp|lt|gt|quot|#x27);")


def make_slip(**changes: object) -> OrderSlip:
    slip = OrderSlip(
        order_number="TS-1001",
        ongoing_order_id=4711,
        created_at=CREATED,
        kind=FulfilmentKind.PICKUP,
        warehouse_name="Central warehouse",
        warehouse_address_lines=("Lagergatan 1", "111 22 Stockholm"),
        opening_hours="Mon–Fri 9–18",
        items=(
            SlipLine("A-1", "Blue mug", 2, Decimal("1000.00"), "SEK"),
            SlipLine("B-2", "Tea towel", 1, Decimal("234.50"), "SEK"),
        ),
        customer_name="Ann Berg",
        store_name="Tillside Södermalm",
        language="en",
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


@pytest.mark.parametrize("language", ALL_LANGUAGES)
def test_every_language_has_every_text_with_the_same_placeholders(
    language: SlipLanguage,
) -> None:
    english = TEXTS[SlipLanguage.EN]
    texts = TEXTS[language]
    assert set(texts) == set(english)
    for key, text in texts.items():
        assert text.strip(), f"{language}:{key} is empty"
        assert placeholders(text) == placeholders(english[key]), f"{language}:{key}"


def test_every_language_has_its_date_pattern_and_twelve_months() -> None:
    assert set(TEXTS) == set(SlipLanguage)
    assert set(DATE_PATTERNS) == set(SlipLanguage)
    assert set(MONTH_NAMES) == set(SlipLanguage)
    for language in SlipLanguage:
        assert len(MONTH_NAMES[language]) == 12
        assert len(set(MONTH_NAMES[language])) == 12


@pytest.mark.parametrize("language", ALL_LANGUAGES)
@pytest.mark.parametrize("kind", list(FulfilmentKind))
def test_every_language_renders_without_leftover_placeholders(
    language: SlipLanguage, kind: FulfilmentKind
) -> None:
    slip = make_slip(
        language=language.value, kind=kind, delivery_address_lines=("Storgatan 5", "Malmö")
    )
    for output in (render_slip_html(slip), render_slip_text(slip)):
        assert "{" not in output
        assert "}" not in output
        assert TEXTS[language]["title"] in output.replace("\n", " ") or (
            TEXTS[language]["title"].upper() in output
        )
    assert f'lang="{language.value}"' in render_slip_html(slip)


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
    assert render_slip_html(make_slip(language="de")) == render_slip_html(make_slip(language="en"))
    assert "ORDER SLIP" in render_slip_text(make_slip(language="xx"))


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
    assert format_datetime(CREATED, language) == expected


def test_dates_pad_where_the_convention_pads() -> None:
    moment = datetime(2027, 3, 5, 8, 7, tzinfo=UTC)
    assert format_datetime(moment, "sv") == "2027-03-05 08:07"
    assert format_datetime(moment, "en") == "5 Mar 2027 08:07"
    assert format_datetime(moment, "da") == "5. marts 2027 kl. 08.07"


def test_the_slip_shows_created_at_in_its_own_zone() -> None:
    html = render_slip_html(make_slip(language="sv"))
    assert "2026-11-29 14:03" in html


# --- totals --------------------------------------------------------------------------------


def test_total_is_the_sum_of_quantity_times_price() -> None:
    slip = make_slip(language="sv")
    assert slip.totals() == {"SEK": Decimal("2234.50")}
    html = render_slip_html(slip)
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
    html = render_slip_html(slip)
    assert "<tr><td>Z-9</td><td>Mystery box</td>" in html
    assert '<td align="right">1</td><td align="right"></td><td align="right"></td></tr>' in html
    assert f'Total (items without a price not included)</th><th align="right">SEK{NBSP}20.00' in (
        html
    )
    text = render_slip_text(slip)
    assert "  Qty: 1" in text
    assert "items without a price not included" in text


def test_no_total_when_nothing_has_a_price() -> None:
    slip = make_slip(items=(SlipLine("Z-9", "Mystery box", 1),))
    assert slip.totals() == {}
    assert "Total" not in render_slip_html(slip)
    assert "Total" not in render_slip_text(slip)


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
    text = shown_text(render_slip_html(slip))
    assert f"Yhteensä6,50{NBSP}€" in text
    assert f"Yhteensä20,00{NBSP}SEK" in text


# --- pickup, delivery, store sale ----------------------------------------------------------


def test_pickup_says_where_when_and_that_we_will_tell_the_customer() -> None:
    slip = make_slip(kind=FulfilmentKind.PICKUP, language="en")
    for output in (shown_text(render_slip_html(slip)), render_slip_text(slip, width=80)):
        assert "Pick up at Central warehouse" in output
        assert "Lagergatan 1" in output
        assert "111 22 Stockholm" in output
        assert "Opening hours: Mon–Fri 9–18" in output
        assert "We will let you know when it is ready." in output
        assert "Customer: Ann Berg" in output
        assert "Delivered to" not in output


def test_pickup_without_opening_hours_leaves_the_line_out() -> None:
    slip = make_slip(opening_hours="  ")
    assert "Opening hours" not in render_slip_html(slip)


def test_delivery_lists_the_address_and_no_pickup_notice() -> None:
    slip = make_slip(
        kind=FulfilmentKind.DELIVERY,
        language="sv",
        delivery_address_lines=("Storgatan 5", "", "211 45 Malmö"),
    )
    html = render_slip_html(slip)
    assert "<h2>Levereras till</h2>\n<p>Ann Berg<br>Storgatan 5<br>211 45 Malmö</p>" in html
    for output in (html, render_slip_text(slip)):
        assert "Hämtställe" not in output
        assert "Vi meddelar" not in output
        assert "Lagergatan" not in output


def test_store_sale_has_neither_pickup_nor_delivery_block() -> None:
    slip = make_slip(kind=FulfilmentKind.STORE_SALE)
    html = render_slip_html(slip)
    assert "Pick up" not in html
    assert "Delivered to" not in html
    assert "Customer: Ann Berg" in html


def test_the_slip_names_store_order_and_reference() -> None:
    html = render_slip_html(make_slip(language="nb"))
    assert "<h1>Tillside Södermalm</h1><h2>Ordreseddel</h2>" in html
    assert "Ordrenummer: TS-1001" in html
    assert "Lagerreferanse: 4711" in html
    assert "<title>Ordreseddel TS-1001</title>" in html
    without = render_slip_html(make_slip(store_name="", ongoing_order_id=None))
    assert "<h1>Order slip</h1>" in without
    assert "Warehouse reference" not in without


def test_text_slip_fits_the_roll() -> None:
    slip = make_slip(
        language="da",
        items=(SlipLine("LONG-ARTICLE-1", "A very long article name " * 4, 3, Decimal("9.95")),),
        warehouse_address_lines=("Et meget langt adressefelt " * 3,),
    )
    for line in render_slip_text(slip).splitlines():
        assert len(line) <= 42, line
    with pytest.raises(ValueError, match="20 characters"):
        render_slip_text(slip, width=10)


# --- validation ----------------------------------------------------------------------------


def test_created_at_must_be_aware_and_items_present() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        make_slip(created_at=datetime(2026, 11, 29, 14, 3))
    with pytest.raises(ValueError, match="at least one item"):
        make_slip(items=())


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
    nasty = "<b>Ann & Bo</b>"
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
    html = render_slip_html(slip)
    assert "<b>" not in html
    assert "&lt;b&gt;Ann &amp; Bo&lt;/b&gt;" in html
    assert_well_formed(html)
    delivery = render_slip_html(
        replace(slip, kind=FulfilmentKind.DELIVERY, delivery_address_lines=(nasty, "\"q\" 's'"))
    )
    assert "<b>" not in delivery
    assert "&quot;q&quot; &#x27;s&#x27;" in delivery
    assert_well_formed(delivery)


def test_control_characters_cannot_reach_the_printer() -> None:
    slip = make_slip(customer_name="Ann\x1b@\nBerg\x00")
    text = render_slip_text(slip, width=80)
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
    html = render_slip_html(slip)
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
    text = render_slip_text(slip)
    assert not any(ord(ch) < 32 and ch != "\n" for ch in text)
