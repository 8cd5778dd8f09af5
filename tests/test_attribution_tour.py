"""Readings a user tour found wrong: a cue takes no claim across a semicolon
(`sitrep.extract.attribution_semicolons`), verbs that give a motive or move people report
nothing (`sitrep.extract.cue_purposes`), only a holder of public office has an office that
speaks for the government (`sitrep.extract.source_possessors`), and a survey named as a body is
no document (`sitrep.extract.sources`)."""

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
        # the first clause the parser hung on the second cue is the first cue's
        (
            "Gunmen kill 9 in Katsina, police say; army vows response",
            [("police", "say", "Gunmen kill 9 in Katsina"), ("army", "vows", "response")],
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


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "President Anna Vell met the envoy. Her office said the meeting was useful.",
            "government",
        ),
        (
            "Governor Tom Reese toured the dam. His office said repairs would start soon.",
            "government",
        ),
        # an office of a titled person who holds no public office is not the government's
        (
            "Rebel commander Omar Dallo met Kenyan officials. His office said the talks went well.",
            "anonymous_person",
        ),
        (
            "Opposition leader Maria Kost met the envoy. Her office said the meeting was useful.",
            "anonymous_person",
        ),
        # a survey named as a body speaks as one
        ("The Geological Survey of Norland said the quake struck at dawn.", "organization"),
        ("The Norland Geological Survey said the quake struck at dawn.", "organization"),
        ("The survey said most farmers backed the plan.", "document"),
    ],
)
def test_whose_office_or_survey_speaks(make_context, text, kind):
    from sitrep.extract.attribution import extract_attributions

    found = extract_attributions(make_context(text, PUBLISHED))
    assert [a.source.kind for a in found] == [kind]


@pytest.mark.parametrize(
    ("text", "cue", "claim"),
    [
        (
            "Gunmen kill 9 in Katsina, police say; army vows revenge",
            "say",
            "Gunmen kill 9 in Katsina",
        ),
        (
            "Bandits kill 12 in Zamfara, police say; army vows a response",
            "say",
            "Bandits kill 12 in Zamfara",
        ),
        # the parser hangs "says" on the first clause, itself hung on the second "says"
        (
            "Ukraine downs 50 drones, air force says; Russia says it hit energy sites",
            "says",
            "Ukraine downs 50 drones",
        ),
        # a parataxis on its own side of no semicolon reports nothing here
        ("The talks failed, the envoy said, and the guns spoke again.", None, None),
    ],
)
def test_the_report_before_a_semicolon_keeps_its_clause(make_context, text, cue, claim):
    from sitrep.extract.attribution_semicolons import clause_before_semicolon
    from sitrep.extract.quotes import find_quotes

    doc = make_context(text, PUBLISHED).doc
    found = [
        (t.text, text[span[0] : span[1]])
        for t in doc
        if (span := clause_before_semicolon(t, t.sent, find_quotes(text))) is not None
    ]
    assert found == ([(cue, claim)] if cue else [])
