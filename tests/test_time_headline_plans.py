"""A headline's bare "to" + verb is headline style for a plan, so its weekday is the coming one,
while a headline's present act is a deed done, dated within the week before the report (the
report's own day when the names match). Invented headlines; the report is dated Wednesday
2024-05-15."""

from __future__ import annotations

import datetime as dt

import pytest

import sitrep

pytestmark = pytest.mark.model

WEDNESDAY = dt.date(2024, 5, 15)
BODY = "\n\nOfficials gave no further details."


@pytest.mark.parametrize(
    ("headline", "phrase", "value"),
    [
        # a plan: the next such day
        ("Rebels to attack the port on Thursday", "Thursday", "2024-05-16"),
        ("Premier Okafor to visit the border on Friday", "Friday", "2024-05-17"),
        ("Army to withdraw troops from the valley by Monday", "Monday", "2024-05-20"),
        ("Opposition to hold rally Sunday", "Sunday", "2024-05-19"),
        # the day of a deed named inside the plan's object was before the plan
        ("Army to blame rebels for Monday attack", "Monday", "2024-05-13"),
        ("Government to compensate victims of Monday bombing", "Monday", "2024-05-13"),
        ("Police to question suspects in Monday shooting", "Monday", "2024-05-13"),
        # a deed done: the last such day, at most six days back
        ("Drones hit port on Thursday", "Thursday", "2024-05-09"),
        ("Gunmen kill 12 in village raid on Tuesday", "Tuesday", "2024-05-14"),
        ("Drones hit port on Wednesday", "Wednesday", "2024-05-15"),
        ("Missiles strike fuel depot on Saturday night", "Saturday night", "2024-05-11TNI"),
    ],
)  # fmt: skip
def test_a_headline_weekday_follows_its_form(
    make_context, headline: str, phrase: str, value: str
) -> None:
    from sitrep.extract.times import extract_times

    context = make_context(headline + BODY, published=WEDNESDAY)
    found = {t.text: t.value for t in extract_times(context)}
    assert found[phrase] == value


def test_a_body_infinitive_keeps_its_clause_tense(make_context) -> None:
    """Outside a headline, "to" + verb under a past clause is no plan of the report's."""
    from sitrep.extract.times import extract_times

    text = "Headline\n\nThe rebels tried to storm the port on Thursday, officials said."
    found = {t.text: t.value for t in extract_times(make_context(text, published=WEDNESDAY))}
    assert found["Thursday"] == "2024-05-09"


@pytest.mark.parametrize(
    ("headline", "trigger"),
    [
        ("Army to blame rebels for Monday attack", "attack"),
        ("Government to compensate victims of Monday bombing", "bombing"),
    ],
)
def test_a_deed_named_in_a_headline_plan_has_happened(headline: str, trigger: str) -> None:
    """The plan lies ahead; the attack it answers is done, on the last Monday."""
    events = sitrep.extract(headline + BODY, published=WEDNESDAY).events
    attack = next(e for e in events if e.trigger == trigger)
    assert (attack.date, attack.modality) == ("2024-05-13", "happened")
