"""The printed return slip: the return number read back off the PDF by zbar on both papers,
the customer's language through Qt's own translator, and the one call the return desk makes
to print a stored return (the system print dialog on the paper the settings choose)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.config.settings import DisplaySection, Settings
from app.domain.order_slip import SlipPaper
from app.domain.return_slip import Refund, ReturnSlip, ReturnSlipLine, ReturnState
from app.domain.texts import as_text
from app.persistence.outbox import OutboxEntry, OutboxState
from app.qt import QtGui, QtPrintSupport, QtWidgets
from app.ui.order_slip_print import BARCODE_OBJECT, MM_PER_INCH
from app.ui.return_slip_print import print_return_slip, return_slip_document, return_slip_pdf
from tests.helpers.barcodes import decoded, pdf_pages
from tests.helpers.catalogues import tool

ROLL_DPI = 203
A4_DPI = 150
MOMENT = datetime(2026, 12, 4, 13, 3, tzinfo=UTC)


@pytest.fixture(scope="module", autouse=True)
def _built_catalogues() -> None:
    tool.build()


def make(language: str = "en", state: ReturnState = ReturnState.CONFIRMED) -> ReturnSlip:
    return ReturnSlip(
        return_number="RKG2-7QX32SEAK8Z0",
        order_number="KG2-7QX32SEAK880",
        created_at=MOMENT,
        lines=(ReturnSlipLine("7377657018867", "Kaffe mörkrost 500 g", 2),),
        cause="Wrong size",
        warehouse="Göteborg Central (GBG)",
        refund=Refund.RECEIVED,
        state=state,
        return_order_id=None if state is ReturnState.WAITING else 700001,
        store_name="Kaffegården",
        language=language,
    )


@pytest.mark.parametrize(
    ("paper", "dpi"), [(SlipPaper.ROLL_80MM, ROLL_DPI), (SlipPaper.A4, A4_DPI)]
)
@pytest.mark.parametrize("state", [ReturnState.CONFIRMED, ReturnState.WAITING])
def test_a_scanner_reads_the_return_number_off_the_printed_slip(
    qapp: object, paper: SlipPaper, dpi: int, state: ReturnState
) -> None:
    pages = pdf_pages(return_slip_pdf(make(state=state), paper), dpi)
    found = [code for pixels, width, height in pages for code in decoded(pixels, width, height)]
    assert found == ["RKG2-7QX32SEAK8Z0"]
    if paper is SlipPaper.ROLL_80MM:
        [(_, width, _)] = pages  # one roll page, 80 mm wide
        assert width == pytest.approx(80 / MM_PER_INCH * ROLL_DPI, abs=2)


def test_the_barcode_is_drawn_and_no_placeholder_is_left(qapp: object) -> None:
    document = return_slip_document(make(), SlipPaper.ROLL_80MM)
    drawn = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            char_format = fragments.fragment().charFormat()
            if char_format.objectType() == BARCODE_OBJECT:
                drawn.append(char_format.toolTip())
            elif char_format.isImageFormat() and "barcode" in char_format.toImageFormat().name():
                pytest.fail("a barcode left undrawn")
            fragments += 1
        block = block.next()
    assert drawn == ["RKG2-7QX32SEAK8Z0"]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("sv", ["Retur", "Returnummer", "Ursprunglig order", "Art.nr", "Antal", "Orsak"]),
        ("nb", ["Retur", "Opprinnelig ordre", "Årsak: Wrong size", "Refunder når lageret"]),
        ("da", ["Retur", "Oprindelig ordre", "Årsag: Wrong size", "Refundér, når lageret"]),
        ("fi", ["Palautus", "Alkuperäinen tilaus", "Syy: Wrong size", "Hyvitä, kun varasto"]),
    ],
)
def test_the_slip_is_printed_in_the_customers_language(
    qapp: object, language: str, expected: list[str]
) -> None:
    shown = return_slip_document(make(language), SlipPaper.A4).toPlainText()
    for words in expected:
        assert words in shown, (language, words)
    assert "Original order" not in shown and "Refund when" not in shown


def test_the_return_desk_prints_a_stored_return_on_the_settings_paper(qapp: object) -> None:
    """`print_return_slip` is the entry point: the stored row and the settings, as F8."""
    entry = OutboxEntry(
        "c1",
        "RTT3-A1",
        "return",
        {"comment": "box torn"},
        OutboxState.WAITING,
        None,
        as_text(""),
        0,
        MOMENT,
        MOMENT,
        slip={
            "orderNumber": "TT3-A0",
            "cause": "Changed mind",
            "warehouse": "GBG",
            "lines": [{"articleNumber": "A-1", "name": "Lampa", "quantity": "1"}],
            "language": "sv",
            "refundWhen": "now",
        },
    )
    parent = QtWidgets.QWidget()
    try:
        for display, width in ((DisplaySection(), 80), (DisplaySection(slip_paper="a4"), 210)):
            slip = print_return_slip(entry, Settings(display=display), parent)
            assert slip.state is ReturnState.WAITING and slip.refund is Refund.NOW
            dialog = parent.findChild(QtPrintSupport.QPrintDialog, "printSlipDialog")
            assert dialog is not None and dialog.isVisible()
            printer = dialog.printer()
            assert printer.docName() == "Retur RTT3-A1"
            size = printer.pageLayout().pageSize().size(QtGui.QPageSize.Unit.Millimeter)
            assert size.width() == width
            dialog.reject()
            dialog.setParent(None)
    finally:
        parent.deleteLater()
