"""Where or when a speaker acts is no speaker (`source_animacy`): a participle the parser hangs
on "turns", "a rally", "his speech" speaks for the subject above; on a named holder's speech, for
the holder."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.attribution import extract_attributions

PUBLISHED = dt.date(2025, 3, 14)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "The three leaders took turns rebutting the candidate's proposals on trade.",
            "rebutting",
            "The three leaders",
        ),
        (
            "On Tuesday, the senator opened a Dayton rally blasting the governor for the cuts.",
            "blasting",
            "the senator",
        ),
        (
            "Mark Silva, who spent much of his long speech defending his record, left early.",
            "defending",
            "Mark Silva",
        ),
        (
            "The governor will follow the mayor's Tuesday speech denouncing his budget with a"
            " speech of his own.",
            "denouncing",
            "the mayor",
        ),
    ],
)
def test_a_setting_gives_way_to_the_speaker(make_context, text, cue, source):
    found = extract_attributions(make_context(text, PUBLISHED))
    assert {a.cue.text: a.source.text for a in found if a.cue is not None}[cue] == source
