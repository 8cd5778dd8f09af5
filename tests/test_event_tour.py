"""Event arguments a user tour found wrong: dates and places on a coordinated verb, two accounts'
tolls, whom an act is aimed at, and roads blocked by the weather. Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extract.event_merge import Draft, merge_restatements
from sitrep.model import Event, EventPlace

PUBLISHED = "2025-03-14"  # a Friday


def events_of(text: str) -> list[dict]:
    return sitrep.extract(text, published=PUBLISHED).to_json()["events"]


def the_event(text: str, event_type: str) -> dict:
    found = [e for e in events_of(text) if e["type"] == event_type]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "event_type", "date", "place"),
    [
        (  # the day hangs on "wounded", the partner of the verb the strike is subject of
            "An artillery shell hit a market in the town of Izium and wounded 14 people late on "
            "Sunday, the mayor said.",
            "attack",
            "2025-03-09",
            "Izyum",
        ),
        (
            "Soldiers killed four militants and seized weapons near Gao on Tuesday.",
            "attack",
            "2025-03-11",
            "Gao",
        ),
        (  # day and place on the complement ("to scatter") of the detained's partner
            "Riot police used water cannon to scatter marchers outside the ministry in Yerevan "
            "early on Wednesday, and detained 30 people.",
            "arrest",
            "2025-03-12",
            "Yerevan",
        ),
        (  # stays: the rescue has a subject of its own and dates only itself
            "Gunmen abducted 20 villagers in Zamfara, and the army rescued them on Friday.",
            "abduction",
            None,
            "Zamfara State",
        ),
        (  # stays: a verb hung on the killing with no "and" is a misread, not a partner
            "Four rebels were killed in the clash, including a sub-commander wanted for the 2019 "
            "abduction of two teachers.",
            "armed_clash",
            None,
            None,
        ),
        (  # stays: the arrests have their own subject; the riot's night is not theirs
            "Rioters torched cars in Marseille and clashed with police on Friday night, and "
            "officers arrested 60 people.",
            "arrest",
            None,
            None,
        ),
    ],
)
def test_a_coordinated_verb_dates_and_places_the_event(text, event_type, date, place):
    event = the_event(text, event_type)
    assert event["date"] == date
    assert (event["place"] or {}).get("name") == place


TWO_ACCOUNTS = (
    "Drone strike on Kramatorsk kills six, Kyiv says\n\n"
    "A Russian drone strike on Kramatorsk killed six civilians on Wednesday, the regional "
    "governor said. Russia said its forces had destroyed an ammunition depot in Kramatorsk and "
    "killed up to 35 soldiers."
)


@pytest.mark.model
def test_two_accounts_keep_their_own_tolls():
    first, governor, moscow = (e for e in events_of(TWO_ACCOUNTS) if e["type"] == "attack")
    assert governor["duplicate_of"] == 0  # the same toll told again stays a restatement
    assert (first["killed"], moscow["killed"]) == (6, 35)
    assert moscow["duplicate_of"] is None  # another side's count: an account of its own
    assert not set(first["quantities"]) & set(moscow["quantities"])


SLOVIANSK = EventPlace(name="Sloviansk", lat=48.85, lon=37.6, level="PPLA2", country="UA")


def told(killed: float, hedge: str, claims: tuple[int, ...], quantities: tuple[int, ...]) -> Draft:
    event = Event(
        start=0,
        end=10,
        type="attack",
        actor="Russia",
        place=SLOVIANSK,
        killed=killed,
        killed_hedge=hedge,
        attributions=claims,
        quantities=quantities,
    )
    return Draft(event, caption=False, trigger_start=0)


@pytest.mark.parametrize(
    ("drafts", "duplicates", "quantities"),
    [
        (  # another account, another count: an event of its own
            [told(7, "exact", (0,), ()), told(40, "upper_bound", (1,), (2,))],
            [None, None],
            (),
        ),
        (  # the same claim goes on
            [told(7, "exact", (0,), ()), told(40, "upper_bound", (0,), (2,))],
            [None, 0],
            (2,),
        ),
        (  # two accounts that agree: one event
            [told(7, "exact", (0,), ()), told(7, "exact", (1,), (2,))],
            [None, 0],
            (2,),
        ),
        (  # a rough count agrees with any
            [told(7, "exact", (0,), ()), told(30, "approximate", (1,), (2,))],
            [None, 0],
            (2,),
        ),
        (  # a headline told by no one is told in the claim that restates it
            [
                told(7, "exact", (), ()),
                told(7, "exact", (1,), ()),
                told(40, "upper_bound", (2,), (3,)),
            ],
            [None, 0, None],
            (),
        ),
    ],
)
def test_an_account_keeps_its_own_counts(drafts, duplicates, quantities):
    events = merge_restatements(drafts)
    assert [e.duplicate_of for e in events] == duplicates
    assert events[0].quantities == quantities


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "event_type", "actor", "target"),
    [
        (  # whom the gas was fired at is not who acted
            "Police fire tear gas at Minsk protesters, dozens detained",
            "arrest",
            None,
            None,
        ),
        ("Israeli troops at the crossing shot two men on Monday.", "attack", "Israel", None),
        # bare police act at home: the country of the place they acted in
        ("Police arrested 12 people in Belgrade on Monday.", "arrest", "Serbia", None),
        ("Kenyan police arrested three men in Kampala.", "arrest", "Kenya", None),
        (  # the side of the person a sanction is "on"
            "The United States imposed sanctions on the ELN commander last week.",
            "sanction",
            "United States",
            "ELN",
        ),
        (
            "Britain imposed sanctions on the Hezbollah finance chief on Tuesday.",
            "sanction",
            "United Kingdom",
            "Hezbollah",
        ),
        (
            "The European Union imposed sanctions on Iran on Tuesday.",
            "sanction",
            "European Union",
            "Iran",
        ),
    ],
)
def test_whom_an_act_is_aimed_at(text, event_type, actor, target):
    event = the_event(text, event_type)
    assert (event["actor"], event["target"]) == (actor, target)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "protest"),
    [
        ("The pass to the village of Kostryzhivka was blocked by an avalanche.", False),
        ("Mudslides blocked the road near Trabzon on Monday.", False),
        ("Traffic on the motorway near Graz was blocked by snow and ice on Sunday.", False),
        ("Farmers blocked the highway near Lyon on Monday.", True),
        ("The road to Gyumri was blocked by protesters on Monday.", True),
    ],
)
def test_a_road_blocked_by_the_weather_is_no_protest(text, protest):
    types = [e["type"] for e in events_of(text)]
    assert ("protest" in types) == protest
    assert protest or types == []
