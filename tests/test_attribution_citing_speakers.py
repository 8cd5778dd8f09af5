"""Whoever cites a speaker passes the speaker's word on: "The agency said, citing local
officials, that ..." gives the officials as the source and the citer as the first link of the
chain (`via`), whether the citer is an outlet, a body or an unnamed speaker. A named person
citing others speaks on the record, and a reason or a document cited stays the citer's own word."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.attribution import extract_attributions

PUBLISHED = dt.date(2025, 3, 14)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Militias raided the village of Oskel on Sunday, killing 9 people, monitors said, "
            "citing clinic sources.",
            [("clinic sources", ["monitors"])],
        ),
        (
            "The Red Crescent said, citing district officials, that 14 people were killed.",
            [("district officials", ["The Red Crescent"])],
        ),
        (
            "The ministry said, citing the interior ministry, that 30 people died.",
            [("the interior ministry", ["The ministry"])],
        ),
        (
            "Floods cut the highway, the governor said, citing police officers.",
            [("police officers", ["the governor"])],
        ),
        # an outlet relays as before
        (
            "The dam had burst, state media reported, citing a local commander.",
            [("a local commander", ["state media"])],
        ),
        # a named speaker citing others speaks on the record
        (
            "President Ilse Varga, citing intelligence sources, warned that the troops could "
            "cross on Sunday.",
            [("President Ilse Varga", [])],
        ),
        # a reason cited is a claim of its own
        (
            "The mayor said, citing low turnout, that the vote was a failure.",
            [("The mayor", []), ("The mayor", [])],
        ),
    ],
)
def test_a_cited_speaker_is_the_source(make_context, text, expected):
    found = extract_attributions(make_context(text, PUBLISHED))
    assert [(a.source.text, [v.text for v in a.via]) for a in found] == expected
