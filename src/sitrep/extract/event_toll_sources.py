"""Who vouches for an event: the sources of the act and of its toll.

"The Guards said the attack answered Israeli strikes on Natanz, which Iranian officials said
killed 78 people": the Guards tell the strikes, but the 78 dead are the officials' figure. An
event lists the attributions whose claim holds its trigger and those whose claim holds the count
it took as its toll, so a reader sees who gave the number.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.extract.event_tolls import toll_counts
from sitrep.model import Attribution, Quantity

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

    from sitrep.extract.event_triggers import Trigger


def vouching_attributions(
    attributions: Sequence[Attribution],
    trigger: Trigger,
    sent: SpacySpan,
    counted: Sequence[Quantity],
) -> tuple[int, ...]:
    """Indexes of the attributions whose claim holds the trigger or the very count of `counted`
    the event's toll was taken from: by position, for another claim may hold the same number."""
    toll_starts = [q.start for q in toll_counts(sent, trigger.type, counted).values()]
    return tuple(
        i
        for i, a in enumerate(attributions)
        if any(a.claim.start <= at < a.claim.end for at in (trigger.start, *toll_starts))
    )
