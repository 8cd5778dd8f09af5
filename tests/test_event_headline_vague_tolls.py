"""A headline with a vague toll ("killing dozens") told again by a body sentence with a count:
the body's act is the event, with its count and its source, and the headline points to it,
whether or not the headline names the town. Sentences are invented."""

from __future__ import annotations

import dataclasses

import pytest

import sitrep
from sitrep.extract.event_headline_tolls import with_headline_details
from sitrep.extract.event_merge import Draft, merge_restatements
from sitrep.model import Event, EventPlace

PUBLISHED = "2025-03-14"  # a Friday
TOWN = EventPlace("Strelsau", 45.2, 20.3, "PPL", country="RU", admin1="Central")


def draft(start: int, killed: float, hedge: str, *, headline: bool = False) -> Draft:
    event = Event(start, start + 5, "attack", place=TOWN, killed=killed, weapon=("missile",))
    event = dataclasses.replace(event, killed_hedge=hedge, attributions=() if headline else (0,))
    return Draft(event, False, start, headline=headline)


@pytest.mark.parametrize(
    ("body", "killed", "hedge"),
    [
        (draft(40, 27, "lower_bound"), 27, "lower_bound"),  # "at least 27" over "dozens"
        (draft(40, 30, "exact"), 30, "exact"),
    ],
)
def test_the_body_event_keeps_its_count_over_a_vague_headline(body, killed, hedge):
    headline = draft(0, 12, "vague", headline=True)
    first, second = merge_restatements([headline, body])
    assert (first.duplicate_of, second.duplicate_of) == (1, None)
    assert (second.killed, second.killed_hedge, second.attributions) == (killed, hedge, (0,))


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ((12, "vague"), (11, "exact"), (11, "exact")),  # "dozens" over "killing 11 people"
        ((20, "vague"), (5, "lower_bound"), (5, "lower_bound")),  # "scores" over "at least 5"
        ((12, "vague"), (None, None), (12, "vague")),  # the body counts none: unchanged
        ((12, "exact"), (6, "lower_bound"), (12, "exact")),  # "kills 12" over "at least six"
        ((20, "vague"), (12, "vague"), (20, "vague")),  # both vague: unchanged
    ],
)
def test_a_vague_headline_count_never_replaces_a_body_count(headline, body, expected):
    top = dataclasses.replace(draft(0, 0, "").event, killed=headline[0], killed_hedge=headline[1])
    told = dataclasses.replace(draft(40, 0, "").event, killed=body[0], killed_hedge=body[1])
    merged = with_headline_details(told, top)
    assert (merged.killed, merged.killed_hedge) == expected


def test_a_headline_naming_the_town_stays_the_event_over_a_body_naming_the_area():
    area = EventPlace("Central", 45.0, 20.0, "region", country="RU")
    headline = draft(0, 12, "vague", headline=True)
    body = dataclasses.replace(
        draft(40, 27, "lower_bound"),
        event=dataclasses.replace(draft(40, 27, "lower_bound").event, place=area),
    )
    first, second = merge_restatements([headline, body])
    assert (first.duplicate_of, second.duplicate_of, first.killed) == (None, 0, 27)


def test_a_count_replaces_a_vague_one_in_a_body_restatement():
    first = draft(0, 12, "vague")
    later = draft(40, 27, "lower_bound")
    merged = merge_restatements([first, later])
    assert (merged[0].killed, merged[0].killed_hedge, merged[1].duplicate_of) == (
        27,
        "lower_bound",
        0,
    )


def canonical(text: str) -> list[tuple[float | None, str | None, bool]]:
    events = sitrep.extract(text, published=PUBLISHED).to_json()["events"]
    return [
        (e["killed"], e["killed_hedge"], bool(e["attributions"]))
        for e in events
        if e["duplicate_of"] is None
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the headline names the town: the body's count and source still win
            "Missile strike hits school in Zaporizhzhia, killing dozens\n\nA missile strike hit "
            "a school in Zaporizhzhia on Tuesday, killing at least 27 people, regional officials "
            "said.",
            [(27.0, "lower_bound", True)],
        ),
        (  # no town in the headline: unchanged
            "Missile strike on school kills dozens\n\nA missile strike hit a school in "
            "Zaporizhzhia on Tuesday, killing at least 27 people, regional officials said.",
            [(27.0, "lower_bound", True)],
        ),
        (  # a body count under the twelve "dozens" stands for: still the body's
            "Drone strike kills dozens in Kherson\n\nA drone hit a bus in Kherson on Sunday, "
            "killing 9 people, officials said.",
            [(9.0, "exact", True)],
        ),
    ],
)
def test_a_vague_headline_points_to_the_body_event(text, expected):
    assert canonical(text) == expected
