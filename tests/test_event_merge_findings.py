"""Wrong joins and splits of `event_merge` found by reviewers: a back-reference pointing to a
background act, one abduction told at a country and at a town of it, a headline's seizure told
again in the body, and one side's weapons lent to another side's act told in turn. Sentences
and places are invented."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extract.event_merge import Draft, merge_restatements, same_places
from sitrep.extract.event_merge_apart import dated_taking, days_apart, summary_and_scene
from sitrep.extract.event_merge_backrefs import current_first, news_year
from sitrep.extract.event_place_match import wide_region
from sitrep.model import Event, EventPlace

PUBLISHED = "2025-03-14"

COUNTRY = EventPlace("Ruritania", 45.0, 20.0, "PCLI", country="RU")
TOWN = EventPlace("Strelsau", 45.2, 20.3, "PPL", country="RU", admin1="Central")
WIDE = EventPlace("Greater Steppe", 30.0, 60.0, "region")


def linked(text: str) -> list[tuple[str, str | None]]:
    """Each event's trigger and the trigger of the event it is linked to."""
    events = sitrep.extract(text, published=PUBLISHED).events
    return [
        (e.trigger or "", None if e.duplicate_of is None else events[e.duplicate_of].trigger)
        for e in events
    ]


def attack(start: int, date: str | None = None, modality: str = "happened") -> Event:
    return Event(start, start + 5, "attack", date=date, modality=modality)  # type: ignore[arg-type]


# --- a back-reference points to the news, not to a background act -----------------------------


def test_the_news_year_is_the_latest_year_of_an_act_told_done() -> None:
    events = [attack(0, "2016"), attack(10, "2025-02-05"), attack(20, "2026-09", "planned")]
    assert news_year(events) == 2025
    assert news_year([attack(0)]) is None


def test_an_undated_back_reference_passes_over_background_acts() -> None:
    events = [attack(0), attack(10, "2016")]
    assert current_first(events, [1, 0], attack(20), 2025) == [0]
    assert current_first(events, [1, 0], attack(20, "2016-05"), 2025) == [1, 0]  # its own year
    assert current_first(events, [1], attack(20), 2025) == [1]  # nothing current: the old one


def test_the_attack_points_to_the_news_not_to_an_earlier_years_attack() -> None:
    drafts = [
        Draft(attack(0, "2025-03-12"), False, 0, kinds=frozenset({"bomb"})),
        Draft(attack(10, "2019"), False, 10),
        Draft(attack(20), False, 20, back_reference=True),
    ]
    assert [e.duplicate_of for e in merge_restatements(drafts)] == [None, None, 0]


@pytest.mark.model
def test_an_attack_told_as_background_is_not_what_the_attack_points_to() -> None:
    text = (
        "Gunmen attacked a police station in Strelsau on Wednesday. "
        "Investigators compared the weapons with those used in attacks on border posts in 2016. "
        "The governor condemned the attack on Thursday."
    )
    pairs = linked(text)
    assert ("attack", "attacked") in pairs
    assert ("attack", "attacks") not in pairs


# --- one abduction told at a country and at a town of it --------------------------------------


def test_people_taken_are_no_summary_of_a_countrys_acts() -> None:
    country = Event(0, 5, "abduction", place=COUNTRY, date="2024-10")
    town = Event(50, 55, "abduction", place=TOWN, date="2024-10-29")
    assert not summary_and_scene(country, town, frozenset(), frozenset())
    assert dated_taking(country, town)
    assert not dated_taking(Event(0, 5, "abduction", place=COUNTRY), town)  # no day to agree on


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [
        ("2024-10", "2024-10-29", False),  # a day of the month
        ("2024-10-29T14:00", "2024-10-29", False),
        ("2024-10-28", "2024-10-29", True),
        ("2024-09", "2024-10-29", True),
        (None, "2024-10-29", False),
    ],
)
def test_a_day_lies_within_its_month(first: str | None, second: str, apart: bool) -> None:
    assert days_apart(first, second) is apart


def test_one_abduction_told_at_the_country_then_at_a_town_is_one() -> None:
    drafts = [
        Draft(Event(0, 5, "abduction", place=COUNTRY, date="2024-10"), False, 0),
        Draft(Event(50, 55, "abduction", place=TOWN, date="2024-10-29"), False, 50),
    ]
    assert merge_restatements(drafts)[1].duplicate_of == 0


def test_a_wide_region_has_no_distance_to_a_town() -> None:
    assert wide_region(WIDE)
    assert not wide_region(COUNTRY)
    assert same_places(WIDE, TOWN) is None
    assert same_places(COUNTRY, TOWN) is True


# --- a headline's act of no listed type, told again in the body --------------------------------


@pytest.mark.model
def test_a_headlines_seizure_told_again_in_the_body_is_one_event() -> None:
    text = (
        "Navy seizes oil tanker near strait\n\n"
        "Officials held talks with the owners on Friday. The navy seized a tanker carrying crude "
        "near the strait on Thursday, officials said."
    )
    assert ("seizes", "seized") in linked(text)


@pytest.mark.model
def test_a_headlines_seizure_is_not_the_seizure_of_another_thing() -> None:
    text = "Navy seizes oil tanker\n\nThe navy seized a fishing boat on Thursday, officials said."
    assert all(original is None for _, original in linked(text))


# --- an act whose subject names no side keeps its own clause's weapons -------------------------


@pytest.mark.model
def test_a_sideless_act_does_not_take_the_other_sides_weapons() -> None:
    text = "Drones hit Strelsau after Borduran missiles struck the city."
    events = sitrep.extract(text, published=PUBLISHED).events
    hit = next(e for e in events if e.trigger == "hit")
    struck = next(e for e in events if e.trigger == "struck")
    assert hit.weapon == ("drone",)
    assert struck.weapon == ("missile",)
    assert hit.duplicate_of is None and struck.duplicate_of is None
    assert hit.actor is None


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Shells hit Goma after a drone struck Goma.",  # no side on either: steps of one attack
        "Russian missiles struck Kharkiv after Russian drones hit Kharkiv.",  # one side
    ],
)
def test_acts_of_no_side_or_of_one_side_still_join(text: str) -> None:
    assert sum(original is not None for _, original in linked(text)) == 1
