"""The catalogue file's own rules for numbers: one article per article number, whatever
order Ongoing brings the changes in. A real SQLite file in tmp_path."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from app.domain.articles import CatalogueArticle
from app.persistence.catalogue_file import CatalogueFile


def article(system_id: int, number: str, barcode: str = "") -> CatalogueArticle:
    return CatalogueArticle(
        system_id, number, f"Article {number}", Decimal("10.00"), (barcode,) if barcode else ()
    )


def test_a_number_taken_over_by_another_article_leaves_the_old_row(tmp_path: Path) -> None:
    opened, emptied = CatalogueFile.open(tmp_path / "catalogue.sqlite", "account")
    try:
        assert emptied
        assert opened.put([article(1, "X-1", "7312345678903"), article(2, "X-2")]) == 2
        scanned = opened.by_barcode("7312345678903")
        assert scanned is not None and scanned.system_id == 1
        # Ongoing renumbered article 1 and gave its old number to a new article 3, in one page
        opened.put([article(1, "X-9"), article(3, "X-1")])
        found = opened.by_number("X-1")
        assert found is not None and found.system_id == 3
        renumbered = opened.by_number("X-9")
        assert renumbered is not None and renumbered.system_id == 1
        assert opened.by_barcode("7312345678903") is None  # its old barcode went with it
        assert opened.count() == 3
    finally:
        opened.close()


def test_many_numbers_are_checked_in_slices_and_each_one_moves(tmp_path: Path) -> None:
    """More numbers than one query takes: every one that moved to a new article is moved."""
    opened, _ = CatalogueFile.open(tmp_path / "catalogue.sqlite", "account")
    try:
        count = 1_250
        opened.put([article(i, f"N-{i}") for i in range(1, count + 1)])
        opened.put([article(10_000 + i, f"N-{i}") for i in range(1, count + 1)])
        assert opened.count() == count
        assert all(
            (found := opened.by_number(f"N-{i}")) is not None and found.system_id == 10_000 + i
            for i in (1, 500, 501, 1_000, 1_250)
        )
    finally:
        opened.close()


def test_an_article_whose_number_went_to_another_leaves_no_barcode_or_words(
    tmp_path: Path,
) -> None:
    """The new article comes without the old one (another page, or the old one deleted in
    the WMS): the old row's barcode and words go with its row, so neither finds a ghost."""
    opened, _ = CatalogueFile.open(tmp_path / "catalogue.sqlite", "account")
    try:
        lamp = CatalogueArticle(1, "X-1", "Blue lamp", None, ("7312345678903",))
        opened.put([lamp])
        assert opened.search("lamp", 10)[0] == ("X-1",)
        opened.put([CatalogueArticle(3, "X-1", "Red chair", None, ())])
        assert opened.search("lamp", 10)[0] == ()
        assert opened.search("chair", 10)[0] == ("X-1",)
        ghosts = opened.read.execute("SELECT count(*) FROM codes WHERE system_id = 1")
        assert ghosts.fetchone() == (0,)
    finally:
        opened.close()
