"""The word-level checks a trigger's context must pass (`event_triggers._context_fits`): a
standing sanction is none imposed, an attack verb needs something to hit, a deployment needs
troops near it, an aim may hang on the last weapon of a list. Each reads one token's phrase."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract import event_types as types
from sitrep.extract.event_arguments import SUBJECTS
from sitrep.extract.event_statements import argued_against

if TYPE_CHECKING:
    from spacy.tokens import Token


def standing_sanctions(token: Token) -> bool:
    """Sanctions named as a standing state ("despite sanctions", "under sanctions", "evaded
    sanctions"), not imposed, tightened or lifted in the report."""
    if not token.tag_.startswith("NN"):
        return False
    if token.dep_ == "pobj":
        return token.head.lower_ in lex.STANDING_PREPS
    return token.dep_ == "dobj" and token.head.lower_ in lex.EVADING_VERBS


def aimed(verb: Token) -> bool:
    """ "launched drones at Ukraine": the aim may hang on the verb or, when the parser attaches
    it to the last weapon of a list ("109 drones and five missiles at Ukraine"), on an object."""
    holders = [verb] + [t for c in verb.children if c.dep_ == "dobj" for t in (c, *c.conjuncts)]
    return any(
        c.dep_ == "prep" and c.text.lower() in lex.AIMING_PREPS
        for holder in holders
        for c in holder.children
    )


def ended(token: Token) -> bool:
    """An agreement noun whose verb ends it ("the truce collapsed", "violated the ceasefire")."""
    return token.dep_ in ("nsubj", "dobj", "nsubjpass") and token.head.lower_ in lex.ENDING_VERBS


def aid_noun(token: Token) -> Token:
    """ "an aid package", "aid shipments": the noun the aid word names is what is given."""
    if token.dep_ == "compound" and token.head.text.lower() in lex.AID_CONTAINERS:
        return token.head
    return token


def armed_attack(verb: Token, cues: set[str]) -> bool:
    """ "attacked a convoy", not "the senator attacked the bill" (words) nor "United attacked
    relentlessly in the second half" (sport): an attack verb needs a target that can be hit,
    or an armed actor or weapon in the sentence."""
    targets = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if argued_against(verb):
        return False
    return bool(targets) or bool(cues & lex.CONFLICT_CUES)


def object_tokens(token: Token) -> Iterable[Token]:
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr"):
            yield from child.subtree


def names_object(word: Token) -> bool:
    """A place word that names the object ("seized Bunia", "the town of Bunia", "Bunia's
    airport"), not one in a clause or phrase about it ("a bus carrying tourists near Bunia", "20
    kilograms of cocaine in Bunia")."""
    while word.dep_ not in ("dobj", "nsubjpass", "attr") and word.head.i != word.i:
        if word.dep_ in ("acl", "relcl", "advcl") or (word.dep_ == "prep" and word.lower_ != "of"):
            return False
        word = word.head
    return True


def has_trigger_word(token: Token) -> bool:
    low = token.text.lower()
    return low in lex.VERB_INDEX or low in lex.PHRASAL_BASES


def has_military_theme(token: Token, base: str) -> bool:
    """Deployments and training need troops (or a base being set up) around the trigger."""
    if base == "set up" or base == "establish":
        return bool(types.HQ.search(token.sent.text))
    related = [token]
    related += [c for c in token.children if c.dep_ in SUBJECTS | {"dobj", "agent", "poss", "nmod"}]
    if token.dep_ in ("acl", "relcl", "amod") or (
        token.dep_ in SUBJECTS | {"dobj"} and token.tag_.startswith("NN")
    ):
        related.append(token.head)
    head = token
    while head.dep_ in ("xcomp", "conj") and head.head.i != head.i:
        head = head.head
        related += [c for c in head.children if c.dep_ in SUBJECTS]
    words = {t.text.lower() for r in related for t in (r.subtree if r.i != token.i else [r])}
    words |= {c.text.lower() for c in token.children}
    return bool(words & lex.MILITARY)
