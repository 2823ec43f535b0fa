"""Text as the search (F2) compares it: case folded, accents dropped, split into words.

Shared by the search in memory (app/services/article_search.py) and the catalogue on disk,
which keeps every name folded this way so SQLite's full-text index finds the same words.
"""

from __future__ import annotations

import re
import unicodedata

# Letters that are letters of their own, not a letter with a mark, in the Nordic languages.
_OWN_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d"})
_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """Text as the search compares it: case folded, accents and marks dropped ("Pläd" -> "plad")."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.translate(_OWN_LETTERS)


def words_of(text: str) -> list[str]:
    """The words of a folded text: letters and digits, split at spaces and punctuation."""
    return _WORD.findall(text)
