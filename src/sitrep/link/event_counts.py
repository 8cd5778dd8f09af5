"""What an event report counts, read from its payload for the ledger (`incident_acts`): the unit
of its toll ("civilians", "soldiers"), whether it counts the acts themselves ("repelled 23
assaults") and whether it counts anything at all.

Kept apart from records.py, which is full, and free of other link imports, which read records.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from sitrep.sentences import sentence_bounds

# Measures whose unit says whose people an event struck: its dead, wounded or captured.
VICTIM_MEASURES = ("killed", "injured", "detained")

# Units that count how often the act was done: "31 times".
REPEAT_UNITS = frozenset({"times"})

# What follows "three times" when it multiplies a figure rather than counting the acts:
# "three times as many as", "three times more", "three times the toll".
MULTIPLIER_AFTER = re.compile(
    r"\s*(?:as\b|more\b|less\b|fewer\b|higher\b|greater\b|larger\b|bigger\b|the\b|that\b)",
    re.IGNORECASE,
)


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


def toll_units(quantities: Sequence[Mapping[str, Any]]) -> tuple[str, ...]:
    """The units of all the event's tolls, each once in order: a report of "three soldiers and
    two civilians" killed counts both sides, whichever it names first."""
    units = (q.get("unit") for q in quantities if q.get("measure") in VICTIM_MEASURES)
    return tuple(dict.fromkeys(unit for unit in units if unit))


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


def counts_its_acts(
    event: Mapping[str, Any], quantities: Sequence[Mapping[str, Any]], text: str = ""
) -> bool:
    """The report counts several of the acts it tells ("repelled 23 assaults": its trigger is
    the counted unit; "shelled the town 31 times"), so it is a tally of acts, not one."""
    return acts_count(event, quantities, text) is not None


def acts_count(
    event: Mapping[str, Any], quantities: Sequence[Mapping[str, Any]], text: str = ""
) -> float | None:
    """How many acts the report counts (`counts_its_acts`), else None. "Three times as many
    as" (or "more", "the") multiplies a figure: it counts no acts. `text` is the article's,
    where the quantities' offsets point; without it "times" is read as a count."""
    trigger = (event.get("trigger") or "").lower()
    for q in quantities:
        if q.get("measure") in VICTIM_MEASURES or (q.get("value") or 0) <= 1:
            continue
        unit = (q.get("unit") or "").lower()
        if unit == trigger or (unit in REPEAT_UNITS and not _multiplies(q, text)):
            return float(q["value"])
    return None


def _multiplies(quantity: Mapping[str, Any], text: str) -> bool:
    end = quantity.get("end")
    return isinstance(end, int) and bool(MULTIPLIER_AFTER.match(text, end))
