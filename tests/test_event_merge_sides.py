"""Two sides' acts told in turn in one sentence stay two events; one side's steps and true
restatements still join (`event_merge_sides`, read by `event_merge` and `event_sequences`).
Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extract.event_merge import Draft, merge_restatements
from sitrep.extract.event_merge_sides import doer_of, other_doers, sides_in_turn
from sitrep.model import Event

PUBLISHED = "2025-03-14"


def linked_pairs(text: str) -> list[tuple[str, str | None]]:
    """Each event's trigger and the trigger of the event it is linked to."""
    events = sitrep.extract(text, published=PUBLISHED).events
    return [
        (e.trigger or "", None if e.duplicate_of is None else events[e.duplicate_of].trigger)
        for e in events
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Rebels shelled Goma before government troops attacked Goma.",  # other camps
        "Rebels shelled Goma on Monday, then the army attacked Goma.",
        "Troops attacked Goma after rebels shelled Goma.",
        "Troops attacked Goma after the rebels shelled it.",
        "Militants attacked the base in Kidal, then the army shelled the militants in Kidal.",
        "Hamas fighters fired rockets from Rafah while Israeli jets struck Rafah.",  # two names
        "M23 rebels shelled Goma after Congolese troops attacked M23 positions in Goma.",
    ],
)
def test_two_sides_acts_told_in_turn_stay_two(text: str) -> None:
    pairs = linked_pairs(text)
    assert len(pairs) == 2
    assert all(original is None for _, original in pairs)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The rebels shelled Goma on Monday, then they stormed Goma.", "shelled", "stormed"),
        ("Russian missiles struck Kharkiv after Russian drones hit Kharkiv.", "struck", "hit"),
        ("Shells hit Goma after a drone struck Goma.", "hit", "struck"),  # no side named
        ("A bomb hit the market, and gunmen then stormed the hall.", "hit", "stormed"),
    ],
)
def test_one_sides_acts_told_in_turn_still_join(text: str, first: str, second: str) -> None:
    assert (second, first) in linked_pairs(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "first", "second", "apart"),
    [
        ("Rebels shelled the town before government troops stormed it.", "shelled", "stormed", 1),
        (
            "Police arrested ten protesters after protesters attacked police.",
            "arrested",
            "attacked",
            1,
        ),
        ("Ukrainian drones hit a depot while Russian jets bombed a bridge.", "hit", "bombed", 1),
        ("Rebels shelled the town before they stormed it.", "shelled", "stormed", 0),
        ("Rebels shelled the town before storming it.", "shelled", "storming", 0),
        ("A bomber blew himself up, and gunmen then stormed the hotel.", "blew", "stormed", 0),
        ("Rebels shelled the town and government troops stormed it.", "shelled", "stormed", 0),
    ],
)
def test_other_doers_need_a_word_of_turn_and_two_named_doers(
    nlp, text: str, first: str, second: str, apart: int
) -> None:
    doc = nlp(text)
    events = [
        Event(text.index(word), text.index(word) + len(word), "attack", trigger=word)
        for word in (first, second)
    ]
    assert sides_in_turn(events, doc) == ({(0, 1)} if apart else set())


@pytest.mark.model
def test_a_pronoun_or_borrowed_subject_names_no_doer(nlp) -> None:
    doc = nlp("Rebels shelled the town before they stormed it.")
    shelled, stormed = doc[1], doc[6]
    doer = doer_of(shelled)
    assert doer is not None and doer.camp == "armed"
    assert doer_of(stormed) is None
    assert not other_doers(shelled, stormed)


@pytest.mark.model
def test_the_merge_itself_refuses_the_other_sides_act(nlp) -> None:
    """Two drafts alike in all but their doers: without the parse they join, with it they don't."""
    text = "Troops attacked the village after rebels shelled the village."
    doc = nlp(text)
    drafts = [
        Draft(
            Event(text.index(word), text.index(word) + len(word), "attack", trigger=word),
            False,
            text.index(word),
            kinds=frozenset({word}),
            back_reference=word == "shelled",  # as "the village" would make it
        )
        for word in ("attacked", "shelled")
    ]
    assert merge_restatements(drafts)[1].duplicate_of == 0
    assert merge_restatements(drafts, doc)[1].duplicate_of is None
