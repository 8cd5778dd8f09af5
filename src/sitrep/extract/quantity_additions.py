"""Counts added to a toll: "277 people had been killed, most of them fighters, as well as 28
civilians".

The parser often hangs the added group on a word far from the verb, so the count reads as
"other". A group of people joined by "as well as" or "in addition to" to an earlier casualty
count of the same sentence shares its fate, as a reader takes it.
"""

from __future__ import annotations

import dataclasses
import re

from sitrep.extract.quantity_context import CASUALTY_MEASURES
from sitrep.extract.quantity_types import PERSON_NOUNS, TROOP_NOUNS
from sitrep.model import Quantity

ADDED = re.compile(r"\b(?:as well as|in addition to)\s*$", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.;!?]\s")


def with_added_counts(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """The quantities, each count of people added to an earlier toll given that toll's fate."""
    found: list[Quantity] = []
    for quantity in quantities:
        earlier = found[-1] if found else None
        if (
            earlier is not None
            and quantity.measure == "other"
            and earlier.measure in CASUALTY_MEASURES
            and _people(quantity.unit)
            and ADDED.search(text[max(0, quantity.start - 30) : quantity.start])
            and not SENTENCE_END.search(text, earlier.end, quantity.start)
        ):
            quantity = dataclasses.replace(quantity, measure=earlier.measure)
        found.append(quantity)
    return found


def _people(unit: str | None) -> bool:
    if unit is None:
        return False
    word = unit.split()[-1].lower()
    return word == "people" or word in TROOP_NOUNS or word.removesuffix("s") in PERSON_NOUNS
