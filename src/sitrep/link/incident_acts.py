"""Whether two reports that agree on type, day, place and sides still tell two different acts.

`events.compatibility` joins reports by what they share; what they count can tell them apart:

- a report counting the acts themselves ("repelled 23 assaults in the past day") tells a tally
  of many attacks, none of which is the one attack another report tells; two outlets' copies
  of one tally (the same count, or one uncounted) still tell one;
- a toll of civilians and a toll of soldiers count different dead, so they are different acts
  ("three civilians killed in shelling" is not "killed up to 450 soldiers"); but not when
  either names both sides, nor when the counts agree or other sources give them ("20
  militants" says the army, "20 civilians" the villagers: one toll, disputed);
- a report dated by a span of days that says it counts over it ("killed 450 soldiers over the
  past week", "took 40 square kilometres this month") is a period's total, not one day's act
  nor an undated one that another report tells; a coarse date alone ("a strike in March
  killed 40") is one act told loosely;
- a seizure of territory is a seizure of its place: two different named towns taken are two
  seizures, however near each other they lie.

Why a module of its own: events.py is full, and these are the incident's own tests of what it
counts, apart from the matching of places, days and names there.
"""

from __future__ import annotations

import re

from sitrep.link.dates import date_interval
from sitrep.link.entities import fold
from sitrep.link.records import EventRecord

# Coarse sides of a toll's victims: a civilian toll and a combatant toll never count the same
# dead. Words naming neither ("people", "bodies") fit both.
# Folded as `fold` folds the unit (doubled letters collapsed: "troops" is read "trops").
CIVILIAN_WORDS = frozenset(
    fold(word)
    for word in (
        "civilian",
        "civilians",
        "resident",
        "residents",
        "child",
        "children",
        "villager",
        "villagers",
    )
)
COMBATANT_WORDS = frozenset(
    fold(word)
    for word in (
        "soldier",
        "soldiers",
        "troop",
        "troops",
        "servicemen",
        "serviceman",
        "service members",
        "personnel",
        "fighters",
        "militants",
        "combatants",
        "policemen",
        "police officers",
    )
)

# Words of a sentence saying its figure is counted over a span, not on one day.
SPAN_COUNTED = re.compile(
    r"\b(?:over|in|during|throughout)\s+the\s+(?:past|last|previous)\b"
    r"|\b(?:this|that|the\s+whole|the\s+entire)\s+(?:week|month|year|quarter)\b"
    r"|\bsince\s+the\s+(?:start|beginning)\b|\bso\s+far\b|\bin\s+total\b"
    r"|\b(?:total|overall|cumulative|combined)\b",
    re.IGNORECASE,
)

# Events whose place is what they are about: taking one town is not taking the town next to it.
PLACE_TAKING_TYPES = frozenset({"seize_territory", "retake_territory"})


def victims_side(unit: str | None) -> str | None:
    """Whose dead a toll's unit counts, "civilians" or "combatants", else None (unknown)."""
    words = fold(unit or "").split()
    if not words:
        return None
    last = words[-1]
    if last in CIVILIAN_WORDS:
        return "civilians"
    if last in COMBATANT_WORDS or " ".join(words[-2:]) in COMBATANT_WORDS:
        return "combatants"
    return None


def tells_other_acts(a: EventRecord, b: EventRecord) -> bool:
    """Two reports of one type, day and place that still tell different acts (module doc)."""
    return (
        _other_tallies(a, b)
        or _other_victims(a, b)
        or _period_total_and_day(a, b)
        or _period_total_and_day(b, a)
        or _other_places_taken(a, b)
    )


def _other_tallies(a: EventRecord, b: EventRecord) -> bool:
    """One report is a tally of acts and the other not, or both tallies of different counts."""
    if a.acts_counted != b.acts_counted:
        return True
    return (
        a.acts_counted
        and a.acts_count is not None
        and b.acts_count is not None
        and a.acts_count != b.acts_count
    )


def _other_victims(a: EventRecord, b: EventRecord) -> bool:
    """Tolls of one side each, the sides different, the counts different, from the same
    sources (or unsourced): two acts. Equal counts or other sources make one disputed toll."""
    first, second = _sides(a), _sides(b)
    if len(first) != 1 or len(second) != 1 or first == second:
        return False
    if a.killed is not None and a.killed == b.killed:
        return False
    return not (a.sources and b.sources and not set(a.sources) & set(b.sources))


def _sides(record: EventRecord) -> set[str]:
    units = record.toll_units or ((record.toll_unit,) if record.toll_unit else ())
    return {side for unit in units if (side := victims_side(unit))}


def _period_total_and_day(total: EventRecord, other: EventRecord) -> bool:
    """`total` counts something over a span of days its own date gives (a week, a month) and
    its sentence says so ("over the past week", "this month", "in total"), and `other` is not
    dated by that span (one day, no date, another span)."""
    spanned = date_interval(total.date)
    if spanned is None or spanned[0] == spanned[1] or not total.counts_something:
        return False
    return other.date != total.date and bool(SPAN_COUNTED.search(total.sentence))


def _other_places_taken(a: EventRecord, b: EventRecord) -> bool:
    if a.type not in PLACE_TAKING_TYPES or a.place is None or b.place is None:
        return False
    if not (a.place.name and b.place.name) or a.place.level != b.place.level:
        return False
    if a.place.gazetteer_id and a.place.gazetteer_id == b.place.gazetteer_id:
        return False
    return fold(a.place.name) != fold(b.place.name)
