"""Search finds a place by its other spellings: the one the gazetteer resolves an article's
spelling to ("Kyiv" finds "Kiev"), the others the stored articles use, and, with a gazetteer,
any of its names ("Odessa" finds "Odesa"); alike on SQLite and PostgreSQL. Invented articles."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pytest

from sitrep.gazetteer.query import Entry
from sitrep.model import Article, Extraction, Place
from sitrep.store import Store
from sitrep.store.place_spellings import other_spellings
from sitrep.store.queries import search_articles

KYIV = "geonames:703448"
ODESA = "geonames:698740"
UKRAINE = "geonames:690791"


def article(key: str, text: str, *mentions: tuple[str, str, str]) -> Extraction:
    """An article (its id its title) whose places are (text, resolved name, gazetteer id)."""
    places = tuple(
        Place(text.index(said), text.index(said) + len(said), said, name=name, gazetteer_id=gid)
        for said, name, gid in mentions
    )
    return Extraction(
        article=Article(id=key, text=text, title=key), places=places, pipeline_version="test-1"
    )


ARTICLES = [
    article(
        "old spelling", "Drones struck Kiev overnight, officials said.", ("Kiev", "Kyiv", KYIV)
    ),
    article("new spelling", "Sirens sounded in Kyiv before dawn.", ("Kyiv", "Kyiv", KYIV)),
    article("port", "Protesters gathered in the port of Odesa.", ("Odesa", "Odesa", ODESA)),
    article(
        "adjective only",
        "The Ukrainian delegation left the talks early.",
        ("Ukrainian", "Ukraine", UKRAINE),
    ),
]


class OneNameGazetteer:
    """A gazetteer that knows Odesa by its older English name too."""

    def lookup(self, name: str) -> tuple[Entry, ...]:
        if name.casefold() not in ("odessa", "odesa"):
            return ()
        return (Entry(698740, "Odesa", "UA", "Odesa Oblast", None, "PPLA", 46.5, 30.7, 1, 1),)


@pytest.fixture
def store(store_on_each_backend: Store) -> Store:
    store_on_each_backend.save_batch(ARTICLES)
    return store_on_each_backend


def found(store: Store, query: str, gazetteer: Any = None) -> set[str]:
    with store.engine.connect() as conn:
        return {r["title"] for r in search_articles(conn, query, gazetteer=gazetteer)}


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("Kyiv", {"old spelling", "new spelling"}),
        ("kyiv", {"old spelling", "new spelling"}),
        ("Kiev", {"old spelling", "new spelling"}),  # another article resolves Kyiv so
        ("Kyiv's drones", {"old spelling"}),  # every word still holds
        ("Kyiv protesters", set()),
        ("Ukraine", set()),  # a people's adjective is no spelling of its country
        ("Odessa", set()),  # no article writes it and no gazetteer is at hand
        ("troops", set()),
    ],
)
def test_a_place_is_found_by_the_spellings_its_articles_use(
    store: Store, query: str, titles: set[str]
) -> None:
    assert found(store, query) == titles


def test_a_gazetteer_lends_search_every_name_of_a_place(store: Store) -> None:
    assert found(store, "Odessa", OneNameGazetteer()) == {"port"}
    assert found(store, "Odessa protesters", OneNameGazetteer()) == {"port"}


def test_the_hit_marks_the_article_s_own_spelling(store: Store) -> None:
    with store.engine.connect() as conn:
        (hit,) = search_articles(conn, "Kyiv drones")
    assert "[Kiev]" in hit["snippet"] and "[Drones]" in hit["snippet"]


def test_the_spellings_leave_out_the_word_and_what_would_find_other_things(store: Store) -> None:
    with store.engine.connect() as conn:
        assert other_spellings(conn, "Kyiv") == ["Kiev"]
        assert other_spellings(conn, "Ukraine") == []
        assert other_spellings(conn, "drones") == []


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_the_search_api_finds_a_place_by_another_spelling(tmp_path: Path) -> None:
    pytest.importorskip("httpx")
    with warnings.catch_warnings():  # starlette's notice that its test client will move
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from sitrep.web import create_app

    db = str(tmp_path / "spelled.db")
    Store(db).save_batch(ARTICLES)
    client = TestClient(create_app(db, gazetteer=OneNameGazetteer()))  # type: ignore[arg-type]
    titles = {r["title"] for r in client.get("/api/search", params={"q": "Kiev"}).json()["items"]}
    assert titles == {"old spelling", "new spelling"}
    answer = client.get("/api/search", params={"q": "Odessa"}).json()["items"]
    assert [r["title"] for r in answer] == ["port"]


PORTAVEL = "geonames:9000001"
A_WORD_FOR_THE_PLACE = [
    article(
        "marchers",
        "Thousands marched through the capital on Sunday.",
        ("capital", "Portavel", PORTAVEL),
    ),
    article("police", "Police in Portavel made two arrests.", ("Portavel", "Portavel", PORTAVEL)),
    article(
        "banks",
        "The union said it would raise its capital requirements for banks in Corvia.",
        ("capital", "Portavel", PORTAVEL),  # a parse that took the word for the place
    ),
    article(
        "named by its people",
        "Crowds filled the Corvish capital again.",
        ("Corvish capital", "Portavel", PORTAVEL),
    ),
]


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        # an article naming the place only as "the capital" is not found by the word: that
        # would find every capital; finding it by its resolved place is left to a place filter
        ("Portavel", {"police", "named by its people"}),
        ("capital", {"marchers", "banks", "named by its people"}),  # the word, not the place
    ],
)
def test_a_word_for_a_kind_of_place_is_no_spelling_of_it(
    store_on_each_backend: Store, query: str, titles: set[str]
) -> None:
    store_on_each_backend.save_batch(A_WORD_FOR_THE_PLACE)
    assert found(store_on_each_backend, query) == titles
    with store_on_each_backend.engine.connect() as conn:
        assert other_spellings(conn, query) == ([] if query == "capital" else ["Corvish capital"])
