"""The search behind F2 on 100,000 articles: query time as the cashier types, build, memory.

Run: `make bench-search` (or `.venv/bin/python -m benchmarks.article_search --articles 100000`).
The catalogue is the simulator's generated one (`generate_state`: a home-and-hardware shop,
its 320 names repeated with new numbers and barcodes). The panel searches once per key, so
every search is timed at every length as typed: "p", "pl", "pla"... Searches are two words
of a name in another order without accents ("ull plad"), compound words found inside
("handduk"), article numbers in small letters ("ts-0123"), barcodes, and a word found
nowhere. Each runs through `Catalogue.search`, as the window calls it (code parsing and the
exact match included), with the catalogue kept out of the collector's full passes as the
till keeps it (`gc.freeze`, app/ui/main_thread_gc.py).

Each is also timed in the CPU time of the thread that searches, which a machine busy with
other work does not inflate. Also printed: the time to fill the catalogue and its index, the
index's memory (traced by tracemalloc in a separate fill, since tracing slows the fill), the
first search after a full load (the index sorts its words and order then), and the first
search after 100 more articles arrived, as while the catalogue loads. The second catalogue
gives every name a made-up model code as well, a vocabulary of 100,000 words more, for a
store whose names are all different.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from app.files.locations import CATALOGUE_FILE
from app.services.article_search import SearchIndex, fold
from app.services.catalogue import Catalogue, CatalogueArticle
from app.services.disk_catalogue import DiskCatalogue
from app.simulator.demo_data import generate_state
from benchmarks.common import percentile

SEARCHES = 300
SHOWN = 50


def catalogue_articles(count: int, model_codes: bool) -> list[CatalogueArticle]:
    rng = random.Random(7)
    articles = []
    for article in generate_state(12, count, seed=3).articles():
        name = article.name
        if model_codes:  # e.g. "Kaffe mörkrost 450 g KXB4471": about one new word an article
            letters = "".join(rng.choice("ABCDEFGHKLMNPRSTVXZ") for _ in range(3))
            name += f" {letters}{rng.randrange(10**4):04d}"
        articles.append(
            CatalogueArticle(
                article.system_id, article.article_number, name, article.price, article.barcodes()
            )
        )
    return articles


def searches(articles: list[CatalogueArticle], count: int) -> list[str]:
    """What cashiers would type, in full; each is timed at every length."""
    rng = random.Random(11)
    typed: list[str] = []
    for n in range(count):
        article = rng.choice(articles)
        words = [w for w in fold(article.name).split() if any(c.isalpha() for c in w)]
        kind = n % 6
        if kind in (0, 1) and len(words) >= 2:
            picked = rng.sample(words, 2)
            typed.append(" ".join(word[: max(3, len(word) - rng.randrange(3))] for word in picked))
        elif kind == 2:
            typed.append(rng.choice(words)[1:])  # inside a compound, "andduk"
        elif kind == 3:
            typed.append(article.number.lower()[: rng.randrange(5, len(article.number) + 1)])
        elif kind == 4 and article.barcodes:
            typed.append(article.barcodes[0])
        else:
            typed.append("zyxwv")
    return typed


def fill(index: SearchIndex, articles: list[CatalogueArticle]) -> SearchIndex:
    for article in articles:
        index.put(article.number, article.name)
    return index


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def timed_cpu(action: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU time of the thread, in ms."""
    started, started_cpu = time.perf_counter(), time.thread_time()
    action()
    return (time.perf_counter() - started) * 1000, (time.thread_time() - started_cpu) * 1000


def measure(articles: list[CatalogueArticle], count: int, label: str) -> None:
    gc.collect()
    catalogue = Catalogue()
    fill_s = timed(lambda: catalogue.add(articles))
    first = timed_cpu(lambda: catalogue.search("kaffe", SHOWN))
    index_s = timed(lambda: fill(SearchIndex(), articles))
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    traced = fill(SearchIndex(), articles)
    traced.search("kaffe", SHOWN)
    index_mib = (tracemalloc.get_traced_memory()[0] - before) / 2**20
    tracemalloc.stop()
    del traced

    gc.freeze()  # as the till does once the catalogue is in (app/ui/main_thread_gc.py)
    samples: list[float] = []
    cpu: list[float] = []
    slowest = ("", 0.0)
    for text in searches(articles, count):
        for length in range(1, len(text) + 1):
            query = text[:length]
            started, started_cpu = time.perf_counter(), time.thread_time()
            catalogue.search(query, SHOWN)
            cpu.append(time.thread_time() - started_cpu)
            elapsed = time.perf_counter() - started
            samples.append(elapsed)
            if elapsed > slowest[1]:
                slowest = (query, elapsed)
    more = [
        CatalogueArticle(10**9 + n, f"NEW-{n:05d}", f"Ljusstake nyhet {n}", None, ())
        for n in range(100)
    ]
    catalogue.add(more)
    after_more = timed_cpu(lambda: catalogue.search("ljus", SHOWN))

    gc.unfreeze()
    ms = [s * 1000 for s in samples]
    print(f"{label}: {len(articles):,} articles")
    print(
        f"  search as typed: {len(ms):,} searches ({count} texts at every length): "
        f"median {statistics.median(ms):.2f} ms, p95 {percentile(ms, 0.95):.2f} ms, "
        f"max {max(ms):.2f} ms ({slowest[0]!r})"
    )
    cpu_ms = [c * 1000 for c in cpu]
    print(
        f"  the same in CPU time of the searching thread (what a busy machine does not add): "
        f"median {statistics.median(cpu_ms):.2f} ms, p95 {percentile(cpu_ms, 0.95):.2f} ms"
    )
    print(
        f"  fill the catalogue (dicts and index): {fill_s:.2f} s; the index alone "
        f"{index_s:.2f} s; memory of the index {index_mib:.1f} MiB"
    )
    print(
        f"  first search after the load {first[0]:.0f} ms (CPU {first[1]:.0f} ms); first "
        f"search after 100 more articles {after_more[0]:.0f} ms (CPU {after_more[1]:.0f} ms)"
    )


def measure_disk(articles: list[CatalogueArticle], count: int, label: str) -> None:
    """The same searches on the catalogue on disk, as the till now answers F2: SQLite's
    full-text index, nothing held in memory."""
    with tempfile.TemporaryDirectory() as folder:
        catalogue = DiskCatalogue("bench|1", Path(folder) / CATALOGUE_FILE)
        catalogue._open()
        opened = catalogue._file
        assert opened is not None
        fill_s = timed(
            lambda: [opened.put(articles[n : n + 1000]) for n in range(0, len(articles), 1000)]
        )
        samples: list[float] = []
        cpu: list[float] = []
        slowest = ("", 0.0)
        for text in searches(articles, count):
            for length in range(1, len(text) + 1):
                query = text[:length]
                started, started_cpu = time.perf_counter(), time.thread_time()
                catalogue.search(query, SHOWN)
                cpu.append(time.thread_time() - started_cpu)
                elapsed = time.perf_counter() - started
                samples.append(elapsed)
                if elapsed > slowest[1]:
                    slowest = (query, elapsed)
        size = (Path(folder) / CATALOGUE_FILE).stat().st_size / 2**20
        catalogue.close()
    ms = [s * 1000 for s in samples]
    cpu_ms = [c * 1000 for c in cpu]
    print(f"{label}, on disk (SQLite full-text): {len(articles):,} articles")
    print(
        f"  search as typed: {len(ms):,} searches: median {statistics.median(ms):.2f} ms, "
        f"p95 {percentile(ms, 0.95):.2f} ms, max {max(ms):.2f} ms ({slowest[0]!r}); CPU median "
        f"{statistics.median(cpu_ms):.2f} ms, p95 {percentile(cpu_ms, 0.95):.2f} ms"
    )
    print(f"  written to the file in {fill_s:.1f} s; the file {size:.1f} MiB; in memory: nothing")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--searches", type=int, default=SEARCHES)
    parser.add_argument("--disk-only", action="store_true", help="only the catalogue on disk")
    args = parser.parse_args()
    for model_codes, label in ((False, "generated catalogue"), (True, "with model codes")):
        measure_disk(catalogue_articles(args.articles, model_codes), args.searches, label)
    if args.disk_only:
        return
    measure(catalogue_articles(args.articles, False), args.searches, "generated catalogue")
    measure(
        catalogue_articles(args.articles, True),
        args.searches,
        "every name with its own model code",
    )


if __name__ == "__main__":
    main()
