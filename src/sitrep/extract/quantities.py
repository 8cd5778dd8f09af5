"""Quantities: how many, how much, how far, hedged the way the article hedges them.

Stages, in order, for one document:
1. find numerals in the text (digits, words, scales, a currency before them) and drop those that
   are not amounts: years, dates, clock times, ordinals, ages, names ("Group of Seven", "Big 12");
2. join pairs into ranges ("10-15", "between 3 and 5", "$89 to $93 billion");
3. read the unit after the number, or the counted noun from the parse ("12,000 troops");
4. read the hedge and the direction of change from the words before it;
5. say what it measures: a casualty verb or noun ("killing at least five") wins, then the unit.
Vague amounts ("thousands of troops") and single casualties ("killed a 14-year-old girl") are
found by their own patterns. Patterns work on the text; the parse is only consulted per hit, which
keeps this cheap enough to run on every article.

Modules: `quantity_numerals` (stages 1-2), `quantity_context` (3-5), `quantity_finders`
(fractions, vague amounts, single casualties), `quantity_revisions` (revised figures: "raised the
figure to 35,000"), `quantity_additions` ("as well as 28 civilians" shares the toll),
`quantity_places` (four provinces are no casualties), `quantity_headlines` ("130,000 flee"),
`quantity_lists` ("48 drones, including 21 over ..." are all drones), `quantity_cfa` (XOF or XAF),
`quantity_lei` (RON or MDL), `quantity_shares` ("two-thirds" of a group counts no casualty),
`quantity_tolls` ("the number of dead climbed to 95": a toll's level, read from the parse),
`quantity_elided_units` ("from 21 mpg to 23": a unit said once), `quantity_number_shapes`
("half a million", "500 crore", "50-plus"), `quantity_quotes` ('killed "dozens" of soldiers'),
`quantity_magnitudes` ("a 6.1 quake"), `quantity_types` (shared pieces); this one runs them in
order. A "one" that is the indefinite
article of an unnamed source ("One senior Ukrainian official told ...") is not a quantity: it
claims no count (`is_indefinite_source`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.numbers import parse_number
from sitrep.extract.quantity_additions import with_added_counts
from sitrep.extract.quantity_cfa import with_cfa_zone
from sitrep.extract.quantity_context import (
    CASUALTY_MEASURES,
    is_indefinite_source,
    read_change,
    read_hedge,
    read_measure,
    read_unit,
    share_units,
)
from sitrep.extract.quantity_elided_units import with_elided_units
from sitrep.extract.quantity_finders import (
    find_fractions,
    find_vague,
    inside_any,
    single_casualties,
)
from sitrep.extract.quantity_headlines import with_headline_verbs_read
from sitrep.extract.quantity_lei import with_lei_country
from sitrep.extract.quantity_lists import with_listed_counts
from sitrep.extract.quantity_numerals import find_numerals, join_ranges
from sitrep.extract.quantity_places import without_place_casualties
from sitrep.extract.quantity_revisions import (
    with_earlier_levels,
    with_revised_counts,
    with_revisions_down,
    without_denied_counts,
)
from sitrep.extract.quantity_shares import without_share_casualties
from sitrep.extract.quantity_tolls import toll_group
from sitrep.extract.quantity_types import Draft, TokenIndex
from sitrep.model import Quantity

if TYPE_CHECKING:
    from sitrep.extract.context import DocContext

__all__ = ["extract_quantities", "parse_number"]


def extract_quantities(ctx: DocContext) -> list[Quantity]:
    """Every amount in the article outside credits, bylines and boilerplate, in text order."""
    text = ctx.text
    tokens = TokenIndex(ctx.doc)
    fractions = find_fractions(text)
    numerals = [n for n in find_numerals(text, tokens) if not inside_any(n, fractions)]
    drafts = [*join_ranges(text, numerals), *find_vague(text, numerals), *fractions]
    built = [(d, build_quantity(text, tokens, d)) for d in drafts]
    shared = with_listed_counts(text, with_elided_units(text, share_units(text, built)))
    shared = without_denied_counts(text, with_revised_counts(text, shared))
    shared = with_earlier_levels(text, with_revisions_down(text, shared))
    shared = without_place_casualties(with_added_counts(text, shared))
    shared = with_cfa_zone(text, with_headline_verbs_read(text, shared))
    shared = without_share_casualties(text, with_lei_country(text, shared), fractions)
    found = [q for q in shared if not ctx.is_silent(q.start, q.end)]
    singles = single_casualties(text, tokens)
    found.extend(q for q in singles if not ctx.is_silent(q.start, q.end))
    return drop_overlaps(found)


def build_quantity(text: str, tokens: TokenIndex, draft: Draft) -> Quantity | None:
    """Read the unit, hedge, change and measure around a draft and make the Quantity."""
    read_unit(text, tokens, draft)
    hedge_start = read_hedge(text, draft, tokens)
    change = read_change(text, draft, hedge_start, tokens)
    unit_name = draft.unit.name if draft.unit else draft.counted
    measure = read_measure(text, tokens, draft)
    if is_indefinite_source(text, tokens, draft, measure):
        return None
    if measure in CASUALTY_MEASURES and unit_name is None:
        number = tokens.doc[draft.head] if draft.head is not None else tokens.at(draft.last.start)
        unit_name = (toll_group(number) if number is not None else None) or "people"
    value, low, high = quantity_values(draft)
    start = hedge_start
    return Quantity(
        start=start, end=draft.end, text=text[start : draft.end], value=value, low=low,
        high=high, unit=unit_name, measure=measure, hedge=draft.hedge, change=change,
    )  # fmt: skip


def quantity_values(draft: Draft) -> tuple[float | None, float | None, float | None]:
    """(value, low, high) as SCHEMA.md fills them for each hedge."""
    first, last = draft.first.value, draft.last.value
    if draft.hedge == "range":
        return None, first, last
    if draft.hedge == "vague":
        return None, draft.vague_low, None
    if draft.hedge == "upper_bound":
        return first, None, first
    if draft.hedge == "lower_bound":
        return first, first, None
    return first, None, None


def drop_overlaps(quantities: list[Quantity]) -> list[Quantity]:
    """Text order; where two overlap, the longer one stays."""
    ordered = sorted(quantities, key=lambda q: (q.start, -(q.end - q.start)))
    kept: list[Quantity] = []
    for quantity in ordered:
        if kept and quantity.start < kept[-1].end:
            continue
        kept.append(quantity)
    return kept
