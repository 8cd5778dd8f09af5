"""Camps named after their town ("the Nuseirat refugee camp") are that town, found however the
tagger labels the name and resolved where the story is, never at a far namesake that is the
gazetteer's main bearer of the name. Invented sentences."""

from __future__ import annotations

import pytest
import spacy

from sitrep.extract.place_camps import names_a_camp
from sitrep.extract.places import extract_places


@pytest.mark.parametrize(
    ("text", "person", "camp"),
    [
        ("Tolvi camp", False, True),
        ("Tolvi refugee camp", False, True),
        ("Tolvi displacement camps", True, True),
        # a person's name before a bare "camp" is a faction, not a place
        ("Whitby camp", True, False),
        ("Tolvi refugees", False, False),
        ("Tolvi", False, False),
    ],
)
def test_what_calls_a_name_a_camp(text, person, camp):
    doc = spacy.blank("en")(text)
    assert names_a_camp(doc, 1, person=person) is camp


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # the camp's town is known by its English name only as an alias: not the Polish village
        ("Israeli troops raided the Jenin refugee camp on Monday, killing three people.", "Jenin", "PS"),
        ("Israeli forces pulled out of Jenin refugee camp after a two-day raid.", "Jenin", "PS"),
        ("Soldiers entered the Nuseirat refugee camp in Gaza on Monday, medics said.", "Nuseirat", "PS"),
        ("Aid finally reached Kakuma refugee camp in northern Kenya this week.", "Kakuma", "KE"),
        ("Floods cut the road to the Dadaab refugee camp in Kenya on Friday.", "Dadaab", "KE"),
    ],
)  # fmt: skip
def test_a_camp_is_its_town_where_the_story_is(make_context, gazetteer, text, word, country):
    found = extract_places(make_context(text), gazetteer)
    camp = next(p for p in found if p.start == text.index(word))
    assert camp.country == country and camp.lat is not None


@pytest.mark.model
def test_a_camp_the_gazetteer_lacks_is_a_place_near_the_story(make_context, gazetteer):
    text = "Thousands fled the Abu Karem camp near El Fasher after shelling on Monday."
    found = extract_places(make_context(text), gazetteer)
    camp = next(p for p in found if p.start == text.index("Abu Karem"))
    assert (camp.name, camp.country, camp.near) == (None, "SD", "El Fasher")
