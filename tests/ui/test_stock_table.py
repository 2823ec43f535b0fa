"""The stock grid's colours reach the screen: sold out in red, old figures grey, and the
warehouses that can supply the whole basket on green.

The model gives colours, not brushes (a brush costs start-up time); these tests paint the
view and read its pixels, so they fail if Qt stopped painting a colour as a brush.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from app.qt import Qt, QtGui, QtWidgets
from app.ui.stock_table import OLD, SOLD_OUT, WHOLE_BASKET, StockRow, StockTableModel


def row(*, sellable: str, stale: bool = False, supplies_basket: bool = False) -> StockRow:
    return StockRow(
        name="Lager Nord",
        code="N1",
        sellable=Decimal(sellable),
        physical=Decimal("12"),
        fetched_at=datetime(2026, 11, 29, 9, 30, tzinfo=UTC),
        stale=stale,
        supplies_basket=supplies_basket,
    )


def painted(qtbot, rows: list[StockRow]) -> tuple[QtWidgets.QTableView, QtGui.QImage]:
    model = StockTableModel()
    model.set_rows(rows)
    view = QtWidgets.QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 200)
    view.setColumnWidth(2, 120)
    view.show()
    qtbot.waitExposed(view)
    return view, view.viewport().grab().toImage()


def colours_in_cell(view: QtWidgets.QTableView, image: QtGui.QImage, row_: int, column: int):
    cell = view.visualRect(view.model().index(row_, column))
    return {
        image.pixelColor(x, y).name()
        for x in range(cell.left() + 1, cell.right())
        for y in range(cell.top() + 1, cell.bottom())
    }


def test_a_sold_out_figure_is_red(qtbot) -> None:
    view, image = painted(qtbot, [row(sellable="0"), row(sellable="5")])
    assert view.model().data(view.model().index(0, 2), Qt.ItemDataRole.ForegroundRole) == (
        QtGui.QColor(SOLD_OUT)
    )
    assert any(_near(colour, SOLD_OUT) for colour in colours_in_cell(view, image, 0, 2))
    assert not any(_near(colour, SOLD_OUT) for colour in colours_in_cell(view, image, 1, 2))


def test_an_old_figure_is_grey(qtbot) -> None:
    view, image = painted(qtbot, [row(sellable="5", stale=True), row(sellable="5")])
    assert _near(darkest(colours_in_cell(view, image, 0, 0)), OLD)  # grey text, nothing darker
    assert not _near(darkest(colours_in_cell(view, image, 1, 0)), OLD)  # a fresh row: black


def darkest(colours: set[str]) -> str:
    return min(colours, key=lambda colour: QtGui.QColor(colour).lightness())


def test_a_warehouse_that_supplies_the_whole_basket_is_on_green(qtbot) -> None:
    view, image = painted(qtbot, [row(sellable="5", supplies_basket=True), row(sellable="5")])
    assert WHOLE_BASKET in colours_in_cell(view, image, 0, 1)
    assert WHOLE_BASKET not in colours_in_cell(view, image, 1, 1)


def _near(colour: str, wanted: str) -> bool:
    """The text's own colour, allowing for the anti-aliased edge of a glyph by a few steps."""
    a, b = QtGui.QColor(colour), QtGui.QColor(wanted)
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 8
