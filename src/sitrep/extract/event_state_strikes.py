"""Strikes a state or armed group made on a place: "Israel struck Iran's nuclear sites".

"strike" is a weak trigger that needs an armed word in its sentence, because workers strike and
negotiators strike deals. A country that strikes sites, targets, a facility or a city is attacking
them, though, as is an armed group that strikes them ("the IDF struck Hezbollah sites"): news
writes "the United States struck Houthi targets" with the weapons left to another sentence, and
no labour strike or deal has such an object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.actors import is_non_state, normalize_actor

if TYPE_CHECKING:
    from spacy.tokens import Token

STRIKE_FORMS = frozenset({"strike", "strikes", "struck", "striking"})
# Places that can be hit from afar; "a deal", "a balance", "a chord" are not among them.
STRUCK_SITES = frozenset(
    {
        "site", "sites", "target", "targets", "position", "positions", "facility", "facilities",
        "base", "bases", "city", "cities", "town", "towns", "village", "villages", "port",
        "ports", "airport", "airfield", "depot", "depots", "plant", "plants", "refinery",
        "installation", "installations", "infrastructure", "compound", "headquarters",
        "camp", "camps", "stronghold", "strongholds", "hideout", "hideouts", "bunker",
        "bunkers", "launcher", "launchers", "convoy", "vessel", "ship", "ships", "bridge",
    }
)  # fmt: skip
STATE_ENTITIES = frozenset({"GPE"})
# A named place struck is hit from afar: "Israel struck Tehran".
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# "a target" alone is a sports word ("struck the target twice"); whose or what kind of target
# ("Houthi targets", "military targets") makes it a military one.
BARE_TARGETS = frozenset({"target", "targets"})
# "struck ships from its sanctions list", "struck him off the register": removing, not hitting;
# "struck targets from the air" says where the blow came from.
REMOVAL_PREPOSITIONS = frozenset({"from", "off"})
LAUNCH_POINTS = frozenset({"air", "sea", "land", "ground", "above", "distance"})


def state_struck_site(verb: Token) -> bool:
    """Whether `verb` is a "strike" whose striker is a country or an armed group and whose object
    is a place that can be hit: "Israel struck Iran's nuclear sites", "Israel struck Tehran",
    "sites were struck by Israel"; not "workers strike at sites" (no object), "Israel struck a
    deal" (no place) nor "struck ships from the list" (a removal)."""
    if verb.lower_ not in STRIKE_FORMS or not verb.tag_.startswith("VB"):
        return False
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    objects = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    if any(_removal(t) for t in (verb, *objects)):
        return False
    if not any(_struck_place(o) for o in objects):
        return False
    strikers = _agents(verb) if passive else _subjects(verb)
    return any(s.ent_type_ in STATE_ENTITIES or _armed_group(s) for s in strikers)


def _removal(token: Token) -> bool:
    """ "struck X from the list", "off the register", whether the parser hangs the "from" on the
    verb or on its object; "from the air" is no removal."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in REMOVAL_PREPOSITIONS
        and not any(g.dep_ == "pobj" and g.lower_ in LAUNCH_POINTS for g in c.children)
        for c in token.children
    )


def _struck_place(noun: Token) -> bool:
    """A site noun, with an owner or kind when it is a bare "target", or a named place."""
    if noun.ent_type_ in PLACE_ENTITIES:
        return True
    if noun.lower_ in BARE_TARGETS:
        return any(c.dep_ in ("poss", "compound", "amod", "nmod") for c in noun.children)
    return noun.lower_ in STRUCK_SITES


def _agents(verb: Token) -> list[Token]:
    """Who struck, in the passive: "were struck by Israel"."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _subjects(verb: Token) -> list[Token]:
    """The verb's own subjects, else those of the verb it is joined to ("Israel warned and
    struck ...")."""
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    if own or verb.dep_ != "conj":
        return own
    return [c for c in verb.head.children if c.dep_ == "nsubj"]


def _armed_group(subject: Token) -> bool:
    name = normalize_actor(" ".join(t.text for t in subject.subtree))
    return name is not None and is_non_state(name)
