"""Attribution cues: the reporting, belief and judgement lexicon and the claims it finds (issue 5)."""

from __future__ import annotations

import pytest

from sitrep.extract.attribution import extract_attributions
from sitrep.extract.cue_lexicon import PREP_CONTENT, VERB_CLASSES, XCOMP_CLAIMS
from sitrep.extract.cues import VERB_FORMS


@pytest.mark.parametrize(
    ("form", "lemma", "verb_class"),
    [
        ("retorted", "retort", "say"),
        ("swore", "swear", "say"),
        ("implored", "implore", "tell"),
        ("envisioned", "envision", "claim"),
        ("foresaw", "foresee", "claim"),
        ("lauded", "laud", "stance"),
        ("chastising", "chastise", "stance"),
    ],
)
def test_communication_belief_and_judgement_verbs_are_cues(form, lemma, verb_class):
    assert VERB_FORMS[form] == lemma
    assert VERB_CLASSES[lemma] == verb_class


@pytest.mark.parametrize("lemma", ["pronounce", "knock", "censure", "trust"])
def test_verbs_mostly_used_for_something_else_are_not_cues(lemma):
    assert lemma not in VERB_CLASSES


def test_desires_and_offers_take_an_infinitive_claim_but_agreeing_does_not():
    assert {"like", "prefer", "offer", "propose"} <= XCOMP_CLAIMS
    assert "agree" not in XCOMP_CLAIMS


def test_pointing_and_reminding_take_a_prepositional_claim():
    assert "to" in PREP_CONTENT["point"]
    assert "of" in PREP_CONTENT["remind"]


def _found(make_context, text: str, cue: str):
    found = extract_attributions(make_context(text))
    return [a for a in found if a.cue and a.cue.text == cue]


def _claim(text: str, attribution) -> str:
    return text[attribution.claim.start : attribution.claim.end]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "cue", "claim_part"),
    [
        (
            "The candidate retorted that the figures were wrong.",
            "The candidate",
            "retorted",
            "figures were wrong",
        ),
        ("The senator lauded the new housing plan.", "The senator", "lauded", "housing plan"),
        (
            "The minister stressed the need for new talks.",
            "The minister",
            "stressed",
            "need for new talks",
        ),
        (
            "Voters are more likely to say that the economy is weak.",
            "Voters",
            "say",
            "economy is weak",
        ),
        (
            "The border will stay closed, the minister said after meeting the envoys.",
            "the minister",
            "said",
            "border will stay closed",
        ),
        (
            "The governor proposed closing the border to trucks.",
            "The governor",
            "proposed",
            "closing the border",
        ),
        (
            "The union would like to reopen the talks.",
            "The union",
            "like",
            "reopen the talks",
        ),
        ("The mayor offered to resign.", "The mayor", "offered", "to resign"),
        (
            "At the debate, the senator cited rising rents as evidence of a failed policy.",
            "the senator",
            "cited",
            "rising rents",
        ),
        (
            "The governor pointed to the falling crime rate.",
            "The governor",
            "pointed",
            "falling crime rate",
        ),
    ],
)
def test_cues_find_their_source_and_claim(make_context, text, source, cue, claim_part):
    found = _found(make_context, text, cue)
    assert found, text
    assert found[0].source.text == source
    assert claim_part in _claim(text, found[0])


@pytest.mark.model
def test_an_object_claim_stops_before_an_adjoined_statement(make_context):
    text = "The senator denounced the attacks, saying they had no place in politics."
    denounced = _found(make_context, text, "denounced")
    assert denounced
    assert "saying" not in _claim(text, denounced[0])


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "cue", "claim_part"),
    [
        ("The senator has been critical of the trade deal.", "The senator", "critical", "deal"),
        (
            "Many farmers are afraid that prices will fall.",
            "Many farmers",
            "afraid",
            "prices will fall",
        ),
    ],
)
def test_stance_adjectives_are_cues(make_context, text, source, cue, claim_part):
    found = _found(make_context, text, cue)
    assert found, text
    assert found[0].source.text == source
    assert claim_part in _claim(text, found[0])


@pytest.mark.model
def test_a_stance_adjective_needs_a_person_and_a_complement(make_context):
    assert not _found(make_context, "It is critical that the bridge reopens.", "critical")
    assert not _found(make_context, "The patient is in critical condition.", "critical")


@pytest.mark.model
def test_a_claim_stops_before_the_speaker_goes_on(make_context):
    text = "The senator insisted that she had won the vote, claiming that turnout was high."
    insisted = _found(make_context, text, "insisted")
    assert insisted
    assert "won the vote" in _claim(text, insisted[0])
    assert "claiming" not in _claim(text, insisted[0])
    assert _found(make_context, text, "claiming")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The mayor is opening the meeting by thanking the volunteers.", "The mayor", "thanking"),
        (
            "After blasting the report for its errors, the minister doubled down on his plan.",
            "the minister",
            "blasting",
        ),
    ],
)
def test_an_adjunct_cue_speaks_for_the_main_subject(make_context, text, source, cue):
    found = _found(make_context, text, cue)
    assert found, text
    assert found[0].source.text == source


@pytest.mark.model
def test_a_noun_cue_takes_a_that_clause_with_an_expletive_subject(make_context):
    text = "Reporters checked the senator’s claim that there were thousands of new jobs."
    found = _found(make_context, text, "claim")
    assert found
    assert "thousands of new jobs" in _claim(text, found[0])
