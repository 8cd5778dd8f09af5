"""A noun of commitment counts in the plural as in the singular: "her promises to cut fares"
credits the infinitive to its possessor, as "her promise to cut fares" does."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.attribution import extract_attributions


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "cue", "claim"),
    [
        (
            "The mayor's promises to cut bus fares have worried the council.",
            "The mayor's",
            "promises",
            "to cut bus fares",
        ),
        (
            "Her pledges to rebuild the harbour won her the port vote.",
            "Her",
            "pledges",
            "to rebuild the harbour",
        ),
        (
            "His vows to stay in the race surprised the party.",
            "His",
            "vows",
            "to stay in the race",
        ),
    ],
)
def test_plural_commitment_nouns_are_cues(make_context, text, source, cue, claim):
    found = extract_attributions(make_context(text, dt.date(2025, 3, 14)))
    got = [
        (a.source.text, a.cue.text if a.cue else "", text[a.claim.start : a.claim.end])
        for a in found
    ]
    assert any(
        s.startswith(source.removesuffix("'s")) and c == cue and claim in t for s, c, t in got
    )
