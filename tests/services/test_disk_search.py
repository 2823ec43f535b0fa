"""The search (F2) on the disk catalogue finds what the search in memory finds, in its order.

The catalogue on disk answers F2 with SQLite's full-text index instead of holding every name
in memory; the cashier must not tell the difference. Every query below is asked of both,
over the demo's 320 articles and a few made to test the rules (compound words, accents,
digits, numbers that are also words).
"""

from __future__ import annotations

import asyncio
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from app.domain.articles import CatalogueArticle, Withdrawal
from app.persistence.catalogue_file import CatalogueFile
from app.services.catalogue import Catalogue, to_catalogue_article
from app.services.disk_catalogue import DiskCatalogue
from app.simulator import load_demo_state
from app.simulator.routes import article_json

QUERIES = [
    "k", "ka", "kaf", "kaffe", "KAFFE mörk", "ull plad", "plad ull", "pläd", "handduk",
    "ts-0", "ts-000013", "TS-00001", "13", "130", "130x170", "x", "te", "grå", "gra ull",
    "o", "ull", "  ull   ", "zzzz", "ska", "ö", "1", "kok", "kokshandduk", "7377657018867",
]  # fmt: skip
EXTRA = [
    CatalogueArticle(900001, "KOK-1", "Kökshandduk linne 50x70", Decimal(59), ()),
    CatalogueArticle(900002, "ULL-9", "Ullstrumpa grå 40-42", Decimal(99), ()),
    CatalogueArticle(900003, "1300", "Skruv 1300 mm", None, ()),
    CatalogueArticle(900004, "GONE-1", "Ullplagg utgånget", Decimal(10), (), Withdrawal.INACTIVE),
]


def both(path: Path) -> tuple[Catalogue, DiskCatalogue]:
    state = load_demo_state()
    goods_owner = {"id": 1, "name": "demo"}
    stock = state.stock_by_warehouse(a.article_number for a in state.articles())
    from app.ongoing.models import Article

    articles = [
        to_catalogue_article(
            Article.model_validate(article_json(a, stock[a.article_number], goods_owner))
        )
        for a in state.articles()
    ] + EXTRA
    memory = Catalogue()
    memory.add(articles)
    disk = DiskCatalogue("test|1", path)
    disk._open()
    assert disk._file is not None
    disk._file.put(articles)
    return memory, disk


@pytest.mark.parametrize("limit", [50, 5])
def test_the_disk_search_answers_as_the_memory_search(tmp_path: Path, limit: int) -> None:
    memory, disk = both(tmp_path / "catalogue.sqlite")
    for query in QUERIES:
        expected = memory.search(query, limit)
        got = disk.search(query, limit)
        assert [a.number for a in got.articles] == [a.number for a in expected.articles], query
        assert got.total == expected.total, query
        assert got.exact == expected.exact, query
    disk.close()


def test_an_article_no_longer_sold_is_not_found_by_name(tmp_path: Path) -> None:
    _, disk = both(tmp_path / "catalogue.sqlite")
    assert "GONE-1" not in [a.number for a in disk.search("utgang").articles]
    assert disk.search("utgang").total == 0
    assert [a.number for a in disk.search("ullplagg").articles] == []
    disk.close()


def test_a_renamed_article_is_found_by_its_new_name_only(tmp_path: Path) -> None:
    _, disk = both(tmp_path / "catalogue.sqlite")
    assert disk._file is not None
    renamed = CatalogueArticle(900001, "KOK-1", "Diskhandduk bomull", Decimal(59), ())
    asyncio.run(asyncio.to_thread(disk._file.put, [renamed]))
    assert [a.number for a in disk.search("diskhand").articles] == ["KOK-1"]
    assert "KOK-1" not in [a.number for a in disk.search("linne").articles]
    disk.close()


def test_a_file_of_an_older_format_is_made_anew(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.sqlite"
    old = sqlite3.connect(path)
    old.executescript(
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "INSERT INTO meta VALUES ('format', '1'), ('source', 'test|1');"
        "CREATE TABLE articles(system_id INTEGER PRIMARY KEY, number TEXT);"
        "INSERT INTO articles VALUES (1, 'OLD-1');"
    )
    old.close()
    opened, emptied = CatalogueFile.open(path, "test|1")
    assert emptied
    assert opened.by_number("OLD-1") is None
    opened.put([EXTRA[0]])
    assert opened.by_number("KOK-1") == EXTRA[0]
    opened.close()
    again, emptied_again = CatalogueFile.open(path, "test|1")
    assert not emptied_again and again.by_number("KOK-1") == EXTRA[0]
    again.close()
