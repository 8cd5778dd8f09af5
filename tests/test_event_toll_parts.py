"""Shares of a total toll told after it ("two of ours, one of theirs" after "three killed") are
linked to the total's event, so the ledger does not count the dead twice. Texts are invented."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extract.event_toll_parts import with_part_tolls_linked
from sitrep.model import Event


def clash(killed: float | None, injured: float | None = None, date: str | None = None) -> Event:
    return Event(start=0, end=1, type="attack", killed=killed, injured=injured, date=date)


def links(events: list[Event]) -> list[int | None]:
    return [e.duplicate_of for e in with_part_tolls_linked(events)]


def test_shares_that_add_up_to_the_total_are_linked_to_it() -> None:
    events = [clash(3, 9, "2025-09-18"), clash(2, 5), clash(1, 4, "2025-09-18")]
    assert links(events) == [None, 0, 0]


@pytest.mark.parametrize(
    "events",
    [
        [clash(3, 9), clash(2, 5), clash(2, 4)],  # 4 dead are no share of 3
        [clash(3, 9), clash(2, 5), clash(1, 3)],  # the wounded do not add up
        [clash(3), clash(3)],  # one count alone: a repeat or another act, not a share
        [clash(3, date="2025-09-18"), clash(2, date="2025-09-17"), clash(1)],  # another day
    ],
)
def test_counts_that_do_not_split_the_total_stay_apart(events: list[Event]) -> None:
    assert links(events) == [None] * len(events)


def test_what_pointed_to_a_share_points_to_the_total() -> None:
    repeat = Event(start=0, end=1, type="attack", duplicate_of=2)
    assert links([clash(3), clash(2), clash(1), repeat]) == [None, 0, 0, 0]


ARTICLE = """DORVIK, Sept 19 (Reuters) - Border guards from Molvania and Tarvia exchanged fire on \
Thursday near a disputed dam, killing at least three people and wounding nine, officials on both \
sides said.

Molvania's border service said Tarvian troops had opened fire on a Molvanian border post near the \
village of Ostrel. Two Molvanian border guards were killed and five were wounded, the service said.

Tarvia's foreign ministry said Molvanian forces had first fired on Tarvian farmers who were \
repairing a canal. One Tarvian farmer was killed and four others were wounded, a regional \
governor said.
"""


def test_each_sides_dead_after_the_total_are_not_counted_again() -> None:
    events = sitrep.extract(ARTICLE, published="2025-09-19").events
    canonical = [e for e in events if e.duplicate_of is None and e.killed is not None]
    assert [(e.killed, e.injured) for e in canonical] == [(3, 9)]


def test_a_share_already_linked_is_not_a_total_of_its_own() -> None:
    assert links([clash(6), clash(4), clash(2), clash(3), clash(1)]) == [None, 0, 0, None, None]


def test_shares_are_the_first_tolls_after_the_total() -> None:
    # 3 and 1 add up to 4, but the 2 told between is no share of it
    assert links([clash(4), clash(2), clash(3), clash(1)]) == [None, None, None, None]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed six herders in the Kaduna area on Tuesday. In a separate attack, bandits "
        "killed four farmers near Zaria. Elsewhere, a roadside bomb killed two traders in Jos.",
        "Artillery fire killed five people in Odesa on Tuesday. A drone strike killed three "
        "people in Poltava. Another strike killed two people in Chernihiv.",
    ],
)
def test_separate_attacks_whose_tolls_add_up_stay_apart(text: str) -> None:
    events = sitrep.extract(text, published="2025-05-08").events
    tolls = [e.killed for e in events if e.duplicate_of is None and e.killed is not None]
    assert sorted(tolls) == sorted(e.killed for e in events if e.killed is not None)
    assert len(tolls) == 3
