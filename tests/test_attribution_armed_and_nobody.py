"""An attack by an armed force on a town the tagger takes for a person is no attack in words,
and a responsibility claimed by nobody is no claim: "Militias attacked Kovir", "No faction
claimed the ambush" report what happened, and no one in them speaks. Another claim by nobody is
read as the verb negated ("No official confirmed the toll" leaves it open, hedged)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.attribution import extract_attributions

PUBLISHED = dt.date(2025, 3, 14)


def _read(make_context, text):
    found = extract_attributions(make_context(text, PUBLISHED))
    return [(a.source.text, text[a.claim.start : a.claim.end], a.certainty) for a in found]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked Kovir on Monday.",
        "Gunmen attacked Tessaly overnight.",
        "Government troops attacked Marrowby at dawn.",
        "Security forces attacked Dunavar on Sunday.",
        "No faction claimed the ambush.",
        "No one claimed responsibility for the blast.",
        "Nobody has claimed it.",
        "None of the militias claimed the raid.",
        "Bandits attacked Torvelo on Sunday.",  # armed men by their trade
    ],
)
def test_armed_attacks_and_claims_by_nobody_are_no_attributions(make_context, text):
    assert _read(make_context, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words against a named person stay an attack in words
        (
            "The senator attacked Brennick on Tuesday.",
            [("The senator", "Brennick", "asserted")],
        ),
        (
            "The army attacked Brennick as a traitor.",
            [("The army", "Brennick as a traitor", "asserted")],
        ),
        # a group that does claim is a source
        (
            "The Tarvel Front claimed the ambush.",
            [("The Tarvel Front", "the ambush", "asserted")],
        ),
        # words in a statement are words, whoever says them
        (
            "Ruritania attacked Brennick in a statement.",
            [("Ruritania", "Brennick", "asserted")],
        ),
        # "No 10" is Downing Street; a claim of a statement by nobody is kept
        (
            "No 10 said the minister would attend.",
            [("No 10", "the minister would attend", "asserted")],
        ),
        (
            "No one claimed that the vote was fair.",
            [("No one", "that the vote was fair", "asserted")],
        ),
        # nobody confirming leaves the claim open; a number after "no" is somebody
        ("No official confirmed the toll.", [("No official", "the toll", "hedged")]),
        (
            "No fewer than 40 deputies said the bill was flawed.",
            [("No fewer than 40 deputies", "the bill was flawed", "asserted")],
        ),
    ],
)
def test_attacks_in_words_and_sources_that_stay(make_context, text, expected):
    assert _read(make_context, text) == expected
