"""Search finds an article by where its events happened: a report that names the city only as
"the capital", its event resolved to the city, is found by the city's name, after the articles
that print it, once, and only with every other word searched. Invented articles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sitrep.model import Article, Event, EventPlace, Extraction
from sitrep.store import Store
from sitrep.store.queries import search_articles

KYIV = EventPlace("Kyiv", 50.45, 30.52, "PPLC", "UA")


def report(key: str, text: str, place: EventPlace | None = None) -> Extraction:
    """An article (its id its title) with one attack event placed at `place`, if given."""
    events = (Event(0, len(text), "attack", place=place, date="2025-04-07"),) if place else ()
    return Extraction(
        article=Article(id=key, text=text, title=key), events=events, pipeline_version="test-1"
    )


ARTICLES = [
    report("capital", "Drones struck the capital overnight, officials said.", KYIV),
    report("named", "Drones struck Kyiv overnight, officials said.", KYIV),
    report("elsewhere", "Drones struck a depot in the east overnight, officials said."),
]


@pytest.fixture
def store(store_on_each_backend: Store) -> Store:
    store_on_each_backend.save_batch(ARTICLES)
    return store_on_each_backend


def _ids(store: Store, query: str, **paging: Any) -> list[str]:
    with store.engine.connect() as conn:
        return [row["title"] for row in search_articles(conn, query, **paging)]


def test_the_city_finds_an_article_that_calls_it_the_capital(store: Store) -> None:
    assert _ids(store, "Kyiv") == ["named", "capital"]
    with store.engine.connect() as conn:
        found = search_articles(conn, "Kyiv")
    assert found[1]["snippet"].startswith("Drones struck the capital") and found[1]["hits"] == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Kyiv drones", ["named", "capital"]),  # every other word is in its text
        ("Kyiv ceasefire", []),  # one word is in neither article
        ("drones", ["capital", "elsewhere", "named"]),  # no place searched: the words alone
    ],
)
def test_every_other_word_is_still_searched(store: Store, query: str, expected: list[str]) -> None:
    assert sorted(_ids(store, query)) == sorted(expected)


def test_the_pages_run_on_from_the_words_to_the_places(store: Store) -> None:
    assert _ids(store, "Kyiv", limit=1) == ["named"]
    assert _ids(store, "Kyiv", limit=1, offset=1) == ["capital"]
    assert _ids(store, "Kyiv", limit=1, offset=2) == []


LVIV = EventPlace("Lviv", 49.84, 24.03, "PPLA", "UA")
TWO_STRIKES = "Drones struck the city overnight, officials said. Shelling also hit a village."


def _two_strikes(version: str, *placed: tuple[int, int, EventPlace]) -> Extraction:
    """One article of two sentences, extracted by `version` with an event per (start, end,
    place): the first sentence's events end at 48, the second's start at 50."""
    events = tuple(Event(start, end, "attack", place=place) for start, end, place in placed)
    article = Article(id="strikes", text=TWO_STRIKES, title="strikes")
    return Extraction(article=article, events=events, pipeline_version=version)


def test_an_article_extracted_again_is_found_where_it_is_placed_now(
    store_on_each_backend: Store,
) -> None:
    """Its older extraction's events are kept, but they no longer say where it happened."""
    store_on_each_backend.save_batch([_two_strikes("v1", (0, 48, KYIV))])
    store_on_each_backend.save_batch([_two_strikes("v2", (0, 48, LVIV))])
    assert _ids(store_on_each_backend, "Kyiv") == []
    assert _ids(store_on_each_backend, "Lviv") == ["strikes"]


def test_the_snippet_is_the_event_at_the_searched_place(store_on_each_backend: Store) -> None:
    """Not the article's first event, placed elsewhere, nor an older extraction's event."""
    store_on_each_backend.save_batch([_two_strikes("v1", (0, 48, KYIV))])
    extracted_again = _two_strikes("v2", (50, len(TWO_STRIKES), LVIV), (0, 48, KYIV))
    store_on_each_backend.save_batch([extracted_again])
    with store_on_each_backend.engine.connect() as conn:
        (kyiv,) = search_articles(conn, "Kyiv")
        (lviv,) = search_articles(conn, "Lviv")
    assert kyiv["snippet"] == "Drones struck the city overnight, officials said."
    assert lviv["snippet"] == "Shelling also hit a village."


def test_a_page_past_the_words_matches_counts_them_without_snippets(store: Store) -> None:
    """Past the words' last page, how many they find is counted, not made into snippets again
    (a page far on would otherwise build a snippet for every match before it)."""
    from sqlalchemy import event

    statements: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        assert _ids(store, "Kyiv", limit=1, offset=2) == []
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    snippets = [s for s in statements if "snippet(articles_fts" in s or "ts_headline" in s]
    assert len(snippets) == 1  # the page asked for, which the words do not reach


def test_events_are_indexed_by_place_name_in_new_and_migrated_stores(tmp_path: Path) -> None:
    """Each searched word naming a place looks its events up by name: without the index every
    search read the whole events table."""
    from sqlalchemy import text

    from test_store import made_before

    def indexed(store: Store) -> set[str]:
        with store.engine.connect() as conn:
            listed = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'"
            return set(conn.execute(text(listed)).scalars())

    path = tmp_path / "old.db"
    store = Store(str(path))
    assert "ix_events_place_name" in indexed(store)
    store.close()
    made_before(path, 23, "DROP INDEX ix_events_place_name")
    reopened = Store(str(path))
    assert "ix_events_place_name" in indexed(reopened)
    with reopened.engine.connect() as conn:
        plan = conn.execute(
            text("EXPLAIN QUERY PLAN SELECT article_id FROM events WHERE place_name IN ('Kyiv')")
        )
        assert "ix_events_place_name" in " ".join(str(row[-1]) for row in plan)
    reopened.close()
