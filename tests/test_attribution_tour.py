"""Readings a user tour found wrong: a cue takes no claim across a semicolon
(`sitrep.extract.attribution_semicolons`), and verbs that give a motive or move people report
nothing (`sitrep.extract.cue_purposes`)."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2025, 3, 14)


def _readings(make_context, text: str) -> list[tuple[str, str, str]]:
    from sitrep.extract.attribution import extract_attributions

    found = extract_attributions(make_context(text, PUBLISHED))
    return [
        (a.source.text, a.cue.text if a.cue else "", text[a.claim.start : a.claim.end])
        for a in found
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shelling hits Kherson, killing three, Ukraine says; Russia says it struck a depot",
            [
                ("Ukraine", "says", "Shelling hits Kherson"),
                ("Russia", "says", "it struck a depot"),
            ],
        ),
        (
            "Landslide in Peru kills 80; donors pledge aid\n"
            "LIMA, March 14 - A landslide buried a village in the Andes on Friday, officials said.",
            [("officials", "said", "A landslide buried a village in the Andes on Friday")],
        ),
        # each side of the semicolon already read on its own stays so
        (
            "Airstrike hits Gaza school, killing 12, medics say; Israel says it targeted militants",
            [
                ("medics", "say", "Airstrike hits Gaza school"),
                ("Israel", "says", "it targeted militants"),
            ],
        ),
        # a semicolon inside the quoted claim bounds nothing
        (
            "The colonel said: \u201cWe held the ridge; they ran.\u201d",
            [("The colonel", "said", "\u201cWe held the ridge; they ran.\u201d")],
        ),
    ],
)
def test_a_semicolon_bounds_what_a_cue_reports(make_context, text, expected):
    assert _readings(make_context, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Students had gathered to oppose a new fuel levy.", []),
        ("Truckers blocked highways to protest toll increases.", []),
        ("The militia was pushed out of Bunia by government troops on Sunday.", []),
        # stances voiced, pushes that urge, and marches that chant stay cues
        ("The senator opposes the fuel levy.", [("The senator", "opposes", "the fuel levy")]),
        ("Activists pushed for a truce.", [("Activists", "pushed", "a truce")]),
        ("Lawmakers voted to oppose the levy.", [("Lawmakers", "voted", "to oppose the levy")]),
    ],
)
def test_a_motive_or_a_shove_is_no_report(make_context, text, expected):
    assert _readings(make_context, text) == expected
