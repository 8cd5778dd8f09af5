"""A count, tally, survey, report, estimate or analysis by a body is that body's document: "A
count by the transport ministry showed ..." names a document as the source, as "a report by"
and "a statement from" already do."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.attribution import extract_attributions

PUBLISHED = dt.date(2025, 3, 14)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A count by the water ministry showed that 41 wells were dry.",
            "A count by the water ministry",
        ),
        (
            "Counts by district clerks showed that 41 wells were dry.",
            "Counts by district clerks",
        ),
        ("The count showed that 41 wells were dry.", "The count"),
        (
            "A tally by the water ministry showed that 41 wells were dry.",
            "A tally by the water ministry",
        ),
        (
            "A survey by the water ministry found that 41 wells were dry.",
            "A survey by the water ministry",
        ),
        (
            "A report by the water ministry said 41 wells were dry.",
            "A report by the water ministry",
        ),
        (
            "An analysis by the Orvel Institute found that 41 wells were dry.",
            "An analysis by the Orvel Institute",
        ),
    ],
)
def test_a_count_by_a_body_is_a_document(make_context, text, source):
    found = extract_attributions(make_context(text, PUBLISHED))
    assert [(a.source.text, a.source.kind) for a in found] == [(source, "document")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        # a state's own counts, by its adjective alone, stay its government's word
        ("About 40 wells are dry, according to Kenyan counts.", "government", "Kenya"),
        # a person titled "Count" is no document
        ("Count Orlov said the estate was sold.", "organization", "Count Orlov"),
    ],
)
def test_counts_that_stay_what_they_were(make_context, text, kind, name):
    found = extract_attributions(make_context(text, PUBLISHED))
    assert [(a.source.kind, a.source.name) for a in found] == [(kind, name)]
