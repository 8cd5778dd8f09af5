"""A people's adjective that leads a compound naming who acts is an actor, not a place.

"Velani-led forces", "Velani-backed militia": the adjective names a people who lead or back an
armed side, not where anything happens. Only the adjectives of peoples without a state of their
own (the gazetteer's region demonyms: "Kurdish" for Kurdistan) are dropped; a country's
adjective ("Ruritanian-backed") reads as its country, as GeoWebNews counts it. The same
adjective before a noun ("Velani fighters") stays a place: GeoWebNews counts it as a modifier.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.extract.place_candidates import NAME_DEMONYM

if TYPE_CHECKING:
    from sitrep.extract.place_candidates import Mention

# The participle after the hyphen that makes the compound name a side: "-led", "-backed".
_ACTOR_COMPOUND = re.compile(r"\s*[-‐–]\s*(?:led|backed|allied|aligned|dominated)\b", re.I)
# Levels of the places a people's adjective may name without naming a state.
_COUNTRY_LEVELS = ("PCL", "CONT")


def leads_an_actor_compound(text: str, mention: Mention) -> bool:
    """The mention is a stateless people's adjective opening "-led"/"-backed"."""
    return (
        bool(mention.entries)
        and all(
            e.kind == NAME_DEMONYM and not e.level.startswith(_COUNTRY_LEVELS)
            for e in mention.entries
        )
        and _ACTOR_COMPOUND.match(text, mention.end) is not None
    )
