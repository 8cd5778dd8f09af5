"""The quantities told in one sentence, with their places in the document's list.

Only a sentence's own numbers can be its events' tolls, and an event names its quantities by
their index in the document's list. A long article has thousands of numbers: scanning them all
for each event was quadratic, so they are found by bisection, as `event_dates.by_sentence` finds
times.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from sitrep.model import Quantity

if TYPE_CHECKING:
    from spacy.tokens import Span

Numbered = Sequence[tuple[int, Quantity]]


def quantities_by_sentence(quantities: Sequence[Quantity]) -> Callable[[Span], Numbered]:
    """A lookup of the quantities starting inside a sentence, each with its index in
    `quantities`, in the order of that list (the first count of a measure is the toll)."""
    ordered = sorted(enumerate(quantities), key=lambda item: item[1].start)
    starts = [q.start for _, q in ordered]

    def told_in(sent: Span) -> Numbered:
        low = bisect_left(starts, sent.start_char)
        high = bisect_left(starts, sent.end_char)
        return sorted(ordered[low:high])

    return told_in
