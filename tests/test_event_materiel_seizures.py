"""War materiel and craft seized are no ground taken: arms are a disrupted weapons use, a boat or a
car property seized (PLOVER COERCE). Ground or people taken with them win. Sentences are
invented."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-03-14"  # a Friday
DISRUPTED = "Disrupted weapons use"


def events_of(text: str) -> list[tuple[str, str | None, str | None]]:
    events = sitrep.extract(text, published=PUBLISHED).to_json()["events"]
    return [(e["type"], e["plover"], e["acled"]) for e in events]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # materiel: arms taken out of the enemy's use, whatever town is named beside them
        ("Government troops captured four tanks near Ostrovo on Monday.", "materiel"),
        ("The rebels seized two armoured vehicles and a howitzer outside Vilmar.", "materiel"),
        ("The militia captured large quantities of military equipment near Darnak.", "materiel"),
        # craft: a vessel or a car taken alone is property seized
        ("Pirates seized a fishing trawler off the coast of Korvan on Sunday.", "craft"),
        ("Armed men seized a cargo dhow near the island of Pelago.", "craft"),
        ("Gunmen seized a luxury yacht off Port Anselm.", "craft"),
        # ground taken stays ground, materiel or not
        ("The rebels captured the hill near Ostrovo on Monday.", "ground"),
        ("The rebels captured the village and two tanks near Ostrovo.", "ground"),
        ("The insurgents seized the town of Vilmar on Tuesday.", "ground"),
    ],
)
def test_what_is_seized_decides_the_event(text, expected):
    wanted = {
        "materiel": ("other", "COERCE", DISRUPTED),
        "craft": ("other", "COERCE", None),
    }
    found = events_of(text)
    if expected == "ground":
        assert [e[0] for e in found] == ["seize_territory"], found
    else:
        assert found == [wanted[expected]]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Pirates seized two fishing dhows and their crews off Korvan.",
        "Gunmen seized two vehicles carrying aid workers near Darnak.",
    ],
)
def test_a_craft_taken_with_people_aboard_is_an_abduction(text):
    assert [e[0] for e in events_of(text)] == ["abduction"]


@pytest.mark.model
def test_materiel_destroyed_is_still_an_attack():
    found = events_of("Artillery destroyed three tanks near Ostrovo on Monday.")
    assert [e[0] for e in found] == ["attack"]
