"""The customer's slip of a checkout on paper or as a PDF, on an A4 page or an 80 mm roll.

The slip is made by `app.services.slips` (every part of the checkout); its layout and formats
come from `app.domain.order_slip`, its words from the customer's language catalogue
(`slip_translator`), not the till's: a Swedish-speaking till prints a Finnish customer's
slip in Finnish. Qt lays the HTML out, and draws each order number's Code 128 bars where the
HTML has their placeholder, as filled rectangles: vectors in a PDF, as sharp as the printer.

The page comes from the paper (`display.slip_paper`): A4 with 20 mm margins, page after page;
or a roll 80 mm wide, printing 72 mm of it, as one page exactly as long as the slip.
Nothing is written to disk unless the cashier picks a PDF printer (or IT runs
`tillside slip`), so customer details do not linger on the till.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.code128 import QUIET_ZONE_MODULES, Barcode
from app.domain.order_slip import (
    BARCODE_SOURCE,
    PAPERS,
    RULE_SOURCE,
    OrderSlip,
    SlipPaper,
    Translate,
    document_title,
    render_slip_html,
    resolve_language,
    slip_barcodes,
)
from app.qt import QtCore, QtGui, QtPrintSupport, QtWidgets
from app.ui.i18n import slip_translator

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import TypeAlias

    from app.services.till import Till

    PagedDevice: TypeAlias = QtGui.QPdfWriter | QtPrintSupport.QPrinter
    MakeDocument: TypeAlias = Callable[[PagedDevice], QtGui.QTextDocument]

BARCODE_OBJECT = int(QtGui.QTextFormat.ObjectTypes.UserObject) + 1
RULE_OBJECT = BARCODE_OBJECT + 1
RULE_MM = 0.4  # thick enough for a thermal printer's 0.125 mm dots
_BARS = int(QtGui.QTextFormat.Property.UserProperty) + 1  # "1" dark module, "0" light
_MODULE_MM = _BARS + 1
_HEIGHT_MM = _BARS + 2
MM_PER_INCH = 25.4


def slip_paper(till: Till | None) -> SlipPaper:
    """The paper the till's settings choose for slips (the roll before a till is attached)."""
    if till is None:
        return SlipPaper.ROLL_80MM
    return SlipPaper(till.settings.display.slip_paper)


def slip_words(slip: OrderSlip) -> Translate:
    """The translator for the slip's language ("sv-SE", "no" and the like resolved first)."""
    return slip_translator(resolve_language(slip.language).value)


class _BarcodeObject(QtGui.QPyTextObject):
    """Lays out and draws a Code 128 symbol inside the slip's text, its quiet zones included.

    Its size is in millimetres, turned into the paint device's own pixels (the PDF's or the
    printer's), so the module is the width the domain chose whatever the device.
    """

    def intrinsicSize(
        self, doc: QtGui.QTextDocument, position: int, text_format: QtGui.QTextFormat
    ) -> QtCore.QSizeF:
        modules = len(str(text_format.property(_BARS))) + 2 * QUIET_ZONE_MODULES
        dots = _dots_per_mm(doc)
        width = modules * float(text_format.property(_MODULE_MM)) * dots
        return QtCore.QSizeF(width, float(text_format.property(_HEIGHT_MM)) * dots)

    def drawObject(
        self,
        painter: QtGui.QPainter,
        rect: QtCore.QRectF | QtCore.QRect,
        doc: QtGui.QTextDocument,
        position: int,
        text_format: QtGui.QTextFormat,
    ) -> None:
        rect = QtCore.QRectF(rect)
        bars = str(text_format.property(_BARS))
        module = rect.width() / (len(bars) + 2 * QUIET_ZONE_MODULES)
        painter.save()
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.fillRect(rect, QtGui.QColor("white"))
        dark = QtGui.QColor("black")
        start = None
        for index, value in enumerate(bars + "0"):
            if value == "1" and start is None:
                start = index
            elif value != "1" and start is not None:
                left = rect.x() + (QUIET_ZONE_MODULES + start) * module
                painter.fillRect(
                    QtCore.QRectF(left, rect.y(), (index - start) * module, rect.height()), dark
                )
                start = None
        painter.restore()


class _RuleObject(QtGui.QPyTextObject):
    """A black rule across the text's width (Qt's own `<hr>` is a grey hairline)."""

    def intrinsicSize(
        self, doc: QtGui.QTextDocument, position: int, text_format: QtGui.QTextFormat
    ) -> QtCore.QSizeF:
        width = doc.textWidth() if doc.textWidth() > 0 else doc.pageSize().width()
        return QtCore.QSizeF(max(width, 1.0) * 0.999, RULE_MM * _dots_per_mm(doc))

    def drawObject(
        self,
        painter: QtGui.QPainter,
        rect: QtCore.QRectF | QtCore.QRect,
        doc: QtGui.QTextDocument,
        position: int,
        text_format: QtGui.QTextFormat,
    ) -> None:
        painter.fillRect(QtCore.QRectF(rect), QtGui.QColor("black"))


def _dots_per_mm(document: QtGui.QTextDocument) -> float:
    device = document.documentLayout().paintDevice()
    if device is not None:
        return device.logicalDpiX() / MM_PER_INCH
    screen = QtGui.QGuiApplication.primaryScreen()
    return (screen.logicalDotsPerInchX() if screen is not None else 96.0) / MM_PER_INCH


def _barcode_format(code: Barcode) -> QtGui.QTextCharFormat:
    format = QtGui.QTextCharFormat()
    format.setObjectType(BARCODE_OBJECT)
    format.setProperty(_BARS, code.bars)
    format.setProperty(_MODULE_MM, code.module_mm)
    format.setProperty(_HEIGHT_MM, code.height_mm)
    format.setToolTip(code.text)
    return format


def _rule_format() -> QtGui.QTextCharFormat:
    format = QtGui.QTextCharFormat()
    format.setObjectType(RULE_OBJECT)
    return format


def _place_drawings(document: QtGui.QTextDocument, barcodes: dict[int, Barcode]) -> None:
    """Each `<img src="tillside-barcode:N">` becomes part N's bars, and each
    `<img src="tillside-rule">` a rule, drawn by their objects above."""
    found: list[tuple[int, QtGui.QTextCharFormat]] = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            format = fragment.charFormat()
            name = format.toImageFormat().name() if format.isImageFormat() else ""
            index = name.removeprefix(BARCODE_SOURCE)
            if name == RULE_SOURCE:
                found.append((fragment.position(), _rule_format()))
            elif name.startswith(BARCODE_SOURCE) and index.isdigit() and int(index) in barcodes:
                found.append((fragment.position(), _barcode_format(barcodes[int(index)])))
            fragments += 1
        block = block.next()
    cursor = QtGui.QTextCursor(document)
    for position, replacement in found:
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QtGui.QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(replacement)


def slip_document(
    slip: OrderSlip,
    paper: SlipPaper = SlipPaper.A4,
    device: QtGui.QPaintDevice | None = None,
) -> QtGui.QTextDocument:
    """The slip laid out for `paper`, its barcodes in place; measured for `device` (a PDF
    writer, a printer) when given, else for the screen."""
    html = render_slip_html(slip, paper=paper, translate=slip_words(slip))
    return html_document(html, slip_barcodes(slip, paper), device)


def html_document(
    html: str, barcodes: dict[int, Barcode], device: QtGui.QPaintDevice | None = None
) -> QtGui.QTextDocument:
    """A slip's HTML laid out, each barcode and rule drawn where its placeholder stands
    (the order slip's and the return slip's alike)."""
    document = QtGui.QTextDocument()
    layout = document.documentLayout()
    if device is not None:
        layout.setPaintDevice(device)
    layout.registerHandler(BARCODE_OBJECT, _BarcodeObject(document))
    layout.registerHandler(RULE_OBJECT, _RuleObject(document))
    document.setDocumentMargin(0)  # the page's margins are the slip's
    document.setHtml(html)
    _place_drawings(document, barcodes)
    return document


def page_layout(paper: SlipPaper, height_mm: float | None = None) -> QtGui.QPageLayout:
    """A4 with its margins; or a roll 80 mm wide, `height_mm` long (the slip's length)."""
    spec = PAPERS[paper]
    margins = QtCore.QMarginsF(
        spec.side_margin_mm, spec.top_margin_mm, spec.side_margin_mm, spec.top_margin_mm
    )
    if paper is SlipPaper.A4:
        size = QtGui.QPageSize(QtGui.QPageSize.PageSizeId.A4)
    else:
        size = QtGui.QPageSize(
            QtCore.QSizeF(spec.page_width_mm, height_mm or 200.0),
            QtGui.QPageSize.Unit.Millimeter,
            # the paper's name in the print dialog
            QtCore.QCoreApplication.translate("OrderSlipPrint", "80 mm receipt roll"),
            QtGui.QPageSize.SizeMatchPolicy.ExactMatch,
        )
    return QtGui.QPageLayout(
        size, QtGui.QPageLayout.Orientation.Portrait, margins, QtGui.QPageLayout.Unit.Millimeter
    )


def paint_slip(slip: OrderSlip, device: PagedDevice, paper: SlipPaper) -> None:
    """Lay the slip out for `device` and paint it: page by page on A4; on a roll, one page
    as long as the slip, so the printer cuts right after it."""
    paint_document(lambda on: slip_document(slip, paper, on), device, paper)


def paint_document(make: MakeDocument, device: PagedDevice, paper: SlipPaper) -> None:
    """`make(device)` laid out for the device and painted, page by page on A4, or as one
    roll page exactly as long as the document."""
    device.setPageLayout(page_layout(paper))
    document = make(device)
    area = device.pageLayout().paintRectPixels(device.resolution())
    if paper is SlipPaper.ROLL_80MM:
        document.setTextWidth(area.width())
        length_mm = document.size().height() / device.resolution() * MM_PER_INCH
        device.setPageLayout(page_layout(paper, length_mm + 2 * PAPERS[paper].top_margin_mm))
        painter = QtGui.QPainter(device)
        document.drawContents(painter)
        painter.end()
        return
    page = QtCore.QSizeF(area.width(), area.height())
    document.setPageSize(page)
    painter = QtGui.QPainter(device)
    for number in range(document.pageCount()):
        if number:
            device.newPage()
        top = number * page.height()
        painter.save()
        painter.translate(0, -top)
        document.drawContents(painter, QtCore.QRectF(QtCore.QPointF(0, top), page))
        painter.restore()
    painter.end()


def slip_pdf(slip: OrderSlip, paper: SlipPaper = SlipPaper.A4) -> bytes:
    """The slip as a PDF file's bytes, made in memory: the caller writes them (and hears
    of a full disk), for `tillside slip` and the tests."""
    title = document_title(slip, translate=slip_words(slip))
    return document_pdf(title, lambda on: slip_document(slip, paper, on), paper)


def document_pdf(title: str, make: MakeDocument, paper: SlipPaper) -> bytes:
    """A slip's document as PDF bytes, made in memory."""
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    writer = QtGui.QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Tillside")
    paint_document(make, writer, paper)
    del writer  # finishes the file
    data = bytes(buffer.data().data())
    buffer.close()
    return data


def save_slip_pdf(slip: OrderSlip, path: Path, paper: SlipPaper = SlipPaper.A4) -> None:
    """For IT checks and tests; the cashier prints through the print dialog instead."""
    path.write_bytes(slip_pdf(slip, paper))


def print_slip(
    slip: OrderSlip, parent: QtWidgets.QWidget, paper: SlipPaper = SlipPaper.ROLL_80MM
) -> None:
    """The system print dialog (any printer, or "Print to PDF"), without blocking the till;
    the page is the paper's (a roll's length is set once the slip is laid out)."""
    title = document_title(slip, translate=slip_words(slip))
    print_document(title, lambda on: slip_document(slip, paper, on), parent, paper)


def print_document(
    title: str, make: MakeDocument, parent: QtWidgets.QWidget, paper: SlipPaper
) -> None:
    """A slip's document through the system print dialog, opened without blocking."""
    printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(paper))
    printer.setDocName(title)
    dialog = QtPrintSupport.QPrintDialog(printer, parent)
    dialog.setObjectName("printSlipDialog")

    def finished(result: int) -> None:
        if result == QtWidgets.QDialog.DialogCode.Accepted:
            paint_document(make, printer, paper)
        dialog.deleteLater()

    dialog.finished.connect(finished)
    QtWidgets.QDialog.open(dialog)  # the plain overload: finished() tells the result
