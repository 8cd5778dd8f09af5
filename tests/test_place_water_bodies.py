"""A named water body the gazetteer lacks is not read through its kind word: "Gulf" of "the
Gulf of X" is not the Persian Gulf, "Bay" of "the Bay of X" not Somalia's Bay Region."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.places import extract_places

PUBLISHED = dt.date(2025, 3, 14)


def _names(make_context, gazetteer, text):
    return {p.name for p in extract_places(make_context(text, published=PUBLISHED), gazetteer)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("A freighter ran aground in the Gulf of Tormena on Sunday.", "Persian Gulf"),
        ("Two trawlers sank in the Bay of Velmar on Sunday.", "Bay Region"),
    ],
)
def test_an_unknown_water_body_is_not_another_by_its_kind_word(
    make_context, gazetteer, text, wrong
):
    assert wrong not in _names(make_context, gazetteer, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a water body the gazetteer knows keeps its own name
        ("Pirates hijacked a tanker in the Gulf of Aden on Sunday.", "Gulf of Aden"),
        # "the Gulf" alone is the Persian Gulf, as news uses it
        ("Tankers crossed the Gulf on Sunday.", "Persian Gulf"),
        # a known town inside an unknown water body's name is still read
        ("Warships gathered in the Bay of Kotor on Sunday.", "Kotor"),
    ],
)
def test_a_known_water_body_or_town_is_still_read(make_context, gazetteer, text, name):
    assert name in _names(make_context, gazetteer, text)
