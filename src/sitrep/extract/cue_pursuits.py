"""Going after someone in words: "Okafor went after Mendez over his taxes", "Lewandowski went
after him", "has gone after her record". In political news the phrase is an attack in words, but
"went after" also chases ("police went after the gunmen") and tells time ("left after the
meeting"), so it is a cue only when a person, a person's pronoun or what a named person holds is
gone after, and nobody who chases or enforces goes after them: an armed force or group, a state,
the police, prosecutors, agents or a mob, nor when it is done with a weapon ("with a knife"; "with
a barrage of insults" is still words).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.actors import country_of_word, is_armed_group, normalize_actor
from sitrep.extract.cue_armed import ARMED_HOLDERS
from sitrep.extract.event_lexicon import WEAPONS

if TYPE_CHECKING:
    from spacy.tokens import Token

PERSON_PRONOUNS = frozenset({"him", "her"})
PERSON_POSSESSIVES = frozenset({"his", "her"})

# What people strike one another with, besides the arms of war in WEAPONS ("went after him with a
# bat"): going after someone with it is an assault.
HAND_WEAPONS = frozenset(
    {"bat", "bats", "stick", "sticks", "club", "clubs", "hammer", "hammers", "crowbar", "axes"}
    | {"bar", "bars", "pipe", "pipes", "baton", "batons", "cleaver", "blade", "blades", "whip"}
)


# Who goes after people in court or in the street, not in words: "prosecutors went after his
# assets", "police went after him", "agents went after him", "a mob went after her".
ENFORCERS = frozenset(
    {"police", "prosecutors", "prosecutor", "investigators", "authorities", "regulators"}
    | {"agents", "officers", "detectives", "troopers", "guards", "mob", "crowd"}
)


def goes_after_in_words(verb: Token) -> bool:
    """ "went after Mendez", "went after the mayor's record": the object of "after" is a person;
    not one who chases or enforces going after them, nor one going after them "with a knife"."""
    if any(c.dep_ == "nsubj" and chases_or_enforces(c) for c in verb.children):
        return False
    targets = [
        target
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "after" and prep.i > verb.i
        for target in prep.children
        if target.dep_ == "pobj"
    ]
    if not targets or _armed_with(verb) or _armed_with(targets[0]):
        return False
    return _is_a_person_or_theirs(targets[0])


def _armed_with(head: Token) -> bool:
    """Whether a "with" phrase on `head` names a weapon ("with a knife", "with a baseball bat"):
    the parser hangs it on the verb or on the person gone after."""
    return any(
        obj.lower_ in WEAPONS or obj.lower_ in HAND_WEAPONS
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


def _is_a_person_or_theirs(target: Token) -> bool:
    """A named person, "him" or "her", or a thing a person holds ("Clinton's record", "his
    plan")."""
    if target.ent_type_ == "PERSON" or target.lower_ in PERSON_PRONOUNS:
        return True
    return any(
        c.dep_ == "poss" and (c.ent_type_ == "PERSON" or c.lower_ in PERSON_POSSESSIVES)
        for c in target.children
    )


def chases_or_enforces(subject: Token) -> bool:
    """An armed force ("troops"), an armed group ("Hamas"), a state ("Israel"), whose going after
    someone is by force or by law, or an enforcer or a mob ("police", "agents")."""
    if subject.lower_ in ARMED_HOLDERS | ENFORCERS:
        return True
    actor = normalize_actor(" ".join(t.text for t in subject.subtree))
    # a state both by the tagger and by name: the tagger alone takes "Trump" for a place at times
    is_state = subject.ent_type_ == "GPE" and actor is not None and country_of_word(actor) == actor
    return is_state or is_armed_group(actor)
