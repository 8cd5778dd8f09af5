"""Three event readings pinned together (sentences are invented):

- an act that is the subject of a harm verb is one event with it, with or without a named side
  (`event_groups`), and a sentence-opening gerund the parser reads as a clause keeps its toll
  (`event_gerund_subjects`);
- only a raid done by police is a search, not a raid near a "police post" (`event_police_raids`);
- a party's seat ("X, based in Y") is no event place (`event_place_roles.party_seat`).
"""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-03-14"


def readings(text: str) -> list[tuple[str, str, int | None, str | None]]:
    """Each event not linked to another: trigger, type, dead and place name."""
    events = sitrep.extract(text, published=PUBLISHED).events
    return [
        (e.trigger or "", e.type, e.killed, e.place.name if e.place else None)
        for e in events
        if e.duplicate_of is None and e.type != "statement"
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "M23 shelling of a school in the town of Sake killed 9 people.",
        "Russian shelling of a bus station in Kherson killed 9 people.",
        "Shelling of a school in the town of Sake killed 9 people.",
    ],
)
def test_an_act_that_kills_is_one_event_with_its_toll(text):
    events = sitrep.extract(text, published=PUBLISHED).events
    assert [(e.type, e.killed) for e in events] == [("attack", 9)]  # no second, linked copy


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "raid_is_attack"),
    [
        (
            "Bandits burned a police station in Zamfara before troops raided a camp in Zamfara.",
            True,
        ),
        ("Police said gunmen raided a village in Zamfara.", True),
        ("Police raided a warehouse in Kano on Tuesday.", False),
        ("A warehouse in Kano was raided by detectives on Tuesday.", False),
    ],
)
def test_only_a_raid_done_by_police_is_a_search(text, raid_is_attack):
    raids = [r for r in readings(text) if r[0].lower().startswith("raid")]
    assert bool(raids) == raid_is_attack


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Dragos, based in Hanover, said the attack on the dam shut two turbines.",
        "Dragos, a firm headquartered in Hanover, said the attack on the dam shut two turbines.",
        "The Hanover-headquartered firm said the attack on the dam shut two turbines.",
    ],
)
def test_a_partys_seat_is_no_event_place(text):
    assert [r[3] for r in readings(text) if r[1] == "attack"] == [None]


@pytest.mark.model
def test_a_force_based_somewhere_still_acts_where_it_strikes():
    found = readings("Rebels based in Goma attacked a convoy in Rutshuru on Monday.")
    assert [r[3] for r in found] == ["Rutshuru"]


@pytest.mark.model
def test_a_tie_to_a_country_is_no_seat():
    found = readings("Jets struck depots linked to Iran in Syria on Monday.")
    assert [r[3] for r in found] == ["Syria"]
