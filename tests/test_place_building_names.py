"""A building named after its town ("Tovik Fort") does not stand for the town."""

from __future__ import annotations

import pytest
import spacy

from sitrep.extract.place_building_names import building_penalty, named_after_a_town
from sitrep.extract.place_names import acceptable
from sitrep.gazetteer import Entry

TOWN = Entry(1, "Ad-Tovika", "SD", None, None, "PPL", 12.0, 23.0, 180_000, kind=1)
FORT = Entry(2, "El Tovik Fort", "SD", None, None, "PPL", 12.01, 23.01, 150_000, kind=1)
AIRPORT = Entry(3, "Brask Airport", "NO", None, None, "AIRP", 60.0, 5.0, 0, kind=0)
TOWER = Entry(4, "Tower Hamlets", "GB", None, None, "ADM2", 51.5, 0.0, 300_000, kind=0)


class _Gazetteer:
    """Answers every name with the same readings."""

    def __init__(self, entries: tuple[Entry, ...]) -> None:
        self.entries = entries

    def lookup(self, text: str) -> tuple[Entry, ...]:
        return self.entries


@pytest.mark.parametrize(
    ("entry", "entries", "text", "penalised"),
    [
        (FORT, (FORT, TOWN), "El Tovik", True),  # the fort loses to the town
        (TOWN, (FORT, TOWN), "El Tovik", False),
        (FORT, (FORT,), "El Tovik", False),  # nothing better to read it as
        (FORT, (FORT, TOWN), "El Tovik Fort", False),  # the fort's own whole name
        (AIRPORT, (AIRPORT, TOWN), "Brask", True),
        (TOWER, (TOWER, TOWN), "Hamlets", False),  # a building word opening a district's name
    ],
)
def test_a_building_named_after_a_town_loses_to_it(entry, entries, text, penalised):
    assert (building_penalty(entry, entries, text) < 0) == penalised


@pytest.mark.parametrize(
    ("text", "entries", "local"),
    [
        ("El Tovik", (FORT, TOWN), True),
        ("El Tovik", (TOWN,), False),
        ("Hamlets", (TOWER,), False),
    ],
)
def test_a_building_shows_the_towns_local_name(text, entries, local):
    assert named_after_a_town(text, entries) == local


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        # the fort proves "El Tovik" a local name of the town, not a foreign spelling of it
        ((FORT, TOWN), {"El Tovik Fort", "Ad-Tovika"}),
        ((TOWN,), set()),
    ],
)
def test_a_town_whose_fort_bears_its_name_stays_a_reading(entries, expected):
    doc = spacy.blank("en")("Rebels seized El Tovik on Monday.")
    found = acceptable(list(doc[2:4]), _Gazetteer(entries), strict=True)
    assert {e.name for e in found} == expected
