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


def state_struck_site(verb: Token) -> bool:
    """Whether `verb` is an active "strike" whose subject is a country or an armed group and whose
    object is a place that can be hit: "Israel struck Iran's nuclear sites", not "workers strike
    at sites" (no object) nor "Israel struck a deal" (no place)."""
    if verb.lower_ not in STRIKE_FORMS or not verb.tag_.startswith("VB"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not any(o.lower_ in STRUCK_SITES for o in objects):
        return False
    return any(s.ent_type_ in STATE_ENTITIES or _armed_group(s) for s in _subjects(verb))


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
