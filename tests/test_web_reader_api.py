"""What the page's reader relies on from the API: each toll's own words (`killed_span`), a place
found by the article's spelling as well as the gazetteer's, incidents newest first by the date
the page shows. The articles, places and numbers are invented (`reader_store`, which the browser
tests in test_web_reader_browser.py share)."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

with warnings.catch_warnings():  # starlette's notice that its test client will move to httpx2
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from sitrep.model import Article, Event, EventPlace, Extraction, Place, Quantity
from sitrep.store import Store
from sitrep.store.ledger import rebuild_ledger
from sitrep.web import create_app
from sitrep.web.toll_spans import toll_span

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

TITLE = "Shelling of Marnovo market kills 14"
TEXT = (
    f"{TITLE}\n"
    "Artillery hit the covered market in Marnovo on Sunday. "
    "The regional governor said 14 people died and 20 were wounded. "
    "Guards withdrew from Dolnivka, a nearby village. "
    "A separate raid on a depot left 3 guards dead, residents said."
)
LATER = (
    "Crowds gathered in Marnovo on April 20. "
    "Police detained several organisers. "
    "Workers in Marnovo struck for pay throughout April."
)
UNDATED = "Engineers rebuilt the bridge at Marnovo."
MARNOVO = EventPlace("Marnovo", 48.1, 35.2, "PPL", country="XX")
DOLNOVKA = EventPlace("Dolnovka", 48.3, 35.6, "PPL", country="XX")
FAR_CENTROID = EventPlace("Ostland", 62.0, 95.0, "PCLI", country="XY")


def at(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def marnovo_report() -> Extraction:
    """Tolls told in another sentence than the attack's, a toll no number gives (3 is the raid's
    own), a place the article spells otherwise than the gazetteer, a country's centroid."""
    fourteen, twenty, three = at(TEXT, "14 people"), at(TEXT, "20"), at(TEXT, "3 guards")
    return Extraction(
        article=Article(
            id="marnovo", text=TEXT, title=TITLE, outlet="Valley Herald",
            published=dt.date(2025, 4, 8),
        ),
        places=(Place(*at(TEXT, "Dolnivka"), "Dolnivka", name="Dolnovka", country="XX",
                      level="PPL", lat=48.3, lon=35.6),),
        quantities=(
            Quantity(*fourteen, "14 people", 14, unit="people", measure="killed"),
            Quantity(*twenty, "20", 20, unit="people", measure="injured"),
            Quantity(*three, "3 guards", None, low=2, unit="guards", measure="other"),
        ),
        events=(
            Event(*at(TEXT, "Artillery hit the covered market"), "attack", place=MARNOVO,
                  date="2025-04-06", killed=14, injured=20),
            Event(*at(TEXT, "Guards withdrew from Dolnivka"), "withdraw", place=DOLNOVKA,
                  date="2025-04-07"),
            Event(*at(TEXT, "A separate raid on a depot"), "armed_clash", place=FAR_CENTROID,
                  date="2025-04-05", killed=3),
        ),
        pipeline_version="sample-1",
    )  # fmt: skip


def later_report() -> Extraction:
    """A day, a month and an undated event: the list shows the day, "2025-04" and the day it
    was reported; the month's window ends after the day's."""
    return Extraction(
        article=Article(id="later", text=LATER, title="Later", published=dt.date(2025, 4, 25)),
        events=(
            Event(*at(LATER, "Crowds gathered"), "protest", place=MARNOVO, date="2025-04-20"),
            Event(*at(LATER, "Police detained"), "arrest", place=MARNOVO),
            Event(*at(LATER, "Workers in Marnovo struck"), "sanction", place=MARNOVO,
                  date="2025-04"),
        ),
        pipeline_version="sample-1",
    )  # fmt: skip


def undated_report() -> Extraction:
    """An article whose publication date is unknown, with an undated event."""
    return Extraction(
        article=Article(id="nodate", text=UNDATED, title="No date"),
        events=(Event(*at(UNDATED, "Engineers rebuilt"), "aid", place=MARNOVO),),
        pipeline_version="sample-1",
    )


def reader_store(path: Path) -> str:
    db = str(path / "reader.db")
    store = Store(db)
    store.save_batch([marnovo_report(), later_report(), undated_report()])
    rebuild_ledger(store)
    return db


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    return TestClient(create_app(reader_store(tmp_path_factory.mktemp("reader"))))


def events_by_type(client: TestClient, **params: str) -> dict[str, dict[str, Any]]:
    return {e["type"]: e for e in client.get("/api/events", params=params).json()["items"]}


def span_words(span: dict[str, int] | None) -> str | None:
    return None if span is None else TEXT[span["start"] : span["end"]]


@pytest.mark.parametrize(
    ("event_type", "killed", "injured"),
    [("attack", "14 people", "20"), ("armed_clash", None, None), ("withdraw", None, None)],
)
def test_each_toll_names_the_words_it_was_read_from(
    client: TestClient, event_type: str, killed: str | None, injured: str | None
) -> None:
    """The list and the event card give the toll's quantity, not the event's trigger; a toll
    no quantity gives (3, where the only number counts something else) has none."""
    row = events_by_type(client)[event_type]
    card = client.get(f"/api/events/{row['article_id']}/{row['idx']}").json()
    for event in (row, card):
        assert (span_words(event["killed_span"]), span_words(event["injured_span"])) == (
            killed,
            injured,
        )


def test_an_incident_s_reports_name_their_tolls_words(client: TestClient) -> None:
    (attack,) = client.get("/api/timeline", params={"type": "attack"}).json()["items"]
    (report,) = client.get(f"/api/timeline/{attack['id']}").json()["versions"]
    assert span_words(report["killed_span"]) == "14 people"


QUANTITIES = [
    {"idx": 0, "start": 10, "end": 12, "value": 5, "measure": "killed"},
    {"idx": 1, "start": 90, "end": 92, "value": 5, "measure": "killed"},
    {"idx": 2, "start": 50, "end": 56, "value": None, "low": 12, "measure": "injured"},
    {"idx": 3, "start": 60, "end": 62, "value": 7, "measure": "troops"},
]


@pytest.mark.parametrize(
    ("name", "toll", "own", "expected"),
    [
        ("killed", 5, (), (10, 12)),  # the nearer of two
        ("killed", 5, (1,), (90, 92)),  # the event's own first
        ("injured", 12, (), (50, 56)),  # "dozens": its floor
        ("killed", 7, (), None),  # 7 counts troops, not the dead
        ("killed", None, (), None),
    ],
)
def test_toll_span_picks_the_quantity_that_gives_the_toll(
    name: str, toll: float | None, own: tuple[int, ...], expected: tuple[int, int] | None
) -> None:
    span = toll_span(name, toll, 20, 40, QUANTITIES, own)
    assert (None if span is None else (span["start"], span["end"])) == expected


@pytest.mark.parametrize("place", ["Dolnivka", "dolnovka", "Dolnivka, XX"])
@pytest.mark.parametrize("path", ["/api/events", "/api/timeline"])
def test_a_place_is_found_by_the_article_s_spelling_and_the_gazetteer_s(
    client: TestClient, path: str, place: str
) -> None:
    items = client.get(path, params={"place": place}).json()["items"]
    assert [(e["type"], e["place_name"]) for e in items] == [("withdraw", "Dolnovka")]


def test_newest_incidents_are_sorted_by_the_date_the_page_shows(client: TestClient) -> None:
    """Its date, else the day it was reported: a month ("2025-04"), whose window ends on the
    30th, comes after its days, not above the 20th; an undated one goes by its report's day,
    and one with neither last."""
    items = client.get("/api/timeline", params={"order": "newest"}).json()["items"]
    assert [(e["type"], e["date"]) for e in items] == [
        ("arrest", None),
        ("protest", "2025-04-20"),
        ("withdraw", "2025-04-07"),
        ("attack", "2025-04-06"),
        ("armed_clash", "2025-04-05"),
        ("sanction", "2025-04"),
        ("aid", None),
    ]
