"""A vow to do harm is a threat: "the pirates vowed to execute the crew", "vowed to retaliate".

The lexicon codes a promise or a vow AGREE (`event_lexicon.STATEMENT_VERBS`), which is right for
"vowed to rebuild the school" or "pledged $5 million", but a vow whose act hurts someone is what
PLOVER codes THREATEN, as "threatened to execute" is. A vow to stop one's own fighting ("pledged to
halt its raids") is a step back, and one against an ill ("vowed to fight corruption", "to
eradicate polio") no threat to anyone. An act that is an event of its own ("vowed to storm the
town", with armed men named) is read by `event_announcements`; this reads the vows left to the
statement, whose act the sentence did not make an event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.event_modals import HOSTILE_TYPES, stops_hostilities
from sitrep.extract.verb_objects import object_words

if TYPE_CHECKING:
    from spacy.tokens import Token

# Harm that needs no object to be one: "vowed to retaliate", "vowed to avenge the dead".
RETALIATING = lex.forms("retaliate avenge punish")
# Harm only when done to a party: "pledged to wipe out the militia", not "to eliminate poverty".
DESTROYING = lex.forms("wipe crush eliminate annihilate exterminate eradicate defeat hunt")
ADVERSARIES = (
    lex.PERSON_OBJECTS
    | lex.CONFLICT_CUES
    | frozenset(lex.split_words("enemy enemies group groups rebellion uprising invaders"))
)


def vowed_threat(verb: Token) -> str | None:
    """THREATEN for a vow, pledge or promise whose act harms someone; None otherwise."""
    if verb.lower_ not in lex.PLEDGING or not verb.tag_.startswith("VB"):
        return None
    acts = [c for c in verb.children if c.dep_ == "xcomp" and c.tag_.startswith("VB")]
    return "THREATEN" if any(_harm(act) for act in acts) else None


def _harm(act: Token) -> bool:
    objects = object_words(act)
    if stops_hostilities(act) or objects & lex.FOUGHT_ILLS:
        return False  # "pledged to halt its raids", "vowed to fight corruption"
    if act.lower_ in RETALIATING:
        return True
    entry = lex.VERB_INDEX.get(act.lower_)
    hostile = entry is not None and entry[0] in HOSTILE_TYPES
    if hostile and entry is not None and entry[1] not in lex.WEAK_TRIGGERS:
        return True  # "vowed to storm the town", "pledged to expel the envoys"
    if hostile or act.lower_ in DESTROYING:
        return _done_to_a_party(act, objects)  # "execute the crew", not "execute the plan"
    return False


def _done_to_a_party(act: Token, objects: set[str]) -> bool:
    if objects & ADVERSARIES:
        return True
    taken = [c for c in act.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(t.ent_type_ in ("ORG", "NORP", "PERSON") for t in taken)
