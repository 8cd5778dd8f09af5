"""Search finds an article by where its events happened: a report that names the city only as
"the capital", its event resolved to the city, is found by the city's name, after the articles
that print it, once, and only with every other word searched. Invented articles."""

from __future__ import annotations

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
