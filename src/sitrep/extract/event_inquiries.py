"""Inquiries as acts. An inquiry is news when someone opens, orders or completes one ("police
launched an investigation into the crash", "the court ordered an inquiry"): PLOVER's
INVESTIGATE. Only mentioned ("the case is under investigation", "calls for a probe"), it is no act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

INQUIRY_NOUNS = frozenset(w for w, (_, plover) in lex.ACT_NOUNS.items() if plover == "INVESTIGATE")
OPENING_VERBS = frozenset(
    form
    for base in lex.split_words(
        "open launch begin start order complete conclude conduct announce initiate"
    )
    for form in lex.verb_forms(base)
) | frozenset({"began", "begun"})
# Verbs that open an inquiry only with their particle: "set up an inquiry", "carried out an
# investigation"; "the paper carried an investigation" published one.
PARTICLE_VERBS = {
    **{form: "up" for form in lex.verb_forms("set")},
    **{form: "out" for form in lex.verb_forms("carry")},
}


PLACING_VERBS = frozenset(lex.verb_forms("place") | lex.verb_forms("put"))


def inquiry_opened(noun: Token) -> bool:
    """ "opened an investigation", "an inquiry was ordered": the inquiry is what a verb starts
    or ends; "was placed under investigation": someone is made its subject."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":
        return noun.head.head.lower_ in PLACING_VERBS
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = noun.head
    if verb.lower_ in PARTICLE_VERBS:
        particle = PARTICLE_VERBS[verb.lower_]
        return any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)
    return verb.lower_ in OPENING_VERBS
