"""The search behind F2: words of a name in any order, without case or accents; numbers by
their start; best first. Pure: an index filled by hand, no Ongoing."""

from __future__ import annotations

from app.services.article_search import SearchIndex, fold

ARTICLES = (
    ("TS-000012", "Pläd ull 130x170 grå"),
    ("TS-000022", "Pläd ull 130x170 natur"),
    ("TS-000006", "Ullsockor grå 39-42"),
    ("TS-000017", "Vantar ull M grå"),
    ("TS-000003", "Knäckebröd fullkorn 520 g"),
    ("TS-000013", "Kökshandduk linne natur"),
    ("TS-000005", "Handduk frotté 50x70 vit"),
    ("TS-000130", "Kaffe mörkrost 450 g"),
    ("TS-000131", "Kaffe mellanrost 450 g"),
    ("NO-1", "Strømpe ull"),
)


def index(articles: tuple[tuple[str, str], ...] = ARTICLES) -> SearchIndex:
    built = SearchIndex()
    for number, name in articles:
        built.put(number, name)
    return built


def names(found: tuple[str, ...]) -> list[str]:
    by_number = dict(ARTICLES)
    return [by_number[number] for number in found]


def test_fold_drops_case_and_marks_and_spells_nordic_letters_plainly() -> None:
    assert fold("Pläd ULL Grå") == "plad ull gra"
    assert fold("Strømpe Æble") == "strompe aeble"
    assert fold("KÖKSHANDDUK") == "kokshandduk"


def test_words_in_any_order_without_case_or_accents() -> None:
    search = index()
    expected = ["Pläd ull 130x170 grå"]
    assert names(search.search("plad ull gra", 10).numbers) == expected
    assert names(search.search("GRÅ  pläd", 10).numbers) == expected
    assert names(search.search("130x ull pl", 10).numbers) == [
        "Pläd ull 130x170 grå",
        "Pläd ull 130x170 natur",
    ]
    assert search.search("plad ull gra", 10).total == 1
    assert search.search("plad sylt", 10).numbers == ()
    assert search.search("strompe", 10).numbers == ("NO-1",)


def test_a_word_of_three_letters_or_more_is_found_inside_compound_words() -> None:
    search = index()
    # "handduk" starts one name and is inside another (Kökshandduk): both, word-starts first.
    assert names(search.search("handduk", 10).numbers) == [
        "Handduk frotté 50x70 vit",
        "Kökshandduk linne natur",
    ]
    # Two letters match the start of a word only: "ul" is not "fullkorn".
    assert "Knäckebröd fullkorn 520 g" not in names(search.search("ul", 10).numbers)
    assert "Knäckebröd fullkorn 520 g" in names(search.search("ull", 10).numbers)


def test_names_whose_words_start_with_the_typed_words_come_before_the_others() -> None:
    found = names(index().search("ull", 10).numbers)
    inside_only = found.index("Knäckebröd fullkorn 520 g")
    assert inside_only == len(found) - 1
    # Each group by name: alphabetical, as the cashier reads the list.
    assert found[:inside_only] == sorted(found[:inside_only], key=fold)


def test_article_numbers_are_found_by_their_start_whatever_the_case_and_come_first() -> None:
    search = index()
    assert search.search("ts-00013", 10).numbers == ("TS-000130", "TS-000131")
    assert search.search("ts-000013", 10).numbers[0] == "TS-000013"
    # A number's start and a name's word can both find things: numbers come first.
    both = index((*ARTICLES, ("KAF-1", "Te chai 100 g")))
    assert both.search("kaf", 10).numbers[0] == "KAF-1"
    assert set(both.search("kaf", 10).numbers[1:]) == {"TS-000130", "TS-000131"}


def test_the_total_counts_every_match_once_and_the_list_stops_at_the_limit() -> None:
    many = tuple((f"A-{n:03d}", f"Ljus {n}") for n in range(120))
    search = index(many)
    found = search.search("ljus", 50)
    assert len(found.numbers) == 50
    assert found.total == 120
    # An article found both by its number and by its name is counted once.
    twice = index((("LJUS-1", "Ljus stor"), ("B-2", "Ljus liten")))
    assert twice.search("ljus", 10).total == 2


def test_a_new_name_replaces_the_old_one() -> None:
    search = index()
    search.put("TS-000005", "Badlakan vit")
    assert "TS-000005" not in search.search("handduk", 10).numbers
    assert search.search("badlakan", 10).numbers == ("TS-000005",)
    assert len(search) == len(ARTICLES)


def test_articles_added_after_a_search_are_found_in_their_place() -> None:
    search = index()
    assert search.search("kaffe", 10).total == 2
    search.put("TS-000132", "Kaffe ljusrost 450 g")
    # By name: ljusrost, mellanrost, mörkrost.
    assert search.search("kaffe", 10).numbers == ("TS-000132", "TS-000131", "TS-000130")


def test_nothing_typed_finds_nothing() -> None:
    search = index()
    assert search.search("", 10).numbers == ()
    assert search.search("   ", 10).total == 0
    assert search.search("-", 10).numbers == ()
