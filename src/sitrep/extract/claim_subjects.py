"""The subject of a reported clause that the parser took for the cue's object: in "Clinton
promised her entire program would be paid for" or "leaders hoped the meeting, requested by
Sanders, would be a catharsis" the small parser makes "her entire program" and "the meeting"
objects of the cue and leaves the clause after them without a subject. What was promised or
hoped is the whole clause, so the claim starts at that noun phrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.cue_lexicon import VERB_CLASSES
from sitrep.extract.cues import cue_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def stranded_subject_start(cue: Token, clause: Token, start: int) -> int:
    """Where the claim of `clause`, the cue's complement, starts: at the object before it when
    the clause is finite and has no subject of its own. Not after a verb of telling, whose
    object is the person told ("told reporters would" is no such clause)."""
    if (
        clause.dep_ != "ccomp"
        or VERB_CLASSES.get(cue_lemma(cue)) == "tell"
        or any(c.dep_ in SUBJECT_DEPS | {"mark"} for c in clause.children)
        or not _finite(clause)
    ):
        return start
    objects = [c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < clause.i]
    return min(start, objects[0].left_edge.idx) if objects else start


def _finite(verb: Token) -> bool:
    return verb.tag_ in FINITE_TAGS or any(c.tag_ == "MD" for c in verb.children)
