"""Reports that agree on type, day, place and sides but count different acts stay apart
(`sitrep.link.incident_acts`); the counts are read from the payload (`event_counts`)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from sitrep import link
from sitrep.link.event_counts import counts_its_acts, event_quantities, toll_unit
from sitrep.link.incident_acts import tells_other_acts, victims_side

_TOWN = link.EventPlaceRecord(
    name="Orlensk",
    country="XX",
    admin1="North",
    level="PPL",
    lat=10.0,
    lon=20.0,
    gazetteer_id="g:1",
)
_VILLAGE = link.EventPlaceRecord(
    name="Vesnyanka",
    country="XX",
    admin1="North",
    level="PPL",
    lat=10.05,
    lon=20.05,
    gazetteer_id="g:2",
)


def report(article: str, **fields: Any) -> link.EventRecord:
    values: dict[str, Any] = {
        "type": "attack",
        "actor": "Tarvia",
        "place": _TOWN,
        "date": "2026-03-04",
        "published": "2026-03-05",
    }
    values.update(fields)
    return link.EventRecord(article, 0, values.pop("type"), **values)


def test_a_civilian_toll_and_a_soldiers_toll_are_two_attacks() -> None:
    """ "Three civilians killed in shelling" is not "killed 40 soldiers", the same day there."""
    civilians = report("a", killed=3.0, toll_unit="civilians", counts_something=True)
    soldiers = report("b", killed=40.0, toll_unit="soldiers", counts_something=True)
    assert link.compatibility(civilians, soldiers) is None
    assert link.compatibility(civilians, replace(soldiers, toll_unit="people")) is not None


def test_a_weeks_total_is_not_one_days_attack() -> None:
    """ "Killed up to 450 soldiers over the past week" (a week's date and a count) is no day's
    attack, nor an undated one; an uncounted week-dated report may still retell it."""
    day = report("a")
    week = report(
        "b",
        date="2026-W10",
        killed=450.0,
        counts_something=True,
        sentence="Its forces killed up to 450 soldiers over the past week, the army said.",
    )
    assert link.compatibility(day, week) is None
    assert link.compatibility(replace(day, date=None), week) is None
    assert link.compatibility(day, replace(week, killed=None, counts_something=False)) is not None


def test_a_tally_of_assaults_joins_no_attack() -> None:
    """ "Repelled 23 assaults in the past day" counts many attacks, none the one told elsewhere."""
    tally = report("b", date=None, acts_counted=True, counts_something=True)
    assert link.compatibility(report("a"), tally) is None
    assert len(link.cluster_events([report("a"), tally])) == 2


def test_two_towns_taken_are_two_seizures_however_near() -> None:
    """Seizing a village is not seizing the town 8 km away; the same town's reports still join."""
    town = report("a", type="seize_territory")
    village = report("b", type="seize_territory", place=_VILLAGE)
    assert link.compatibility(town, village) is None
    assert link.compatibility(town, report("c", type="seize_territory")) is not None
    assert link.compatibility(report("a"), report("b", place=_VILLAGE)) is not None  # attacks


@pytest.mark.parametrize(
    ("unit", "side"),
    [
        ("civilians", "civilians"),
        ("Ukrainian soldiers", "combatants"),
        ("service members", "combatants"),
        ("Tarvian troops", "combatants"),
        ("troop", "combatants"),
        ("military personnel", "combatants"),
        ("policemen", "combatants"),
        ("police officers", "combatants"),
        ("villagers", "civilians"),
        ("people", None),
        (None, None),
    ],
)
def test_victims_side(unit: str | None, side: str | None) -> None:
    assert victims_side(unit) == side


def test_counts_read_from_the_payload() -> None:
    """An unlinked toll in the event's sentence still says whom it counts; a count of the
    trigger's own acts ("23 assaults") or of times marks a tally."""
    text = "Shelling killed two civilians in Orlensk. Troops repelled 23 assaults."
    payload = {
        "text": text,
        "quantities": [
            {"start": 15, "end": 28, "unit": "civilians", "measure": "killed", "value": 2},
            {"start": 57, "end": 69, "unit": "assaults", "measure": "other", "value": 23},
        ],
    }
    shelling = {"start": 0, "end": 8, "trigger": "shelling"}
    repelled = {"start": 49, "end": 69, "trigger": "assaults", "quantities": [1]}
    assert toll_unit(event_quantities(payload, shelling)) == "civilians"
    assert not counts_its_acts(shelling, event_quantities(payload, shelling))
    assert counts_its_acts(repelled, event_quantities(payload, repelled))
    assert counts_its_acts({"trigger": "shelled"}, [{"unit": "times", "value": 31}])


def test_a_multiplier_is_no_tally_of_acts() -> None:
    """ "Three times as many as" multiplies a toll; "shelled 31 times" counts the shelling."""
    text = "A drone strike killed 12 people in Orlensk, three times as many as last week."
    at = text.index("three times")
    times = {"start": at, "end": at + len("three times"), "unit": "times", "value": 3}
    assert not counts_its_acts({"trigger": "strike"}, [times], text)
    shelled = "Tarvia shelled the town 31 times on Monday."
    at = shelled.index("31 times")
    count = {"start": at, "end": at + len("31 times"), "unit": "times", "value": 31}
    assert counts_its_acts({"trigger": "shelled"}, [count], shelled)


def test_two_outlets_copies_of_one_tally_join() -> None:
    """Two outlets telling "repelled 23 assaults" tell one tally; 23 and 40 are two."""
    first = report("a", date=None, acts_counted=True, acts_count=23.0, counts_something=True)
    second = report("b", date=None, acts_counted=True, acts_count=23.0, counts_something=True)
    assert len(link.cluster_events([first, second])) == 1
    assert link.compatibility(first, replace(second, acts_count=40.0)) is None


def test_both_sides_named_in_another_order_are_one_attack() -> None:
    """ "Killed three soldiers and two civilians" and "two civilians and three soldiers"."""
    first = report("a", killed=5.0, toll_units=("soldiers", "civilians"), toll_unit="soldiers")
    second = report("b", killed=5.0, toll_units=("civilians", "soldiers"), toll_unit="civilians")
    assert link.compatibility(first, second) is not None
    assert len(link.cluster_events([first, second])) == 1


@pytest.mark.parametrize(
    ("army", "residents"),
    [(20.0, 20.0), (20.0, 25.0)],
    ids=["equal counts", "other sources"],
)
def test_a_disputed_toll_is_one_attack(army: float, residents: float) -> None:
    """The army says it killed 20 militants, residents say the dead were civilians: one attack
    whose dead are disputed, not two attacks."""
    militants = report(
        "a", killed=army, toll_unit="militants", counts_something=True, sources=("army",)
    )
    civilians = report(
        "b", killed=residents, toll_unit="civilians", counts_something=True, sources=("residents",)
    )
    assert link.compatibility(militants, civilians) is not None


def test_a_month_dated_retelling_joins_the_day() -> None:
    """ "A strike on Orlensk in March killed 40" is the day's strike told with a coarse date."""
    day = report("a", killed=40.0, counts_something=True)
    month = report(
        "b",
        date="2026-03",
        killed=40.0,
        counts_something=True,
        sentence="A strike on Orlensk in March killed 40 people, officials said.",
    )
    assert link.compatibility(day, month) is not None
    counted = replace(month, sentence="Strikes on Orlensk killed 40 people this month.")
    assert link.compatibility(day, counted) is None
    assert not tells_other_acts(report("a"), report("b"))
