"""A side taken "in favor of" something: "voted in favor of the bill", "has spoken out in favour
of gun control", "argued in favor of a tax cut". After a verb of saying or deciding, what the
phrase favours is the claim, as the object of "for" is after "voted for"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.claim_spans import subtree_span

if TYPE_CHECKING:
    from spacy.tokens import Token

FAVOR_NOUNS = frozenset({"favor", "favour"})


def favored(verb: Token) -> tuple[int, int] | None:
    """What the verb's "in favor of" phrase favours, or None."""
    for phrase in verb.children:
        if phrase.dep_ == "prep" and phrase.lower_ == "in" and phrase.i > verb.i:
            favoured = [o for n in phrase.children if n.dep_ == "pobj" for o in _of_objects(n)]
            if favoured:
                return subtree_span(favoured[0])
    return None


def _of_objects(noun: Token) -> list[Token]:
    """The objects of "of" after "favor" ("favor of the bill"); none after another noun."""
    if noun.lower_ not in FAVOR_NOUNS:
        return []
    return [
        c
        for of in noun.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for c in of.children
        if c.dep_ in {"pobj", "pcomp"}
    ]
