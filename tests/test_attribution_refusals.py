"""A refusal to comment is no claim ("The ministry declined to comment"); a refusal to confirm
or to say a statement keeps that statement as the claim, left open (`attribution_refusals`)."""

from __future__ import annotations

import pytest

from sitrep.extract.attribution import extract_attributions
from sitrep.extract.attribution_refusals import OBJECT_STATEMENTS, REFUSAL_VERBS, SILENT_ANSWERS
from sitrep.extract.cues import VERB_FORMS
from test_attribution_reporter_tails import claim_triples


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The ministry declined to comment.",
        "A spokesman for the port authority declined to comment on the report.",
        "The army refused to discuss the raid on the depot.",
        "The aide refused to say whether the talks had failed.",
        "The governor's office declined comment.",
        "The campaign refused to answer questions about the loan.",
        "He declined to confirm.",
    ],
)
def test_a_refusal_to_comment_is_no_claim(make_context, text):
    assert claim_triples(make_context, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "claim", "source"),
    [
        (
            "The ministry declined to confirm that two generals had been dismissed.",
            "that two generals had been dismissed",
            "The ministry",
        ),
        ("The navy declined to confirm the sinking.", "the sinking", "The navy"),
        ("The mayor refused to say the bridge would close.", "the bridge would close", "The mayor"),
        # what a source will not rule out is left possible, not ruled out
        (
            "The minister refused to rule out new strikes on the capital.",
            "new strikes on the capital",
            "The minister",
        ),
    ],
)
def test_a_statement_refused_is_the_claim_left_open(make_context, text, claim, source):
    found = extract_attributions(make_context(text))
    assert [(text[a.claim.start : a.claim.end], a.source.text, a.certainty) for a in found] == [
        (claim, source, "hedged")
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a refusal to act, not to answer, is a stance of its own
        ("The senator refused to endorse the mayor.", "to endorse the mayor"),
        # a silence beside a statement leaves the statement
        (
            "Officials declined to say how many soldiers died but confirmed that the base was hit.",
            "that the base was hit",
        ),
    ],
)
def test_what_else_is_said_stays(make_context, text, claim):
    assert claim in [c for c, _, _ in claim_triples(make_context, text)]


@pytest.mark.model
def test_a_name_withheld_is_how_the_source_is_cited_not_a_claim(make_context):
    text = '"We were misled," said a trader who declined to be named.'
    assert claim_triples(make_context, text) == [('"We were misled,"', "a trader", "said")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The ministry refused to give details of the operation.",
        "The army declined to provide figures for its losses.",
        "The agency refused to name the officers involved.",
        "The governor declined to address the allegations.",
    ],
)
def test_a_refusal_to_give_or_name_is_no_claim(make_context, text):
    assert claim_triples(make_context, text) == []


@pytest.mark.parametrize("answer", sorted(SILENT_ANSWERS | OBJECT_STATEMENTS | REFUSAL_VERBS))
def test_every_refusal_word_has_a_lemma_without_a_lemmatizer(answer):
    """The pipeline runs without a lemmatizer: a word missing from the form table never
    matches through `cue_lemma`, and its entry silently does nothing."""
    assert VERB_FORMS.get(answer) == answer
