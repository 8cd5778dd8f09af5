"""A unit's name cut before its type word and tagged as a person or nationality is read whole."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.places import extract_places

PUBLISHED = dt.date(2025, 3, 14)


def _read(make_context, gazetteer, text):
    places = extract_places(make_context(text, published=PUBLISHED), gazetteer)
    return {(p.text, p.level, p.country) for p in places}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Airstrikes hit Nineveh Governorate overnight.", ("Nineveh Governorate", "ADM1", "IQ")),
        ("Clashes spread across Kasserine Governorate on Sunday.",
         ("Kasserine Governorate", "ADM1", "TN")),
        ("Floods cut roads in Sohag Governorate on Sunday.", ("Sohag Governorate", "ADM1", "EG")),
    ],
)  # fmt: skip
def test_a_unit_is_read_with_its_type_word(make_context, gazetteer, text, read):
    assert read in _read(make_context, gazetteer, text)
