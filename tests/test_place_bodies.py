"""A continent's adjective that opens an acting body's name stands for the body, not a place."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.places import extract_places

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2025, 3, 14)


def _place_at(make_context, gazetteer, text, word):
    start = text.index(word)
    found = extract_places(make_context(text, published=PUBLISHED), gazetteer)
    return next(p for p in found if p.start <= start < p.end)


@pytest.mark.parametrize(
    ("text", "word", "body"),
    [
        ("The African Union suspended Gabon on Thursday.", "African", "African Union"),
        ("The East African Community admitted Somalia.", "African", "East African Community"),
        ("The West African bloc lifted sanctions on Guinea.", "African", "West African bloc"),
        ("The Asian Development Bank lent $40 million to Laos.", "Asian", "Asian Development Bank"),
        ("Talks were called by the European Commission in May.", "European", "European Commission"),
        # a body named "of ... States", joined to another subject
        (
            "Chad and the Economic Community of Central African States condemned the vote.",
            "African",
            "Economic Community of Central African States",
        ),
    ],
)
def test_a_continents_adjective_opening_an_acting_body_is_the_body(
    make_context, gazetteer, text, word, body
):
    place = _place_at(make_context, gazetteer, text, word)
    assert (place.role, place.refers_to) == ("actor", body)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("African traders crossed into Zambia on Monday.", "African"),
        ("Drought spread across East Africa on Monday.", "East Africa"),
        # a plan's or a prize's name, and a body that only owns something
        ("She won the Asian Poetry Prize for her second book.", "Asian"),
        ("Loans from the Asian Development Bank rose in May.", "Asian"),
    ],
)
def test_a_continents_adjective_elsewhere_stays_a_location(make_context, gazetteer, text, word):
    assert _place_at(make_context, gazetteer, text, word).role == "location"
