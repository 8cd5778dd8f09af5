"""A bombing told again ("the explosion", "the car exploded") with no town or day of its own is
the latest bombing; "the attack on the mosque" is the attack whose sentence names the mosque, not
the latest one in another town. Sentences, names and places are invented."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extract.event_merge import Draft, merge_restatements
from sitrep.extract.event_referents import scene_referent
from sitrep.model import Event, EventPlace

PUBLISHED = "2025-03-14"  # a Friday
TOWN = EventPlace("Strelsau", 45.2, 20.3, "PPL", country="RU", admin1="Central")
FAR_TOWN = EventPlace("Zenda", 47.9, 23.1, "PPL", country="RU", admin1="North")


def bombing(weapon: tuple[str, ...] = ("bomb",)) -> Draft:
    event = Event(0, 10, "attack", place=TOWN, date="2025-03-10", killed=11, weapon=weapon)
    return Draft(event, False, 0)


def blast(place: EventPlace | None, date: str | None, *, own_day: bool) -> Draft:
    event = Event(40, 50, "attack", place=place, date=date, trigger="explosion")
    return Draft(event, False, 40, retold_blast=True, own_day=own_day)


@pytest.mark.parametrize(
    ("earlier", "later", "linked"),
    [
        (bombing(), blast(None, None, own_day=False), True),  # "the explosion" alone
        (bombing(), blast(None, "2025-03-14T06:00", own_day=False), True),  # a time of day only
        (bombing(), blast(TOWN, "2025-03-10", own_day=True), True),  # its own town and day
        (bombing(), blast(None, "2025-03-12", own_day=True), False),  # a day of its own, another
        (bombing(), blast(FAR_TOWN, None, own_day=False), False),  # another town
        (bombing(("firearm",)), blast(None, None, own_day=False), False),  # no bombing told
    ],
)
def test_a_blast_told_again_is_the_latest_bombing(earlier, later, linked):
    first, second = merge_restatements([earlier, later])
    assert (first.duplicate_of, second.duplicate_of == 0) == (None, linked)


@pytest.mark.parametrize(
    ("named", "expected"),
    [
        (frozenset({"mosque"}), 0),  # the older attack's sentence names the mosque
        (frozenset({"checkpoint"}), 1),  # the latest one's does
        (frozenset({"stadium"}), None),  # neither: no referent by scene
        (frozenset(), None),  # nothing named
    ],
)
def test_the_scene_a_mention_names_picks_its_attack(named, expected):
    told = [frozenset({"bomber", "mosque", "people"}), frozenset({"gunman", "checkpoint"})]
    assert scene_referent([1, 0], named, told) == expected


def originals(text: str) -> list[tuple[str, float | None, str | None]]:
    events = sitrep.extract(text, published=PUBLISHED).to_json()["events"]
    return [
        (e["type"], e["killed"], (e["place"] or {}).get("name"))
        for e in events
        if e["duplicate_of"] is None
    ]


BOMBING = (
    "A car bomb ripped through a mosque in Kismayo on Monday, killing 11 people, officials said. "
    "Rescue workers were still searching the rubble on Tuesday. "
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the blast told again, a time of day but no day of its own
            BOMBING + "The explosion shattered windows at about 10 a.m., witnesses said.",
            [("attack", 11.0, "Kismayo")],
        ),
        (  # the blast as the subject of the act, in the bombing's own town
            BOMBING + "The blast hit the old fish market in Kismayo at about 10 a.m., a police "
            "spokesman told reporters.",
            [("attack", 11.0, "Kismayo")],
        ),
        (  # the exploding car, named as known
            BOMBING + "Witnesses said the car exploded near a petrol station.",
            [("attack", 11.0, "Kismayo")],
        ),
        (  # another blast is another bombing
            BOMBING + "Another explosion hit a checkpoint in Kismayo on Tuesday.",
            [("attack", 11.0, "Kismayo"), ("attack", None, "Kismayo")],
        ),
        (  # the blast placed in another town is another bombing
            BOMBING + "The explosion hit a checkpoint in Garowe.",
            [("attack", 11.0, "Kismayo"), ("attack", None, "Garoowe")],
        ),
        (  # two bombings in two towns stay two
            "A bomb killed five people in Kismayo on Monday. A bomb killed three people in "
            "Garowe on Monday.",
            [("attack", 5.0, "Kismayo"), ("attack", 3.0, "Garoowe")],
        ),
    ],
)
def test_a_bombing_retold_with_no_town_or_day_of_its_own_is_one_event(text, expected):
    assert originals(text) == expected


SHOOTING_AFTER_BOMBING = (
    "A suicide bomber struck a mosque in Kismayo on Monday, killing 11 people. Separately, gunmen "
    "shot dead a judge at a checkpoint in Garowe on the same day. "
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("mention", "referent"),
    [
        ("The governor condemned the attack on the mosque.", 0),  # the bombing's scene
        ("The governor condemned the attack on the checkpoint.", 1),  # the shooting's scene
        ("The governor condemned the attack.", 1),  # no scene named: the latest attack
    ],
)
def test_the_attack_named_by_its_scene_is_that_attack(mention, referent):
    events = sitrep.extract(SHOOTING_AFTER_BOMBING + mention, published=PUBLISHED).events
    assert events[-1].duplicate_of == referent
