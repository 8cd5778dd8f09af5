"""What sending something is news of: troops deployed, arms given, or aircraft sent on a strike.

"The army said it had sent F-16 jets to strike two military targets" reports an air strike, as a
reader records it; the sending is only how the strike was told. Troops or ships sent somewhere are
a deployment, and arms or aid sent to a side are aid.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

AIRCRAFT = frozenset(word for word, kind in lex.WEAPONS.items() if kind in ("aircraft", "drone"))
STRIKING = frozenset(lex.split_words("strike bomb attack hit pound target shell bombard raid"))


def sent_for(token: Token, objects: set[str]) -> tuple[str, str, str | None] | None:
    """The event a form of "send" with these objects reports, or None when it reports none."""
    if objects & AIRCRAFT and _sent_to_strike(token):
        return "attack", "send", None
    heads = _object_heads(token)
    if heads & lex.AID_OBJECTS and not heads & lex.MILITARY:
        return "aid", "send", None  # "send Ukraine a military aid package": the package goes
    if objects & lex.MILITARY:
        return "deploy", "send", None
    return ("aid", "send", None) if objects & lex.AID_OBJECTS else None


def _object_heads(token: Token) -> set[str]:
    """The head words of what is sent ("package" in "a new military aid package")."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return {t.lower_ for c in objects for t in (c, *c.conjuncts)}


def _sent_to_strike(token: Token) -> bool:
    """ "Sent jets to strike targets": the verb's purpose is a strike."""
    return any(
        child.tag_ == "VB"
        and child.text.lower() in STRIKING
        and any(c.tag_ == "TO" for c in child.children)
        for child in token.children
    )


def giving_verbs(nouns: list[Token]) -> list[Token]:
    """ "would extend a loan ... to Ukraine": the verb that gives an aid noun names whom it goes to."""
    return [
        n.head
        for n in nouns
        if n.tag_.startswith("NN")
        and n.dep_ in ("dobj", "nsubjpass")
        and n.head.lower_ in lex.AID_ACTS
    ]
