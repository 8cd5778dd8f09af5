"""The speaker who answers the statement before a comma: ", a charge Kabul denies"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import trim

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words that open the noun phrase of a speaker named right after the object noun ("a charge
# the government denied"): the start of a reduced relative clause.
SUBJECT_OPENERS = frozenset({"DET", "PROPN", "PRON"})


def subject_after_object(source: list[Token], cue: Token) -> list[Token]:
    """ ", a charge Kabul denies": the cue's object, then its subject, is a relative clause on
    the statement before the comma; the subject alone speaks, and it answers that statement
    rather than relaying it (so no chain through it). The parser may hang the verb on the noun
    as a relative clause rather than take the noun for its object, or leave the object noun
    and its subject as two appositions ("a charge the Taliban government denied")."""
    head = cue.head
    described = cue.dep_ == "relcl" and head.pos_ == "NOUN" and source[0] == head.left_edge
    if described or any(t.dep_ == "dobj" and t.head.i == cue.i for t in source):
        subjects = [t for t in source if t.dep_ == "nsubj" and t.head.i == cue.i]
        return trim([t for t in source if t.i >= subjects[0].left_edge.i]) if subjects else []
    return _subject_after_object_noun(source)


def _subject_after_object_noun(source: list[Token]) -> list[Token]:
    """ "a charge the Taliban government in Kabul": an indefinite noun straight followed by a
    second noun phrase; that second phrase is the speaker."""
    if len(source) < 3 or source[0].lower_ not in {"a", "an"}:
        return []
    for position, token in enumerate(source[1:-1], start=1):
        if token.pos_ != "NOUN":
            return []
        following = source[position + 1]
        if following.pos_ in SUBJECT_OPENERS:
            return trim(source[position + 1 :])
    return []
