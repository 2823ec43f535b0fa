"""A return's slip on paper or as a PDF, on the order slip's papers and with its drawing.

The slip is made from the stored return (`app.services.return_slips`), laid out by
`app.domain.return_slip` in the customer's language, and painted by the order slip's code
(`app.ui.order_slip_print`): the same barcode, rules, pages and print dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.order_slip import SlipPaper, Translate, resolve_language
from app.domain.return_slip import (
    ReturnSlip,
    render_return_html,
    return_barcodes,
    return_document_title,
)
from app.qt import QtGui, QtWidgets
from app.services.return_slips import return_slip
from app.ui.i18n import slip_translator
from app.ui.order_slip_print import document_pdf, html_document, print_document

if TYPE_CHECKING:
    from app.config.settings import Settings
    from app.services.order_desk import OutboxEntry


def return_words(slip: ReturnSlip) -> Translate:
    return slip_translator(resolve_language(slip.language).value)


def return_slip_document(
    slip: ReturnSlip,
    paper: SlipPaper = SlipPaper.A4,
    device: QtGui.QPaintDevice | None = None,
) -> QtGui.QTextDocument:
    html = render_return_html(slip, paper=paper, translate=return_words(slip))
    return html_document(html, return_barcodes(slip, paper), device)


def return_slip_pdf(slip: ReturnSlip, paper: SlipPaper = SlipPaper.A4) -> bytes:
    """The slip as PDF bytes, made in memory (`tillside slip`, the tests)."""
    title = return_document_title(slip, translate=return_words(slip))
    return document_pdf(title, lambda on: return_slip_document(slip, paper, on), paper)


def print_return(slip: ReturnSlip, parent: QtWidgets.QWidget, paper: SlipPaper) -> None:
    """The system print dialog for the slip, without blocking the till."""
    title = return_document_title(slip, translate=return_words(slip))
    print_document(title, lambda on: return_slip_document(slip, paper, on), parent, paper)


def print_return_slip(
    entry: OutboxEntry,
    settings: Settings,
    parent: QtWidgets.QWidget,
    paper: SlipPaper | None = None,
) -> ReturnSlip:
    """Print the slip of a return stored by `ReturnService.take` (the row `take` or `send`
    gave back), as F8 prints an order slip: on `paper`, else `display.slip_paper`."""
    slip = return_slip(entry, settings.store)
    print_return(slip, parent, paper or SlipPaper(settings.display.slip_paper))
    return slip
