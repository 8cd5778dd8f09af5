"""Readings a user tour of conflict reports found wrong: a chain of citers ends with the last one
cited (`sitrep.extract.attribution_citing`); deeds and non-answers are no claims
(`sitrep.extract.attribution_deeds`, `attribution_nonclaims`, `attribution_negative_sources`);
a place in a statement is no relay (`attribution_common`); a section label before a colon is
no speaker (`attribution_colons`); a "since" phrase does not date a statement; names keep their
quote marks and lose a plea for anonymity; ombudsmen and campaigns are classified."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2025, 3, 14)


def _found(make_context, text: str):
    from sitrep.extract.attribution import extract_attributions

    return extract_attributions(make_context(text, PUBLISHED))


def _readings(make_context, text: str) -> list[tuple[str, list[str], str]]:
    return [
        (a.source.text, [v.text for v in a.via], a.cue.text if a.cue else "")
        for a in _found(make_context, text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tass, citing the Armenian interior ministry, which in turn cited the mayor of the "
            "Lori region, reported that troops had shelled a school.",
            [
                (
                    "the mayor of the Lori region",
                    ["the Armenian interior ministry", "Tass"],
                    "reported",
                )
            ],
        ),
        # a body that cited nobody ends the chain
        (
            "Tass, citing the Armenian interior ministry, which did not cite a source, reported "
            "that troops had shelled a school.",
            [("the Armenian interior ministry", ["Tass"], "reported")],
        ),
        # a cited body that cites nobody ends the chain
        (
            "Tass, citing the Armenian interior ministry, which runs the border guard, reported "
            "that troops had shelled a school.",
            [("the Armenian interior ministry", ["Tass"], "reported")],
        ),
    ],
)
def test_a_chain_of_citers_ends_with_the_last_one_cited(make_context, text, expected):
    assert [r for r in _readings(make_context, text) if r[2] == "reported"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Armenia, Azerbaijan trade blame over border shooting",
        "Reuters was not able to verify the claim independently.",
        "Neither side published casualty figures on Tuesday.",
        "The detainees, whose families had asked for news for months, were flown home.",
        "The charity, which supports the clinic's maternity ward, sent two surgeons.",
        "The analysts said, citing satellite imagery, that one of the port's four cranes showed "
        "signs of blast damage.",
        "The analysts said, citing imagery, that at least one of the port's three piers showed "
        "signs of fire damage.",
    ],
)
def test_deeds_and_non_answers_are_no_claims(make_context, text):
    readings = _readings(make_context, text)
    assert all(
        cue not in {"blame", "verify", "published", "asked", "supports", "showed"}
        for _, _, cue in readings
    ), readings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a request states what the speaker wants, and a side taken stays a stance
        ("The mayor asked for calm after the clashes.", ("The mayor", [], "asked")),
        ("The senator, who supports the ceasefire, spoke on Monday.", ("who", [], "supports")),
        ("Reuters was able to verify the footage.", ("Reuters", [], "verify")),
        ("Satellite images showed damage to two hangars.", ("Satellite images", [], "showed")),
    ],
)
def test_requests_stances_and_checks_made_stay_claims(make_context, text, expected):
    readings = _readings(make_context, text)
    assert any(r[2] == expected[2] for r in readings), readings


def test_a_place_in_the_statement_is_no_relay(make_context):
    text = (
        "The Defence Ministry said in a statement that 90 soldiers had been returned from "
        "territory controlled by Baku and were now in Georgia, where they were treated."
    )
    (found,) = _found(make_context, text)
    assert found.via == ()
    assert text[found.claim.start : found.claim.end].endswith("where they were treated")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Territory: Armenia's defence ministry said on 4 March that its troops had retaken "
            "two hills.",
            "Armenia's defence ministry",
        ),
        ("Prisoners: Baku claimed on 5 March to have captured 40 soldiers.", "Baku"),
        ("Ten days at Gori: what each side claims", None),
        # a speaker's line keeps its speaker
        ("Senator Ruiz: The deal is dead", "Senator Ruiz"),
    ],
)
def test_a_section_label_is_no_speaker(make_context, text, source):
    assert [r[0] for r in _readings(make_context, text)] == ([source] if source else [])


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "The two sides swapped 50 prisoners each on Friday, the Qatari foreign ministry "
            "said, the first such exchange since late January.",
            "2025-03-14",
        ),
        ("The ministry said on Tuesday that the talks had resumed.", "2025-03-11"),
    ],
)
def test_a_since_phrase_does_not_date_the_statement(text, date):
    from sitrep.api import extract

    found = extract(text, published=PUBLISHED.isoformat()).attributions
    assert [a.date for a in found] == [date]


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        (
            '"We pulled back at dawn," a medic with the call sign "Falcon" told reporters.',
            'a medic with the call sign "Falcon"',
            "anonymous_person",
        ),
        (
            "Troops advanced 20 km, according to a military spokesman who asked not to be named "
            "because he was not authorised to speak to the media.",
            "a military spokesman",
            "anonymous_official",
        ),
        (
            "Georgia's human rights ombudswoman, Nino Lomjaria, said the detainees were beaten.",
            "Georgia's human rights ombudswoman, Nino Lomjaria",
            "named_official",
        ),
        (
            "Giorgi Tsereteli, Georgia's human rights commissioner, said 20 had been freed.",
            "Giorgi Tsereteli, Georgia's human rights commissioner",
            "named_official",
        ),
        (
            "Ivan Petrenko, Ukraine's human rights commissioner, told reporters that 40 had been "
            "freed.",
            "Ivan Petrenko, Ukraine's human rights commissioner",
            "named_official",
        ),
        # a name given an age is a person, whatever entity the tagger takes it for
        (
            '"We sleep in the cellar now," said Mykola, 67, who declined to give his surname.',
            "Mykola",
            "named_person",
        ),
        (
            "The opposition candidate's campaign said the vote had been rigged.",
            "The opposition candidate's campaign",
            "organization",
        ),
    ],
)
def test_source_names_and_kinds(make_context, text, source, kind):
    (found,) = _found(make_context, text)
    assert (found.source.text, found.source.kind) == (source, kind)
