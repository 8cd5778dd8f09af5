"""A valley, a basin or a gorge names a region: the name before it reads as a unit or a feature
of that name, never as a town spelt the same. Invented sentences."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from sitrep.extract.place_feature_heads import regions_before_feature
from sitrep.extract.places import extract_places
from sitrep.gazetteer import Entry

TOWN = Entry(1, "Orvana", "UZ", "Orvana Region", 10, "PPL", 40.4, 71.8, 300_000)
UNIT = Entry(10, "Orvana Region", "UZ", "Orvana Region", 10, "ADM1", 40.3, 71.3, 1_200_000, 1)


def _tokens(*words: str) -> list[SimpleNamespace]:
    return [SimpleNamespace(lower_=w.lower()) for w in words]


def test_a_towns_reading_before_valley_is_dropped() -> None:
    tokens = _tokens("Orvana", "Valley")
    assert regions_before_feature(tokens, 0, 1, (TOWN, UNIT)) == (UNIT,)  # type: ignore[arg-type]


def test_a_name_not_right_before_the_feature_word_keeps_its_towns() -> None:
    tokens = _tokens("Orvana", "Street")
    assert regions_before_feature(tokens, 0, 1, (TOWN,)) == (TOWN,)  # type: ignore[arg-type]


@pytest.mark.model
def test_the_fergana_valley_is_no_city(make_context, gazetteer) -> None:
    text = "Border guards exchanged fire near a canal in the Fergana Valley on Friday."
    levels = [p.level for p in extract_places(make_context(text), gazetteer)]
    assert not any(level and level.startswith("PPL") for level in levels)


@pytest.mark.model
def test_a_district_of_the_valleys_name_is_kept(make_context, gazetteer) -> None:
    text = "Militants attacked a checkpoint in the Swat Valley on Friday."
    names = {p.name for p in extract_places(make_context(text), gazetteer)}
    assert "Swat" in names


def test_a_name_of_towns_in_several_countries_keeps_its_towns() -> None:
    abroad = Entry(2, "Orvana", "TT", "Orvana", 20, "PPL", 10.3, -61.5, 50_000)
    tokens = _tokens("Orvana", "Valley")
    kept = regions_before_feature(tokens, 0, 1, (TOWN, abroad, UNIT))  # type: ignore[arg-type]
    assert kept == (TOWN, abroad, UNIT)
