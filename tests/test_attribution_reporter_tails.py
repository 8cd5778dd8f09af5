"""Trailing reporters whose words the small parser tags oddly: a participle before the
speaker's noun ("said retired general ...", "the bespectacled, elderly envoy said") is part of
the source, not a clause of its own; a verb whose preposition opens its content ("called for a
recount") reports what follows it, not the words before the comma; and a participle after a
noun ("chemicals found in fridges") reports nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from sitrep.extract.attribution import extract_attributions
from sitrep.extract.attribution_tails import tail_end

PUBLISHED = dt.date(2025, 3, 14)


def claim_triples(make_context, text: str) -> list[tuple[str, str, str]]:
    """(claim, source, cue) of each attribution of `text`, as written."""
    found = extract_attributions(make_context(text, PUBLISHED))
    return [
        (text[a.claim.start : a.claim.end], a.source.text, a.cue.text if a.cue else "")
        for a in found
    ]


@pytest.mark.parametrize(
    ("words", "pos", "deps", "heads", "end"),
    [
        # "said retired colonel Adamec, asked ...": the participle modifies the noun after it
        (
            ["said", "retired", "colonel", "Adamec", ",", "asked"],
            ["VERB", "VERB", "NOUN", "PROPN", "PUNCT", "VERB"],
            ["ROOT", "amod", "compound", "nsubj", "punct", "ccomp"],
            [0, 3, 3, 0, 0, 0],
            4,
        ),
        # "said the envoy, waving a flag": a participle with a clause of its own ends no tail
        (
            ["said", "the", "envoy", "waving", "flags", "."],
            ["VERB", "DET", "NOUN", "VERB", "NOUN", "PUNCT"],
            ["ROOT", "det", "nsubj", "advcl", "dobj", "punct"],
            [0, 2, 0, 0, 3, 0],
            None,
        ),
        # "said the bespectacled, tall envoy": a comma may cut a list of modifiers
        (
            ["said", "the", "bespectacled", ",", "tall", "envoy", "."],
            ["VERB", "DET", "VERB", "PUNCT", "ADJ", "NOUN", "PUNCT"],
            ["ROOT", "det", "amod", "punct", "amod", "nsubj", "punct"],
            [0, 5, 5, 5, 5, 0, 0],
            None,
        ),
    ],
)
def test_a_participle_modifying_a_later_noun_stays_in_the_tail(words, pos, deps, heads, end):
    doc = Doc(Vocab(), words=words, pos=pos, deps=deps, heads=heads)
    assert tail_end(list(doc), 1) == end


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "claim", "source"),
    [
        (
            '"We won," the tall, 70-year-old senator said in an interview with The Herald.',
            '"We won,"',
            "the tall, 70-year-old senator",
        ),
        (
            '"The port will reopen within a week," the bespectacled, 64-year-old minister said '
            "in a long interview with the Ledger.",
            '"The port will reopen within a week,"',
            "the bespectacled, 64-year-old minister",
        ),
    ],
)
def test_a_participle_before_the_speaker_belongs_to_the_source(make_context, text, claim, source):
    assert (claim, source, "said") in claim_triples(make_context, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "claim", "wrong"),
    [
        (
            "At a packed rally in the harbour, Okafor called for a freeze on the fuel levy "
            "until the drought ends.",
            "a freeze on the fuel levy",
            "At a packed rally",
        ),
        (
            "To loud applause, Senator Marchetti called for a recount of the northern ballots.",
            "a recount of the northern ballots",
            "To loud applause",
        ),
    ],
)
def test_a_prepositional_content_after_the_verb_is_its_claim(make_context, text, claim, wrong):
    assert_claimed_instead(make_context, text, claim, wrong)


def assert_claimed_instead(make_context, text: str, claim: str, wrong: str) -> None:
    """`claim` is one of the claims of `text`, and `wrong` is none of them."""
    claims = [c for c, _, _ in claim_triples(make_context, text)]
    assert claim in claims
    assert wrong not in claims


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The talks yielded one result: a plan to cut emissions of solvents, potent chemicals "
        "found in old refrigerators.",
        "The summit produced a deal on refrigerants, harmful gases found in air conditioners.",
    ],
)
def test_a_participle_after_a_noun_is_no_reporter(make_context, text):
    assert all(cue != "found" for _, _, cue in claim_triples(make_context, text))
