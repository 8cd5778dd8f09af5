"""A stateless people's adjective opening "-led"/"-backed" names a side, not a place."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.place_candidates import Mention
from sitrep.extract.place_people_compounds import leads_an_actor_compound
from sitrep.extract.places import extract_places
from sitrep.gazetteer import Entry

PUBLISHED = dt.date(2025, 3, 14)


def _entry(level: str, kind: int = 3) -> Entry:
    return Entry(1, "Velania", None, None, None, level, 0.0, 0.0, 0, kind=kind)


@pytest.mark.parametrize(
    ("text", "level", "kind", "actor"),
    [
        ("Velani-led forces", "region", 3, True),
        ("Velani-backed militias", "region", 3, True),
        ("Velani – allied groups", "region", 3, True),
        # a country's adjective reads as its country
        ("Velani-backed militias", "PCLI", 3, False),
        # not a demonym, or no compound
        ("Velani-led forces", "region", 0, False),
        ("Velani fighters", "region", 3, False),
        ("Velani-ledger", "region", 3, False),
    ],
)
def test_a_peoples_adjective_opening_an_actor_compound(text, level, kind, actor):
    mention = Mention(0, len("Velani"), (_entry(level, kind),), demonym=False)
    assert leads_an_actor_compound(text, mention) is actor


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        ("Kurdish-backed militias held the ridge on Sunday.", "Kurdish", None),
        ("Kurdish-dominated councils ran the district.", "Kurdish", None),
        # GeoWebNews counts a people's adjective before a noun, and a country's in a compound
        ("Kurdish fighters held the ridge on Sunday.", "Kurdish", "Kurdistan"),
        ("Iranian-backed militias held the ridge on Sunday.", "Iranian", "Iran"),
    ],
)
def test_a_peoples_adjective_in_an_actor_phrase(make_context, gazetteer, text, word, name):
    places = extract_places(make_context(text, published=PUBLISHED), gazetteer)
    found = {p.name for p in places if p.start == text.index(word)}
    assert found == ({name} if name else set())
