"""Units a second figure leaves out because the sentence already said them.

News gives two figures of one thing and names the unit once: "economy went from 31 mpg
overall to 34" (a change told as from ... to, with words after the first figure), "the index
ended at 2,511.40 points while the broader one ended at 1,822.10", "exports grew by 3 percent
and imports by 2" (the same preposition before both). The bare figure takes its parallel's unit.
Only a figure with no unit of its own, in the same sentence, with nothing else counted between,
takes one, and only from a figure told the same way: a change after a level ("ended at 2,511.40
points, up by 8") keeps none, as in `quantity_context.share_units`; a "by" figure whose verb the
sentence leaves out ("rose by 3 percent and imports by 2") is a change told the same way.
A figure after "a day or" ("a day or two", "another striker or two") counts what the "a" named.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitrep.extract.units import unit_at
from sitrep.model import Quantity

# "from 31 mpg overall to 34", "from 90 kilowatts last year to 110": the frame of a change.
FROM_BEFORE = re.compile(r"\bfrom\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
FROM_TO_GAP = re.compile(r"^\s+(?:[a-z]+\s+){1,2}to\s+$")
# The preposition just before a figure (and its hedge): "by 2 percent", "at about 1,822".
PREPOSITION = re.compile(r"\b(?P<word>by|at)\s+(?:(?:about|around|nearly|almost|some)\s+)?$")
# "a day or two", "another striker or two": one thing named, then a few more of it.
ONE_THING_OR = re.compile(r"\b(?:a|an|another)\s+(?P<noun>[a-z]+)\s+or\s+$", re.IGNORECASE)
NOT_THINGS = frozenset({"few", "couple", "dozen", "hundred", "thousand", "million", "billion",
                        "lot", "bit", "little", "score", "number", "total", "further"})  # fmt: skip
SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")
REACH = 40  # how far back the words before a figure are read


def with_elided_units(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """`quantities` (in text order) with each bare figure given the unit its parallel names."""
    out = [_one_or_more(text, q) for q in quantities]
    for i in range(1, len(out)):
        if out[i].unit is not None:
            continue
        source = _from_to(text, out, i) or _same_preposition(text, out, i)
        if source is not None:
            out[i] = replace(out[i], unit=source.unit, measure=source.measure)
    return out


def _from_to(text: str, out: list[Quantity], i: int) -> Quantity | None:
    first = out[i - 1]
    lead = text[max(0, first.start - REACH) : first.start]
    if first.unit is None or not FROM_BEFORE.search(lead):
        return None
    return first if FROM_TO_GAP.match(text[first.end : out[i].start]) else None


def _same_preposition(text: str, out: list[Quantity], i: int) -> Quantity | None:
    """The nearest earlier figure in the sentence with a unit and the preposition `out[i]` has."""
    mine = _preposition(text, out[i])
    if mine is None:
        return None
    for earlier in reversed(out[:i]):
        if SENTENCE_BREAK.search(text[earlier.end : out[i].start]):
            return None
        if earlier.unit is not None and _preposition(text, earlier) == mine:
            gapped = out[i].change is None and mine == "by"  # "and imports by 3": no verb
            told_alike = (earlier.change is None) == (out[i].change is None)
            return earlier if gapped or told_alike else None
    return None


def _preposition(text: str, quantity: Quantity) -> str | None:
    found = PREPOSITION.search(text[max(0, quantity.start - REACH) : quantity.start])
    return found["word"].lower() if found else None


def _one_or_more(text: str, quantity: Quantity) -> Quantity:
    """ "a day or two": the bare figure counts days, the unit "a" named before "or"."""
    if quantity.unit is not None or quantity.hedge != "exact":
        return quantity
    one = ONE_THING_OR.search(text, max(0, quantity.start - REACH), quantity.start)
    if one is None or one["noun"].lower() in NOT_THINGS:
        return quantity
    named = unit_at(text, one.start("noun"))
    unit = named[0].name if named and named[1] == one.end("noun") else one["noun"].lower()
    return replace(quantity, unit=unit)
