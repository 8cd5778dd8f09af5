"""A town the story's country knows by an English alias beats a foreign town whose main name it
is, when the story's other names name the alias's country and not the other town's. Invented
sentences."""

from __future__ import annotations

import pytest

from sitrep.extract.places import extract_places


def _country_of(make_context, gazetteer, text: str, word: str) -> str | None:
    found = extract_places(make_context(text), gazetteer)
    return next(p.country for p in found if p.start == text.index(word))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the West Bank town's English spelling is only an alias; a Polish village's main name
        ("Israeli forces withdrew from Jenin after a raid, Palestinian medics said.", "PS"),
        ("Palestinian officials said the army had left Jenin by Thursday evening.", "PS"),
    ],
)
def test_an_alias_at_home_beats_a_foreign_main_name(make_context, gazetteer, text, country):
    assert _country_of(make_context, gazetteer, text, "Jenin") == country
