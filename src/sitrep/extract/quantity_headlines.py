"""Headline counts told with a bare verb: "more than 130,000 flee border", "20,000 flee homes",
"Shelling kills at least 14 in camp".

Headlines drop the noun and the tagger then reads "flee" as one ("130,000 flee border": a unit
"flee border"). No count is of "flees"; the count is of the people who fled, as a reader takes it.
Likewise a headline's "kills" is often tagged a plural noun, and the count after it loses its
verb: a bare count right after a casualty verb is of the people it harmed.
"""

from __future__ import annotations

import dataclasses
import re

from sitrep.extract.quantity_types import CASUALTY_WORDS
from sitrep.model import Quantity

# Verb forms the tagger takes for a noun after a headline's number, and the fate each tells.
HEADLINE_VERBS = {"flee": "displaced", "die": "killed"}
# A casualty verb right before a bare count: "kills at least 14", "wounds 20".
VERB_BEFORE = re.compile(
    r"\b(?P<verb>kills|kill|killed|wounds|wound|wounded|injures|injure|injured|displace)\s+$",
    re.IGNORECASE,
)


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
        found.append(_after_casualty_verb(text, quantity))
    return found


def _after_casualty_verb(text: str, quantity: Quantity) -> Quantity:
    """ "Shelling kills at least 14": a bare count after a casualty verb the parse missed."""
    if quantity.unit is not None or quantity.measure != "other":
        return quantity
    verb = VERB_BEFORE.search(text[max(0, quantity.start - 20) : quantity.start])
    if verb is None:
        return quantity
    fate = CASUALTY_WORDS[verb["verb"].lower()]
    return dataclasses.replace(quantity, unit="people", measure=fate)
