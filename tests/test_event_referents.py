"""A bombing told again ("the explosion", "the car exploded") with no town or day of its own is
the latest bombing; a blast told after a later strike or explosion is that one's, never an older
bombing's; "the attack on the mosque" is the attack whose sentence names the mosque, not the
latest one in another town or on another day. Sentences, names and places are invented."""

from __future__ import annotations

import dataclasses

import pytest

import sitrep
from sitrep.extract.event_merge import Draft, merge_restatements
from sitrep.extract.event_referents import scene_referent
from sitrep.model import Event, EventPlace

PUBLISHED = "2025-03-14"  # a Friday
TOWN = EventPlace("Strelsau", 45.2, 20.3, "PPL", country="RU", admin1="Central")
FAR_TOWN = EventPlace("Zenda", 47.9, 23.1, "PPL", country="RU", admin1="North")


def bombing(weapon: tuple[str, ...] = ("bomb",)) -> Draft:
    event = Event(
        0,
        10,
        "attack",
        place=TOWN,
        date="2025-03-10",
        killed=11,
        weapon=weapon,
        killed_hedge="exact",
    )
    return Draft(event, False, 0)


def blast(
    place: EventPlace | None,
    date: str | None,
    *,
    own_day: bool,
    weapon: tuple[str, ...] = (),
    killed: float | None = None,
) -> Draft:
    hedge = "exact" if killed is not None else None
    event = Event(40, 50, "attack", place=place, date=date, trigger="explosion", weapon=weapon)
    event = dataclasses.replace(event, killed=killed, killed_hedge=hedge)
    return Draft(event, False, 40, retold_blast=True, own_day=own_day)


def strike(acled: str = "Shelling/artillery/missile attack", trigger: str = "shelled") -> Draft:
    event = Event(20, 30, "attack", acled=acled, date="2025-03-11", trigger=trigger)
    return Draft(event, False, 20)


def depot_blast() -> Draft:  # "a fuel depot exploded": no attack, an explosion of its own
    return Draft(Event(20, 30, "other", date="2025-03-11", trigger="exploded"), False, 20)


ANY_DAY = {"own_day": False}


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
    ("drafts", "linked_to"),
    [
        ([bombing(), strike(), blast(None, None, **ANY_DAY, weapon=("artillery",))], 1),
        ([bombing(), strike(), blast(None, None, **ANY_DAY)], 1),  # "the explosion": the latest
        ([bombing(), depot_blast(), blast(None, None, **ANY_DAY)], 1),  # an accident's blast
        ([bombing(), depot_blast(), blast(None, None, **ANY_DAY, killed=3)], 1),
        # a shooting told last: no blast to tell again, the other rules decide
        ([bombing(), strike("Attack", "shot"), blast(None, None, **ANY_DAY)], None),
        ([bombing(), blast(None, None, **ANY_DAY, weapon=("missile",))], None),  # no missile told
        ([bombing(), blast(None, None, **ANY_DAY, killed=3)], None),  # 11 dead are not 3
    ],
)
def test_a_blast_is_the_latest_attack_or_explosion_it_can_be(drafts, linked_to):
    assert merge_restatements(drafts)[-1].duplicate_of == linked_to


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
        (  # a tanker's blast told after the bombing: the tanker's dead, not lost
            BOMBING + "Separately, a fuel tanker exploded on the coast road. The explosion "
            "killed four people.",
            [("attack", 11.0, "Kismayo"), ("other", 4.0, None)],
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


BOMBING_THEN_STRIKE = "A car bomb killed nine people at a bakery in Baidoa on Monday. "


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "referent"),
    [
        (  # the shell is the shelling's, not the older car bomb's
            BOMBING_THEN_STRIKE + "Artillery units shelled Dolow on Tuesday. The shell exploded "
            "in a yard, wounding three.",
            1,
        ),
        (
            BOMBING_THEN_STRIKE + "On Tuesday, missiles struck Beledweyne, killing two. The "
            "missile exploded near a clinic.",
            1,
        ),
        (  # a depot that blew up, then "the blast": the depot's
            BOMBING_THEN_STRIKE + "On Tuesday, a fuel depot exploded in the port. The blast "
            "injured six dockers.",
            1,
        ),
        (  # the scene named: the bakery's bombing, not the later checkpoint's on another day
            BOMBING_THEN_STRIKE + "On Saturday, a roadside bomb had killed two soldiers at a "
            "checkpoint near Baidoa. The blast at the bakery destroyed 20 shops.",
            0,
        ),
    ],
)
def test_a_retold_blast_is_the_latest_blast_it_can_be(text, referent):
    events = sitrep.extract(text, published=PUBLISHED).events
    assert events[-1].duplicate_of == referent
