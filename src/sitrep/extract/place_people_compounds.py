"""A people's adjective that leads a compound naming who acts is an actor, not a place.

"Velani-led forces", "Velani-backed militia", "Velani rebels", "Velani separatists": the
adjective names a people who lead, back or make up an armed side, not where anything happens.
Only the adjectives of peoples without a state of their own (the gazetteer's region demonyms:
"Kurdish" for Kurdistan) are dropped; a country's adjective ("Ruritanian-backed", "Ruritanian
forces") reads as its country, as GeoWebNews counts it. Before "fighters" and "militia" the
adjective stays a place: GeoWebNews counts "Velani fighters" and "a Velani militia spokesman"
as places (modifiers), and dropping them lowers its recall.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.extract.place_candidates import NAME_DEMONYM

if TYPE_CHECKING:
    from sitrep.extract.place_candidates import Mention

# The participle after the hyphen that makes the compound name a side: "-led", "-backed".
_ACTOR_COMPOUND = re.compile(r"\s*[-‐–]\s*(?:led|backed|allied|aligned|dominated)\b", re.I)
# The armed side's noun right after the adjective: "Velani rebels", "Velani militiamen".
_ARMED_SIDE = re.compile(
    r"\s+(?:forces|rebels?|separatists?|insurgents?|militants?|guerrillas?|militiam[ae]n)\b"
)
# Levels of the places a people's adjective may name without naming a state.
_COUNTRY_LEVELS = ("PCL", "CONT")


def leads_an_actor_compound(text: str, mention: Mention) -> bool:
    """The mention is a stateless people's adjective opening "-led"/"-backed" or naming an
    armed side ("Velani rebels")."""
    return (
        bool(mention.entries)
        and all(
            e.kind == NAME_DEMONYM and not e.level.startswith(_COUNTRY_LEVELS)
            for e in mention.entries
        )
        and any(p.match(text, mention.end) for p in (_ACTOR_COMPOUND, _ARMED_SIDE))
    )
