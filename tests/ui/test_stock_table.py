"""The stock grid says each thing in words and in colour: a figure that cannot supply its
line is red and carries ✖, old figures are grey and say "(old)", a warehouse that can supply
the whole basket is on green and says ✔; those with none of the basket fold into one line.

The model gives colours, not brushes (a brush costs start-up time); these tests paint the
view and read its pixels, so they fail if Qt stopped painting a colour as a brush.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from app.qt import Qt, QtGui, QtWidgets
from app.ui.stock_table import (
    OLD,
    SOLD_OUT,
    WHOLE_BASKET,
    StockColumns,
    StockRow,
    StockTableModel,
)

COLUMNS = StockColumns(("Kaffe mellanrost 450 g", "Te Earl Grey"), ("TS-1", "TS-2"), current=0)
FIRST_FIGURE = 2


def row(
    *, sellable: str, second: str = "9", stale: bool = False, supplies_basket: bool = False
) -> StockRow:
    figures = (Decimal(sellable), Decimal(second))
    wanted = (Decimal(1), Decimal(1))
    return StockRow(
        name="Lager Nord",
        code="N1",
        figures=figures,
        wanted=wanted,
        current=0,
        fetched_at=datetime(2026, 11, 29, 9, 30, tzinfo=UTC),
        stale=stale,
        supplies_basket=supplies_basket,
        lines_covered=sum(1 for f in figures if f >= 1),
    )


def painted(qtbot, rows: list[StockRow]) -> tuple[QtWidgets.QTableView, QtGui.QImage]:
    model = StockTableModel()
    model.set_rows(rows, COLUMNS)
    view = QtWidgets.QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 200)
    view.setColumnWidth(FIRST_FIGURE, 120)
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


def test_a_figure_that_cannot_supply_its_line_is_red_and_marked(qtbot) -> None:
    view, image = painted(qtbot, [row(sellable="0"), row(sellable="5")])
    model = view.model()
    assert model.data(model.index(0, FIRST_FIGURE), Qt.ItemDataRole.ForegroundRole) == (
        QtGui.QColor(SOLD_OUT)
    )
    assert model.data(model.index(0, FIRST_FIGURE)) == "0 ✖"  # not by colour alone
    assert model.data(model.index(1, FIRST_FIGURE)) == "5"
    assert any(_near(c, SOLD_OUT) for c in colours_in_cell(view, image, 0, FIRST_FIGURE))
    assert not any(_near(c, SOLD_OUT) for c in colours_in_cell(view, image, 1, FIRST_FIGURE))


def test_an_oversold_figure_shows_as_zero() -> None:
    model = StockTableModel()
    model.set_rows([row(sellable="-3")], COLUMNS)
    assert model.data(model.index(0, FIRST_FIGURE)) == "0 ✖"


def test_the_verdict_counts_the_lines_and_the_article_scanned_last_is_marked() -> None:
    model = StockTableModel()
    model.set_rows([row(sellable="5", supplies_basket=True), row(sellable="0")], COLUMNS)
    assert model.data(model.index(0, 1)) == "✔ all 2"
    assert model.data(model.index(1, 1)) == "1 of 2"
    titles = model.titles()
    assert (
        titles[FIRST_FIGURE] == "▶ Kaffe mellanrost 450 g"
        and titles[FIRST_FIGURE + 1] == "Te Earl Grey"
    )


def test_warehouses_with_none_of_the_basket_fold_into_one_line() -> None:
    fold = StockRow("", "", (None, None), (Decimal(0), Decimal(0)), None, None, False, False, 0, 5)
    model = StockTableModel()
    model.set_rows([row(sellable="5"), fold], COLUMNS)
    assert model.data(model.index(1, 0)) == "▸ 5 warehouses have none of these (Enter shows them)"


def test_an_old_figure_is_grey_and_says_so(qtbot) -> None:
    view, image = painted(qtbot, [row(sellable="5", stale=True), row(sellable="5")])
    assert _near(darkest(colours_in_cell(view, image, 0, 0)), OLD)  # grey text, nothing darker
    assert not _near(darkest(colours_in_cell(view, image, 1, 0)), OLD)  # a fresh row: black
    model = view.model()
    as_of = model.columnCount() - 1
    assert str(model.data(model.index(0, as_of))).endswith("(old)")
    assert not str(model.data(model.index(1, as_of))).endswith("(old)")


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


def test_a_figure_fetched_because_goods_arrived_says_new(qtbot) -> None:
    from dataclasses import replace

    model = StockTableModel()
    model.set_rows([replace(row(sellable="12"), new=(True, False))], COLUMNS)
    first = model.data(model.index(0, FIRST_FIGURE))
    second = model.data(model.index(0, FIRST_FIGURE + 1))
    assert first == "12 ★ new"
    assert second == "9"
