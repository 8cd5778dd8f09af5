"""Who vouches for an event: the sources of the act and of its toll.

"The Guards said the attack answered Israeli strikes on Natanz, which Iranian officials said
killed 78 people": the Guards tell the strikes, but the 78 dead are the officials' figure. An
event lists the attributions whose claim holds its trigger and those whose claim holds the count
it took as its toll, so a reader sees who gave the number.
"""

from __future__ import annotations

from collections.abc import Sequence

from sitrep.model import Attribution, Quantity


def vouching_attributions(
    attributions: Sequence[Attribution],
    trigger_start: int,
    counted: Sequence[Quantity],
    tolls: tuple[float | None, ...],
) -> tuple[int, ...]:
    """Indexes of the attributions whose claim holds the trigger or a count of `counted` that
    gave one of the event's `tolls` (killed, injured)."""
    toll_starts = [q.start for q in counted if q.value is not None and q.value in tolls]
    return tuple(
        i
        for i, a in enumerate(attributions)
        if any(a.claim.start <= at < a.claim.end for at in (trigger_start, *toll_starts))
    )
