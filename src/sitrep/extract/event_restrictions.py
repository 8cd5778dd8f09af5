"""Restrictions a government puts on the public: a curfew, a lockdown, a state of emergency.

The schema has no type for a policy, and a curfew is no statement: it is a coercive act on the
people of a place (PLOVER COERCE), filed as "other" ("announced a dusk-to-dawn curfew in the
city", "imposed a state of emergency"). Lifting or easing one is already a concession (CONCEDE).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

RESTRICTIONS = frozenset({"curfew", "curfews", "lockdown", "lockdowns", "emergency", "law"})
# "martial law" and "a state of emergency" are restrictions; "a law" or "an emergency" alone not.
RESTRICTION_MAKERS = {"law": frozenset({"martial"}), "emergency": frozenset({"state"})}
IMPOSING = lex.forms("impose announce declare order introduce extend enforce decree reimpose")


def restriction_entry(verb: Token) -> tuple[str, str, str] | None:
    """("other", "COERCE", base) when the verb imposes a restriction on the public, else None."""
    if verb.lower_ not in IMPOSING:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(_names_restriction(o) for o in objects):
        return "other", "COERCE", verb.lower_
    return None


def _names_restriction(noun: Token) -> bool:
    """ "a curfew", "a state of emergency", "martial law"."""
    word = noun.lower_
    if word == "state":
        return any(
            c.lower_ == "of" and any(g.lower_ == "emergency" for g in c.children)
            for c in noun.children
        )
    if word not in RESTRICTIONS:
        return False
    makers = RESTRICTION_MAKERS.get(word)
    return makers is None or any(c.lower_ in makers for c in noun.children)
