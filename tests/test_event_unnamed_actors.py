"""Unnamed armed men are a side of their own: "Gunmen killed ..." has the actor "Unidentified
Armed Group" (pirates, kidnappers and bandits keep their own names), a non-state side and never
the country of the place. A group the article may name elsewhere (a claim, a known group, "the
militants" after a named one) is left to the modules that link it. Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extract import actor_unnamed
from sitrep.extract.actor_unnamed import UNIDENTIFIED
from sitrep.extract.actors import is_non_state, normalize_actor
from sitrep.extract.event_territory_sides import actor_side

PUBLISHED = "2025-03-14"


def first_actor(text: str) -> str | None:
    return sitrep.extract(text, published=PUBLISHED).events[0].actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Gunmen shot dead five farmers in Katsina state on Tuesday.", UNIDENTIFIED),
        ("Heavily armed men ambushed a convoy near Gao on Monday.", UNIDENTIFIED),
        ("Unknown attackers killed four traders in Ituri province on Sunday.", UNIDENTIFIED),
        ("Dozens of gunmen raided a village in Sokoto state on Friday.", UNIDENTIFIED),
        ("A gunman opened fire at a market in Peshawar on Thursday.", UNIDENTIFIED),
        ("Suspected militants bombed a gas pipeline in Sinai on Tuesday.", UNIDENTIFIED),
        ("Two policemen were killed in an attack by gunmen in Maiduguri on Monday.", UNIDENTIFIED),
        ("Pirates hijacked an oil tanker in the Gulf of Guinea on Monday.", "Pirates"),
        ("Kidnappers abducted 15 travellers on a highway in Kogi state on Saturday.", "Kidnappers"),
        ("Bandits killed nine vigilantes in Niger state on Wednesday.", "Bandits"),
        # rebels and guerrillas of no named group are unnamed armed men too
        ("Rebels attacked army positions near Kidal on Monday.", UNIDENTIFIED),
        ("Guerrillas ambushed a police patrol in the hills on Sunday.", UNIDENTIFIED),
        # fighters or forces a rebel's word names, and no group
        ("Rebel fighters raided a border post near the town on Friday.", UNIDENTIFIED),
        ("Insurgent forces ambushed a supply convoy near Mopti on Monday.", UNIDENTIFIED),
        ("Militant fighters stormed a police checkpoint in Arish on Sunday.", UNIDENTIFIED),
        ("The rebel fighters raided a border post near Goma on Friday.", None),  # named elsewhere
        ("Government forces shelled a rebel camp near Kidal on Monday.", None),
        (
            "The kidnappers threatened to kill the captives unless a ransom was paid, "
            "Ghana's police said.",
            "Kidnappers",  # never the police's country
        ),
        (
            "Gunmen killed three men in Bauchi on Monday. No group claimed responsibility.",
            UNIDENTIFIED,
        ),
        # named sides and the dead are as before
        ("Russian troops shelled the town of Kupiansk on Sunday.", "Russia"),
        ("Police arrested 30 protesters in Dakar on Monday.", "Senegal"),
        ("The army said it had recaptured the town of Rutshuru.", None),
        ("Hamas gunmen attacked an Israeli checkpoint near Hebron on Friday.", "Hamas"),
        ("Ten attackers died in the assault on the base near Menaka, the army said.", None),
        # a claimant, a known group or a group named before: theirs, not an unnamed group's
        (
            "Gunmen killed six soldiers near Diffa on Sunday. The Sahel Liberation Front "
            "claimed responsibility for the attack.",
            "Sahel Liberation Front",
        ),
        (
            "Gunmen killed seven herders near Mopti on Monday. The attack bore the hallmarks of "
            "al-Qaeda.",
            None,
        ),
        # a group the table does not know, named by its acronym or in the subject itself
        (
            "Gunmen killed 14 farmers near Butembo on Tuesday. The attack was carried out by "
            "ISWAP fighters, the army said.",
            "ISWAP",
        ),
        (
            "Gunmen killed 14 farmers near Butembo on Tuesday. The army blamed ADF rebels for "
            "the attack.",
            "ADF",
        ),
        ("Gunmen from the Lakurawa group killed 12 villagers in Kebbi.", None),
        # men tied to a group that is no state are its men (`actor_ties`)
        ("Armed men linked to the RSF killed 12 villagers in Zalingei.", "RSF"),
        ("Gunmen killed 14 farmers near Butembo on Tuesday, AFP reported.", UNIDENTIFIED),
        # a state's word for its foe, which may be another state's army
        ("Terrorists fired rockets at Ashkelon on Monday, the army said.", None),
        (
            "Terrorists shelled the city of Kherson on Monday, the Ukrainian defence ministry "
            "said.",
            None,
        ),
        ("Terrorists bombed a bus station in Turbat on Monday, witnesses said.", UNIDENTIFIED),
    ],
)
def test_unnamed_armed_men_get_one_name(text, actor):
    assert first_actor(text) == actor


def test_the_militants_after_a_named_group_stay_that_group():
    text = (
        "The Sahel Liberation Front seized the town of Tessit on Monday. "
        "The militants then attacked an army post nearby."
    )
    actors = [e.actor for e in sitrep.extract(text, published=PUBLISHED).events]
    assert actors == ["Sahel Liberation Front", "Sahel Liberation Front"]


@pytest.mark.parametrize(
    ("text", "last"),
    [
        # "the gunmen" after bare "gunmen": the same unnamed men
        (
            "Gunmen stormed a farm near Jos on Monday. The gunmen also shot dead two guards.",
            UNIDENTIFIED,
        ),
        # with no unnamed men before, "the gunmen" are someone the article may name
        ("The gunmen shot dead two guards near Jos on Monday.", None),
    ],
)
def test_the_gunmen_are_the_unnamed_men_told_before(text, last):
    assert sitrep.extract(text, published=PUBLISHED).events[-1].actor == last


def test_the_gunmen_told_again_and_again_look_back_once_each(monkeypatch):
    """Each "the gunmen" looks back once, not once per earlier mention (2**n looks)."""
    looks = []
    look_back = actor_unnamed._told_unnamed_before
    monkeypatch.setattr(
        actor_unnamed, "_told_unnamed_before", lambda noun: looks.append(noun) or look_back(noun)
    )
    text = " ".join(f"The gunmen raided hamlet number {i} in Kebbi on Monday." for i in range(12))
    assert len(sitrep.extract(text, published=PUBLISHED).events) == 12
    assert len(looks) <= 2 * 12


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Bandits killed 14 farmers near Butembo on Tuesday. The ADF claimed responsibility.",
            "ADF",
        ),
        ("Bandits killed nine vigilantes in Niger state on Wednesday.", "Bandits"),
    ],
)
def test_trades_are_left_for_a_group_named_elsewhere(text, actor):
    assert first_actor(text) == actor


@pytest.mark.parametrize("name", [UNIDENTIFIED, "Pirates", "Kidnappers", "Bandits"])
def test_unnamed_sides_are_non_state_and_keep_their_name(name):
    assert is_non_state(name)
    assert normalize_actor(name) == name
    assert actor_side(name) == "non_state"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Somali pirates", "Somali pirates"),  # a nationality's pirates, not its state
        ("the pirates", "Pirates"),
        ("bandits in Katsina", "Bandits"),
        ("Unidentified assailants", None),  # named off the parse only, as a subject
    ],
)
def test_normalize_actor_reads_trades(text, expected):
    assert normalize_actor(text) == expected


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Unidentified assailants", "non_state"),
        ("Unknown armed men", "non_state"),
        # one list of armed men's words for events and sides alike
        ("Attackers", "non_state"),
        ("Shooters", "non_state"),
        ("Armed youths", "non_state"),
        ("Government troops", "state"),
    ],
)
def test_unnamed_doers_take_non_state_ground(text, side):
    assert actor_side(text) == side


@pytest.mark.parametrize(
    "text",
    [
        "Rebels in the ruling party attacked the finance minister's spending plan on Tuesday.",
        "Backbench rebels attacked the leadership over the reform on Monday.",
    ],
)
def test_rebel_lawmakers_are_no_armed_group(text: str) -> None:
    events = sitrep.extract(text, published=PUBLISHED).events
    assert UNIDENTIFIED not in [e.actor for e in events]
