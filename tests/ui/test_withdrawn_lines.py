"""A basket line of an article Ongoing no longer sells says so in its name, in each language."""

from __future__ import annotations

import pytest

from app.domain.basket import BasketLine
from app.ui.basket_table import BasketTableModel
from app.ui.i18n import LANGUAGE
from tests.helpers.catalogues import tool

NAME_COLUMN = 1


@pytest.fixture(autouse=True)
def real_catalogues(english_afterwards: None) -> None:
    tool.build()  # the Swedish half reads the real .qm
    LANGUAGE.switch("en")


def test_a_withdrawn_line_is_marked_until_it_is_no_longer_withdrawn(qapp: object) -> None:
    model = BasketTableModel(lambda number, quantity: None, lambda text: None)
    lines = (BasketLine("A", "Pläd", 1), BasketLine("B", "Filt", 2))
    model.set_lines(lines, frozenset({"B"}))
    assert model.index(0, NAME_COLUMN).data() == "Pläd"
    assert model.index(1, NAME_COLUMN).data() == "Filt  (NO LONGER SOLD: remove it)"
    LANGUAGE.switch("sv")
    model.retranslate()
    assert model.index(1, NAME_COLUMN).data() == "Filt  (SÄLJS INTE LÄNGRE: ta bort raden)"
    model.set_lines(lines)  # the mark goes with the withdrawal
    assert model.index(1, NAME_COLUMN).data() == "Filt"
