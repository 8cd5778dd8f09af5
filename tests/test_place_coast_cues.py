"""A town "off the coast of X" is a place however small: the coast is a side of it."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.places import extract_places

PUBLISHED = dt.date(2025, 3, 14)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("A fishing boat was seized off the coast of Bargaal on Sunday.", "Bargaal", "SO"),
        ("A migrant boat capsized off the shores of Lampedusa.", "Lampedusa", "IT"),
    ],
)
def test_a_town_after_the_coast_of_is_a_place(make_context, gazetteer, text, word, country):
    places = extract_places(make_context(text, published=PUBLISHED), gazetteer)
    assert {p.country for p in places if p.start == text.index(word)} == {country}
