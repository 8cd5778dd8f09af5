"""Acts put on a timetable or dated after the report are not told as done (`event_schedules`);
a commander's men are his side (`actor_commanders`), a state's army by its own name is the state,
and a group named only as denying a role neither becomes the doer nor hides unnamed gunmen.
Sentences are invented; reports are dated 2025-03-14, a Friday."""

from __future__ import annotations

import datetime as dt

import pytest

import sitrep
from sitrep.extract.actor_commanders import commanders_forces
from sitrep.extract.actor_unnamed import UNIDENTIFIED
from sitrep.extract.actors import is_non_state, normalize_actor
from sitrep.extract.event_schedules import _first_day
from sitrep.extract.event_sequences import one_attack_in_sequence
from sitrep.model import Event

PUBLISHED = "2025-03-14"


def events_of(text: str) -> list[sitrep.Event]:
    return list(sitrep.extract(text, published=PUBLISHED).events)


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("Both rebel factions are to sign a truce in Juba on Monday.", "sign", "planned"),
        ("The two brigades are due to withdraw from Kidal next week.", "withdraw", "planned"),
        ("Peace talks are set to resume in Geneva.", "talks", "planned"),
        ("The truce is due to take effect on Monday.", "truce", "planned"),
        ("Peace talks are expected to resume in Geneva.", "talks", "expected"),
        ("The army withdraws from Kidal on Monday.", "withdraws", "expected"),  # dated ahead
        ("The army withdrew from Kidal on Monday.", "withdrew", "happened"),
        ("Troops attacked a rebel base near Kidal on Tuesday.", "attacked", "happened"),
        ("The July offensive remains the deadliest of the conflict.", "offensive", "happened"),
        ("The army withdraws from Kidal in June.", "withdraws", "happened"),  # a bare month
        ("The summit is on Monday in Oslo.", "summit", "expected"),  # its own "is"
        (  # another act foreseen: the ambush itself was done
            "Observers said the ambush near Kidal was likely to push the region closer to war.",
            "ambush",
            "happened",
        ),
    ],
)
def test_timetabled_and_dated_ahead_acts_are_not_done(
    text: str, trigger: str, modality: str
) -> None:
    event = next(e for e in events_of(text) if (e.trigger or "").lower() == trigger)
    assert event.modality == modality


@pytest.mark.parametrize(
    ("date", "first"),
    [
        ("2025-03-17", dt.date(2025, 3, 17)),
        ("2025-W12", dt.date(2025, 3, 17)),
        ("2025-04", dt.date(2025, 4, 1)),
        ("2026", dt.date(2026, 1, 1)),
        ("P2D", None),
        ("XXXX-XX-XX", None),
    ],
)
def test_first_day_of_a_date(date: str, first: dt.date | None) -> None:
    assert _first_day(date) == first


@pytest.mark.parametrize(
    ("words", "side"),
    [
        ("Haftar's forces", "Haftar's forces"),
        ("Khalifa Haftar's fighters", "Haftar's forces"),
        ("Dagalo's men", "Dagalo's forces"),
        ("forces loyal to Khalifa Haftar", "Haftar's forces"),
        ("troops loyal to Dagalo", "Dagalo's forces"),
        ("forces loyal to the government", None),
        ("Sunday's fighters", None),
        ("the President's forces", None),
        ("RSF's fighters", None),  # an acronym is no man's name
    ],
)
def test_commanders_forces(words: str, side: str | None) -> None:
    assert commanders_forces(words.split()) == side


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Haftar's forces shelled the outskirts of Sirte on Tuesday.", "Haftar's forces"),
        ("Fighters loyal to Khalifa Haftar attacked Gharyan on Tuesday.", "Haftar's forces"),
        ("Moscow's forces shelled Kharkiv on Tuesday.", "Russia"),  # the tables come first
        ("The Tatmadaw shelled villages in Magway on Tuesday.", "Myanmar"),
        ("Tatmadaw troops burned homes in Magway on Tuesday.", "Myanmar"),
    ],
)
def test_commanders_and_own_named_armies_are_sides(text: str, actor: str) -> None:
    assert events_of(text)[0].actor == actor


def test_a_commanders_forces_are_a_non_state_side() -> None:
    assert normalize_actor("Haftar's forces") == "Haftar's forces"
    assert is_non_state("Haftar's forces")


@pytest.mark.parametrize(
    ("second", "actor"),
    [
        ("The Kuru Brigade denied any role.", UNIDENTIFIED),
        ("The Kuru Brigade denied any involvement in the attack.", UNIDENTIFIED),
        ("Boko Haram denied any role.", UNIDENTIFIED),
        ("The Kuru Brigade claimed responsibility.", "Kuru Brigade"),
    ],
)
def test_a_group_only_denying_is_no_doer_and_a_claimant_is(second: str, actor: str) -> None:
    text = "Gunmen killed seven herders near Gusau on Tuesday. " + second
    assert events_of(text)[0].actor == actor


@pytest.mark.parametrize(
    ("text", "links"),
    [
        (  # one attack in two steps: the storming is part of the bombing's incident
            "A suicide bomber blew himself up at a hotel gate in Kismayo on Sunday, and gunmen "
            "then stormed the building, killing 9.",
            [None, 0],
        ),
        (
            "Gunmen stormed a church in Kaduna on Sunday after a bomber blew himself up at its "
            "gate.",
            [None, 0],
        ),
        (  # two places, two days: two attacks
            "A car bomb exploded at a market in Kandahar on Sunday, and gunmen then attacked a "
            "police post in Herat on Monday.",
            [None, None],
        ),
        (  # no word of sequence: left to the restatement rules
            "A car bomb exploded at a market in Kandahar on Sunday, and gunmen attacked a police "
            "post in the city.",
            [None, None],
        ),
    ],
)
def test_steps_of_one_attack_are_one_incident(text: str, links: list[int | None]) -> None:
    assert [e.duplicate_of for e in events_of(text)] == links


def test_the_first_step_carries_both_weapons_and_the_toll() -> None:
    first = events_of(
        "A suicide bomber blew himself up at a hotel gate in Kismayo on Sunday, and gunmen then "
        "stormed the building, killing 9."
    )[0]
    assert (set(first.weapon), first.killed) == ({"bomb", "firearm"}, 9)


@pytest.mark.parametrize(
    ("text", "first", "second", "joined"),
    [
        (
            "Militia fighters shelled the village for hours before storming it.",
            "shelled",
            "storming",
            True,
        ),
        (
            "Militia fighters shelled the village on Friday before storming the village.",
            "shelled",
            "storming",
            True,
        ),
        (
            "Rebels attacked a checkpoint on Tuesday after soldiers raided their camp.",
            "attacked",
            "raided",
            False,
        ),  # another subject: two acts
        (
            "Gunmen shot four guards on Tuesday, days after a bomb exploded at a depot.",
            "shot",
            "exploded",
            False,
        ),  # days apart
        (
            "Militia fighters shelled the village, hours before storming the village.",
            "shelled",
            "storming",
            False,
        ),
        (
            "Militia fighters shelled the village on Friday before attacking a convoy.",
            "shelled",
            "attacking",
            False,
        ),  # another object
        ("A bomb hit the market, and gunmen then stormed the hall.", "hit", "stormed", True),
    ],
)
def test_before_and_after_join_only_a_step_on_the_same_object(
    nlp, text: str, first: str, second: str, joined: bool
) -> None:
    doc = nlp(text)
    events = [
        Event(text.index(word), text.index(word) + len(word), "attack", trigger=word)
        for word in (first, second)
    ]
    linked = one_attack_in_sequence(events, doc)
    assert (linked[1].duplicate_of == 0) is joined
