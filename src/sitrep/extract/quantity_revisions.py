"""Figures that revise or total an earlier one: "raising to 13 the number of soldiers killed",
"On Wednesday it raised the figure to more than 35,000", "put the number of displaced at 25,000".

A bare number there counts what the sentence points at: the noun and fate after "the number of"
that follows it, or, for "the figure" raised or revised to it, whatever the latest figure told
before counted (18,000 people displaced raised to 35,000 is 35,000 people displaced). Without this
the revised figure, often the news itself, would count nothing. A figure a correction denies
("six, not four") counts nothing: it is no second toll.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitrep.extract.quantity_types import CASUALTY_WORDS
from sitrep.model import Quantity

NUMBER_OF_AFTER = re.compile(
    r"\s+the (?:total )?(?:number|tally|count) of (?P<noun>[a-z]+)(?: (?P<fate>[a-z]+))?"
)
# "put the number of displaced at 25,000", "estimated the number of people killed in the raid at
# 41": the noun and fate before the figure.
NUMBER_OF_BEFORE = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating|gave|gives)"
    r" (?:the|its|their) (?:total )?(?:number|tally|count) of (?P<noun>[a-z]+)(?: (?P<fate>[a-z]+))?"
    r"(?: [^.;\d]{0,40})? at\s*$"
)
FIGURE_REVISED_BEFORE = re.compile(
    r"\b(?:raised|raising|revised|revising|put|putting|lifted|lifting|increased|updated)"
    r" (?:the|its|that|this) (?:figure|estimate|tally|number|count) (?:up )?to\s*$"
)
# A figure a correction or a contrast denies: "six people were killed, not four", "misstated the
# number killed as four", "An earlier version of this story said 40 people were killed".
DENIED_BEFORE = re.compile(
    r"(?:, not|\brather than|\binstead of"
    r"|\b(?:misstated|misreported|incorrectly (?:stated|reported|gave))\b[^.;]{0,60}\bas"
    r"|\b(?:earlier|previous) version of this (?:story|article|report)"
    r" (?:said|stated|reported|gave)(?: that)?)\s*$",
    re.IGNORECASE,
)
# "revised that toll down to 19", "lowered its estimate down to 40": a level, but one the sentence
# tells as a fall. A bare "down to" is no change ("boiling down to $21"), nor "up to" (a bound).
REVISED_DOWN_BEFORE = re.compile(
    r"\b(?:(?:revised|revising|revises|lowered|lowering|scaled|cut|cutting|brought|bringing|marked)"
    r"\b(?:[^.;\d]{0,40}\bdown to|\s+down\b[^.;\d]{0,80}\bto)"
    # "lowered the death toll from the shelling to 27": a toll lowered (a forecast "lowered its
    # guidance to $84 billion" is a level, as NewsQuant reads it), or a count lowered ("lowered
    # the number of dead to 27")
    r"|\b(?:lowered|lowering|lowers|reduced|reducing|reduces)\s+(?:the|its|their|that)"
    r"\s+(?:(?:death\s+)?(?:toll|tally)|(?:number|count)\s+of)\b[^.;\d]{0,80}\bto)\s*$",
    re.IGNORECASE,
)
# The earlier level a figure rose or fell from: "45,000 people had left, up from 3,000 families
# reported a day earlier", "1.2 million, up from an earlier estimate of 850,000".
EARLIER_LEVEL_BEFORE = re.compile(
    r"\b(?:up|down)\s+from\s+(?:(?:an?|the|its|their)\s+)?(?:(?:earlier|previous|initial)\s+)?"
    r"(?:(?:estimate|figure|count|tally|toll)\s+of\s+)?$",
    re.IGNORECASE,
)
# A figure a revision moved away from: "revising down the figure of 10 given by police", "revised
# up its earlier estimate of 40", or the earlier level a count rose or fell from ("down from 10").
SUPERSEDED_BEFORE = re.compile(
    r"\b(?:revis(?:ed|es|ing)|correct(?:ed|s|ing)|lower(?:ed|s|ing)|rais(?:ed|es|ing))"
    r"\s+(?:(?:down|up|downward|upward)\s+)?(?:the|its|their|an?|that)\s+"
    r"(?:(?:earlier|previous|initial|original|prior)\s+)?"
    r"(?:figure|estimate|toll|tally|count|number)\s+of\s*$"
    r"|" + EARLIER_LEVEL_BEFORE.pattern,
    re.IGNORECASE,
)
DURATION_UNITS = frozenset({"hour", "day", "week", "month", "year"})
# How far back in its sentence the later level may have been told.
LEVEL_WITHIN = 120
# Fates that stand for the people who suffered them: "the number of dead", "of displaced".
FATE_ADJECTIVES = frozenset({"dead", "missing", "homeless"})
CASUALTY_FATES = frozenset({"killed", "injured", "missing", "displaced", "detained"})
# How far back the figure being revised may have been told.
REVISED_WITHIN = 600


def with_revised_counts(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """`quantities` with bare revised figures given the noun and fate they count."""
    out = list(quantities)
    for i, quantity in enumerate(out):
        if quantity.unit is not None or quantity.measure != "other":
            continue
        counted = NUMBER_OF_AFTER.match(text, quantity.end)
        if counted is not None:
            fate = CASUALTY_WORDS.get(counted.group("fate") or "", "other")
            out[i] = replace(quantity, unit=counted.group("noun"), measure=fate)
        elif put := NUMBER_OF_BEFORE.search(text[max(0, quantity.start - 120) : quantity.start]):
            out[i] = _counted_before(quantity, put.group("noun"), put.group("fate"))
        elif FIGURE_REVISED_BEFORE.search(text[max(0, quantity.start - 60) : quantity.start]):
            earlier = _figure_before(out[:i], quantity.start)
            if earlier is not None:
                out[i] = replace(quantity, unit=earlier.unit, measure=earlier.measure)
    return out


def with_earlier_levels(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """`quantities` with the earlier level a casualty figure rose or fell from counting the same
    fate: "some 45,000 people had left the camp in three days, up from 3,000 families" (3,000
    displaced)."""
    out = list(quantities)
    for i, earlier in enumerate(out):
        if earlier.measure != "other":
            continue
        if not EARLIER_LEVEL_BEFORE.search(text[max(0, earlier.start - 60) : earlier.start]):
            continue
        later = _casualty_before(text, out[:i], earlier.start)
        if later is not None and _unit_alike(earlier, later):
            out[i] = replace(earlier, unit=earlier.unit or later.unit, measure=later.measure)
    return out


def _casualty_before(text: str, told: list[Quantity], start: int) -> Quantity | None:
    """The figure told last before in the same sentence, not far back, if it is a casualty's."""
    for quantity in reversed(told):
        gap = text[quantity.end : start]
        if len(gap) > LEVEL_WITHIN or re.search(r"[.;!?]\s", gap):
            return None
        if quantity.unit not in DURATION_UNITS:  # "in the past three days" lies between
            return quantity if quantity.measure in CASUALTY_FATES else None
    return None


def _unit_alike(earlier: Quantity, later: Quantity) -> bool:
    """A bare figure or a count of a group, not an amount of another measure ("20%")."""
    unit = earlier.unit
    return (
        unit is None
        or unit == later.unit
        or (unit.isalpha() and unit.islower() and unit.endswith("s"))
    )


def superseded(text: str, quantity: Quantity) -> bool:
    """The figure is one a revision replaced ("had reached nine, revising down the figure of 10",
    "rose to 12, up from 10"): a step in the count's history, never an event's toll."""
    return bool(SUPERSEDED_BEFORE.search(text[max(0, quantity.start - 80) : quantity.start]))


def with_revisions_down(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """`quantities` with a figure a revision lowered to ("revised the toll down to 19") told as
    a fall."""
    return [
        replace(q, change="down")
        if q.change is None and REVISED_DOWN_BEFORE.search(text[max(0, q.start - 120) : q.start])
        else q
        for q in quantities
    ]


def without_denied_counts(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """`quantities` with a figure the article denies counting nothing: "At least six people were
    killed, not four" tells no second toll, and a correction's "misstated the number killed as
    four" or "an earlier version of this story said 40" tells the wrong one."""
    return [
        replace(q, measure="other")
        if q.measure != "other" and DENIED_BEFORE.search(text[max(0, q.start - 80) : q.start])
        else q
        for q in quantities
    ]


def _counted_before(quantity: Quantity, noun: str, fate: str | None) -> Quantity:
    """The figure as a count of what "the number of" before it names: the displaced of "the
    number of displaced", the killed of "the number of people killed"."""
    measure = CASUALTY_WORDS.get(fate or "") or CASUALTY_WORDS.get(noun, "other")
    unit = "people" if noun in FATE_ADJECTIVES or noun.endswith("ed") else noun
    return replace(quantity, unit=unit, measure=measure)


def _figure_before(earlier: list[Quantity], start: int) -> Quantity | None:
    """The latest count of people told shortly before, which "the figure" points back to."""
    for quantity in reversed(earlier):
        if start - quantity.end > REVISED_WITHIN:
            return None
        if quantity.measure != "other" and quantity.unit is not None:
            return quantity
    return None
