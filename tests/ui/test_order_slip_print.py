"""The printed slip: Qt's translator in the customer's language, not the till's; each layout's
page; and its barcodes, read back from the PDF by a real decoder as a scanner would."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from app.domain.order_body import FulfilmentKind
from app.domain.order_slip import OrderSlip, SlipLine, SlipPaper, SlipPart
from app.qt import QtCore, QtGui
from app.ui.i18n import catalogue_path
from app.ui.order_slip_print import (
    BARCODE_OBJECT,
    MM_PER_INCH,
    page_layout,
    save_slip_pdf,
    slip_document,
    slip_pdf,
)
from tests.helpers.barcodes import decoded, pdf_pages
from tests.helpers.catalogues import tool

ROLL_DPI = 203  # a thermal receipt printer's dots
A4_DPI = 150  # a plain office print, coarser than any laser


@pytest.fixture(scope="module", autouse=True)
def _built_catalogues() -> None:
    """The .qm files Qt loads, rebuilt when a .ts is newer (as `make translations` does)."""
    tool.build()


def make_slip(language: str) -> OrderSlip:
    return OrderSlip(
        parts=(
            SlipPart(
                order_number="UI2-ABC",
                ongoing_order_id=100001,
                warehouse_name="Göteborg",
                items=(SlipLine("A1", "Lamp", 2, Decimal("10.00"), "SEK"),),
                opening_hours="9–18",
            ),
        ),
        created_at=datetime(2026, 11, 29, 14, 3, tzinfo=UTC),
        kind=FulfilmentKind.PICKUP,
        customer_name="Ann Berg",
        language=language,
    )


def split_checkout(kind: FulfilmentKind, language: str = "sv") -> OrderSlip:
    """A realistic split: two warehouses, three lines, the order numbers a till makes."""
    return OrderSlip(
        parts=(
            SlipPart(
                "KG2-7QX32SEAK880",
                "Göteborg Central",
                (
                    SlipLine("7377657018867", "Kaffe mörkrost 500 g", 2, Decimal("89.90"), "SEK"),
                    SlipLine("7377730706735", "Te Earl Grey 100 g", 1, Decimal("49.00"), "SEK"),
                ),
                100231,
                ("Lagergatan 1", "415 05 Göteborg"),
                "Mon–Fri 8–18",
            ),
            SlipPart(
                "KG2-7QX32SEAK8Q1",
                "Stockholm Syd",
                (SlipLine("7377600012340", "Kaffebryggare", 1, Decimal("1249.00"), "SEK"),),
                100232,
                ("Lagervägen 12", "125 30 Älvsjö"),
                "Mon–Fri 7–16",
            ),
        ),
        created_at=datetime(2026, 12, 4, 14, 3, tzinfo=timezone(timedelta(hours=1))),
        kind=kind,
        customer_name="Ann Berg",
        delivery_address_lines=("Storgatan 5", "211 45 Malmö"),
        store_name="Tillside Kungsgatan",
        language=language,
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("sv", ["Ordersedel", "Ordernummer: UI2-ABC", "Art.nr", "Antal", "Summa", "Öppettider"]),
        ("nb", ["Ordreseddel", "Dato: 29. november 2026 kl. 14.03", "Beløp", "Hentested"]),
        ("no", ["Ordreseddel", "Lagerreferanse: 100001", "Antall", "Åpningstider"]),
        ("da", ["Ordreseddel", "Dato: 29. november 2026 kl. 14.03", "Varenr.", "I alt"]),
        ("fi", ["Tilausvahvistus", "29. marraskuuta 2026 klo 14.03", "Tuotenro", "Yhteensä"]),
        ("en", ["Order slip", "Date: 29 Nov 2026 14:03", "Article no.", "Total"]),
    ],
)
def test_the_slip_is_printed_in_the_customers_language(
    qapp: object, language: str, expected: list[str]
) -> None:
    shown = slip_document(make_slip(language)).toPlainText()
    for words in expected:
        assert words in shown, (language, words)
    if language != "en":
        assert "Order number" not in shown
        assert "Opening hours" not in shown


def test_a_swedish_till_prints_a_finnish_customers_slip_in_finnish(qapp: object) -> None:
    till = QtCore.QTranslator()
    assert till.load(str(catalogue_path("sv")))
    QtCore.QCoreApplication.installTranslator(till)
    try:
        assert QtCore.QCoreApplication.translate("OrderSlip", "Order slip") == "Ordersedel"
        shown = slip_document(make_slip("fi")).toPlainText()
        assert "Tilausvahvistus" in shown
        assert "Ordersedel" not in shown
    finally:
        QtCore.QCoreApplication.removeTranslator(till)


def test_the_pdf_is_written(qapp: object, tmp_path: Path) -> None:
    pdf = tmp_path / "slip.pdf"
    save_slip_pdf(make_slip("da"), pdf)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_each_barcode_is_drawn_where_its_placeholder_stood(qapp: object) -> None:
    document = slip_document(split_checkout(FulfilmentKind.PICKUP), SlipPaper.ROLL_80MM)
    objects = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().objectType() == BARCODE_OBJECT:
                objects.append(fragment.charFormat().toolTip())
            elif fragment.charFormat().isImageFormat():
                pytest.fail(
                    f"an image left undrawn: {fragment.charFormat().toImageFormat().name()}"
                )
            fragments += 1
        block = block.next()
    assert objects == ["KG2-7QX32SEAK880", "KG2-7QX32SEAK8Q1"]


@pytest.mark.parametrize("kind", [FulfilmentKind.PICKUP, FulfilmentKind.DELIVERY])
@pytest.mark.parametrize(
    ("paper", "dpi"), [(SlipPaper.ROLL_80MM, ROLL_DPI), (SlipPaper.A4, A4_DPI)]
)
def test_a_scanner_reads_every_order_number_off_the_printed_slip(
    qapp: object, paper: SlipPaper, dpi: int, kind: FulfilmentKind
) -> None:
    """The PDF as a printer's driver rasterises it, read by zbar: each order number, once,
    in the order printed, and nothing else."""
    slip = split_checkout(kind)
    found = [
        number
        for pixels, width, height in pdf_pages(slip_pdf(slip, paper), dpi)
        for number in decoded(pixels, width, height)
    ]
    assert sorted(found) == sorted(slip.order_numbers)


def test_the_roll_is_one_page_80_mm_wide_and_as_long_as_the_slip(qapp: object) -> None:
    short, split = make_slip("en"), split_checkout(FulfilmentKind.PICKUP)
    sizes = []
    for slip in (short, split):
        pages = pdf_pages(slip_pdf(slip, SlipPaper.ROLL_80MM), ROLL_DPI)
        assert len(pages) == 1
        _, width, height = pages[0]
        assert width == pytest.approx(80 / MM_PER_INCH * ROLL_DPI, abs=2)  # whole points
        sizes.append(height)
    assert sizes[0] < sizes[1]  # the roll is cut where the slip ends
    # what prints stays within the roll's 72 mm: nothing dark in the 4 mm margins
    pixels, width, height = pdf_pages(slip_pdf(split, SlipPaper.ROLL_80MM), ROLL_DPI)[0]
    margin = int(3.5 / MM_PER_INCH * ROLL_DPI)
    for row in range(0, height, 4):
        line = pixels[row * width : (row + 1) * width]
        assert min(line[:margin]) > 128 and min(line[-margin:]) > 128, row


def test_a4_is_an_a4_page_and_the_roll_a_custom_one(qapp: object) -> None:
    [(_, width, height)] = pdf_pages(
        slip_pdf(split_checkout(FulfilmentKind.DELIVERY), SlipPaper.A4), 20
    )
    assert width == pytest.approx(165, abs=1)  # 210 mm at 20 dpi
    assert height == pytest.approx(234, abs=1)  # 297 mm
    roll = page_layout(SlipPaper.ROLL_80MM, 150)
    assert roll.pageSize().size(QtGui.QPageSize.Unit.Millimeter) == QtCore.QSizeF(80, 150)
    painted = roll.paintRect(QtGui.QPageLayout.Unit.Millimeter)
    assert painted.width() == pytest.approx(72)
