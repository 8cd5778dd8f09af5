"""A fraction of a group is a share, not a count: "roughly two-thirds had reached the town",
"about half of them children".

The fraction borrows the group's noun from the figure before it (two-thirds of 7,500 households),
but 0.67 households displaced or 0.5 people injured would be read as a toll of less than one. A
share keeps its value and unit, and counts no casualty: the toll is the whole group's figure.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.model import Quantity

if TYPE_CHECKING:
    from sitrep.extract.quantity_types import Draft


def without_share_casualties(quantities: list[Quantity], fractions: list[Draft]) -> list[Quantity]:
    """`quantities`, the fractions among them measuring no casualty."""
    ends = {draft.end for draft in fractions}
    return [
        replace(q, measure="other") if q.end in ends and q.measure != "other" and _share(q) else q
        for q in quantities
    ]


def _share(quantity: Quantity) -> bool:
    return quantity.value is not None and 0 < quantity.value < 1
