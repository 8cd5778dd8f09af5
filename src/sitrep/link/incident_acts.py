"""Whether two reports that agree on type, day, place and sides still tell two different acts.

`events.compatibility` joins reports by what they share; what they count can tell them apart:

- a report counting the acts themselves ("repelled 23 assaults in the past day") tells a tally
  of many attacks, none of which is the one attack another report tells;
- a toll of civilians and a toll of soldiers count different dead, so they are different acts
  ("three civilians killed in shelling" is not "killed up to 450 soldiers");
- a report dated by a span of days that counts something over it ("killed 450 soldiers over the
  past week", "took 40 square kilometres over the past week") is a period's total, not one
  day's act nor an undated one that another report tells;
- a seizure of territory is a seizure of its place: two different named towns taken are two
  seizures, however near each other they lie.

Why a module of its own: events.py is full, and these are the incident's own tests of what it
counts, apart from the matching of places, days and names there.
"""

from __future__ import annotations

from sitrep.link.dates import date_interval
from sitrep.link.entities import fold
from sitrep.link.records import EventRecord

# Coarse sides of a toll's victims: a civilian toll and a combatant toll never count the same
# dead. Words naming neither ("people", "bodies") fit both.
CIVILIAN_WORDS = frozenset(
    {"civilian", "civilians", "resident", "residents", "child", "children", "villagers"}
)
COMBATANT_WORDS = frozenset(
    {
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
    }
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
        a.acts_counted
        or b.acts_counted
        or _other_victims(a, b)
        or _period_total_and_day(a, b)
        or _period_total_and_day(b, a)
        or _other_places_taken(a, b)
    )


def _other_victims(a: EventRecord, b: EventRecord) -> bool:
    first, second = victims_side(a.toll_unit), victims_side(b.toll_unit)
    return first is not None and second is not None and first != second


def _period_total_and_day(total: EventRecord, other: EventRecord) -> bool:
    """`total` counts something over a span of days its own date gives (a week, a month), and
    `other` is not dated by that span (one day, no date, another span)."""
    spanned = date_interval(total.date)
    if spanned is None or spanned[0] == spanned[1] or not total.counts_something:
        return False
    return other.date != total.date


def _other_places_taken(a: EventRecord, b: EventRecord) -> bool:
    if a.type not in PLACE_TAKING_TYPES or a.place is None or b.place is None:
        return False
    if not (a.place.name and b.place.name) or a.place.level != b.place.level:
        return False
    if a.place.gazetteer_id and a.place.gazetteer_id == b.place.gazetteer_id:
        return False
    return fold(a.place.name) != fold(b.place.name)
