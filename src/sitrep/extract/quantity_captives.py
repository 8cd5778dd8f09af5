"""Captives counted by what their captors do with them: held or freed.

"The rebels still hold 25 people" counts people detained although no word of the clause is a
casualty word: the holder's verb is the fate. "Freed 15 hostages" counts the opposite: the
fifteen are no longer held, so a tracker of the people held must not take them for a count of
captives, whatever their noun says. Only "the last 25 hostages it held", a release that says how
many were held, still counts the held.

Soldiers are counted as captives by the verb that took them, not by their noun: "seized two
soldiers" and "took 40 insurgents prisoner" count the detained, not a force in the field, and
"230 servicemen prisoner" counts servicemen ("prisoner" is what they were taken as); a state
that "holds 30,000 troops near the border" keeps its own forces in place, so only armed men or a
non-state group hold soldiers. Prisoners
"handed over" or "exchanged" in a swap are let go like the freed, whatever wounds their noun
tells ("22 seriously wounded soldiers were handed over" are no count of the injured).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.actors import is_non_state, normalize_actor
from sitrep.extract.quantity_types import PERSON_NOUNS, TROOP_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

HOLDING_VERBS = frozenset({"hold", "holds", "holding", "held"})
RELEASING_VERBS = frozenset({
    "free", "frees", "freed", "freeing", "release", "releases", "released", "releasing",
    "exchange", "exchanges", "exchanged", "exchanging", "swap", "swaps", "swapped", "swapping",
})  # fmt: skip
# "handed over 22 soldiers": let go only with the particle ("handed them a note" is no release).
HANDING_VERBS = frozenset({"hand", "hands", "handed", "handing"})
# Verbs whose object is taken captive whatever its noun ("seized two soldiers").
SEIZING_VERBS = frozenset({"seize", "seizes", "seized", "seizing"})
# Verbs that make their object a captive when "prisoner" or "captive" follows ("took 40 soldiers
# prisoner", "held them hostage").
TAKING_VERBS = frozenset({
    "take", "takes", "took", "taken", "taking", "hold", "holds", "held", "holding", "keep",
    "keeps", "kept", "keeping",
})  # fmt: skip
# What people are taken as: "taken prisoner", "held captive", "kept hostage".
CAPTIVE_COMPLEMENTS = frozenset({"prisoner", "prisoners", "captive", "captives", "hostage"})
CAPTIVE_NOUNS = frozenset({"prisoners", "captives", "hostages", "detainees", "pows"})
# Who holds people captive; a stadium or a hall "holds 50,000 people" as a capacity.
CAPTOR_NOUNS = frozenset({
    "rebels", "militants", "insurgents", "jihadists", "gunmen", "fighters", "militia",
    "militias", "kidnappers", "abductors", "captors", "gangs", "group", "movement", "they",
})  # fmt: skip
CAPTOR_ENTITIES = frozenset({"ORG", "NORP", "GPE", "PERSON"})


def held_captive(noun: Token) -> bool:
    """ "The rebels still hold 25 people", "seized two soldiers", "took 40 insurgents prisoner":
    a count of people a captor holds or takes is of the detained."""
    if _taken_as_captives(noun):
        return True
    if noun.dep_ != "dobj" or noun.head.lower_ not in HOLDING_VERBS or not _people(noun):
        return False
    subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
    if noun.lower_ in TROOP_NOUNS and not _civilian_people(noun):
        # "Russia holds 30,000 troops near the border": a state holds its own forces in place;
        # only armed men or a non-state group hold soldiers captive ("the rebels hold 30 soldiers")
        return any(s.lower_ in CAPTOR_NOUNS or _non_state(s) for s in subjects)
    return any(s.lower_ in CAPTOR_NOUNS or s.ent_type_ in CAPTOR_ENTITIES for s in subjects)


def _non_state(subject: Token) -> bool:
    """A known non-state group ("Hamas", "M23"), never a state or an alliance."""
    name = normalize_actor(subject.doc[subject.left_edge.i : subject.i + 1].text)
    return name is not None and is_non_state(name)


def captive_complement(word: Token) -> bool:
    """ "prisoner" in "took 230 servicemen prisoner": what a counted group was taken as, not a
    word of its name (the parser reads "servicemen prisoner" as one compound)."""
    return word.lower_ in CAPTIVE_COMPLEMENTS and word.head.lower_ in TAKING_VERBS


def taken_captive(verb: Token) -> bool:
    """ "taken prisoner", "held captive": a verb whose people it names captives."""
    return verb.lower_ in TAKING_VERBS and any(
        c.lower_ in CAPTIVE_COMPLEMENTS and c.i > verb.i for c in verb.children
    )


def _taken_as_captives(noun: Token) -> bool:
    """ "taken 230 servicemen prisoner" (one noun to the parser), "took 40 insurgents prisoner",
    "seized two soldiers": "prisoner" says they are people, a seizure needs a noun of people."""
    if noun.dep_ == "compound" and captive_complement(noun.head):
        return True
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = noun.head
    return taken_captive(verb) or (verb.lower_ in SEIZING_VERBS and _people(noun))


def released(noun: Token) -> bool:
    """ "freed 15 hostages", "15 prisoners were released": the count is of people let go, unless
    a clause on it says they had been held ("the last 25 hostages it held") or the release is
    only to come ("could be exchanged")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or not _let_go(noun.head):
        return False
    return not any(c.dep_ == "relcl" and c.lower_ in HOLDING_VERBS for c in noun.children)


def _let_go(verb: Token) -> bool:
    """Let go by now: "could be exchanged", "agreed to free" leave them held."""
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "TO") for c in verb.children):
        return False
    if verb.lower_ in HANDING_VERBS:
        return any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)
    return verb.lower_ in RELEASING_VERBS


def names_people(noun: Token) -> bool:
    """ "soldiers", "civilians", "prisoners": a group of people a count can be of."""
    return _people(noun) or noun.lower_ in CAPTIVE_NOUNS


def _people(noun: Token) -> bool:
    return noun.lower_ in TROOP_NOUNS or _civilian_people(noun)


def _civilian_people(noun: Token) -> bool:
    """ "people", "hostages", "workers": people by a noun that names no armed force."""
    word = noun.lower_
    return word in ("people", "persons") or word.removesuffix("s") in PERSON_NOUNS
