"""Diplomatic ties cut: envoys recalled or withdrawn, embassies closed, relations severed.

PLOVER codes every reduction of normal relations SANCTION (CAMEO's "reduce relations": "break
diplomatic relations", "expel or withdraw diplomats"), so "Valdor withdrew its ambassador from
Marrowby" is no troop retreat, "closed its embassy in Kessa" no coercion of anyone, and "cut
diplomatic ties with Marrowby" a sanction even though no sanction word is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.event_lexicon import split_words as _w

if TYPE_CHECKING:
    from spacy.tokens import Token

ENVOYS = frozenset(_w("ambassador ambassadors envoy envoys diplomat diplomats"))
POSTS = frozenset(_w("embassy embassies consulate consulates legation legations"))
TIES = frozenset(_w("ties relations"))
# Verb base -> what it must act on to cut ties ("cut ties", "closed its embassy").
CUTTING = {
    **dict.fromkeys(_w("cut break sever suspend downgrade freeze end"), TIES),
    **dict.fromkeys(_w("close shut"), POSTS),
    **dict.fromkeys(_w("withdraw pull recall"), ENVOYS),
}
IRREGULAR = {"broke": "break", "broken": "break"}
CUTTING_FORMS = {form: base for base in CUTTING for form in lex.verb_forms(base)} | IRREGULAR


def ties_cut(verb: Token) -> bool:
    """ "severed diplomatic ties", "broke off relations", "closed its embassy", "withdrew its
    ambassador": the verb acts on ties, a diplomatic post or an envoy."""
    base = CUTTING_FORMS.get(verb.lower_)
    if base is None or not verb.tag_.startswith("VB"):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(t.lower_ in CUTTING[base] for o in objects for t in (o, *o.conjuncts))


def diplomatic_entry(verb: Token) -> tuple[str, str | None, str] | None:
    """The statement entry of a verb that cuts ties (a sanction), or None."""
    return ("sanction", "SANCTION", CUTTING_FORMS[verb.lower_]) if ties_cut(verb) else None


def envoy_recalled(verb: Token) -> bool:
    """ "withdrew its ambassador", "pulled out its diplomats": a sanction, not a retreat."""
    return CUTTING_FORMS.get(verb.lower_) in ("withdraw", "pull") and ties_cut(verb)
