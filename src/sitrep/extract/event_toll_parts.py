"""Tolls that are the parts of a total told before them: one incident, not three.

A report gives the total first and each side's share after: "Guards of the two states exchanged
fire on Thursday, killing at least three people and wounding nine", then "Two guards of one side
were killed and five wounded, its ministry said" and "One villager of the other side was killed
and four wounded, a governor said". The shares are the same dead counted by who lost them, so
the ledger must not add them to the total (3 + 2 + 1). Shares are told one after another and add
up to the total exactly: acts of violence told after the total, in a row, that happened on the
same day or on none, whose killed sum to its killed (and whose wounded, where all are told, sum
to its wounded), are linked to it (`duplicate_of`). A single later count is no share: it may be a
repeat or another act, which `event_merge` judges.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from sitrep.extract.event_arguments import VIOLENT_TYPES
from sitrep.model import Event

# How many shares a total is split into at most: sides, nationalities, towns.
MOST_PARTS = 4


def with_part_tolls_linked(events: Sequence[Event]) -> list[Event]:
    """`events` with the shares of a total toll told after it linked to the total's event."""
    found = list(events)
    for i, total in enumerate(found):
        if not _counted(total) or total.duplicate_of is not None:
            continue
        later = [j for j in range(i + 1, len(found)) if _counted(found[j])]
        parts = _shares(found, total, later)
        for j in parts:  # what pointed to a share now points to the total's event
            found = [
                dataclasses.replace(e, duplicate_of=i) if k == j or e.duplicate_of == j else e
                for k, e in enumerate(found)
            ]
    return found


def _counted(event: Event) -> bool:
    return (
        event.type in VIOLENT_TYPES
        and event.modality == "happened"
        and event.killed is not None
        and event.duplicate_of is None
    )


def _shares(events: list[Event], total: Event, later: list[int]) -> list[int]:
    """The first run of at least two later events, told in a row, that splits `total`'s toll."""
    for first in range(len(later)):
        run: list[int] = []
        for j in later[first : first + MOST_PARTS]:
            if not _may_share(total, events[j]):
                break
            run.append(j)
            if len(run) >= 2 and _adds_up(total, [events[k] for k in run]):
                return run
    return []


def _may_share(total: Event, part: Event) -> bool:
    """A part tolls fewer dead than the total, on the total's day or on none told."""
    if part.killed is None or total.killed is None or not 0 < part.killed < total.killed:
        return False
    if total.date is None or part.date is None:
        return True
    return part.date.startswith(total.date) or total.date.startswith(part.date)


def _adds_up(total: Event, parts: list[Event]) -> bool:
    """The parts' killed sum to the total's, and so do their wounded where all are told."""
    if sum(p.killed or 0.0 for p in parts) != total.killed:
        return False
    wounded = [p.injured for p in parts]
    if total.injured is None or any(w is None for w in wounded):
        return True
    return sum(w or 0.0 for w in wounded) == total.injured
