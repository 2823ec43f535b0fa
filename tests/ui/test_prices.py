"""Prices at the till as a cashier reads them: in the store's currency (store.currency), never
the supplier's; "no price" where Ongoing has none usable; a total that says how many lines it
leaves out, and that never adds two currencies."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.config.settings import Settings
from app.domain.basket import BasketLine
from app.qt import QtCore
from app.simulator import SimulatorThread
from app.simulator.state import SimArticle
from app.ui.basket_table import BasketTableModel
from app.ui.i18n import LANGUAGE
from tests.helpers.catalogues import tool
from tests.helpers.qt_loop import run_on_qt_loop
from tests.helpers.simulator import client_for
from tests.helpers.till import TillDriver, open_till
from tests.helpers.waiting import until

NBSP = "\u00a0"
PRICE_COLUMN = 3


@pytest.fixture(autouse=True)
def real_catalogues(english_afterwards: None) -> None:
    tool.build()  # the Swedish half reads the real .qm
    LANGUAGE.switch("en")  # and its locale: en_GB, as the till's own start sets it


def scannable(simulator: SimulatorThread, *, priced: bool) -> SimArticle:
    """An article with a main barcode, with a usable price under 1,000 or without one."""
    return next(
        a
        for a in simulator.state.articles()
        if a.barcode
        and (
            (a.price is not None and 0 < a.price < 1000)
            if priced
            else (a.price is None or a.price <= 0)
        )
    )


def selling_in(till: TillDriver, currency: str) -> None:
    """store.currency as F11 saves it: it takes effect at once."""
    till.window.settings_actions.apply_settings(
        Settings.model_validate({"store": {"currency": currency}})
    )


def price_cells(till: TillDriver) -> list[str]:
    model = till.window.basket_model
    return [str(model.index(row, PRICE_COLUMN).data()) for row in range(model.rowCount())]


async def scanned(till: TillDriver, article: SimArticle, lines: int) -> None:
    assert article.barcode is not None
    till.scan(article.barcode)
    await until(lambda: till.window.basket_model.rowCount() == lines)
    await until(lambda: article.article_number in till.window.article_title.text())


def test_prices_are_in_the_stores_currency_and_a_line_without_one_is_left_out(
    qtbot, simulator, data_dir
) -> None:
    priced, unpriced = scannable(simulator, priced=True), scannable(simulator, priced=False)
    assert priced.price is not None and priced.currency == "SEK"  # Ongoing's purchase currency
    amount = f"{priced.price:.2f}"

    async def scenario() -> None:
        async with client_for(simulator) as client:
            till = open_till(qtbot, data_dir, client)
            await until(till.catalogue_loaded)
            selling_in(till, "NOK")
            await scanned(till, priced, 1)
            title = till.window.article_title.text()
            assert title.endswith(f"NOK{NBSP}{amount}") and "SEK" not in title
            assert till.window.total_label.text() == f"1 item   Total NOK{NBSP}{amount}"

            await scanned(till, unpriced, 2)
            assert till.window.article_title.text().endswith("  ·  no price")
            assert price_cells(till) == [f"NOK{NBSP}{amount}", "no price"]
            total = f"2 items   Total NOK{NBSP}{amount}  (1 line without a price left out)"
            assert till.window.total_label.text() == total

            LANGUAGE.switch("sv")
            QtCore.QCoreApplication.sendPostedEvents()
            swedish = amount.replace(".", ",")
            assert price_cells(till) == [f"{swedish}{NBSP}NOK", "inget pris"]
            assert till.window.total_label.text() == (
                f"2 st   Summa {swedish}{NBSP}NOK  (1 rad utan pris ingår inte)"
            )
            assert till.window.article_title.text().endswith("  ·  inget pris")
            await till.window.shutdown()

    run_on_qt_loop(scenario())


def test_lines_priced_in_another_currency_are_never_added_to_the_total(
    qtbot, simulator, data_dir
) -> None:
    """A basket priced in SEK, then the store sells in EUR: no line has a price in EUR."""
    first = scannable(simulator, priced=True)
    second = next(
        a
        for a in simulator.state.articles()
        if a.barcode and a.price and a.article_number != first.article_number
    )

    async def scenario() -> None:
        async with client_for(simulator) as client:
            till = open_till(qtbot, data_dir, client)
            await until(till.catalogue_loaded)
            await scanned(till, first, 1)
            await scanned(till, second, 2)
            assert till.window.total_label.text().startswith("2 items   Total SEK")
            selling_in(till, "EUR")
            assert price_cells(till) == ["no price", "no price"]
            assert till.window.total_label.text() == "2 items   no price"
            assert all(line.unit_price is None for line in till.window.session.lines)
            await scanned(till, first, 2)  # a new scan: the same line, still no price in EUR
            assert till.window.total_label.text() == "3 items   no price"
            selling_in(till, "SEK")  # what the basket kept comes back
            expected = (first.price or 0) * 2 + (second.price or 0)
            assert till.window.session.basket_total().amount == Decimal(expected)
            await till.window.shutdown()

    run_on_qt_loop(scenario())


def test_the_price_column_says_no_price_in_each_language() -> None:
    model = BasketTableModel(lambda number, quantity: None, lambda text: None)
    model.set_lines((BasketLine("A", "Pläd", 1),))
    assert model.index(0, PRICE_COLUMN).data() == "no price"
    assert model.index(0, PRICE_COLUMN + 1).data() == "–"
    LANGUAGE.switch("sv")
    model.retranslate()
    assert model.index(0, PRICE_COLUMN).data() == "inget pris"
