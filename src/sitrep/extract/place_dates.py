"""A region or country the tagger swallowed into a date: "a state of emergency in Amhara in
August 2023" comes out with "Amhara" (or "Amhara in August") tagged DATE.

Only a name the gazetteer knows as a country or first-level region, written before "in <month>",
is taken back: a town's name is too often a word, and a date never starts with a region.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from sitrep.extract.place_candidates import Mention
from sitrep.extract.place_names import capitalised, lookup, mention_of, span_text
from sitrep.extract.time_calendar import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

    from sitrep.gazetteer.query import Gazetteer

REGION_LEVELS = frozenset({"PCLI", "ADM1"})
CALENDAR_WORDS = frozenset({*MONTHS, *WEEKDAYS})


def place_before_a_month(ent: SpacySpan, gazetteer: Gazetteer) -> Iterator[Mention]:
    """The region or country that opens a DATE entity and is followed by "in <month>"."""
    tokens = []
    for token in ent:
        if not capitalised(token) or token.lower_ in CALENDAR_WORDS:
            break
        tokens.append(token)
    doc = ent.doc
    end = tokens[-1].i + 1 if tokens else 0
    if not tokens or end + 1 >= len(doc) or doc[end].lower_ != "in":
        return
    if doc[end + 1].lower_ not in MONTHS:
        return
    regions = tuple(e for e in lookup(gazetteer, span_text(tokens)) if e.level in REGION_LEVELS)
    if regions:
        yield mention_of(tokens, regions)
