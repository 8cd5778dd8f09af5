"""A "by" phrase that names a time ("expected by Monday", "by the end of the month", "asked by
reporters on Friday about ...") says when, not who: it is no source, no claim, and a reporter
elsewhere in the sentence speaks for the whole clause."""

from __future__ import annotations

import pytest

from test_attribution_reporter_tails import assert_claimed_instead, claim_triples


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A verdict is expected by Thursday.", []),
        ("New ferries are expected by June.", []),
        (
            "The bridge will be reopened by the end of the week, the roads agency said.",
            [("The bridge will be reopened by the end of the week", "the roads agency", "said")],
        ),
        (
            "A ruling is expected by year-end, the court clerk said.",
            [("A ruling is expected by year-end", "the court clerk", "said")],
        ),
        # an agent still speaks: a row that must not change
        (
            "The tariff plan was criticised by the chamber of commerce.",
            [("The tariff plan", "the chamber of commerce", "criticised")],
        ),
    ],
)
def test_a_time_after_by_is_no_agent(make_context, text, expected):
    assert claim_triples(make_context, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "claim", "wrong"),
    [
        (
            "When asked by journalists on Tuesday about the levy, Okoro said it would stay.",
            "the levy",
            "Tuesday",
        ),
        (
            "Asked by a reporter on Sunday about the strike, Mayor Lind said talks would go on.",
            "the strike",
            "Sunday",
        ),
    ],
)
def test_a_day_after_the_asker_is_no_question(make_context, text, claim, wrong):
    assert_claimed_instead(make_context, text, claim, wrong)
