"""A bare "the capital" in a datelined report is the capital of the dateline's country; with no
dateline, or when the phrase says which capital it is, nothing is added."""

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


def _capitals(make_context, gazetteer, text):
    ctx = make_context(text, published=PUBLISHED)
    places = with_country_capitals(ctx.doc, gazetteer, extract_places(ctx, gazetteer))
    return [p.name for p in places if p.text == "capital"]


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
