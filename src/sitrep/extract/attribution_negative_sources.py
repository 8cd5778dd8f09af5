"""Sources that are nobody: "No group claimed the killing", "Nobody has claimed it", "None of
the factions confirmed the toll". The writer reports that no one spoke, so a responsibility
claimed by nobody is no attribution at all, nor is a record nobody published, and any other claim by nobody is read as the same
verb negated ("no official confirmed the toll" as "officials did not confirm it"): PolNeAR
annotates such sources, and their certainty follows the negation (`attribution_certainty`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.cues import cue_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.extract.attribution_common import Found

NEGATIVE_OPENINGS = frozenset({"no", "nobody", "none", "neither", "no-one", "noone"})
# "no fewer than 40 lawmakers", "no less than the chief judge": a number or a rank, not nobody.
DEGREE_WORDS = frozenset({"less", "fewer", "more", "longer"})
# Making a record public: "Neither side published the names" tells that nothing was released
# ("Neither company would comment" is an answer refused, which PolNeAR annotates, and is kept).
RELEASING_VERBS = frozenset({"publish", "disclose", "release", "reveal"})


def is_negative_source(source: list[Token]) -> bool:
    """The source opens with "no", "nobody", "none" or "neither": nobody spoke. "No 10" (a
    number: Downing Street) and "none other than" name someone."""
    if not source or source[0].lower_ not in NEGATIVE_OPENINGS:
        return False
    if len(source) == 1:
        return True
    second, third = source[1], source[2].lower_ if len(source) > 2 else ""
    return not (
        second.lower_ in DEGREE_WORDS
        or (second.like_num and second.lower_ != "one")
        or (second.lower_ == "other" and third == "than")
    )


def claimed_by_nobody(item: Found) -> bool:
    """ "No group claimed the attack", "No one has claimed responsibility": no claim was made.
    Nor was a record made public ("Neither side published the names")."""
    cue = item.cue_token
    if cue is None or not is_negative_source(item.source):
        return False
    if cue_lemma(cue) in RELEASING_VERBS:
        return True
    return cue_lemma(cue) == "claim" and not any(_clause(c) for c in cue.children)


def _clause(child: Token) -> bool:
    """A clause with a subject of its own: what is claimed is a statement, not a deed."""
    return child.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in child.children)
