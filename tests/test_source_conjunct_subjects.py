"""The subject of the clause a cue verb continues where the parser hangs the verb on another
clause (`source_conjunct_subjects`): a name set off after a dash, and a series of verbs that
share the subject of the first."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from sitrep.extract.attribution import extract_attributions
from sitrep.extract.source_conjunct_subjects import nearer_clause_subject

PUBLISHED = dt.date(2025, 3, 14)

# "It was no accident — Ana Ruiz, an aide, told reporters that the mayor knew .", parsed the
# way the small model parses such a sentence: the name an aside on "accident", "told" a second
# verb of "was".
DASH_WORDS = "It was no accident — Ana Ruiz , an aide , told reporters that the mayor knew ."
DASH_HEADS = [1, 1, 3, 1, 3, 6, 3, 6, 9, 6, 6, 1, 11, 16, 15, 16, 11, 1]
DASH_DEPS = [
    "nsubj", "ROOT", "det", "attr", "punct", "compound", "appos", "punct", "det", "appos",
    "punct", "conj", "dobj", "mark", "det", "nsubj", "ccomp", "punct",
]  # fmt: skip
DASH_TAGS = [
    "PRP", "VBD", "DT", "NN", ":", "NNP", "NNP", ",", "DT", "NN",
    ",", "VBD", "NNS", "IN", "DT", "NN", "VBD", ".",
]  # fmt: skip
DASH_POS = [
    "PRON", "AUX", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN",
    "PUNCT", "VERB", "NOUN", "SCONJ", "DET", "NOUN", "VERB", "PUNCT",
]  # fmt: skip


def _dash_doc(dash: str = "—") -> Doc:
    words = DASH_WORDS.replace("—", dash).split()
    vocab = spacy.blank("en").vocab
    return Doc(vocab, words=words, heads=DASH_HEADS, deps=DASH_DEPS, tags=DASH_TAGS, pos=DASH_POS)


@pytest.mark.parametrize("dash", ["—", "–", "--"])
def test_a_name_set_off_after_a_dash_is_the_subject_of_the_verb_after_it(dash):
    doc = _dash_doc(dash)
    speaker = nearer_clause_subject([doc[0]], doc[11])
    assert speaker is not None
    assert " ".join(t.text for t in speaker).startswith("Ana Ruiz")


def test_without_a_dash_the_borrowed_subject_stands():
    doc = _dash_doc(",")
    assert nearer_clause_subject([doc[0]], doc[11]) is None


def _sources(make_context, text: str) -> dict[str, str]:
    found = extract_attributions(make_context(text, PUBLISHED))
    return {a.cue.text: a.source.text for a in found if a.cue is not None}


@pytest.mark.model
def test_a_series_of_verbs_shares_the_subject_of_its_first(make_context):
    """The parser hangs "referred" on "was", whose subject is "the only time"."""
    text = (
        "The only time the budget came up was when Anna Berg mocked the mayor, referred to his"
        " debts and considered whether the council should resign."
    )
    sources = _sources(make_context, text)
    assert sources["referred"] == "Anna Berg"
    assert sources["considered"] == "Anna Berg"
