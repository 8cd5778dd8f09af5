"""Times of the shapes news writes around its own day, read against a report of Friday
2025-03-14: days before and after it ("the day before yesterday", "two weeks from now"), parts of
a month ("mid-March", "late last month"), a day of the month by its ordinal alone ("on the 9th"),
the report's date a year back ("this time last year"), quarters, fiscal years and spans of days.
Invented sentences; the values follow SCHEMA.md (TimeML TIMEX3)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.times import find_times

FRIDAY = dt.date(2025, 3, 14)

SENTENCES = [
    ("The ferry sank the day before yesterday off the cape.",
     [("the day before yesterday", "2025-03-12")]),
    ("The convoy left the depot a fortnight ago.", [("a fortnight ago", "2025-02-28")]),
    ("Raiders struck the market in the small hours of Sunday.", [("Sunday", "2025-03-09")]),
    ("The talks are due to resume in mid-March.", [("mid-March", "2025-03")]),
    ("The footbridge collapsed late last month.", [("late last month", "2025-02")]),
    ("This time last year the harbour was under blockade.",
     [("This time last year", "2024-03-14")]),
    ("The ministry expects exports to recover by this time next year.",
     [("this time next year", "2026-03-14")]),
    ("The governor vowed to reopen the road within 48 hours.", [("48 hours", "PT48H")]),
    ("The clinic will reopen on the 20th.", [("the 20th", "2025-03-20")]),
    ("The strike began on the 9th and is still going on.", [("the 9th", "2025-03-09")]),
    ("The referendum was held on the 30th.", [("the 30th", "2025-01-30")]),
    ("Flooding began on March 2. By the 9th, the valley was cut off.",
     [("March 2", "2025-03-02"), ("the 9th", "2025-03-09")]),
    ("The stoppage ran from February 26 to the 3rd.",
     [("February 26", "2025-02-26"), ("the 3rd", "2025-03-03")]),
    ("Observers doubt Sunday's runoff will be fair.", [("Sunday", "2025-03-16")]),
    ("The levee gave way on March 3. The following day, crews reached the farms.",
     [("March 3", "2025-03-03"), ("The following day", "2025-03-04")]),
    ("The mediator will return two weeks from now.", [("two weeks from now", "2025-03-28")]),
    ("The smelter should restart by year-end.", [("year-end", "2025")]),
    ("Shipments fell sharply in Q3.", [("Q3", "2024-Q3")]),
    ("The agency's budget for FY2024 was trimmed.", [("FY2024", "2024")]),
    ("Debt rose 4% in the 2021 fiscal year.", [("2021", "2021"), ("fiscal year", "2021")]),
    ("Schools will close from Monday to Wednesday.",
     [("Monday", "2025-03-17"), ("Wednesday", "2025-03-19")]),
    ("The militia pulled out three days ago.", [("three days ago", "2025-03-11")]),
    ("Villagers cast ballots last weekend.", [("last weekend", "2025-W10-WE")]),
    ("Ferries resumed on Tuesday night.", [("Tuesday night", "2025-03-11TNI")]),
    ("The drought set in during the autumn of 2023.", [("the autumn of 2023", "2023-FA")]),
    ("The mayor resigned earlier this month.", [("earlier this month", "2025-03")]),
    ("Grain deliveries stalled in early February.", [("early February", "2025-02")]),
    ("Negotiations collapsed at the end of last year.", [("the end of last year", "2024")]),
    ("Displaced families started arriving on Thursday morning.",
     [("Thursday morning", "2025-03-13TMO")]),
    ("Four years ago the garrison surrendered.", [("Four years ago", "2021")]),
    ("Prices climbed in the second quarter of 2024.",
     [("the second quarter of 2024", "2024-Q2")]),
    ("The envoy spoke to reporters earlier today.", [("earlier today", "2025-03-14")]),
    ("Dockers will strike on 3 and 4 April.", [("3", "2025-04-03"), ("4 April", "2025-04-04")]),
    ("Two barges sank over the last fortnight.", [("the last fortnight", "P2W")]),
    # "the Nth" after a named day: that month's in past narration, never past the report
    ("Militias seized the depot on March 11, after talks broke down on the 6th.",
     [("March 11", "2025-03-11"), ("the 6th", "2025-03-06")]),
    ("Fighters reached the bridge on March 12. Talks had stalled on the 4th.",
     [("March 12", "2025-03-12"), ("the 4th", "2025-03-04")]),
    # the first day of a pair takes the year the text frames for the second
    ("In 2021, strikes were held from 6 to 8 May.",
     [("2021", "2021"), ("6", "2021-05-06"), ("8 May", "2021-05-08")]),
    ("This time last year's winner was knocked out early.", [("last year", "2024")]),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_report_day_shapes(make_context, text: str, expected: list[tuple[str, str]]) -> None:
    from sitrep.extract.times import extract_times

    times = extract_times(make_context(text, FRIDAY))
    assert [(t.text, t.value) for t in times] == expected


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # an ordinal alone names a day only after a preposition and before no noun of its own
        ("Firefighters were sent to the 9th floor.", []),
        ("The regiment marked its 20th anniversary.", []),
        ("Troops of the 1st Battalion moved north.", []),
        ("Talks ended on the 4th of March.", [("the 4th of March", "2025-03-04")]),
        # a year span before "fiscal year" names no one year: no guess at the report's
        ("Inflation hit 9% in the 2019-20 fiscal year.", [("fiscal year", None)]),
        ("Rain fell this time last week.", [("this time last week", "2025-03-07")]),
        ("The ban lapses this time next month.", [("this time next month", "2025-04-14")]),
        # a fortnight counted back or ahead is two weeks, not a calendar period
        ("Five ferries sank in the past fortnight.", [("the past fortnight", "P2W")]),
        # the first day of a pair takes the month (and year) its second day names
        ("The fair ran from 3 to 5 March.", [("3", "2025-03-03"), ("5 March", "2025-03-05")]),
        ("Talks were held between 10 and 12 January 2024.",
         [("10", "2024-01-10"), ("12 January 2024", "2024-01-12")]),
        ("Between 10 and 15 may be hurt.", []),
        # the weekend of a named day is that day's ISO week's weekend
        ("The port was shelled on the weekend of March 1.",
         [("the weekend of March 1", "2025-W09-WE")]),
        ("It rose from 3 to 5 percent.", []),
        # coordinated ordinals before a noun, and ranks, name no day
        ("The bill passed on the 1st and 2nd readings.", []),
        ("Guards moved the inmates to the 3rd and 4th floors.", []),
        ("Talks ended on the 5th and final day.", []),
        ("She was promoted to the 3rd in command.", []),
        ("The team slipped to the 14th in the league table.", []),
        ("He was the 6th official to quit and the 7th to be charged.", []),
        ("Units from the 3rd and the 4th regiments advanced.", []),
        ("The market was shut from the 3rd to the 9th.",
         [("the 3rd", "2025-03-03"), ("the 9th", "2025-03-09")]),
        ("Shells hit the port on the 8th and again on the 10th.",
         [("the 8th", "2025-03-08"), ("the 10th", "2025-03-10")]),
        # after a named day: the nearer of its month's and the next; forward in a future clause
        ("The truce began on March 10 and collapsed on the 7th.",
         [("March 10", "2025-03-10"), ("the 7th", "2025-03-07")]),
        ("The truce will start on March 20 and end on the 2nd.",
         [("March 20", "2025-03-20"), ("the 2nd", "2025-04-02")]),
        ("This time last year's winner lost.", [("last year", "2024")]),
    ],
)  # fmt: skip
def test_read_from_the_text_alone(text: str, spans: list[tuple[str, str | None]]) -> None:
    assert [(t.text, t.value) for t in find_times(text, FRIDAY)] == spans


def test_same_moment_a_month_back_keeps_within_the_month() -> None:
    found = find_times("Sales were flat this time last month.", dt.date(2025, 3, 31))
    assert [(t.text, t.value) for t in found] == [("this time last month", "2025-02-28")]
