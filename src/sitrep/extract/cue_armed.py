"""Attacks by force, told apart from attacks in words. "Her attack on the senator" states a
view of him; "a drone attack on Russia", "blamed the attack on Pakistan" report violence, and
war reports are full of them. The noun "attack" is a cue only when nothing marks it as armed,
and the verb "target" only when neither its doer nor its aim is a military one; "the blast
claimed 40 lives" is a death toll, not a claim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

ATTACK_NOUNS = frozenset({"attack", "attacks"})
# Targets that words are not aimed at: a country, a town, a region, a building.
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Those whose attacks are armed: "the rebels' attacks on shipping", "the army's attack".
ARMED_HOLDERS = frozenset(
    {"rebels", "militants", "insurgents", "jihadists", "gunmen", "fighters", "militia"}
    | {"militias", "forces", "troops", "soldiers", "army", "military", "navy"}
)
# "blamed the attack on Pakistan": the "on" names who is blamed, not what was attacked.
BLAMING_FORMS = frozenset({"blame", "blames", "blamed", "blaming"})


def is_armed_attack(noun: Token) -> bool:
    """An attack by force: a kind or weapon before it ("drone attack", "the Hamas attack"), an
        armed holder ("the rebels' attacks"), a place or an armed force as its target ("an attack on
        Kyiv", "attacks on security forces"), a day it took place ("the attack on Sunday"), people
    killed or hurt in it, or an attack blamed on someone."""
    if noun.lower_ not in ATTACK_NOUNS:
        return False
    if any(c.dep_ == "compound" and c.i < noun.i and c.tag_ != "VBG" for c in noun.children):
        return True  # a kind, not a manner the parser hung the same way ("withering attacks")
    if any(c.dep_ == "poss" and c.lower_ in ARMED_HOLDERS for c in noun.children):
        return True
    if noun.dep_ == "dobj" and noun.head.lower_ in BLAMING_FORMS:
        return True
    if _suffered_in(noun) or _blamed_in_relative(noun):
        return True
    return any(
        target.ent_type_ in PLACE_ENTITIES | TIME_ENTITIES or target.lower_ in ARMED_HOLDERS
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in {"on", "against"}
        for target in prep.children
        if target.dep_ == "pobj"
    )


# "an attack on Sunday": a day the attack took place, not someone it was aimed at.
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# What befalls people in an armed attack: "63 wounded in the attack", "died in the attacks".
CASUALTY_VERBS = frozenset(
    {"kill", "wound", "injure", "hurt", "die", "maim", "abduct", "kidnap", "displace"}
)


def _suffered_in(noun: Token) -> bool:
    """ "27 people were killed and 63 wounded in the attack": people killed or hurt in it."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in {"in", "during"}
        and prep.head.lemma_.lower() in CASUALTY_VERBS
    )


def _blamed_in_relative(noun: Token) -> bool:
    """ "the attack on the camp, which it blamed on the RSF": an attack someone is blamed for,
    the relative clause hung on it or on the phrase after it."""
    clauses = [c for t in noun.subtree for c in t.children if c.dep_ == "relcl"]
    return any(c.lower_ in BLAMING_FORMS for c in clauses)


# What only weapons are aimed at: "began targeting vessels", "targeted army positions".
MATERIEL_TARGETS = frozenset(
    {"vessel", "ship", "shipping", "tanker", "convoy", "position", "base", "infrastructure"}
    | {"facility", "depot", "refinery", "airport", "port", "bridge", "plant", "site", "building"}
)


def is_armed_targeting(verb: Token) -> bool:
    """ "the rebels targeted the base", "began targeting vessels": an aim of weapons, where "the
    ad targets the senator" is words aimed at him. Armed when the doer is an armed holder or the
    aim is materiel or a place."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"] or [
        c for c in verb.head.children if c.dep_ == "nsubj" and verb.dep_ == "xcomp"
    ]
    if any(d.lower_ in ARMED_HOLDERS for d in doers):
        return True
    aims = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(
        aim.ent_type_ in PLACE_ENTITIES or _singular(aim.lower_) in MATERIEL_TARGETS for aim in aims
    )


def _singular(noun: str) -> str:
    """ "facilities" -> "facility", "vessels" -> "vessel"."""
    return noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")


def is_death_toll(verb: Token) -> bool:
    """ "The fighting has claimed more than 20,000 lives": "claim" with lives as its object
    counts the dead; nobody claims anything."""
    return any(c.dep_ == "dobj" and c.lower_ in {"life", "lives"} for c in verb.children)
