"""A bare "the capital" in a datelined report is the dateline country's capital unless another
country is named before it in its sentence; a country named after it (a speaker's nationality,
where boats came from) does not own it."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.place_country_capitals import with_country_capitals
from sitrep.extract.places import extract_places
from sitrep.gazetteer import ensure_gazetteer
from sitrep.settings import Settings

PUBLISHED = dt.date(2025, 3, 14)


@pytest.fixture(scope="session")
def gazetteer():
    return ensure_gazetteer(Settings.from_env())


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "capitals"),
    [
        ("ASMARA, Eritrea (AP) — A fire gutted a market in the capital on Sunday, an Ethiopian "
         "official said.", ["Asmara"]),
        ("DAKAR, Senegal — Fishermen in the capital protested against boats from Mauritania.",
         ["Dakar"]),
        # a country before the word may own the capital
        ("DAKAR, Senegal — Malian refugees reached the capital on Sunday.", []),
    ],
)  # fmt: skip
def test_only_a_country_before_the_capital_may_own_it(make_context, gazetteer, text, capitals):
    ctx = make_context(text, published=PUBLISHED)
    places = with_country_capitals(ctx.doc, gazetteer, extract_places(ctx, gazetteer))
    assert [p.name for p in places if p.text == "capital"] == capitals
