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
        # an office of a titled person who holds no public office is not the government's: it
        # speaks for that person, as the person speaking would (a named official)
        (
            "Rebel commander Omar Dallo met Kenyan officials. His office said the talks went well.",
            "named_official",
        ),
        (
            "Opposition leader Maria Kost met the envoy. Her office said the meeting was useful.",
            "named_official",
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name a group gives itself states nothing (`cues.is_naming_use`)
        (
            "A cell calling itself the Iron Hand said it planted the bomb.",
            [("A cell", "said", "it planted the bomb")],
        ),
        (
            "The crew, which calls itself Harbor Watch, said it held the files.",
            [("The crew", "said", "it held the files")],
        ),
        # calling oneself something that is no name characterises: a claim
        (
            "The senator called himself a moderate.",
            [("The senator", "called", "himself a moderate")],
        ),
        # records cited are evidence (`attribution_citing`); an event cited is a reason, a claim
        (
            "A coast guard officer, citing sonar logs, told reporters the submarine had surfaced.",
            [("A coast guard officer", "told", "the submarine had surfaced")],
        ),
        (
            "The mayor shut the market, citing the closure of the port.",
            [("The mayor", "citing", "the closure of the port")],
        ),
        # a figure the writer sets after the reporter is no claim text
        # (`attribution_figure_asides`); a phrase that says more of what happened is
        (
            "More than 2,000 families have fled Oldport since Sunday, the regional relief office"
            " said on Tuesday, a number nearly three times the estimate issued by the army.",
            [
                (
                    "the regional relief office",
                    "said",
                    "More than 2,000 families have fled Oldport since Sunday",
                )
            ],
        ),
        (
            "Two people died, police said, a man and his son.",
            [("police", "said", "Two people died, police said, a man and his son")],
        ),
    ],
)
def test_names_cited_records_and_figure_asides_are_no_claims(make_context, text, expected):
    assert _readings(make_context, text) == expected


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        ("Nurses Without Borders said its clinic in Tarvo was full.", None, "organization"),
        (
            "The vessel's owner, Nordline Tankers Inc, said the crew were unharmed.",
            None,
            "organization",
        ),
        # the date a notice was posted is no part of the source
        (
            "The firm refused to pay, according to a notice posted on its website on Tuesday.",
            "a notice posted on its website",
            "document",
        ),
        (
            "The rules apply from June, according to the council's official gazette.",
            None,
            "document",
        ),
        ("The U.S. Treasury Department said the freeze would stay.", None, "government"),
        # a person's name beside a plain noun still names the speaker
        (
            "The ship's captain, Ivo Marek, said the crew were safe.",
            "The ship's captain, Ivo Marek",
            "named_official",
        ),
    ],
)
def test_bodies_documents_and_departments_get_their_kind(make_context, text, source, kind):
    from sitrep.extract.attribution import extract_attributions

    found = extract_attributions(make_context(text, PUBLISHED))
    assert [a.source.kind for a in found] == [kind]
    if source is not None:
        assert [a.source.text for a in found] == [source]


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        # a modal inside a relative clause on a noun qualifies the noun, not the claim
        (
            "The council barred sales of drilling rigs that could be used by the navy, according"
            " to the gazette.",
            "asserted",
        ),
        ("The council said the rigs, which may be resold, were seized.", "asserted"),
        # "could not" tells what could not be done
        (
            "The army said the rockets were fired from the ridge and could not be stopped.",
            "asserted",
        ),
        # a case left open and a modal on the claim's own verb still hedge
        ("Officials said an attack could not be ruled out.", "hedged"),
        ("The agency said the storm could reach the coast by Friday.", "hedged"),
    ],
)
def test_only_a_hedge_on_the_claim_itself_hedges_it(make_context, text, certainty):
    from sitrep.extract.attribution import extract_attributions

    found = extract_attributions(make_context(text, PUBLISHED))
    assert [a.certainty for a in found] == [certainty]
