"""Captives counted by what their captors do with them: held or freed.

"The rebels still hold 25 people" counts people detained although no word of the clause is a
casualty word: the holder's verb is the fate. "Freed 15 hostages" counts the opposite: the
fifteen are no longer held, so a tracker of the people held must not take them for a count of
captives, whatever their noun says. Only "the last 25 hostages it held", a release that says how
many were held, still counts the held.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.quantity_types import PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

HOLDING_VERBS = frozenset({"hold", "holds", "holding", "held"})
RELEASING_VERBS = frozenset({
    "free", "frees", "freed", "freeing", "release", "releases", "released", "releasing",
})  # fmt: skip
# Who holds people captive; a stadium or a hall "holds 50,000 people" as a capacity.
CAPTOR_NOUNS = frozenset({
    "rebels", "militants", "insurgents", "jihadists", "gunmen", "fighters", "militia",
    "militias", "kidnappers", "abductors", "captors", "gangs", "group", "movement", "they",
})  # fmt: skip
CAPTOR_ENTITIES = frozenset({"ORG", "NORP", "GPE", "PERSON"})


def held_captive(noun: Token) -> bool:
    """ "The rebels still hold 25 people": a count of people a captor holds is of the detained."""
    if noun.dep_ != "dobj" or noun.head.lower_ not in HOLDING_VERBS or not _people(noun):
        return False
    subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
    return any(s.lower_ in CAPTOR_NOUNS or s.ent_type_ in CAPTOR_ENTITIES for s in subjects)


def released(noun: Token) -> bool:
    """ "freed 15 hostages", "15 prisoners were released": the count is of people let go, unless
    a clause on it says they had been held ("the last 25 hostages it held")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.lower_ not in RELEASING_VERBS:
        return False
    return not any(c.dep_ == "relcl" and c.lower_ in HOLDING_VERBS for c in noun.children)


def _people(noun: Token) -> bool:
    word = noun.lower_
    return word in ("people", "persons") or word.removesuffix("s") in PERSON_NOUNS
