"""The customer's order slip on paper or as a PDF, from what the till just ordered.

The slip is made by `app.services.slips` from what was ordered; its layout and formats
come from `app.domain.order_slip`, its words from the
customer's language catalogue (`slip_translator`), not the till's: a Swedish-speaking till
prints a Finnish customer's slip in Finnish. Qt lays the HTML out. Nothing is written to
disk unless the cashier picks a PDF printer, so customer details do not linger on the till.
"""

from __future__ import annotations

from pathlib import Path

from app.domain.order_slip import (
    OrderSlip,
    Translate,
    document_title,
    render_slip_html,
    resolve_language,
)
from app.qt import QtGui, QtPrintSupport, QtWidgets
from app.ui.i18n import slip_translator


def slip_words(slip: OrderSlip) -> Translate:
    """The translator for the slip's language ("sv-SE", "no" and the like resolved first)."""
    return slip_translator(resolve_language(slip.language).value)


def slip_document(slip: OrderSlip) -> QtGui.QTextDocument:
    document = QtGui.QTextDocument()
    document.setHtml(render_slip_html(slip, translate=slip_words(slip)))
    return document


def save_slip_pdf(slip: OrderSlip, path: Path) -> None:
    """For IT checks and tests; the cashier prints through the print dialog instead."""
    writer = QtGui.QPdfWriter(str(path))
    writer.setTitle(document_title(slip, translate=slip_words(slip)))
    slip_document(slip).print_(writer)


def print_slip(slip: OrderSlip, parent: QtWidgets.QWidget) -> None:
    """The system print dialog (any printer, or "Print to PDF"), without blocking the till."""
    printer = QtPrintSupport.QPrinter()
    dialog = QtPrintSupport.QPrintDialog(printer, parent)
    dialog.setObjectName("printSlipDialog")
    document = slip_document(slip)

    def finished(result: int) -> None:
        if result == QtWidgets.QDialog.DialogCode.Accepted:
            document.print_(printer)
        dialog.deleteLater()

    dialog.finished.connect(finished)
    QtWidgets.QDialog.open(dialog)  # the plain overload: finished() tells the result
