"""A country named only to say whose capital is meant ("the Chadian capital", "Peru's capital")
adds a place for the word "capital": that country's capital city. A phrase that names the city
itself adds nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.place_country_capitals import with_country_capitals
from sitrep.extract.places import extract_places

PUBLISHED = dt.date(2025, 3, 14)


def _capitals(make_context, gazetteer, text):
    ctx = make_context(text, published=PUBLISHED)
    places = with_country_capitals(ctx.doc, gazetteer, extract_places(ctx, gazetteer))
    return [p.name for p in places if p.text == "capital"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "capitals"),
    [
        ("A truck bomb ripped through a square in the Chadian capital on Friday.", ["N'Djamena"]),
        ("Fighting spread across Peru's capital on Tuesday.", ["Lima"]),
        ("Thousands marched in the Zambian capital.", ["Lusaka"]),
        # the city is named: nothing to add
        ("Gunmen stormed a hotel in the Malian capital, Bamako, on Sunday.", []),
        ("Gunmen stormed a hotel in the Malian capital Bamako on Sunday.", []),
        ("Cholera spread in Zambia's capital of Lusaka.", []),
        ("Floods hit Lusaka, Zambia's capital, on Monday.", []),
        ("Floods hit Zambia's capital city, Lusaka, on Monday.", []),
        ("Floods hit Zambia's capital city on Monday.", ["Lusaka"]),
        # "capital" that is no city
        ("The Zambian capital markets fell sharply.", []),
        ("Floods hit the capital on Monday.", []),
    ],
)  # fmt: skip
def test_a_countrys_capital_is_its_capital_city(make_context, gazetteer, text, capitals):
    assert _capitals(make_context, gazetteer, text) == capitals


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A truck bomb exploded at a market in the Chadian capital on Friday.", "N'Djamena"),
        ("Fighting raged in Peru's capital on Tuesday, killing nine people.", "Lima"),
        # the city named after the phrase is still where it happened
        ("Gunmen stormed a hotel in the Malian capital, Bamako, on Sunday.", "Bamako"),
    ],
)  # fmt: skip
def test_an_event_in_a_countrys_capital_is_placed_in_the_city(make_context, gazetteer, text, place):
    from sitrep.extract.events import extract_events

    ctx = make_context(text, published=PUBLISHED)
    places = with_country_capitals(ctx.doc, gazetteer, extract_places(ctx, gazetteer))
    events = extract_events(ctx, places=places)
    assert [e.place.name for e in events if e.place] == [place]


# A bare "the capital" in a datelined report is the capital of the dateline's country; with no
# dateline, or when the phrase says which capital it is, nothing is added.
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "capitals"),
    [
        ("LUSAKA, May 9 (Reuters) - Looters raided shops in the capital on Sunday.", ["Lusaka"]),
        ("NDOLA, Zambia (AP) — Floods cut every road into the capital overnight.", ["Lusaka"]),
        ("LIMA, Peru — The capital was quiet on Friday. Police shelled the capital's squares.",
         ["Lima", "Lima"]),
        # a sentence that names another country: its capital, perhaps
        ("LIMA, Peru — Chilean jets flew low over the capital on Friday.", []),
        ("LIMA, Peru — Peruvian jets flew low over the capital on Friday.", ["Lima"]),
        # only a country named before the word may own it, not a speaker's or boats' origin after it
        ("ASMARA, Eritrea (AP) — A fire gutted a market in the capital on Sunday, an Ethiopian "
         "official said.", ["Asmara"]),
        ("DAKAR, Senegal — Fishermen in the capital protested against boats from Mauritania.",
         ["Dakar"]),
        ("DAKAR, Senegal — Malian refugees reached the capital on Sunday.", []),
        # no dateline: the capital of no known country
        ("Looters raided shops in the capital on Sunday.", []),
        # the phrase says more: another capital, the city named, or money
        ("LUSAKA, May 9 (Reuters) - Looters raided shops in the provincial capital.", []),
        ("LUSAKA, May 9 (Reuters) - Looters raided the capital of Chad on Sunday.", []),
        ("LIMA, Peru — Rioters marched on the capital, Lima, on Sunday.", []),
        ("LIMA, Peru — The firm raised the capital needed for the mine.", []),
    ],
)  # fmt: skip
def test_a_bare_capital_is_the_datelines_capital(make_context, gazetteer, text, capitals):
    assert _capitals(make_context, gazetteer, text) == capitals
