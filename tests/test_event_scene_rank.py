"""The scene of an act is the most specific place its clause names: a resolved town or province
over a name the gazetteer lacks, and either over a country or a nationality standing nearer the
verb. A unit's own name read as an adjective ("the Littoral region") is no side's nationality,
and a people's word opening a building's name is no scene. Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extract.event_place_roles import scene_rank
from sitrep.model import Place

PUBLISHED = "2025-09-19"


def first_event_place(text: str) -> str | None:
    event = sitrep.extract(text, published=PUBLISHED).events[0]
    return event.place.name if event.place else None


def _place(start: int, level: str | None, lat: float | None = 1.0, demonym: bool = False):
    return Place(start, start + 5, "Name", level=level, lat=lat, demonym=demonym)


def test_a_resolved_town_outranks_a_nearer_country_and_an_unknown_name() -> None:
    country = _place(20, "PCLI")
    unknown = _place(30, None, lat=None)
    town = _place(60, "PPL")
    ranked = sorted([country, unknown, town], key=lambda p: scene_rank(p, 10))
    assert ranked == [town, unknown, country]


def test_among_places_of_one_kind_the_nearest_after_the_verb_wins() -> None:
    before, near, far = _place(2, "PPL"), _place(20, "PPL"), _place(60, "ADM1")
    assert min([before, far, near], key=lambda p: scene_rank(p, 10)) is near


def test_a_nationality_ranks_with_countries() -> None:
    demonym = _place(20, "PCLI", demonym=True)
    unknown = _place(40, None, lat=None)
    assert min([demonym, unknown], key=lambda p: scene_rank(p, 10)) is unknown


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Naval drones struck the Russian Black Sea port of Tuapse early on Friday.", "Tuapse"),
        ("Troops shelled Afghan villagers near the town of Feyzabad in Badakhshan.", "Fayzabad"),
        ("Police arrested more than 40 people across the Littoral region.", "Littoral Province"),
    ],
)
def test_the_most_specific_place_of_the_clause_is_the_scene(text: str, place: str) -> None:
    assert first_event_place(text) == place


@pytest.mark.model
def test_a_country_alone_in_the_clause_is_still_the_scene() -> None:
    assert first_event_place("Drones struck oil depots in Russia on Friday.") == "Russia"


@pytest.mark.model
def test_a_peoples_word_opening_a_buildings_name_is_no_scene() -> None:
    assert first_event_place("The Qatari Charity Hospital was shelled on Monday.") is None


def test_an_unknown_village_placed_near_a_town_of_the_clause_ranks_with_it() -> None:
    town = Place(60, 68, "Kupyansk", name="Kupyansk", level="PPL", lat=49.7)
    village = Place(30, 40, "Dovhalivka", name="Dovhalivka", lat=49.7, near="Kupyansk")
    assert min([town, village], key=lambda p: scene_rank(p, 10, [town, village])) is village
    elsewhere = Place(30, 40, "Dovhalivka", name="Dovhalivka", lat=49.7, near="Izium")
    assert min([town, elsewhere], key=lambda p: scene_rank(p, 10, [town, elsewhere])) is town
