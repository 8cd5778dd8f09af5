"""Every verb a rule compares through `cue_lemma` has its forms in the table: the pipeline runs
without a lemmatizer, so a verb missing from `VERB_FORMS` has no lemma and its rule never fires
(`cues.RULE_VERBS`)."""

from __future__ import annotations

import pytest

from sitrep.extract import attribution_nonclaims, attribution_reduced_passives, cue_traits
from sitrep.extract.attribution_refusals import SILENT_ANSWERS
from sitrep.extract.cue_lexicon import XCOMP_CLAIMS
from sitrep.extract.cues import VERB_FORMS

WORD_LISTS = {
    "SILENT_ANSWERS": SILENT_ANSWERS,
    "PUBLISHING_VERBS": attribution_nonclaims.PUBLISHING_VERBS,
    "FORMAL_STATEMENTS": attribution_nonclaims.FORMAL_STATEMENTS,
    "ANSWER_VERBS": attribution_nonclaims.ANSWER_VERBS,
    "WITHHELD_ANSWERS": attribution_nonclaims.WITHHELD_ANSWERS,
    "JUDGING_VERBS": attribution_reduced_passives.JUDGING_VERBS,
    "TRAIT_VERBS": cue_traits.TRAIT_VERBS,
    "XCOMP_CLAIMS": XCOMP_CLAIMS,
}


@pytest.mark.parametrize(
    ("list_name", "verb"),
    sorted((name, verb) for name, words in WORD_LISTS.items() for verb in words),
)
def test_a_verb_named_by_a_rule_has_a_lemma(list_name, verb):
    assert VERB_FORMS.get(verb) == verb, f"{verb!r} of {list_name} has no entry in VERB_FORMS"


@pytest.mark.parametrize(
    ("form", "lemma"),
    [("gave", "give"), ("given", "give"), ("sought", "seek"), ("bore", "bear"), ("named", "name")],
)
def test_irregular_and_regular_forms_of_rule_verbs_lead_to_their_lemma(form, lemma):
    assert VERB_FORMS[form] == lemma


def test_a_rule_verb_is_not_thereby_a_cue():
    from sitrep.extract.cue_lexicon import VERB_CLASSES

    assert "give" not in VERB_CLASSES and VERB_FORMS["gives"] == "give"
