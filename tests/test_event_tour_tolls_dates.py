"""Tolls and dates from user tours: a fronted date dates a gerund's killing, a toll update's
"since" is the running total's and not the count's, a superseded figure is no toll, a rate's
"a day" is no stretch, a quoted phrase does not cut a clause from its tense, and a date in a
relative clause with its own subject dates that clause's act. Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extract.quantity_revisions import superseded
from sitrep.model import Quantity

PUBLISHED = "2026-03-11"  # a Wednesday


def events_of(text: str, published: str = PUBLISHED) -> list[sitrep.Event]:
    return list(sitrep.extract(text, published=published).events)


def first_of(text: str, types: tuple[str, ...]) -> sitrep.Event:
    return next(e for e in events_of(text) if e.type in types)


def test_a_fronted_date_dates_the_killing_a_gerund_subject_tells() -> None:
    text = "In May 2021, fighting along the frontier killed about 40 people on both sides."
    assert first_of(text, ("armed_clash", "attack")).date == "2021-05"


def test_a_toll_update_keeps_the_count_of_the_act_it_follows() -> None:
    text = (
        "Officials said three villagers were killed by artillery shelling in Dorvik on Monday "
        "evening, raising the toll since the start of the month to at least 15."
    )
    assert first_of(text, ("attack",)).killed == 3


def test_a_figure_revised_away_is_no_toll() -> None:
    text = (
        "Prosecutors said the number of civilians killed in the shelling since March 1 had reached "
        "at least seven, revising down the figure of 8 given by the governor on Tuesday."
    )
    event = first_of(text, ("attack",))
    assert (event.killed, event.killed_hedge) == (7, "lower_bound")


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("reached nine, revising down the figure of ", True),
        ("rose to 12, up from ", True),
        ("revised up its earlier estimate of ", True),
        ("raised the figure to ", False),
        ("at least ", False),
    ],
)
def test_a_superseded_figure_is_told_by_the_words_before_it(before: str, expected: bool) -> None:
    text = before + "10 people"
    quantity = Quantity(start=len(before), end=len(text), text="10 people", value=10.0)
    assert superseded(text, quantity) is expected


def day_values(text: str) -> list[str | None]:
    return [t.value for t in sitrep.extract(text, published=PUBLISHED).times]


def test_a_rate_told_of_an_act_going_on_is_no_stretch() -> None:
    text = "The clinic had been treating around 200 patients a day before the strike."
    assert "P1D" not in day_values(text)


def test_a_day_between_two_events_is_still_a_stretch() -> None:
    assert "P1D" in day_values("Police detained 40 protesters a day after the rally.")


def test_a_quoted_phrase_does_not_cut_a_clause_from_its_tense() -> None:
    text = (
        "The minister said on Monday that the port was ready to handle "
        '"a sharp rise" in traffic over the winter.'
    )
    times = sitrep.extract(text, published="2025-11-05").times
    assert [t.value for t in times if t.text == "the winter"] == ["2025-WI"]


def test_a_date_in_a_clause_with_its_own_subject_dates_that_clause() -> None:
    text = (
        "About 50 square kilometres had been retaken since March 7, roughly the area enemy "
        "forces had seized in late February, the army said."
    )
    retake = first_of(text, ("retake_territory",))
    assert retake.date != "2026-02"


def test_an_act_whose_own_day_is_unresolved_takes_no_other_clauses_day() -> None:
    text = (
        "The town was occupied by Tarvian forces in February 2022 and retaken by Molvania in a "
        "lightning counteroffensive in September that year."
    )
    events = sitrep.extract(text).events  # no publication date: "that year" stays unresolved
    retake = next(e for e in events if e.type == "retake_territory")
    assert retake.date != "2022-02"


def test_a_perfect_shared_by_a_joined_verb_is_not_dated_by_a_since_clause() -> None:
    text = (
        "The commander said Molvanian units had retaken the Ostrel district and liberated about "
        "60 square kilometers on the eastern bank since the counterattack began on March 7."
    )
    assert first_of(text, ("retake_territory",)).date != "2026-03-07"
