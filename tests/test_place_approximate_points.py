"""A name the gazetteer lacks is drawn at another place's point, and says which (`Place.near`):
the town the text puts it near, the region it is said to lie in, or the article's locality. The
mark travels with the event's place into the store, the exports and the map. Invented villages."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path

import pytest

from sitrep.export import export_rows, to_geojson
from sitrep.extract.places import extract_places, resolve_spans
from sitrep.model import Article, Event, EventPlace, Extraction, Place
from sitrep.store import Store


def _found(make_context, gazetteer, text: str, word: str) -> tuple[Place, list[Place]]:
    found = extract_places(make_context(text), gazetteer)
    return next(p for p in found if p.start == text.index(word)), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "town"),
    [
        ("Drones struck the village of Dovhalivka near Kupyansk on Tuesday.", "Dov", "Kupyansk"),
        (
            "Shells fell in Zarichnivka, near Kupyansk, overnight, the governor said.",
            "Zar",
            "Kupyansk",
        ),
        ("Two people died in Dovhalivka, outside Izium, on Sunday.", "Dov", "Izyum"),
    ],
)
def test_a_village_the_gazetteer_lacks_is_placed_at_the_town_it_is_near(
    make_context, gazetteer, text, word, town
):
    village, found = _found(make_context, gazetteer, text, word)
    anchor = next(p for p in found if p.name == town)
    assert (village.name, village.near) == (None, town)
    assert (village.lat, village.lon) == (anchor.lat, anchor.lon)
    assert f"near {town}" in (village.unresolved_reason or "")


@pytest.mark.model
def test_a_namesake_far_from_the_town_it_is_near_is_not_taken(make_context, gazetteer):
    text = "Drones struck the village of Dubrava near Kupyansk on Tuesday."
    village, _ = _found(make_context, gazetteer, text, "Dubrava")
    assert (village.country, village.name, village.near) == ("UA", None, "Kupyansk")


@pytest.mark.model
def test_a_town_loosely_near_another_keeps_its_own_point(make_context, gazetteer):
    text = "Shelling hit Bakhmut, near Donetsk, on Tuesday."
    town, _ = _found(make_context, gazetteer, text, "Bakhmut")
    assert (town.name, town.near) == ("Bakhmut", None)


@pytest.mark.model
def test_the_articles_locality_is_named_as_the_point_that_stands_in(make_context, gazetteer):
    text = "Fighting reached Qwxzzyville and Kharkiv on Monday."
    unknown, kharkiv = resolve_spans(make_context(text), gazetteer, [(17, 28), (33, 40)])
    assert (unknown.near, kharkiv.near) == ("Kharkiv", None)


@pytest.mark.model
@pytest.mark.parametrize("bureau", ["GENEVA", "NAIROBI"])
def test_a_dateline_bureau_is_no_point_for_a_town_the_gazetteer_lacks(
    make_context, gazetteer, bureau
):
    text = f"{bureau} (Harbour Wire) - Shells hit a market in the town of Kabunde on Sunday."
    town, _ = _found(make_context, gazetteer, text, "Kabunde")
    assert (town.country, town.lat, town.near) == (None, None, None)


@pytest.mark.model
def test_a_dateline_in_the_storys_country_still_stands_in(make_context, gazetteer):
    text = "NAIROBI (Harbour Wire) - Floods in Kenya cut off the town of Kabunde on Sunday."
    town, _ = _found(make_context, gazetteer, text, "Kabunde")
    assert (town.country, town.near) == ("KE", "Nairobi")


@pytest.mark.model
def test_a_locality_in_the_storys_country_stands_in_before_a_far_bureau(make_context, gazetteer):
    text = (
        "GENEVA (Harbour Wire) - Fighting in eastern Congo went on near Uvira, a spokesperson "
        "told reporters in Geneva. Shells hit a market in the town of Kabunde on Sunday, "
        "Congo's army said."
    )
    town, _ = _found(make_context, gazetteer, text, "Kabunde")
    assert (town.country, town.near) == ("CD", "Uvira")


@pytest.mark.model
def test_a_dateline_town_named_again_in_the_story_still_stands_in(make_context, gazetteer):
    text = "KHARKIV (Harbour Wire) - Drones hit Kharkiv and the town of Kabunde on Sunday."
    town, _ = _found(make_context, gazetteer, text, "Kabunde")
    assert town.near == "Kharkiv"


@pytest.mark.model
def test_a_name_kept_at_its_stated_region_is_near_that_region(make_context, gazetteer):
    text = "Shelling hit the village of Dovhalivka in the Kharkiv region on Sunday."
    village, _ = _found(make_context, gazetteer, text, "Dovhalivka")
    assert village.name is None and village.near == "Kharkiv Oblast"


@pytest.mark.model
def test_a_resolved_place_and_an_unplaced_name_are_near_nothing(make_context, gazetteer):
    found = extract_places(make_context("Drones struck the town of Kupyansk."), gazetteer)
    assert [p.near for p in found] == [None]
    (alone,) = resolve_spans(make_context("Fighting reached Qwxzzyville."), gazetteer, [(17, 28)])
    assert alone.lat is None and alone.near is None


@pytest.mark.model
def test_the_events_place_says_it_is_only_near():
    import sitrep

    text = "Russian drones struck the village of Dovhalivka near Kupyansk on Tuesday, killing two."
    events = sitrep.extract(text, published="2025-03-14").to_json()["events"]
    assert [e["place"]["near"] for e in events] == ["Kupyansk"]
    assert events[0]["place"]["name"] == "Dovhalivka"


STRUCK = "Drones struck the village of Dovhalivka on Tuesday."
AGAIN = "Drones struck Kupyansk again on Tuesday."
NEAR_TOWN = EventPlace("Dovhalivka", 49.71, 37.62, None, "UA", near="Kupyansk")
AT_TOWN = EventPlace("Kupyansk", 49.71, 37.62, "PPL", "UA")


def _stored(tmp_path: Path, *places: EventPlace) -> Store:
    store = Store(str(tmp_path / "near.db"))
    extractions = [
        Extraction(
            article=Article(id=f"a{i}", text=text, title=f"a{i}"),
            events=(Event(0, len(text), "attack", place=place, date="2025-03-11"),),
            pipeline_version="test-1",
        )
        for i, (place, text) in enumerate(zip(places, (STRUCK, AGAIN), strict=False))
    ]
    store.save_batch(extractions)
    return store


def test_exports_carry_the_place_whose_point_stands_in(tmp_path: Path) -> None:
    store = _stored(tmp_path, NEAR_TOWN, AT_TOWN)
    lines = [json.loads(line) for line in export_rows(store, "events", "jsonl").text.splitlines()]
    assert sorted((r["place_name"], r["place_near"]) for r in lines) == [
        ("Dovhalivka", "Kupyansk"),
        ("Kupyansk", None),
    ]
    rows = list(csv.DictReader(io.StringIO(export_rows(store, "events", "csv").text)))
    assert sorted(r["place_near"] for r in rows) == ["", "Kupyansk"]
    features = json.loads(export_rows(store, "events", "geojson").text)["features"]
    assert sorted(str(f["properties"]["place_near"]) for f in features) == ["Kupyansk", "None"]


def test_a_geojson_feature_keeps_near_among_its_properties() -> None:
    row = {"place_name": "Dovhalivka", "place_near": "Kupyansk", "lat": 49.71, "lon": 37.62}
    (feature,) = to_geojson([row])["features"]
    assert feature["geometry"]["coordinates"] == [37.62, 49.71]
    assert feature["properties"] == {"place_name": "Dovhalivka", "place_near": "Kupyansk"}


def test_the_places_table_keeps_near(tmp_path: Path) -> None:
    from sqlalchemy import text

    village = Place(29, 39, "Dovhalivka", country="UA", lat=49.71, lon=37.62, near="Kupyansk")
    store = Store(str(tmp_path / "places.db"))
    extraction = Extraction(
        article=Article(id="p", text=STRUCK), places=(village,), pipeline_version="test-1"
    )
    store.save_batch([extraction])
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT near FROM places")).scalars().all() == ["Kupyansk"]


def test_a_store_made_before_approximate_points_gains_the_columns(tmp_path: Path) -> None:
    from sqlalchemy import inspect

    from test_store import made_before

    path = tmp_path / "old.db"
    Store(str(path)).close()
    made_before(
        path,
        19,
        "ALTER TABLE places DROP COLUMN near",
        "ALTER TABLE events DROP COLUMN place_near",
    )
    store = _stored_at(path)
    assert "near" in {c["name"] for c in inspect(store.engine).get_columns("places")}
    assert "place_near" in {c["name"] for c in inspect(store.engine).get_columns("events")}
    rows = export_rows(store, "events", "jsonl").text.splitlines()
    assert [json.loads(r)["place_near"] for r in rows] == ["Kupyansk"]


def _stored_at(path: Path) -> Store:
    store = Store(str(path))
    event = Event(0, len(STRUCK), "attack", place=NEAR_TOWN, date="2025-03-11")
    article = Article(id="old", text=STRUCK, title="old")
    store.save_batch([dataclasses.replace(Extraction(article=article), events=(event,))])
    return store
