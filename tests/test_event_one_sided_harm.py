"""Beatings, force turned on a crowd, torture and executions are attacks: ACLED's "Excessive force
against protesters" when protesters are hit, else "Attack", never a peaceful protest nor an armed
clash. A match won, an assault beaten back and a plan executed are none of these. Sentences are
invented."""

from __future__ import annotations

import pytest

from conftest import event_fields

EXCESSIVE = "Excessive force against protesters"


def kinds(text: str) -> list[tuple[object, ...]]:
    return event_fields(text, "type", "plover", "acled")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "acled"),
    [
        ("Police beat the demonstrators in Accra on Tuesday.", EXCESSIVE),
        ("Dozens of protesters were beaten by riot police in Accra on Tuesday.", EXCESSIVE),
        ("Police used live ammunition against protesters in Kampala.", EXCESSIVE),
        ("Officers used excessive force against demonstrators in Lusaka on Monday.", EXCESSIVE),
        ("Soldiers tortured nine detainees at a barracks near Tamale in 2016.", "Attack"),
        ("Guards beat the prisoners with batons at a jail in Kumasi.", "Attack"),
        ("Militiamen beat him to death in a village near Bouake.", "Attack"),
        ("The execution of a farmer in Bouake on 3 May 2019 was filmed.", "Attack"),
        ("Witnesses described public executions in Kumasi last year.", "Attack"),
        ("The former colonel was convicted of ordering the torture of 20 detainees.", "Attack"),
        ("A detainee died as a result of torture in a police cell in Kumasi.", "Attack"),
        ("Hundreds of demonstrators were beaten with sticks in Kumasi.", "Attack"),
        ("Soldiers beat three villagers in Bouake on Monday.", "Attack"),
        ("The teachers were beaten by soldiers in Tamale.", "Attack"),  # a "by" agent
        ("Militants carried out public executions of civilians in Gao.", "Attack"),
        # a contest word elsewhere and a condemnation do not make it a contest or a court's
        ("Militiamen beat villagers near Bouake after the presidential election.", "Attack"),
    ],
)
def test_harm_to_people_who_cannot_fight_back_is_an_attack(text, acled):
    assert kinds(text) == [("attack", "ASSAULT", acled)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Lions beat the Eagles 3-1 in Accra on Sunday.",
        "Ana Lopes beat Mia Berg in the final in Lyon.",
        "The students beat the deadline.",
        "The court delayed the execution of the contract.",
        "The judge granted a stay of execution.",
        "The minister used the speech against his rivals.",
        "Rights groups raised allegations of torture in Kumasi.",
        # contests won: an election, a match, a quiz
        "The mayor beat his opponents in the election in Tamale.",
        "Governor Osei beat three opponents to win a second term.",
        "The nurses beat the farmers 4-2 in a charity match in Tamale.",
        "The girls beat the boys in the regional spelling bee.",
        # torture opposed or only the topic of a treaty, a history or a report
        "The convention against torture was ratified in 1990.",
        "The exhibition tells the history of torture in medieval Iberia.",
        "The report documented torture in prisons during the 1970s.",
        # executions a court ordered, a state carried out or someone halted
        "A court sentenced three men to death, and their executions were carried out on Friday.",
        "The executions of two men convicted of murder were carried out in Jeddah on Friday.",
        "The authorities carried out 9 executions in Minsk last year, a rights group said.",
    ],
)
def test_no_one_harmed_is_no_attack(text):
    assert kinds(text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The committee against torture met in Vienna on Tuesday.", "CONSULT"),  # a meeting
        ("The governor halted the executions of three inmates in Texas.", "SANCTION"),  # halted
    ],
)
def test_the_act_told_is_no_attack(text, expected):
    assert [kind[1] for kind in kinds(text)] == [expected]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Prison guards were accused of beating inmates in Tamale.",
        "Soldiers allegedly beat villagers near Bouake on Monday.",
        "The army denied beating demonstrators in Kumasi.",
    ],
)
def test_a_beating_only_claimed_is_no_attack_told_as_fact(text):
    assert all(kind[0] != "attack" for kind in kinds(text))


@pytest.mark.model
def test_injuries_from_beatings_are_the_attack_told():
    text = (
        "Gunmen attacked a village near Bouake on Monday. Nine people were treated for injuries, "
        "most of them from beatings."
    )
    assert [kind[0] for kind in kinds(text)] == ["attack"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters marched in Kumasi on Monday.", ("protest", "PROTEST", "Peaceful protest")),
        ("Troops clashed with rebels near Bouake.", ("armed_clash", "FIGHT", "Armed clash")),
        ("Troops beat back a rebel assault near Bouake.", ("attack", "FIGHT", "Armed clash")),
        ("Soldiers executed 12 villagers near Gao.", ("attack", "ASSAULT", "Attack")),
    ],
)
def test_marches_and_clashes_keep_their_kind(text, expected):
    assert kinds(text) == [expected]
