"""A stateless people's adjective before the noun of an armed side ("Velani rebels") names who
fights, not where: no place. Before "fighters" and "militia" it stays a place, as GeoWebNews
counts it; a country's adjective ("Velanian forces") stays its country."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.place_candidates import Mention
from sitrep.extract.place_people_compounds import leads_an_actor_compound
from sitrep.extract.places import extract_places
from sitrep.gazetteer import Entry

PUBLISHED = dt.date(2025, 3, 14)


@pytest.mark.parametrize(
    ("text", "level", "actor"),
    [
        ("Velani forces", "region", True),
        ("Velani rebels", "region", True),
        ("Velani rebel commander", "region", True),
        ("Velani separatists", "ADM1", True),
        ("Velani insurgents", "region", True),
        ("Velani militants", "region", True),
        ("Velani guerrillas", "region", True),
        ("Velani militiamen", "region", True),
        # counted as a place by GeoWebNews
        ("Velani fighters", "region", False),
        ("Velani militia", "region", False),
        # a country's adjective, or no armed side
        ("Velani forces", "PCLI", False),
        ("Velani forcesque", "region", False),
        ("Velani villages", "region", False),
    ],
)
def test_a_peoples_adjective_before_an_armed_side(text, level, actor):
    entry = Entry(1, "Velania", None, None, None, level, 0.0, 0.0, 0, kind=3)
    mention = Mention(0, len("Velani"), (entry,), demonym=True)
    assert leads_an_actor_compound(text, mention) is actor


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        ("Kurdish forces shelled the ridge on Sunday.", "Kurdish", None),
        ("Baloch separatists blew up a rail bridge on Sunday.", "Baloch", None),
        ("Kurdish fighters held the ridge on Sunday.", "Kurdish", "Kurdistan"),
        ("Kurdish villages emptied on Sunday.", "Kurdish", "Kurdistan"),
    ],
)
def test_a_peoples_armed_side_is_no_place(make_context, gazetteer, text, word, name):
    places = extract_places(make_context(text, published=PUBLISHED), gazetteer)
    found = {p.name for p in places if p.start == text.index(word)}
    assert found == ({name} if name else set())
