"""When "find" states a finding. With a bare object it states none ("found a way",
`OBJECT_OTHER_SENSE`), but a count is one ("found 31 cases"), and so is where a poll, survey or
study finds someone standing ("A survey found Clinton with a lead of 48 to 41", "the poll finds
Trump about even with Clinton")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_findings import FINDING_DOCUMENTS
from sitrep.extract.cues import cue_lemma
from sitrep.extract.token_positions import token_end

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words after the object of "found" that say where it stands ("with a lead", "at 40 percent",
# "ahead", "about even"), not where it went ("found its way into the bill").
STANDING_PREPS = frozenset({"with", "at", "about", "ahead", "behind", "within", "near", "over"})
STANDING_DEPS = frozenset({"advmod", "acomp", "oprd"})


def is_measure(head: Token) -> bool:
    """ "found 31 cases", "found 60 percent support": a count is a finding, not a way found."""
    return any(t.like_num for t in head.subtree)


def poll_standing(cue: Token) -> tuple[int, int] | None:
    """The object and its standing, through a further standing joined to it ("about even
    statewide, but losing the suburbs"), when a finding document is the subject of "find"."""
    if cue_lemma(cue) != "find" or not any(_is_document(c) for c in cue.children):
        return None
    objects = [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
    if not objects:
        return None
    found = objects[0]
    standing = [
        c for c in cue.children if c.left_edge.i == found.right_edge.i + 1 and _states_a_standing(c)
    ]
    if not standing:
        return None
    joined = [c for c in cue.children if c.i > standing[0].i and _joined_standing(c)]
    last = max(t.right_edge for t in standing + joined[:1])
    return found.left_edge.idx, token_end(last)


def _is_document(subject: Token) -> bool:
    return subject.dep_ == "nsubj" and subject.lower_ in FINDING_DOCUMENTS


def _states_a_standing(child: Token) -> bool:
    return child.dep_ in STANDING_DEPS or (child.dep_ == "prep" and child.lower_ in STANDING_PREPS)


def _joined_standing(clause: Token) -> bool:
    """ "..., but losing a band of counties": a participle joined to the cue with no subject
    of its own goes on saying where the object stands."""
    return (
        clause.dep_ == "conj"
        and clause.tag_ == "VBG"
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
    )
