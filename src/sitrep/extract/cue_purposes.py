"""Stance verbs that tell why people acted, not what they said: "farmers blocked roads to
protest grain imports", "crowds gathered to oppose the tax" (an infinitive of purpose after an
act of moving, massing or blocking), and "push" moving people ("the rebels were pushed out of
the town by the army"). Neither is a cue; "voted to oppose", "pushed for talks", "were pushed to
resign" and "opposes the bill" still are."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.cues import cue_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

# Acts of going, massing or blocking whose purpose infinitive is a motive the writer gives, in
# the forms news uses (the pipeline has no lemmatiser).
PHYSICAL_ACTS = frozenset(
    {"gather", "gathered", "gathering", "assemble", "assembled", "march", "marched", "marching"}
    | {"block", "blocked", "blocking", "blockaded", "barricaded", "converge", "converged"}
    | {"flocked", "massed", "occupied", "occupying", "travel", "traveled", "travelled"}
    | {"arrived", "descended", "paraded", "drove", "burned", "burnt", "burning", "poured"}
    | {"thronged", "swarmed", "camped", "walked"}
)
# Stances that such an act shows, not voices ("marched to demand" and "rallied to denounce"
# report what was chanted and stay cues).
PURPOSE_STANCES = frozenset({"oppose", "protest", "support"})


def tells_a_motive(token: Token) -> bool:
    """A stance verb that gives the purpose of a physical act, or "push" moving someone."""
    lemma = cue_lemma(token)
    if lemma == "push":
        return _pushed_away(token)
    return (
        lemma in PURPOSE_STANCES
        and token.dep_ in {"advcl", "xcomp"}
        and token.head.lower_ in PHYSICAL_ACTS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


def _pushed_away(token: Token) -> bool:
    """ "were pushed out of Goma", "pushed back from the river": a passive push with no
    infinitive ("pushed to resign") or "for" ("pushed for a vote") moves, not urges."""
    deps = {(c.dep_, c.lower_) for c in token.children}
    passive = any(dep in {"auxpass", "nsubjpass"} for dep, _ in deps)
    urged = any(dep == "xcomp" or (dep == "prep" and word == "for") for dep, word in deps)
    return passive and not urged
