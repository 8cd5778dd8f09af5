"""Headline counts told with a bare verb: "more than 130,000 flee border", "20,000 flee homes".

Headlines drop the noun and the tagger then reads "flee" as one ("130,000 flee border": a unit
"flee border"). No count is of "flees"; the count is of the people who fled, as a reader takes it.
"""

from __future__ import annotations

import dataclasses

from sitrep.model import Quantity

# Verb forms the tagger takes for a noun after a headline's number, and the fate each tells.
HEADLINE_VERBS = {"flee": "displaced", "die": "killed"}


def with_headline_verbs_read(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """The quantities, each "N flee <noun>" counting people displaced, not "flee <noun>"."""
    found: list[Quantity] = []
    for quantity in quantities:
        unit = quantity.unit or ""
        first = unit.split()[0].lower() if unit else ""
        if first in HEADLINE_VERBS and quantity.text.endswith(f" {unit}"):
            end = quantity.end - len(unit) - 1
            quantity = dataclasses.replace(
                quantity, unit="people", measure=HEADLINE_VERBS[first], end=end,
                text=text[quantity.start : end],
            )  # fmt: skip
        found.append(quantity)
    return found
