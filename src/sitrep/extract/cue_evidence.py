"""Records that show: "..., records show.", "leaked documents from his tax return show he took a
loss". News credits documents and data this way all the time, and the tagger, seeing nouns
before "show", often reads "show" as a noun too (a TV show).

The verb reading is taken when "show" closes the phrase of a plural noun of records (only
nouns, prepositions and participles between: "records compiled by the Center for Responsive
Politics show") and is followed by a comma, a full stop or the subject of a clause. An article
or a possessive right before it makes it a noun, and so does records being an object ("She
watched the records of the talk show.").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

EVIDENCE_NOUNS = frozenset(
    {"records", "documents", "data", "filings", "figures", "statistics", "emails", "papers"}
)
EVIDENCE_VERBS = frozenset({"show", "suggest", "indicate"})
CLAUSE_SUBJECTS = frozenset({"PRON", "DET", "PROPN", "NUM"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "attr", "oprd"})


def is_evidence_verb_read_as_noun(token: Token) -> bool:
    """ "records show" with "show" tagged a noun: the plural noun of records is its subject."""
    doc = token.doc
    if token.pos_ != "NOUN" or token.lower_ not in EVIDENCE_VERBS:
        return False
    if token.i == 0 or token.i + 1 >= len(doc):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    if before.pos_ not in {"NOUN", "PROPN"}:
        return False
    if not (after.text in {",", "."} or after.pos_ in CLAUSE_SUBJECTS):
        return False
    return evidence_subject(token) is not None


def evidence_subject(token: Token) -> Token | None:
    """The nearest plural noun of records whose phrase runs up to the verb: every word between
    belongs to it and none is a finite verb or a punctuation mark."""
    for earlier in reversed(token.doc[: token.i]):
        if earlier.is_punct or earlier.tag_ in FINITE_TAGS:
            return None
        if earlier.lower_ in EVIDENCE_NOUNS and earlier.tag_ == "NNS":
            if earlier.dep_ in OBJECT_DEPS:
                return None
            inside = {t.i for t in earlier.subtree} | {t.i for t in token.children}
            between = range(earlier.i + 1, token.i)
            return earlier if all(i in inside for i in between) else None
    return None
