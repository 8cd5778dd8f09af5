"""A country's summary and the scenes told under it are kept apart; an arrest of other people is
another arrest. Sentences are invented."""

from __future__ import annotations

import dataclasses

import pytest

import sitrep
from sitrep.extract.event_merge import Draft, merge_restatements, same_places
from sitrep.model import Event, EventPlace

PUBLISHED = "2025-03-14"  # a Friday

COUNTRY = EventPlace("Ruritania", 45.0, 20.0, "PCLI", country="RU")
TOWN = EventPlace("Strelsau", 45.2, 20.3, "PPL", country="RU", admin1="Central")
PROVINCE = EventPlace("Central", 45.1, 20.2, "ADM1", country="RU")
BORDER_TOWN = EventPlace("Zenda", 45.25, 20.35, "PPL", country="GR")


def draft(
    start: int,
    place: EventPlace,
    killed: float | None = None,
    *,
    injured: float | None = None,
    kind: str = "attack",
    objects: frozenset[str] = frozenset(),
    back_reference: bool = False,
    scenes: frozenset[str] = frozenset(),
) -> Draft:
    hedge = "lower_bound" if killed is not None else None
    event = Event(start, start + 5, kind, actor="Borduria", place=place, killed=killed)
    event = dataclasses.replace(event, killed_hedge=hedge, injured=injured)
    return Draft(event, False, start, back_reference=back_reference, objects=objects, scenes=scenes)


@pytest.mark.parametrize(
    ("first", "second", "linked", "first_injured"),
    [
        # "attacked Ruritania with 90 drones" ... "a drone hit a house in Strelsau, wounding two"
        (draft(0, COUNTRY), draft(10, TOWN, injured=2), False, None),
        (draft(0, COUNTRY), draft(10, PROVINCE, injured=2), False, None),
        (draft(0, COUNTRY, 12), draft(10, TOWN, 12), True, None),  # the same dead, told again
        (draft(0, COUNTRY, 16), draft(10, TOWN, 6), False, None),  # six of the sixteen
        (  # "16 killed, including the mayor of Strelsau": the summary holds the town's strike
            draft(0, COUNTRY, 16, scenes=frozenset({"Strelsau"})),
            draft(10, TOWN, 6),
            True,
            None,
        ),
        (  # the same thing hit: one event, whose wounded are the town's
            draft(0, COUNTRY, objects=frozenset({"refinery"})),
            draft(10, TOWN, injured=2, objects=frozenset({"refinery"})),
            True,
            2,
        ),
        (draft(0, COUNTRY, 12), draft(10, TOWN, 14), True, None),  # a later, larger count
        (  # the strikes pointed back to: its toll is the summary's
            draft(0, COUNTRY),
            draft(10, TOWN, injured=2, back_reference=True),
            True,
            2,
        ),
        # a headline naming the scene, told again by a lead naming the country
        (draft(0, TOWN), draft(10, COUNTRY, injured=2), True, 2),
    ],
)
def test_a_scene_restates_its_countrys_report_only_when_the_counts_agree(
    first, second, linked, first_injured
):
    merged = merge_restatements([first, second])
    assert (merged[1].duplicate_of == 0, merged[0].injured) == (linked, first_injured)


@pytest.mark.parametrize(
    ("first", "second", "linked"),
    [
        ({"president"}, {"protesters"}, False),
        ({"president"}, {"president"}, True),
        ({"president"}, set(), True),  # the second names no one
    ],
)
def test_an_arrest_of_other_people_is_another_arrest(first, second, linked):
    drafts = [
        draft(start, TOWN, kind="arrest", objects=frozenset(objects))
        for start, objects in ((0, first), (10, second))
    ]
    assert (merge_restatements(drafts)[1].duplicate_of == 0) == linked


@pytest.mark.parametrize(("summary_killed", "pointed_to"), [(None, 0), (12, 1)])
def test_the_attack_placed_nowhere_points_to_the_summary_not_its_scene(summary_killed, pointed_to):
    """ "... 90 drones at Ruritania. In Strelsau, a drone hit a house. The attack ...": the
    night; a country's report with other dead than the town's is no summary of it."""
    drafts = [
        draft(0, COUNTRY, summary_killed),
        draft(10, TOWN, 2),
        Draft(Event(20, 25, "attack"), False, 20, back_reference=True),
    ]
    assert merge_restatements(drafts)[2].duplicate_of == pointed_to


FAR_TOWN = EventPlace("Hentzau", 46.0, 21.2, "PPL", country="RU", admin1="North")
SUBURB = EventPlace("Tarlenheim", 45.22, 20.32, "PPL", country="RU", admin1="Central")


@pytest.mark.parametrize(
    ("third_place", "back_reference", "named", "third_of"),
    [
        (FAR_TOWN, False, set(), None),  # "In Hentzau, a drone hit a school, killing two people."
        (FAR_TOWN, True, set(), None),  # "In Hentzau, the strikes killed two people."
        (SUBURB, False, set(), 0),  # a neighbour of the town already told: the same strike
        (FAR_TOWN, False, {"Strelsau", "Hentzau"}, 0),  # "killed two in Strelsau and Hentzau"
    ],
)
def test_a_summary_that_took_in_one_town_takes_no_second_town(
    third_place, back_reference, named, third_of
):
    """ "... killing two people. In Strelsau, ... killing two people. In Hentzau, ... killing two
    people.": the summary holds the first town's strike; the second town's is another, unless the
    summary names it."""
    drafts = [
        draft(0, COUNTRY, 2, scenes=frozenset(named)),
        draft(10, TOWN, 2, back_reference=back_reference),
        draft(20, third_place, 2, back_reference=back_reference),
    ]
    assert merge_restatements(drafts)[2].duplicate_of == third_of


def test_two_towns_of_two_countries_are_never_one_place():
    assert same_places(TOWN, BORDER_TOWN) is False


@pytest.mark.model
def test_a_strike_on_a_town_keeps_its_wounded_apart_from_the_nights_summary():
    text = (
        "Russia launched 70 drones at Ukraine overnight, the air force said.\n\n"
        "In Kherson, a drone hit a warehouse, the governor said. Three people were wounded, "
        "he said."
    )
    night, strike = [e for e in sitrep.extract(text, published=PUBLISHED).events]
    assert (night.injured, strike.duplicate_of, strike.injured) == (None, None, 3)


@pytest.mark.model
def test_protesters_detained_after_a_leader_are_a_second_arrest():
    text = (
        "Soldiers detained the prime minister in Bamako on Friday. Police also detained some 60 "
        "demonstrators outside parliament in Bamako on Friday."
    )
    leader, crowd = [e for e in sitrep.extract(text, published=PUBLISHED).events]
    assert (leader.type, crowd.type, crowd.duplicate_of) == ("arrest", "arrest", None)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (  # the town's strike is the country's report told again: its dead stay in the ledger
            "Russian drones hit a power plant in Ukraine overnight. "
            "In Poltava, a drone hit a power plant, killing three workers.",
            [3],
        ),
        (  # two towns with equal tolls after one summary: two strikes
            "Russia attacked Ukraine overnight with 60 drones. "
            "In Sumy, the strikes killed three people. "
            "In Kherson, the strikes killed three people.",
            [3, 3],
        ),
        (  # a town's toll above the country's is a later count, not a part of it
            "Israeli strikes killed nine people in Syria on Thursday. "
            "The strike on a house in Homs killed 11, the health ministry later said.",
            [9],
        ),
    ],
)
def test_a_summary_and_its_scenes_keep_every_scenes_dead_once(text, dead):
    events = sitrep.extract(text, published=PUBLISHED).events
    assert [e.killed for e in events if e.duplicate_of is None and e.killed] == dead
