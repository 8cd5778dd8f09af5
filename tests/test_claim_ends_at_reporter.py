"""Where a claim ends: a clause of time or contrast after a reporter in mid-sentence ("...,
officials said, as talks resumed in Lusaka") sets the scene in the writer's voice, and a
relative clause with no pronoun on the place of speaking ("said on a station it runs that ...")
is not what was said."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.attribution import extract_attributions

PUBLISHED = dt.date(2025, 3, 14)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "Militias shelled the port on Sunday, officials said, as talks resumed in Lusaka.",
            ["Militias shelled the port on Sunday"],
        ),
        (
            "The levee held, engineers said on Monday, while the river kept rising.",
            ["The levee held"],
        ),
        (
            "A spokesman for the militia said on a radio station it runs that the target was "
            "a depot.",
            ["that the target was a depot"],
        ),
        (
            "The council said on a channel it owns that the bridge was closed.",
            ["that the bridge was closed"],
        ),
        # unchanged: a reason after the reporter is the speaker's, a believing verb speaks, a
        # speaker's own "as" clause is a statement of its own
        (
            "The levee will hold, engineers said, because the walls are new.",
            ["The levee will hold, engineers said, because the walls are new"],
        ),
        (
            "The envoy said in Tallinn she believed that talks would resume.",
            ["she believed that talks would resume"],
        ),
        (
            "Troops took the bridge, the army said, while rebels said the fighting went on.",
            ["Troops took the bridge", "the fighting went on"],
        ),
    ],
)
def test_claim_ends_where_the_speaker_stops(make_context, text, claims):
    found = extract_attributions(make_context(text, PUBLISHED))
    assert [text[a.claim.start : a.claim.end] for a in found] == claims


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "claim"),
    [
        # a present "as" clause after the reporter is the speaker's reason, kept in the claim
        (
            "Prices will rise, analysts said, as the currency weakens further.",
            "analysts",
            "Prices will rise, analysts said, as the currency weakens further",
        ),
        # a speaker citing sources before the verb stays the source of what follows it
        (
            "President Ilse Varga, citing intelligence sources, warned of an attack.",
            "President Ilse Varga",
            "an attack",
        ),
    ],
)
def test_reasons_and_fronted_citations_stay_with_the_speaker(make_context, text, source, claim):
    found = extract_attributions(make_context(text, PUBLISHED))
    assert [(a.source.text, text[a.claim.start : a.claim.end]) for a in found] == [(source, claim)]
