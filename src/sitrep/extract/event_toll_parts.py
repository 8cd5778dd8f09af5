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

Separate acts' tolls can add up by chance ("five killed in one town; three in a separate attack
near another; elsewhere, two"), so shares must also be told as one: the first tolls after the
total, each within two sentences of the one before, at the total's place or none named, and not
set apart by "separate", "another" or "elsewhere".
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.extract.event_arguments import VIOLENT_TYPES
from sitrep.model import Event

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# How many shares a total is split into at most: sides, nationalities, towns.
MOST_PARTS = 4

# How many sentences on a share may be told after the toll before it (the side's claim between).
MOST_SENTENCES_APART = 2

# Words that tell a toll as another act, not a share of the one before.
APART_WORDS = frozenset({"separate", "separately", "another", "elsewhere"})


def with_part_tolls_linked(events: Sequence[Event], doc: Doc | None = None) -> list[Event]:
    """`events` with the shares of a total toll told after it linked to the total's event; with
    the article's `doc`, shares must also be told near the total and not as separate acts."""
    found = list(events)
    sentences = list(doc.sents) if doc is not None else None
    for i in range(len(found)):  # the current list: a share already linked is no total
        total = found[i]
        if not _counted(total):
            continue
        later = [j for j in range(i + 1, len(found)) if _counted(found[j])]
        parts = _shares(found, i, later, sentences)
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


def _shares(
    events: list[Event], i: int, later: list[int], sentences: list[Span] | None
) -> list[int]:
    """The run of at least two events, the first tolls told after the total `events[i]`, that
    splits its toll: no other toll between them."""
    total = events[i]
    run: list[int] = []
    before = i
    for j in later[:MOST_PARTS]:
        if not _may_share(total, events[j]) or not _told_as_share(events, before, j, sentences):
            return []
        run.append(j)
        before = j
        if len(run) >= 2 and _adds_up(total, [events[k] for k in run]):
            return run
    return []


def _told_as_share(events: list[Event], before: int, j: int, sentences: list[Span] | None) -> bool:
    """A share is told within two sentences of the toll before it and not as another act."""
    if sentences is None:
        return True
    starts = [sent.start_char for sent in sentences]
    part = bisect_right(starts, events[j].start) - 1
    if part - (bisect_right(starts, events[before].start) - 1) > MOST_SENTENCES_APART:
        return False
    return not any(t.lower_ in APART_WORDS for t in sentences[part])


def _may_share(total: Event, part: Event) -> bool:
    """A part tolls fewer dead than the total, at its place or none told, on its day or on none
    told."""
    if part.killed is None or total.killed is None or not 0 < part.killed < total.killed:
        return False
    if not _same_ground(total, part):
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


def _same_ground(total: Event, part: Event) -> bool:
    """The part names no place, or the total's place or its admin area: a share told "in Gao"
    after a total "in Mopti" is another act."""
    if part.place is None or part.place.name is None:
        return True
    if total.place is None:
        return False
    if part.place.name == total.place.name:
        return True
    return part.place.admin1 is not None and part.place.admin1 == total.place.admin1
