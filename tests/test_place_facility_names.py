"""Words of a facility's or a vessel's name are not the places they spell: a name opening a
facility's name is its town only in the country the facility is said to lie in, a people's
word opening it names no place, a ship's name is no place, the country a water body is named
after is not that body, and an outlet's name in a dateline's credit is no place. Towns,
countries and peoples' words outside such names stay."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.places import extract_places

PUBLISHED = dt.date(2025, 3, 14)


def _names_at(make_context, gazetteer, text, word):
    places = extract_places(make_context(text, published=PUBLISHED), gazetteer)
    return {p.name or p.text for p in places if p.start == text.index(word)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the first word of a facility's own name, the facility in another country
        ("Rockets hit the Salem al-Hadi air base in western Libya on Monday.", "Salem"),
        ("Missiles hit the Camden al-Rashid air base. Officials in Baghdad said so.", "Camden"),
        # a people's word opening a facility's name
        ("She worked as a nurse at the Kuwaiti Hospital in Aden.", "Kuwaiti"),
        ("Staff fled the Turkish School in Mogadishu on Sunday.", "Turkish"),
        # a vessel's name
        ("Commandos boarded the MV Genoa Spirit off Yemen on Sunday.", "Genoa"),
        ("The tanker Sofia Queen was struck by a missile near Aden.", "Sofia"),
        # the country a water body is named after
        ("Mines were found in the Gulf of Oman on Sunday.", "Oman"),
        # an outlet's name in a dateline's credit
        ("TIRANA, May 2, 2025 (Atlantic Courier) - Troops moved west on Sunday.", "Atlantic"),
        ("TIRANA, May 2 (Pacific Daily) - Troops moved west on Sunday.", "Pacific"),
    ],
)
def test_a_word_of_a_facility_or_vessel_name_is_no_place(make_context, gazetteer, text, word):
    assert _names_at(make_context, gazetteer, text, word) == set()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        # the facility lies in the town, or the country, its name says
        ("Flights resumed at the Kabul airport in Afghanistan on Sunday.", "Kabul", "Kabul"),
        ("Shells fell near the Mosul dam in northern Iraq on Sunday.", "Mosul", "Mosul"),
        # a country's adjective before a facility word in lower case, or before more of a name
        ("Jets took off from a Russian air base in Syria on Sunday.", "Russian", "Russia"),
        ("Pupils at the Polish International School protested.", "Polish", "Poland"),
        # ships and water near places, not named by them
        ("The ships left Odesa with grain on Monday.", "Odesa", "Odesa"),
        ("The ferry sailed from Helsinki to Tallinn on Monday.", "Helsinki", "Helsinki"),
        ("A Ukrainian drone hit an oil depot in Bryansk on Monday.", "Bryansk", "Bryansk"),
        ("Warships gathered in the Gulf of Riga on Tuesday.", "Riga", "Riga"),
        # the same word past the credit
        (
            "TIRANA, May 2 (Atlantic Courier) - Tankers crossed the Atlantic on Sunday.",
            "Atlantic on",
            "Atlantic Ocean",
        ),
    ],
)
def test_a_place_beside_a_facility_or_vessel_stays(make_context, gazetteer, text, word, name):
    assert name in _names_at(make_context, gazetteer, text, word)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("A shell hit the Lagos market in Juba on Sunday, killing four people.", "Lagos", "SS"),
        ("Wounded reached the Lima clinic in Herat on Sunday.", "Lima", "AF"),
    ],
)
def test_a_facility_named_like_a_town_abroad_is_placed_in_its_town(
    make_context, gazetteer, text, word, country
):
    places = extract_places(make_context(text, published=PUBLISHED), gazetteer)
    found = [p for p in places if p.start == text.index(word)]
    assert [(p.name, p.country, bool(p.unresolved_reason)) for p in found] == [
        (None, country, True)
    ]
