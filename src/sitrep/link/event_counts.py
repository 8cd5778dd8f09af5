"""What an event report counts, read from its payload for the ledger (`incident_acts`): the unit
of its toll ("civilians", "soldiers"), whether it counts the acts themselves ("repelled 23
assaults") and whether it counts anything at all.

Kept apart from records.py, which is full, and free of other link imports, which read records.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sitrep.sentences import sentence_bounds

# Measures whose unit says whose people an event struck: its dead, wounded or captured.
VICTIM_MEASURES = ("killed", "injured", "detained")

# Units that count how often the act was done: "31 times".
REPEAT_UNITS = frozenset({"times"})


def event_quantities(
    payload: Mapping[str, Any], event: Mapping[str, Any]
) -> list[Mapping[str, Any]]:
    """The quantities the event's extraction linked to it, else those of its sentence (a toll
    the extraction read but did not link: "two civilians were killed by shelling")."""
    quantities: Sequence[Mapping[str, Any]] = payload.get("quantities") or ()
    linked = [quantities[i] for i in event.get("quantities") or () if 0 <= i < len(quantities)]
    if linked:
        return linked
    start, end = sentence_bounds(
        payload.get("text") or "", event.get("start", 0), event.get("end", 0)
    )
    return [q for q in quantities if start <= q.get("start", -1) and q.get("end", end + 1) <= end]


def toll_unit(quantities: Sequence[Mapping[str, Any]]) -> str | None:
    """The unit of the event's first toll: whom its dead, wounded or captured are."""
    return next(
        (
            q.get("unit")
            for q in quantities
            if q.get("measure") in VICTIM_MEASURES and q.get("unit")
        ),
        None,
    )


def counts_its_acts(event: Mapping[str, Any], quantities: Sequence[Mapping[str, Any]]) -> bool:
    """The report counts several of the acts it tells ("repelled 23 assaults": its trigger is
    the counted unit; "shelled the town 31 times"), so it is a tally of acts, not one."""
    trigger = (event.get("trigger") or "").lower()
    return any(
        (q.get("unit") or "").lower() in {trigger, *REPEAT_UNITS} and (q.get("value") or 0) > 1
        for q in quantities
        if q.get("measure") not in VICTIM_MEASURES
    )
