"""Typed article numbers match whatever the case; barcodes stay exact; the search (F2).

Ongoing compares article numbers exactly, so two articles may differ only by case (AB-1
and ab-1): then the exact one is taken, and a spelling that is neither is refused rather
than guessed. A real client on the loopback simulator.
"""

from __future__ import annotations

from app.services.catalogue import Catalogue, CatalogueArticle
from app.services.checkout import CheckoutSession
from app.services.stock_lookup import look_up_codes
from app.simulator.state import SimArticle
from tests.helpers.checkout import Recorder
from tests.helpers.simulator import client_for, inventory_requests, stocked_article
from tests.helpers.waiting import run

ARTICLES = "/articles"


def numbers_asked(simulator) -> list[list[str]]:
    """The article numbers of every GET /articles asking by number, oldest first."""
    asked = [r.query for r in simulator.requests if r.method == "GET" and r.path == ARTICLES]
    numbers = [[value for key, value in query if key == "articleNumbers"] for query in asked]
    return [found for found in numbers if found]


def add_case_twins(simulator) -> None:
    """Two articles whose numbers differ only by case, as Ongoing allows."""
    simulator.state.put_article(SimArticle(990001, "AB-1", "Ljusstake mässing", None))
    simulator.state.put_article(SimArticle(990002, "ab-1", "Ljusstake järn", None))


def test_a_typed_article_number_matches_whatever_the_case(simulator) -> None:
    article = stocked_article(simulator)
    typed = article.article_number.lower()
    assert typed != article.article_number

    async def scenario() -> CheckoutSession:
        async with client_for(simulator) as client:
            session = CheckoutSession(client)
            await session.start()
            simulator.requests.clear()
            assert await session.scan(typed)
            assert await session.scan(f"  {article.article_number.title()} ")
            await session.close()
            return session

    session = run(scenario())
    assert [(line.article_number, line.quantity) for line in session.basket.lines] == [
        (article.article_number, 2)
    ]
    # Ongoing is asked once per spelling the catalogue does not hold exactly, in one request:
    # an article created since the catalogue loaded with exactly that number would win.
    assert numbers_asked(simulator)[0] == [typed, typed.upper()]
    assert inventory_requests(simulator) == 2


def test_when_numbers_differ_only_by_case_the_exact_one_wins_and_no_other_is_guessed(
    simulator,
) -> None:
    add_case_twins(simulator)
    recorder = Recorder()

    async def scenario() -> CheckoutSession:
        async with client_for(simulator) as client:
            session = CheckoutSession(client, listeners=recorder.listeners())
            await session.start()
            assert await session.scan("ab-1")
            assert await session.scan("AB-1")
            assert await session.scan("ab-1")
            assert not await session.scan("Ab-1")  # neither: which one is meant?
            await session.close()
            return session

    session = run(scenario())
    assert [(line.article_number, line.quantity) for line in session.basket.lines] == [
        ("ab-1", 2),
        ("AB-1", 1),
    ]
    refused = str(recorder.failures[-1].text)
    assert "Ab-1" in refused and "AB-1, ab-1" in refused and "F2" in refused


def test_while_the_catalogue_loads_a_number_in_another_case_does_not_take_its_twin(
    simulator,
) -> None:
    """The catalogue holds AB-1 only (ab-1 not loaded yet): typing ab-1 must not take AB-1."""
    add_case_twins(simulator)

    async def scenario() -> CheckoutSession:
        async with client_for(simulator) as client:
            session = CheckoutSession(client)
            session.catalogue.add([CatalogueArticle(990001, "AB-1", "Ljusstake mässing", None, ())])
            assert await session.scan("ab-1")
            await session.close()
            return session

    session = run(scenario())
    assert [line.article_number for line in session.basket.lines] == ["ab-1"]


def test_offline_a_number_in_another_case_is_taken_from_what_the_catalogue_holds(
    simulator,
) -> None:
    article = stocked_article(simulator)
    recorder = Recorder()

    async def scenario() -> CheckoutSession:
        async with client_for(simulator) as client:
            session = CheckoutSession(client, listeners=recorder.listeners())
            await session.start()
            simulator.faults.enqueue("drop", count=50, path_suffix=ARTICLES)
            assert await session.scan(article.article_number.lower())
            simulator.faults.clear()
            await session.close()
            return session

    session = run(scenario())
    assert [line.article_number for line in session.basket.lines] == [article.article_number]
    assert recorder.connection[0] is False  # the banner says Ongoing is away


def test_the_command_line_lookup_matches_numbers_whatever_the_case(simulator) -> None:
    article = stocked_article(simulator)
    add_case_twins(simulator)

    async def scenario():
        async with client_for(simulator) as client:
            return await look_up_codes(
                client, [article.article_number.lower(), "ab-1", "AB-1", "Ab-1"]
            )

    report = run(scenario())
    assert [(a.query, a.article_number) for a in report.articles] == [
        (article.article_number.lower(), article.article_number),
        ("ab-1", "ab-1"),
        ("AB-1", "AB-1"),
    ]
    [unresolved] = report.unresolved
    assert unresolved.query == "Ab-1" and "AB-1, ab-1" in unresolved.message


# --- the search (F2) ---


def catalogue_of(*articles: tuple[str, str, str]) -> Catalogue:
    catalogue = Catalogue()
    catalogue.add(
        CatalogueArticle(1000 + n, number, name, None, (barcode,) if barcode else ())
        for n, (number, name, barcode) in enumerate(articles)
    )
    return catalogue


THROW = ("TS-000012", "Pläd ull 130x170 grå", "7378762336914")
SOCKS = ("TS-000006", "Ullsockor grå 39-42", "")
TWIN = ("ts-000012", "Pläd ull 130x170 natur", "")


def test_the_search_lists_the_article_a_code_names_first() -> None:
    catalogue = catalogue_of(SOCKS, THROW)
    by_barcode = catalogue.search("7378762336914")
    assert [a.number for a in by_barcode.articles] == ["TS-000012"]
    assert by_barcode.exact is not None and by_barcode.total == 1
    # Typed in small letters, the number still names it.
    assert catalogue.search("ts-000012").exact == by_barcode.exact
    by_name = catalogue.search("ull gra")
    assert by_name.exact is None
    assert [a.number for a in by_name.articles] == ["TS-000012", "TS-000006"]
    # Of two numbers differing only by case, the exact spelling is first.
    twins = catalogue_of(THROW, TWIN)
    assert twins.search("ts-000012").articles[0].number == "ts-000012"
    assert twins.search("TS-000012").articles[0].number == "TS-000012"


def test_enter_in_the_search_takes_the_highlighted_article_or_looks_the_code_up() -> None:
    catalogue = catalogue_of(SOCKS, THROW)
    found = catalogue.search("ull gra")
    assert found.chosen(1) == found.articles[1]
    assert found.chosen(0) == found.articles[0]
    # A barcode the catalogue does not hold is looked up as if scanned, never a name hit.
    assert catalogue.search("7377657018867").chosen(0) == "7377657018867"
    # Nothing listed: the text is looked up as a code (Ongoing may have it).
    assert catalogue.search("XY-77").chosen(None) == "XY-77"
    assert catalogue.search("  ").chosen(None) is None


def test_an_article_picked_in_the_search_goes_into_the_basket_with_its_stock(simulator) -> None:
    article = stocked_article(simulator)

    async def scenario() -> CheckoutSession:
        async with client_for(simulator) as client:
            session = CheckoutSession(client)
            await session.start()
            name = session.catalogue.by_number(article.article_number)
            assert name is not None
            found = session.find_articles(name.name)
            assert article.article_number in [a.number for a in found.articles]
            simulator.requests.clear()
            assert await session.take(article.article_number)
            await session.close()
            return session

    session = run(scenario())
    assert [line.article_number for line in session.basket.lines] == [article.article_number]
    assert inventory_requests(simulator) == 1  # the stock, as for a scan: nothing else asked
    assert numbers_asked(simulator) == []
    assert session.current_snapshot() is not None


def test_numbers_in_any_mix_of_capitals_match_and_case_twins_are_never_guessed() -> None:
    catalogue = catalogue_of(("Ts-77", "Ljuslykta glas", ""), ("AB-1", "Ljusstake", ""))
    for typed in ("ts-77", "TS-77", "tS-77 "):
        found = catalogue.resolve_ignoring_case(typed)
        assert found is not None and found.number == "Ts-77"
    assert catalogue.resolve_ignoring_case("ab-1") is not None
    catalogue.add([CatalogueArticle(9, "Ab-1", "Ljusstake järn", None, ())])
    assert catalogue.resolve_ignoring_case("ab-1") is None
    assert catalogue.case_twins("ab-1") == ("AB-1", "Ab-1")
    assert catalogue.case_twins("ts-77") == ()
