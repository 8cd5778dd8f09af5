"""A thing that shows signs of something ("the wells showed traces of oil") is what was
examined, not a speaker: in a clause a reporter speaks for, the reporter has the whole clause.
Examinations, records and people still speak."""

from __future__ import annotations

import pytest

from test_attribution_reporter_tails import claim_triples


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "claim", "source"),
    [
        (
            "Several of the wells showed traces of diesel, the water board said.",
            "Several of the wells showed traces of diesel",
            "the water board",
        ),
        (
            "Many of the cattle showed signs of poisoning, a vet in Orsa said.",
            "Many of the cattle showed signs of poisoning",
            "a vet in Orsa",
        ),
    ],
)
def test_a_thing_showing_signs_is_no_source(make_context, text, claim, source):
    assert claim_triples(make_context, text) == [(claim, source, "said")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "claim", "source"),
    [
        (
            "The autopsy showed signs of strangulation, the coroner said.",
            "signs of strangulation",
            "The autopsy",
        ),
        (
            "His backers showed no sign of relenting, aides said.",
            "no sign of relenting",
            "His backers",
        ),
        ("New polls show signs of a tight race.", "signs of a tight race", "New polls"),
    ],
)
def test_examinations_and_people_still_show(make_context, text, claim, source):
    assert (claim, source, next(w for w in text.split() if w.startswith("show"))) in claim_triples(
        make_context, text
    )
