"""A fraction of a group is a share, not a count: "roughly two-thirds had reached the town",
"about half of them children".

The fraction borrows the group's noun from the figure before it (two-thirds of 7,500 households),
but 0.67 households displaced or 0.5 people injured would be read as a toll of less than one. A
share keeps its value and unit, and counts no casualty: the toll is the whole group's figure.
When the fraction names that group with its figure ("Two-thirds of the 300 people killed"), the
share ends at the fraction and the figure stands as its own quantity, keeping the fate (300
killed); else the longer share would swallow the toll.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.model import Quantity

if TYPE_CHECKING:
    from sitrep.extract.quantity_types import Draft


def without_share_casualties(
    text: str, quantities: list[Quantity], fractions: list[Draft]
) -> list[Quantity]:
    """`quantities`, the fractions among them measuring no casualty and leaving the group's own
    figure to stand beside them."""
    fraction_ends = {draft.end: draft.first.end for draft in fractions}
    out: list[Quantity] = []
    for quantity in quantities:
        if quantity.end not in fraction_ends or not _share(quantity):
            out.append(quantity)
            continue
        group = _group_figure(quantity, quantities)
        if group is None:
            out.append(replace(quantity, measure="other"))
            continue
        end = fraction_ends[quantity.end]
        out.append(replace(quantity, end=end, text=text[quantity.start : end], measure="other"))
    return out


def _group_figure(share: Quantity, quantities: list[Quantity]) -> Quantity | None:
    """The count inside a share's span that names the whole group ("of the 300 people")."""
    return next(
        (
            q
            for q in quantities
            if q is not share
            and share.start < q.start
            and q.end <= share.end
            and q.value is not None
            and q.value >= 1
        ),
        None,
    )


def _share(quantity: Quantity) -> bool:
    return quantity.value is not None and 0 < quantity.value < 1
