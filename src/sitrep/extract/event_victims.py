"""Who an attack harmed, where the sentence tells it with a verb of harm.

"A blast on Wednesday that wounded five Thai soldiers": the side struck is the victims' side,
told in a relative clause after the attack noun. "Soldiers killed in ambush": a harm verb with
no object is a headline passive, so its subject is the victim, never the attacker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.actors import normalize_actor

if TYPE_CHECKING:
    from spacy.tokens import Token

HARM_VERBS = frozenset({"killed", "wounded", "injured", "hurt"})
RELATIVE_PRONOUNS = frozenset({"that", "which"})
CLAUSE_REACH = 6  # tokens from the noun to its relative pronoun ("blast on Wednesday that")


def headline_passive(verb: Token) -> bool:
    """ "Soldiers killed in ambush": a harm verb without its object is a passive with "were" left
    out, so its subject is the victim."""
    return verb.lower_ in HARM_VERBS and not any(c.dep_ == "dobj" for c in verb.children)


def victims_side(noun: Token) -> str | None:
    """The side the victims' own words name ("five Thai soldiers": Thailand); what follows
    them ("soldiers, after which Kenya recalled its envoy") names no victim."""
    for victims in _victims_of(noun):
        side = normalize_actor(victims.doc[victims.left_edge.i : victims.i + 1].text)
        if side is not None:
            return side
    return None


def _victims_of(noun: Token) -> list[Token]:
    """The objects of a harm verb in the relative clause right after an attack noun, wherever
    the parser hung that clause (often on the sentence's main verb)."""
    if not noun.tag_.startswith("NN"):
        return []
    for word in noun.doc[noun.i + 1 : noun.i + 1 + CLAUSE_REACH]:
        if word.lower_ in RELATIVE_PRONOUNS and word.dep_ == "nsubj":
            verb = word.head
            return (
                [c for c in verb.children if c.dep_ == "dobj"] if verb.lower_ in HARM_VERBS else []
            )
        if word.is_punct or word.pos_ in ("VERB", "AUX"):
            return []  # the noun's phrase ended before any relative clause
    return []
