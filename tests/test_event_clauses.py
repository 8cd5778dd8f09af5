"""An act joined to another with a subject of its own ("and a missile strike killed four",
"while a drone attack killed three") keeps its toll and its arms: the first act's clause stops
before it. Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-06-02"


def readings(text: str) -> list[tuple[str, float | None, tuple[str, ...]]]:
    events = sitrep.extract(text, published=PUBLISHED).events
    return [(e.type, e.killed, tuple(e.weapon)) for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norland and Sudmark forces clashed near Vellin, while a drone attack on Ostra "
            "killed three people.",
            [("armed_clash", None, ()), ("attack", 3, ("drone",))],
        ),
        (
            "Norland and Sudmark forces exchanged fire overnight, and a missile strike on Ostra "
            "killed four.",
            [("armed_clash", None, ()), ("attack", 4, ("missile",))],
        ),
        (  # a lone act still takes the toll its sentence tells
            "Gunmen stormed the village while residents slept, killing six people.",
            [("attack", 6, ("firearm",))],
        ),
        (  # an "as" clause tells the act's own circumstance and keeps its arms
            "Troops shelled the town as drones circled overhead, killing two.",
            [("attack", 2, ("drone",))],
        ),
    ],
)
def test_a_joined_act_keeps_its_own_toll_and_arms(
    text: str, expected: list[tuple[str, float | None, tuple[str, ...]]]
) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize(
    ("text", "place", "weapons"),
    [
        # a "while" clause that tells no act of its own is the act's moment: its place and arms
        # are the act's
        (
            "Gunmen opened fire on worshippers while they were praying in a church in Jos, "
            "killing nine people.",
            "Jos",
            ("firearm",),
        ),
        (
            "Bandits attacked the hamlet while farmers slept, using machetes and rifles, in "
            "Zamfara state.",
            "Zamfara State",
            ("firearm", "knife"),
        ),
    ],
)
def test_a_while_clause_without_an_act_of_its_own_stays_the_acts_circumstance(
    text: str, place: str, weapons: tuple[str, ...]
) -> None:
    events = sitrep.extract(text, published=PUBLISHED).events
    assert [(e.place.name if e.place else None, set(e.weapon)) for e in events][:1] == [
        (place, set(weapons))
    ]
