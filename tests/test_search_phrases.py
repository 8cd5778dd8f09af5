"""A quoted phrase is searched as a phrase, and a stop-word acronym in its capitals, alike on
SQLite (FTS5) and PostgreSQL (tsvector): the two stores must return the same articles."""

from __future__ import annotations

import pytest

from sitrep.model import Article, Extraction
from sitrep.store import Store
from sitrep.store.queries import search_articles

TEXTS = {
    "side": "The ministry of health said three people died in the flood.",
    "apart": "The ministry said the health of the survivors was improving.",
    "who": "The WHO sent vaccines to the flooded district on Monday.",
    "war": "Whether the truce was to be kept, nobody could tell after a year of war.",
}


@pytest.fixture
def store(store_on_each_backend: Store) -> Store:
    store_on_each_backend.save_batch(
        [
            Extraction(article=Article(id=key, text=text, title=key), pipeline_version="test-1")
            for key, text in TEXTS.items()
        ]
    )
    return store_on_each_backend


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("ministry health", {"side", "apart"}),
        ('"ministry of health"', {"side"}),
        ("\u201cministry of health\u201d said", {"side"}),
        ("WHO", {"who"}),
        ('"WHO sent"', {"who"}),
        ('"to be" war', {"war"}),  # a quote of stop words alone is its words: none searched
        ('"the health" flood', {"side"}),  # one indexed word: not a phrase
    ],
)
def test_a_phrase_and_an_acronym_find_the_same_articles_on_both_backends(
    store: Store, query: str, titles: set[str]
) -> None:
    with store.engine.connect() as conn:
        assert {r["title"] for r in search_articles(conn, query)} == titles
