"""Ground said to be still held: the holder's denial that the other side won it.

"Moscow said the town remains under the control of its troops" answers a claim that the town was
retaken: it reports no gain, but denies one. Read as a gain of the town with modality "denied",
its target the holder, it sits in the ledger beside the claim it answers. Only a named place and
a holder that is armed men or a side count ("its forces held the town"; "held talks", "held a
rally in the city" hold no ground).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

HOLD_BASE = "hold ground"  # the trigger's base word, which its modality and target are read by
REMAINING = lex.forms("remain stay")
HOLDING = lex.forms("hold") | {"held"}
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def ground_held(verb: Token) -> tuple[str, str, None] | None:
    """("retake_territory", HOLD_BASE, None) when the verb says a named place is still held."""
    return ("retake_territory", HOLD_BASE, None) if holder_of(verb) is not None else None


def holder_of(verb: Token) -> Token | None:
    """The phrase naming who holds the ground: "of Russian troops" in "remains under the control
    of Russian troops", "its" in "under its control", "its forces" in "its forces held X"."""
    if verb.lower_ in REMAINING and _named_place(verb, "nsubj"):
        for prep in verb.children:
            control = next((c for c in prep.children if c.lower_ == "control"), None)
            if prep.lower_ != "under" or control is None:
                continue
            by = next((c for c in control.children if c.lower_ == "of"), None)
            held_by = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
            return held_by if held_by is not None and _armed_side(held_by) else None
    if verb.lower_ in HOLDING and _named_place(verb, "dobj"):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subject if subject is not None and _armed_side(subject) else None
    return None


def _named_place(verb: Token, dep: str) -> bool:
    """A proper name in the role `dep` (the tagger often reads a small town as an ORG)."""
    return any(
        c.dep_ == dep and c.pos_ == "PROPN" and c.ent_type_ in PLACE_ENTITIES | {"ORG", ""}
        for c in verb.children
    )


def _armed_side(phrase: Token) -> bool:
    """ "Russian troops", "its forces", "the rebels": armed men, not a company or a family."""
    return bool({t.lower_ for t in phrase.subtree} & (lex.MILITARY | lex.CONFLICT_CUES))
