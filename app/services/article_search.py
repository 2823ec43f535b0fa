"""Find an article by hand: words of its name in any order, or the start of its number.

For the article whose label will not scan. The cashier types a few letters of each word,
in any order, without caring for case or accents: "plad ull" finds "Pläd ull 130x170 grå",
"ts-0001" every article number starting so. A word of one or two letters matches the start
of a word of the name; a longer one also its inside, because Nordic names are compounds
("handduk" finds "Kökshandduk"); digits only a word's start ("450", not "1450"). Best
first: article numbers that start with what was typed, then names whose words all start
with the words typed, then the rest, each by name.

`ArticleSearch` is all the catalogue needs of a search; `SearchIndex` answers it from
memory in a few milliseconds on 100,000 articles (`make bench-search`). When the catalogue
moves to a database on disk, a query there can take its place behind the same interface.
"""

from __future__ import annotations

import heapq
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from itertools import islice
from typing import Protocol

from app.domain.folding import fold, words_of

__all__ = ["ArticleSearch", "SearchIndex", "SearchResult", "fold", "words_of"]

INSIDE_FROM = 3  # a typed word this long also matches inside a word of the name
MANY_FROM = 10  # matches in one article of this many or more: read the catalogue's order
WALK_AT_MOST = 20_000  # articles read so (about a millisecond) before sorting out the set
NUMBER_FROM = 2  # typed this long, the text also finds article numbers starting with it
_LAST = "\U0010ffff"  # sorts after any text: what starts with X lies before X + _LAST


@dataclass(frozen=True, slots=True)
class SearchResult:
    """Article numbers best first, at most the limit asked for; `total`: how many match."""

    numbers: tuple[str, ...]
    total: int


class ArticleSearch(Protocol):
    """What the catalogue needs of a search, whatever holds the articles."""

    def put(self, number: str, name: str) -> None:
        """Add an article, or take its new name."""

    def search(self, query: str, limit: int) -> SearchResult:
        """The articles matching what the cashier typed, best first."""


class SearchIndex:
    """An inverted index in memory: each word of a name to the articles that have it.

    Articles get a small id in the order they come; a word's ids are kept in an array (4
    bytes each). The words and the folded article numbers are sorted when first searched
    after a change, so the catalogue's load and refreshes add articles cheaply.
    """

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self._numbers: list[str] = []  # id -> article number, as Ongoing has it
        self._folded_numbers: list[str] = []  # id -> article number as the search compares it
        self._keys: list[str] = []  # id -> folded name and number: the order shown
        self._postings: dict[str, array[int]] = {}
        self._vocabulary: list[str] = []  # sorted words, made again after new ones
        self._joined = ""  # the vocabulary as one text, a word a line: searched in C
        self._by_number: list[int] = []  # ids by folded number, sorted lazily
        self._new_words: list[str] = []  # words not yet in the sorted vocabulary
        self._numbers_stale = False
        self._inside: dict[str, list[str]] = {}  # typed word -> words it is inside of
        self._order: list[int] = []  # ids by name, then number: the order shown
        self._rank: array[int] = array("i")  # id -> its place in that order
        self._order_stale = False
        self._matches: dict[str, tuple[set[int], set[int]]] = {}  # the words being typed

    def __len__(self) -> int:
        return len(self._numbers)

    def put(self, number: str, name: str) -> None:
        folded_name = fold(name)
        postings = self._postings
        known = self._ids.get(number)
        if known is None:
            known = self._ids[number] = len(self._numbers)
            self._numbers.append(number)
            self._folded_numbers.append(fold(number))
            self._keys.append("")
            self._by_number.append(known)
            self._order.append(known)
            self._numbers_stale = True
        else:  # a new name: its old words no longer find it
            for word in set(words_of(self._keys[known].partition("\0")[0])):
                postings[word].remove(known)
        self._order_stale = True
        self._matches.clear()
        for word in set(words_of(folded_name)):
            ids = postings.get(word)
            if ids is None:
                ids = postings[word] = array("i")
                self._new_words.append(word)
            ids.append(known)
        self._keys[known] = f"{folded_name}\0{self._folded_numbers[known]}"

    def search(self, query: str, limit: int) -> SearchResult:
        folded = " ".join(fold(query).split())
        if not folded or limit <= 0:
            return SearchResult((), 0)
        self._sort_if_stale()
        start, end = self._number_range(folded) if len(folded) >= NUMBER_FROM else (0, 0)
        first, rest = self._name_matches(words_of(folded))
        shown = self._by_number[start : min(end, start + limit)]
        for source in (self._best(first, limit), self._best(rest, limit)):
            for known in source:
                if len(shown) == limit:
                    break
                if known not in shown:
                    shown.append(known)
        twice = self._counted_twice(folded, start, end, first | rest) if end > start else 0
        total = end - start + len(first) + len(rest) - twice
        return SearchResult(tuple(self._numbers[known] for known in shown), total)

    # --- internals ---

    def _sort_if_stale(self) -> None:
        if self._numbers_stale:
            self._by_number.sort(key=self._folded_numbers.__getitem__)
            self._numbers_stale = False
        if self._order_stale:  # one sorted run and a few new or renamed: cheap for timsort
            self._order.sort(key=self._keys.__getitem__)
            rank = array("i", bytes(4 * len(self._order)))
            for place, known in enumerate(self._order):
                rank[known] = place
            self._rank = rank
            self._order_stale = False
        if self._new_words:  # a sorted run and a few new: cheap for timsort
            self._vocabulary += self._new_words
            self._vocabulary.sort()
            self._new_words = []
            self._joined = "\n".join(self._vocabulary)
            self._inside.clear()

    def _number_range(self, folded: str) -> tuple[int, int]:
        """Where the articles whose number starts with the text lie in `_by_number`."""
        numbers, folded_number = self._by_number, self._folded_numbers.__getitem__
        start = bisect_left(numbers, folded, key=folded_number)
        return start, bisect_left(numbers, folded + _LAST, lo=start, key=folded_number)

    def _counted_twice(self, folded: str, start: int, end: int, by_name: set[int]) -> int:
        """How many articles both their number and their name found (the smaller side read)."""
        if end - start <= len(by_name):
            return len(by_name.intersection(self._by_number[start:end]))
        numbers = self._folded_numbers
        return sum(1 for known in by_name if numbers[known].startswith(folded))

    def _starting_with(self, word: str) -> list[str]:
        vocabulary = self._vocabulary
        start = bisect_left(vocabulary, word)
        end = bisect_left(vocabulary, word + _LAST, lo=start)
        return vocabulary[start:end]

    def _inside_of(self, word: str) -> list[str]:
        """Words that hold `word` past their start; remembered until new words arrive.

        Found by `str.find` in the whole vocabulary written out as one text, one word a line:
        the search runs in C, and Python only sees the words that hold it.
        """
        found = self._inside.get(word)
        if found is None:
            text = self._joined
            found = []
            at = text.find(word)
            while at >= 0:
                start = text.rfind("\n", 0, at) + 1
                end = text.find("\n", at)
                end = len(text) if end < 0 else end
                if at > start:
                    found.append(text[start:end])
                at = text.find(word, end)  # on from the next word: each word once
            if len(self._inside) > 256:
                self._inside.clear()
            self._inside[word] = found
        return found

    def _ids_of(self, words: list[str]) -> set[int]:
        return set().union(*map(self._postings.__getitem__, words))

    def _name_matches(self, typed: list[str]) -> tuple[set[int], set[int]]:
        """Articles whose name has every typed word at a word's start; the others that have
        every typed word somewhere (inside a word for the longer ones)."""
        if not typed:
            return set(), set()
        starts: list[set[int]] = []
        anywhere: list[set[int]] = []
        for word in dict.fromkeys(typed):
            at_start, inside = self._matches_of(word)
            starts.append(at_start)
            anywhere.append(at_start | inside if inside else at_start)
        starts.sort(key=len)
        anywhere.sort(key=len)
        first = starts[0].intersection(*starts[1:])
        every = anywhere[0].intersection(*anywhere[1:])
        return first, every - first

    def _matches_of(self, word: str) -> tuple[set[int], set[int]]:
        """Articles with a word starting with `word`, and those with it inside a word only;
        remembered while the cashier types the next words."""
        found = self._matches.get(word)
        if found is None:
            at_start = self._ids_of(self._starting_with(word))
            inside = set()
            if len(word) >= INSIDE_FROM and not word.isdigit():  # digits: a code, a size
                inside = self._ids_of(self._inside_of(word)) - at_start
            found = (at_start, inside)
            if len(self._matches) > 16:
                self._matches.clear()
            self._matches[word] = found
        return found

    def _best(self, ids: set[int], limit: int) -> list[int]:
        """The first `limit` of these ids in the order shown: by name, then number.

        Of many (a letter or two typed), the first ones usually lie early in the whole
        catalogue's order: read it for a while before picking them out of the set.
        """
        rank = self._rank.__getitem__
        if len(ids) <= limit:
            return sorted(ids, key=rank)
        if len(ids) * MANY_FROM >= len(self._order):
            early = islice(self._order, WALK_AT_MOST)
            found = list(islice((known for known in early if known in ids), limit))
            if len(found) == limit:
                return found
        return heapq.nsmallest(limit, ids, key=rank)
