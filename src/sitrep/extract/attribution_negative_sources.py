"""Sources that are nobody: "No group claimed the killing", "Nobody has claimed it", "None of
the factions confirmed the toll". The writer reports that no one spoke, so a responsibility
claimed by nobody is no attribution at all, and any other claim by nobody is read as the same
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
    """ "No group claimed the attack", "No one has claimed responsibility": no claim was made."""
    cue = item.cue_token
    return (
        cue is not None
        and cue_lemma(cue) == "claim"
        and not any(_clause(c) for c in cue.children)  # "claimed that the vote was fair"
        and is_negative_source(item.source)
    )


def _clause(child: Token) -> bool:
    """A clause with a subject of its own: what is claimed is a statement, not a deed."""
    return child.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in child.children)
