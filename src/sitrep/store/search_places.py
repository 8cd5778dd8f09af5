"""Articles a search finds by where their events happened, not by the words they print.

An article may name a city only as "the capital" ("a blast hit the capital overnight"); its
event is resolved to Nairobi all the same, and a reader searching "Nairobi" wants it. Full-text search
matches only the letters printed, so these articles come after the full-text matches: each
searched word is matched by the article's words or, where the word names a place, by an event
of the article's current extraction placed there (`events.place_name` being one of the place's
spellings: an article extracted again is found where it is placed now, not where an older
extraction placed it); an article the words alone already find is not listed twice. The snippet
is the sentence of its first event at a searched place, with no hit marked (the words that name
the place are not known to the store).

Its own module: `search` holds the full-text engines' queries, and this is a second route to an
article with its own order (newest first) and its own snippet.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select, text

from sitrep.store import schema
from sitrep.store.place_spellings import written_forms

# The full-text match of a word (its spellings any of them) on each backend, as a subquery of the
# ids of the articles matching; `{key}` names its parameters.
_SQLITE_MATCH = "SELECT article_id FROM articles_fts WHERE articles_fts MATCH :{key}"
_POSTGRES_VECTOR = "to_tsvector('english', coalesce(title, '') || ' ' || text)"


def found_by_event_places(
    conn: Connection,
    words: list[str],
    spellings: list[list[str]],
    limit: int,
    offset: int,
) -> list[dict[str, Any]]:
    """The articles every word finds by their words or by their events' places, but not all
    by their words, newest first: `limit` of them after the first `offset`."""
    names = [
        _place_names(conn, word, others) for word, others in zip(words, spellings, strict=True)
    ]
    if not any(names) or limit <= 0:
        return []
    params: dict[str, Any] = {"limit": limit, "offset": offset, "current": True}
    conditions = [f"a.id NOT IN ({articles_matching(conn, words, spellings, 'all', params)})"]
    every_place: list[str] = []  # the parameters of every searched place's names
    for i, (word, others, placed) in enumerate(zip(words, spellings, names, strict=True)):
        found = [f"a.id IN ({articles_matching(conn, [word], [others], f'w{i}', params)})"]
        if placed:
            keys = [f"p{i}_{k}" for k in range(len(placed))]
            params |= dict(zip(keys, placed, strict=True))
            found.append(f"a.id IN (SELECT e.article_id FROM {_events_at(keys)})")
            every_place += keys
        conditions.append("(" + " OR ".join(found) + ")")
    rows = conn.execute(
        text(
            "SELECT a.id, a.title, a.published, a.outlet, a.url, "
            f"(SELECT e.sentence FROM {_events_at(every_place)} AND e.article_id = a.id "
            "ORDER BY e.idx LIMIT 1) AS snippet "
            f"FROM articles a WHERE {' AND '.join(conditions)} "
            "ORDER BY a.published DESC, a.id LIMIT :limit OFFSET :offset"
        ),
        params,
    )
    return [{**row._mapping, "snippet": row.snippet or "", "hits": []} for row in rows]


def _events_at(keys: list[str]) -> str:
    """The FROM and WHERE of the events of current extractions placed at one of the names the
    parameters `keys` hold (`current` holding True): an older extraction's places are not the
    article's any more."""
    listed = ", ".join(f":{key}" for key in keys)
    return (
        "events e JOIN extractions x ON x.id = e.extraction_id "
        f"WHERE x.current = :current AND e.place_name IN ({listed})"
    )


def _place_names(conn: Connection, word: str, others: list[str]) -> list[str]:
    """The names an event placed where `word` names is stored under (the word as a name is
    written, and its place's other spellings), when some current event is placed there; else
    none."""
    names = sorted(written_forms(word) | set(others))
    e, x = schema.events, schema.extractions
    placed = conn.execute(
        select(e.c.place_name)
        .join(x, x.c.id == e.c.extraction_id)
        .where(x.c.current.is_(True), e.c.place_name.in_(names))
        .distinct()
    )
    return sorted(name for (name,) in placed if name)


def articles_matching(
    conn: Connection, words: list[str], spellings: list[list[str]], key: str, params: dict[str, Any]
) -> str:
    """A subquery of the ids of the articles whose words match every word (any spelling), its
    parameters put in `params` under names starting with `key`."""
    if conn.dialect.name == "sqlite":
        params[key] = " AND ".join(
            fts_any([word, *others]) for word, others in zip(words, spellings, strict=True)
        )
        return _SQLITE_MATCH.format(key=key)
    parts = []
    for i, (word, others) in enumerate(zip(words, spellings, strict=True)):
        params[f"{key}_{i}"] = word
        params |= {f"{key}_{i}_{k}": other for k, other in enumerate(others)}
        found = [f"plainto_tsquery('english', :{key}_{i})"]
        found += [f"phraseto_tsquery('english', :{key}_{i}_{k})" for k in range(len(others))]
        parts.append("(" + " || ".join(found) + ")")
    return f"SELECT id FROM articles WHERE {_POSTGRES_VECTOR} @@ ({' && '.join(parts)})"


def fts_any(spellings: list[str]) -> str:
    """An FTS5 query matching any of the spellings, each a string."""
    strings = ['"' + spelling.replace('"', '""') + '"' for spelling in spellings]
    return strings[0] if len(strings) == 1 else "(" + " OR ".join(strings) + ")"
