"""A headline's event told again in the body is one event, the larger or later count kept; a body
act of another place, weapon or a smaller exact count stays apart. Sentences are invented."""

from __future__ import annotations

import dataclasses

import pytest

import sitrep
from sitrep.extract.event_merge import Draft, merge_restatements
from sitrep.model import Event, EventPlace

PUBLISHED = "2025-03-14"  # a Friday
TOWN = EventPlace("Strelsau", 45.2, 20.3, "PPL", country="RU", admin1="Central")
OTHER_TOWN = EventPlace("Zenda", 47.9, 23.1, "PPL", country="RU", admin1="North")


def draft(
    start: int,
    killed: float | None,
    hedge: str,
    *,
    headline: bool = False,
    place: EventPlace | None = TOWN,
    kind: str = "attack",
    objects: frozenset[str] = frozenset(),
    weapon: tuple[str, ...] = ("bomb",),
) -> Draft:
    event = Event(start, start + 5, kind, place=place, killed=killed, weapon=weapon)
    event = dataclasses.replace(event, killed_hedge=hedge if killed is not None else None)
    return Draft(event, False, start, objects=objects, headline=headline)


@pytest.mark.parametrize(
    ("headline_place", "body", "linked", "killed"),
    [
        (None, draft(40, 6, "lower_bound"), True, 6),  # a later, larger count
        (None, draft(40, None, "exact"), True, 5),  # no count in the body: the headline's
        (TOWN, draft(40, 5, "exact", place=None), True, 5),  # no place in the body
        (None, draft(40, 2, "exact"), False, 2),  # a smaller exact count: another occasion
        (TOWN, draft(40, 6, "lower_bound", place=OTHER_TOWN), False, 6),  # another town
        (None, draft(40, 6, "lower_bound", weapon=("firearm",)), False, 6),  # another weapon
        (None, draft(40, 6, "lower_bound", kind="armed_clash"), False, 6),  # another act
    ],
)
def test_the_body_tells_the_headline_event_in_full(headline_place, body, linked, killed):
    headline = draft(0, 5, "exact", headline=True, place=headline_place)
    first, second = merge_restatements([headline, body])
    assert (first.duplicate_of == 1, second.duplicate_of, second.killed) == (linked, None, killed)


def test_only_the_bodys_first_act_of_the_type_can_tell_the_headline():
    headline = draft(0, 5, "exact", headline=True, place=None)
    elsewhere = draft(40, 3, "exact", place=OTHER_TOWN)
    later = draft(90, 6, "lower_bound")
    events = merge_restatements([headline, elsewhere, later])
    assert [e.duplicate_of for e in events] == [None, None, None]


def test_an_arrest_of_other_people_does_not_tell_the_headline_arrest():
    headline = draft(0, None, "exact", headline=True, kind="arrest", objects=frozenset({"leader"}))
    body = draft(40, None, "exact", kind="arrest", objects=frozenset({"students"}))
    assert [e.duplicate_of for e in merge_restatements([headline, body])] == [None, None]


def originals(text: str) -> list[tuple[str, float | None, str | None]]:
    events = sitrep.extract(text, published=PUBLISHED).to_json()["events"]
    return [
        (e["type"], e["killed"], (e["place"] or {}).get("name"))
        for e in events
        if e["duplicate_of"] is None
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a later, larger count in the body: one bombing, the body's count
            "Bomb kills 4 in bus station\n\nAt least seven people were killed when a bomb "
            "exploded in the same bus station in Ghazni on Tuesday.",
            [("attack", 7.0, "Ghazni")],
        ),
        (
            "Car bomb kills 8 in Jalalabad\n\nAt least 11 people were killed when a car bomb "
            "exploded near a market in Jalalabad on Monday, police said.",
            [("attack", 11.0, "Jalālābād")],
        ),
        (  # the same count told again
            "Bomb kills 9 in Jalalabad\n\nA bomb killed nine people in a market in Jalalabad on Tuesday.",
            [("attack", 9.0, "Jalālābād")],
        ),
        (  # a smaller exact count in another town is another bombing
            "Bomb kills 9 in Jalalabad\n\nA bomb killed nine people in a market in Jalalabad on Tuesday. "
            "Earlier, a bomb killed two people in Ghazni.",
            [("attack", 9.0, "Jalālābād"), ("attack", 2.0, "Ghazni")],
        ),
    ],
)
def test_a_headline_told_again_in_the_body_is_one_event(text, expected):
    assert originals(text) == expected


@pytest.mark.model
def test_two_body_reports_with_counts_that_disagree_stay_apart():
    text = (
        "A bomb killed five people in a market in Jalalabad on Tuesday. At least 30 people were "
        "killed when a bomb exploded in Jalalabad on Tuesday."
    )
    assert len(originals(text)) == 2
