"""A toll told in the sentence after an event is lent to it only when that sentence continues it:
not across another year, an earlier day or another kind of occasion than the event names; a
later update of the same toll still continues it. Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extract.event_toll_scope import _dated_apart, _period
from sitrep.model import TimeExpr

PUBLISHED = "2025-03-14"  # a Friday


def first_attack_killed(text: str) -> float | None:
    events = sitrep.extract(text, published=PUBLISHED).events
    return next((e.killed for e in events if e.type in ("attack", "armed_clash")), None)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (  # another year
            "Riot police fired tear gas at marchers in Tahoua. "
            "At least 14 people died in election violence in 2019.",
            None,
        ),
        (  # "last year", across a paragraph
            "Soldiers fired on demonstrators in Dosso.\n\nAt least nine people died in unrest "
            "last year.",
            None,
        ),
        (  # an occasion of another kind
            "Troops shelled the village of Kalemie on Monday. "
            "Eight people died in a stampede at the market.",
            None,
        ),
        (  # a disaster named by the shared list of nature's harms, not a word kept here
            "Troops shelled the village of Kalemie on Monday. "
            "Eight people died in a tornado near the market.",
            None,
        ),
        (  # a new paragraph dated on its own after an undated event
            "Police fired tear gas at protesters in Zinder.\n\n"
            "Two guards died there in March 2022.",
            None,
        ),
        (  # the day the governor spoke dates the telling, not the dead
            "Militants fired rockets at the town of Bentiu overnight. "
            "At least five people were killed, the governor said on Friday.",
            5,
        ),
        (  # an election named, but not as what the dead fell in
            "Gunmen attacked a polling station near Kano on Saturday. "
            "Five voters were killed ahead of the elections.",
            5,
        ),
        (  # a year in a clause describing the dead
            "Gunmen attacked a camp near Bunia on Wednesday. "
            "Among the dead were six guards who had joined the force in 2018.",
            6,
        ),
        (  # a later update of the same toll, days after the strike
            "A drone strike hit a market in Mosul on Monday. "
            "The death toll rose to 11 on Thursday as rescuers searched the ruins.",
            11,
        ),
        (  # the event itself names the vote its dead fell in
            "Militiamen raided a polling centre in Gombe on Saturday. "
            "Four voters were killed during the vote.",
            4,
        ),
        (  # a day in a new paragraph dates the same undated attack
            "Gunmen attacked a mosque in Maiduguri.\n\nNine worshippers were killed on Tuesday.",
            9,
        ),
        (  # one sentence telling no event between the strike and its toll
            "A drone strike hit Lemvo on Monday. The mayor spoke to reporters. Officials, who "
            "called the strike a crime, said twelve people died.",
            12,
        ),
        (  # the toll's sentence does not name the strike again
            "A drone strike hit Lemvo on Monday. The mayor spoke to reporters. Twelve people "
            "died, officials said.",
            None,
        ),
        (  # a siege told as a state that has lasted months is no one occasion
            "The mayor blamed the militia that has besieged the town of Lemvo for months. "
            "Fourteen people were killed, medics said.",
            None,
        ),
        (  # two sentences between: too far to lend
            "A drone strike hit Lemvo on Monday. The mayor spoke to reporters. He wept. "
            "Twelve people died, officials said.",
            None,
        ),
    ],
)
def test_a_toll_in_the_next_sentence_is_lent_only_when_it_continues_the_event(text, killed):
    assert first_attack_killed(text) == killed


def at(value: str) -> TimeExpr:
    return TimeExpr(0, 1, "x", value)


@pytest.mark.parametrize(
    ("event_date", "told", "apart"),
    [
        (None, "2021", True),  # "in 2021" after an undated event
        (None, "2025-03", True),  # "in March": a month's count
        (None, "2025-W10", True),  # "last week"
        (None, "2025-03-12", False),  # a day may be the event's own
        ("2025-03-13TNI", "2025-03-14", False),  # overnight runs into the next day
        ("2025-03-13", "2025-03-10", True),  # three days apart
        ("2025-03-13", "2025-W11", False),  # the week holding the day
        ("2025-03-13", "2024", True),  # "last year"
        ("2025-03-13", "P2D", False),  # a duration is no period of the calendar
        ("2025-03-10", "2025-03-12", False),  # a later update of the toll
        ("2025-03-03", "2025-W11", False),  # a later week: still an update
        ("2025-01-13", "2025-03", True),  # a later month: another count
        ("2024-03-13", "2025", True),  # a later year
    ],
)
def test_a_time_sets_the_toll_apart_when_it_cannot_be_the_events(event_date, told, apart):
    assert _dated_apart(event_date, at(told)) == apart


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2021", "2021-01-01", "2021-12-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2025-W11", "2025-03-10", "2025-03-16"),
        ("2025-03-13TNI", "2025-03-13", "2025-03-13"),
    ],
)
def test_a_timeml_value_covers_its_days(value, first, last):
    period = _period(value)
    assert period is not None
    assert (period[0].isoformat(), period[1].isoformat()) == (first, last)
