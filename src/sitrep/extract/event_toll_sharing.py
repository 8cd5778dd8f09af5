"""Acts that take no toll told outside their own clause.

"Gunmen attacked the town, killing about 30 people and taking 50 hostages": the 30 dead are the
attack's, not the kidnapping's. An act that is not violent takes a toll told elsewhere in its
sentence only when no violent act stands beside it ("the kidnapping left two guards dead"). A
weapon taken out of use (explosives destroyed, drones shot down) kills no one by that act: "troops
killed 10 militants and destroyed explosives" gives the explosives none of the dead.
"""

from __future__ import annotations

from collections.abc import Sequence

from sitrep.extract.event_arguments import VIOLENT_TYPES
from sitrep.extract.event_triggers import DISRUPTED, Trigger


def own_clause_tolls(groups: Sequence[Sequence[Trigger]]) -> list[bool]:
    """For each act of the sentence (its triggers), whether only its own clause can tell its
    toll."""
    violent = any(g[0].type in VIOLENT_TYPES for g in groups)
    return [g[0].acled == DISRUPTED or (violent and g[0].type not in VIOLENT_TYPES) for g in groups]
