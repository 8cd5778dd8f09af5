"""Which words of a search query are searched for, the same on SQLite and PostgreSQL.

PostgreSQL's English search drops common words ("the" alone found nothing) while SQLite's FTS5
required them ("the" found every article, "strikes or raid" nothing): one list, PostgreSQL's
own English stop words (the Snowball list), is dropped before either engine sees the query.
"""

from __future__ import annotations

import re

from sitrep.errors import BadInput

# PostgreSQL's english.stop, as `to_tsvector('english', ...)` drops them
_ENGLISH_STOP_LIST = """
    i me my myself we our ours ourselves you your yours yourself yourselves he him his himself
    she her hers herself it its itself they them their theirs themselves what which who whom
    this that these those am is are was were be been being have has had having do does did
    doing a an the and but if or because as until while of at by for with about against between
    into through during before after above below to from up down in out on off over under again
    further then once here there when where why how all any both each few more most other some
    such no nor not only own same so than too very s t can will just don should now
"""
STOP_WORDS = frozenset(_ENGLISH_STOP_LIST.split())
# The words a user types to join a query ("drones OR rockets"), in capitals as often as not.
QUERY_OPERATORS = frozenset({"and", "or", "not"})

_WORD = re.compile(r"[^\W_]+")


def search_words(query: str) -> list[str]:
    """The query's words that are searched for: each whitespace-separated word with a letter or
    digit that is not only stop words ("al-Shabaab" stays one word, "the" and "OR" go). A stop
    word written in capitals names something ("IS", the Islamic State; "WHO", the World Health
    Organization) and is searched.

    A query left with none is bad input, not a search that finds nothing (or everything).
    """
    words = [word for word in query.split() if any(map(_searched, _WORD.findall(word)))]
    if not words:
        raise BadInput(f"nothing to search for in {query.strip()!r}", _why_nothing(query))
    return words


def _why_nothing(query: str) -> str:
    """Why a query has no searched word, in the terms of what was typed: punctuation ("%", a
    lone quote) is not a word, which "words as common as 'the'" would not explain."""
    if not _WORD.search(query):
        return "search needs a word with letters or digits; punctuation alone is not searched"
    return (
        "words as common as 'the', 'of' or 'or' are not searched; "
        "add a word that names what you are looking for"
    )


_QUOTED = re.compile(r'["\u201c\u201d]([^"\u201c\u201d]+)["\u201c\u201d]')


def quoted_phrases(query: str) -> list[str]:
    """The query's quoted phrases of two indexed words or more, as their words ("health
    ministry" from `"health ministry"`), stop words kept: a reader who quotes "ministry of
    health" wants those words side by side, not anywhere in the article. A quote with fewer
    ("to be", "the WHO") is searched as its words: PostgreSQL's phrase of stop words alone is
    empty and matched nothing where SQLite's matched the words."""
    phrases = (" ".join(_WORD.findall(quoted)) for quoted in _QUOTED.findall(query))
    return [phrase for phrase in phrases if _indexed_count(phrase.split()) >= 2]


def stop_word_acronyms(words: list[str]) -> list[str]:
    """The searched words' acronyms that are stop words in lower case ("WHO", "IS"): neither
    index tells them from the stop word (SQLite's folds case, so "WHO" finds every "who";
    PostgreSQL's english configuration drops both), so each is looked for as a whole word in
    its capitals beside the index, alike on both stores."""
    return [
        part
        for word in words
        for part in _WORD.findall(word)
        if part.lower() in STOP_WORDS and _searched(part)
    ]


def indexed_words(words: list[str]) -> bool:
    """Whether the words have any that the full-text index holds, a stop word in capitals or
    not: a query of "WHO" alone has none."""
    return _indexed_count(words) > 0


def _indexed_count(words: list[str]) -> int:
    """How many parts of the words the full-text index holds (stop words, in capitals or not,
    it does not)."""
    return sum(part.lower() not in STOP_WORDS for word in words for part in _WORD.findall(word))


def _searched(part: str) -> bool:
    """A part of a word is searched unless it is a stop word not written as an acronym: "who"
    goes, "WHO" stays; "OR" joins a query and goes."""
    lower = part.lower()
    acronym = len(part) > 1 and part.isupper() and lower not in QUERY_OPERATORS
    return acronym or lower not in STOP_WORDS
