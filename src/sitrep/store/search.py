"""Full-text search over the stored articles, alike on SQLite (FTS5) and PostgreSQL (tsvector):
which words are searched (`search_words`), a place's other spellings beside the word typed
(`place_spellings`), and snippets whose hits are marked the same way on both."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, text

from sitrep.store import schema
from sitrep.store.place_spellings import other_spellings
from sitrep.store.search_places import articles_matching, found_by_event_places, fts_any
from sitrep.store.search_words import (
    indexed_words,
    quoted_phrases,
    search_words,
    stop_word_acronyms,
)

if TYPE_CHECKING:
    from sitrep.gazetteer.query import Gazetteer


def search_articles(
    conn: Connection,
    query_text: str,
    limit: int = 20,
    offset: int = 0,
    gazetteer: Gazetteer | None = None,
) -> list[dict[str, Any]]:
    """Articles matching every searched word of a query (FTS5 on SQLite, tsvector on
    PostgreSQL), an acronym that is a stop word in lower case ("WHO") in its capitals, a quoted
    phrase as a phrase; BadInput when it has none (`search_words`). A possessive is its word
    ("Kharkiv's" finds Kharkiv), and a word naming a place its other spellings too ("Kyiv" finds
    "Kiev": `place_spellings`, the gazetteer's names where one is given). Each snippet marks its
    hits with [ and ], and `hits` gives their offsets in it: an article's own brackets ("[sic]")
    are not hits. After the articles the words find come those found by where their events
    happened (`search_places`): "Nairobi" finds a report of a blast in "the capital"."""
    query = _read_query(conn, query_text, gazetteer)
    found = _found_by_words(conn, query, limit, offset)
    words, spellings, acronyms, phrases = query
    if len(found) < limit and words and not acronyms and not phrases:
        # the words' last page: the places' articles skip what the words' pages did not
        shown = offset + len(found) if found or not offset else _counted(conn, query, offset)
        skipped = max(offset - shown, 0)
        found += found_by_event_places(conn, words, spellings, limit - len(found), skipped)
    return found


# A query read: its words, each word's other spellings, its acronyms and its quoted phrases.
_Query = tuple[list[str], list[list[str]], list[str], list[str]]


def _read_query(conn: Connection, query_text: str, gazetteer: Gazetteer | None) -> _Query:
    words = [_POSSESSIVE.sub("", word) for word in search_words(query_text)]
    spellings = [_spellings_of(conn, word, gazetteer) for word in words]
    return words, spellings, stop_word_acronyms(words), quoted_phrases(query_text)


def _counted(conn: Connection, query: _Query, most: int) -> int:
    """How many articles the words find, counting to `most` at most: a count of their ids,
    with no snippet made nor match ranked (a query of words only: no acronym, no phrase)."""
    words, spellings, _, _ = query
    params: dict[str, Any] = {"most": most}
    found = articles_matching(conn, words, spellings, "w", params)
    counted = conn.execute(text(f"SELECT count(*) FROM ({found} LIMIT :most) AS found"), params)
    return int(counted.scalar_one())


def _found_by_words(
    conn: Connection, query: _Query, limit: int, offset: int
) -> list[dict[str, Any]]:
    """The articles the query's words find, best first, with their marked snippets."""
    words, spellings, acronyms, phrases = query
    params: dict[str, Any] = {"limit": limit, "offset": offset}
    params |= {f"acronym{i}": word for i, word in enumerate(acronyms)}
    params |= {f"phrase{i}": phrase for i, phrase in enumerate(phrases)}
    if conn.dialect.name == "sqlite":
        searched = words + phrases
        rows = _search_sqlite(
            conn, searched, spellings + [[]] * len(phrases), len(acronyms), params
        )
    else:
        rows = _search_postgres(conn, words, spellings, len(acronyms), len(phrases), params)
    return [_hits_shown(row) for row in rows]


def _spellings_of(conn: Connection, word: str, gazetteer: Gazetteer | None) -> list[str]:
    """The other spellings of the place a searched word names, if it names one: its letters
    alone ('"Kyiv' in a quoted phrase is Kyiv), and never an acronym's (`stop_word_acronyms`)."""
    bare = word.strip(_PUNCTUATION)
    if not indexed_words([bare]) or not _WORD_PART.fullmatch(bare.replace(" ", "")):
        return []
    return other_spellings(conn, bare, gazetteer)


_PUNCTUATION = "\"'\u201c\u201d\u2018\u2019.,;:!?()[]"
_WORD_PART = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


# A word's possessive ending, before any closing punctuation: "Kharkiv's", "Russia’s,".
_POSSESSIVE = re.compile(r"(?<=[^\W_])['’]s(?=[^\w]*$)", re.IGNORECASE)
# What the engines mark a hit with: control characters, which news text does not hold (the
# readers refuse a text with many), unlike the brackets an article prints ("[sic]").
HIT_START, HIT_END = "\x02", "\x03"


def _hits_shown(row: dict[str, Any]) -> dict[str, Any]:
    """The snippet with its hits in brackets, as it always read, and `hits`, their offsets in
    it (the brackets left out): the marks an article's own brackets cannot be taken for."""
    shown, hits = "", []
    for n, part in enumerate(re.split(f"[{HIT_START}{HIT_END}]", row["snippet"] or "")):
        if n % 2:
            hits.append({"start": len(shown) + 1, "end": len(shown) + 1 + len(part)})
            part = f"[{part}]"
        shown += part
    return {**row, "snippet": shown, "hits": hits}


def _search_sqlite(
    conn: Connection,
    words: list[str],
    spellings: list[list[str]],
    acronyms: int,
    params: dict[str, Any],
) -> list[dict[str, Any]]:
    # each word or phrase an FTS5 string: its punctuation is not query syntax, and a string of
    # several words ("health ministry") matches them side by side; a place's word any of its
    # spellings ("Kyiv" OR "Kiev")
    terms = " AND ".join(
        fts_any([word, *others]) for word, others in zip(words, spellings, strict=True)
    )
    # GLOB is case-sensitive; the spaces around let a word at either end match
    in_capitals = "".join(
        f" AND (' ' || coalesce(a.title, '') || ' ' || a.text || ' ') "
        f"GLOB '*[^A-Za-z0-9_]' || :acronym{i} || '[^A-Za-z0-9_]*'"
        for i in range(acronyms)
    )
    rows = conn.execute(
        text(
            "SELECT a.id, a.title, a.published, a.outlet, a.url, "
            "snippet(articles_fts, 2, :hit_start, :hit_end, ' … ', 12) AS snippet "
            "FROM articles_fts JOIN articles a ON a.id = articles_fts.article_id "
            f"WHERE articles_fts MATCH :q{in_capitals} "
            "ORDER BY rank, a.id LIMIT :limit OFFSET :offset"
        ),
        {"q": terms, "hit_start": HIT_START, "hit_end": HIT_END, **params},
    )
    return [dict(row._mapping) for row in rows]


def _tsquery(words: list[str], spellings: list[list[str]], params: dict[str, Any]) -> str:
    """PostgreSQL's query of the words, each word naming a place any of its spellings (a
    spelling of several words as a phrase): `plainto_tsquery` of them all where none has any."""
    if not any(spellings):
        return "plainto_tsquery('english', :q)"
    parts = []
    for i, (word, others) in enumerate(zip(words, spellings, strict=True)):
        params[f"word{i}"] = word
        params |= {f"word{i}_{k}": other for k, other in enumerate(others)}
        found = [f"plainto_tsquery('english', :word{i})"]
        found += [f"phraseto_tsquery('english', :word{i}_{k})" for k in range(len(others))]
        parts.append("(" + " || ".join(found) + ")")
    return "(" + " && ".join(parts) + ")"


def _search_postgres(
    conn: Connection,
    words: list[str],
    spellings: list[list[str]],
    acronyms: int,
    phrases: int,
    params: dict[str, Any],
) -> list[dict[str, Any]]:
    # an acronym found in the index of words in capitals (migration 15), then checked as a whole
    # word in its capitals (\m and \M: a word's start and end; `~` is case-sensitive)
    conditions = [
        f"{schema.ACRONYM_VECTOR} @@ plainto_tsquery('simple', :acronym{i}) AND "
        f"(coalesce(title, '') || ' ' || text) ~ ('\\m' || :acronym{i} || '\\M')"
        for i in range(acronyms)
    ] + [
        "to_tsvector('english', coalesce(title, '') || ' ' || text) "
        f"@@ phraseto_tsquery('english', :phrase{i})"
        for i in range(phrases)
    ]
    vector = "to_tsvector('english', coalesce(title, '') || ' ' || text)"
    query = _tsquery(words, spellings, params)
    rank = ""
    if indexed_words(words):  # a query of "WHO" alone has none: the index would match nothing
        conditions.append(f"{vector} @@ {query}")
        # best matches first; a query of acronyms alone ranks them all alike, so it reads no
        # match's words for a rank
        rank = f"ts_rank({vector}, {query}) DESC, "
    rows = conn.execute(
        text(
            # the same marked snippets as SQLite's
            "SELECT id, title, published, outlet, url, "
            f"ts_headline('english', text, {query}, :marks) AS snippet, "
            "left(text, :edge) AS head, right(text, :edge) AS tail "
            f"FROM articles WHERE {' AND '.join(conditions)} "
            f"ORDER BY {rank}id LIMIT :limit OFFSET :offset"
        ),
        {"q": " ".join(words), "edge": _SNIPPET_EDGE, "marks": _HEADLINE_OPTIONS, **params},
    )
    return [_with_cuts_marked(dict(row._mapping)) for row in rows]


_HEADLINE_OPTIONS = (
    f'MaxFragments=1, MaxWords=12, MinWords=6, StartSel="{HIT_START}", StopSel="{HIT_END}"'
)
_SNIPPET_EDGE = 300  # characters of an article's start and end read to tell a cut snippet
_CUT = " … "


def _with_cuts_marked(row: dict[str, Any]) -> dict[str, Any]:
    """PostgreSQL's headline marked " … " where the article goes on before or after it, as
    SQLite's snippet is: the same search read differently on each backend."""
    head, tail = " ".join(row.pop("head").split()), " ".join(row.pop("tail").split())
    shown = row["snippet"].strip()
    plain = " ".join(shown.replace(HIT_START, "").replace(HIT_END, "").split())
    before = "" if head.startswith(plain[:40]) else _CUT
    after = "" if tail.endswith(plain[-40:]) else _CUT
    row["snippet"] = before + shown + after
    return row
