"""A verb coordinated with a passive: "Trump was forced into damage control and said that his
words had been misconstrued". English lets the second verb share the passive's subject, who
speaks for it, though the parser gives that subject only to the passive."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def continues_a_passive(verb: Token) -> bool:
    """A finite verb coordinated with a passive; not a second passive ("was booed and shouted
    down by ..."), nor a verb after a hedge ("is supposed to curb X, and persuade Y", which the
    parser may hang on "supposed")."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS:
        return False
    if not any(c.dep_ == "auxpass" for c in head.children):
        return False
    hedge = any(c.dep_ == "xcomp" for c in head.children)
    return not hedge and not any(c.dep_ == "agent" for c in verb.children)


def is_second_passive(verb: Token) -> bool:
    """ "was booed and shouted down by fans after telling them ...": a passive joined to a passive
    shares its subject, who does what an adjunct of the second verb says."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and any(c.dep_ == "auxpass" for c in head.children)
        and any(c.dep_ == "agent" for c in verb.children)
    )
