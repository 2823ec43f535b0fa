"""The printed slip goes through Qt's translator in the customer's language, not the till's."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from app.domain.order_body import FulfilmentKind
from app.domain.order_slip import OrderSlip, SlipLine
from app.qt import QtCore
from app.ui.i18n import catalogue_path
from app.ui.order_slip_print import save_slip_pdf, slip_document
from tests.helpers.catalogues import tool


@pytest.fixture(scope="module", autouse=True)
def _built_catalogues() -> None:
    """The .qm files Qt loads, rebuilt when a .ts is newer (as `make translations` does)."""
    tool.build()


def make_slip(language: str) -> OrderSlip:
    return OrderSlip(
        order_number="UI2-ABC",
        ongoing_order_id=100001,
        created_at=datetime(2026, 11, 29, 14, 3, tzinfo=UTC),
        kind=FulfilmentKind.PICKUP,
        warehouse_name="Göteborg",
        items=(SlipLine("A1", "Lamp", 2, Decimal("10.00"), "SEK"),),
        opening_hours="9–18",
        customer_name="Ann Berg",
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
