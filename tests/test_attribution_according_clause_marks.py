"""An "according to" source ends where a semicolon, colon or dash opens a clause of its own,
and the claim ends there too; a description after a dash stays in the source."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.attribution import extract_attributions

PUBLISHED = dt.date(2025, 3, 14)


def _according(make_context, text: str) -> list[tuple[str, str]]:
    found = extract_attributions(make_context(text, PUBLISHED))
    return [
        (text[a.claim.start : a.claim.end], a.source.text)
        for a in found
        if a.cue and a.cue.text.lower() == "according to"
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "claim", "source"),
    [
        (
            "About 300 families fled the valley, according to local officials; the army later "
            "put the figure at 900.",
            "About 300 families fled the valley",
            "local officials",
        ),
        (
            "The death toll stands at 12, according to the Red Crescent; it is expected to rise.",
            "The death toll stands at 12",
            "the Red Crescent",
        ),
        (
            "Four ferries were cancelled, according to the harbour master: the storm has not "
            "eased.",
            "Four ferries were cancelled",
            "the harbour master",
        ),
        # a description after the dash is the source's: a row that must not change
        (
            "Turnout fell, according to members of the Lakeside Forum — a group of retired "
            "teachers and clerks.",
            "Turnout fell",
            "members of the Lakeside Forum — a group of retired teachers and clerks",
        ),
    ],
)
def test_a_clause_mark_ends_the_source(make_context, text, claim, source):
    assert _according(make_context, text) == [(claim, source)]
