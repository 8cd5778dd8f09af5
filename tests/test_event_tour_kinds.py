"""Event kinds a user tour found wrong: loans and sent packages as aid, hoped-for deals as plans,
a think tank as no weapon, halted loadings as no sanction, a curfew as coercion, a threat to
treat shipments as targets, one-sided killings by security forces, ground cleared and control
restored, a counterattack, a habit of shelling, and a condemned attack named by its judge.
Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-03-14"  # a Friday


def events_of(text: str) -> list[dict]:
    return sitrep.extract(text, published=PUBLISHED).to_json()["events"]


def of_type(text: str, event_type: str) -> list[dict]:
    return [e for e in events_of(text) if e["type"] == event_type]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Canada will lend Moldova 200 million dollars, the finance ministry said.", "planned"),
        (
            "The finance ministry of Canada said on Monday it would extend a loan of 200 million "
            "dollars to Moldova.",
            "planned",
        ),
        ("Canada extended a loan of 200 million dollars to Moldova last week.", "happened"),
        (
            "Sweden will send Moldova a new military aid package worth 90 million euros, the "
            "defence minister said.",
            "planned",
        ),
    ],
)
def test_loans_and_sent_packages_are_one_aid_event_to_the_receiver(text, modality):
    aid = of_type(text, "aid")
    assert len(aid) == 1, aid
    assert aid[0]["target"] == "Moldova"
    assert aid[0]["modality"] == modality
    assert not of_type(text, "deploy")  # a "military aid package" sent is no deployment


@pytest.mark.model
def test_sent_troops_stay_a_deployment():
    assert of_type("Sweden will send 300 troops to Moldova next month.", "deploy")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (
            "The two governments said they hoped to sign a border treaty by the end of June.",
            "planned",
        ),
        ("Valdor and Norland hope to sign a trade accord next month.", "planned"),
        ("Valdor and Norland signed a trade accord on Tuesday.", "happened"),
    ],
)
def test_a_hoped_for_agreement_is_planned(text, modality):
    (agreement,) = of_type(text, "agreement")
    assert agreement["modality"] == modality


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "weapons"),
    [
        (
            "Drones struck the refinery at Port Aven on Monday, according to images analysed by "
            "a London-based think tank.",
            ["drone"],
        ),
        ("Rebels attacked the fuel depot with tanks and mortars on Monday.", ["tank", "mortar"]),
    ],
)
def test_a_think_tank_is_no_weapon(text, weapons):
    (attack,) = of_type(text, "attack")
    assert attack["weapon"] == weapons


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sanctions"),
    [
        ("Oil loadings at the Kessa terminal were suspended for six hours, the operator said.", 0),
        ("Russia suspended gas exports to Poland on Monday.", 1),
    ],
)
def test_halted_loadings_are_no_sanction(text, sanctions):
    assert len(of_type(text, "sanction")) == sanctions


@pytest.mark.model
def test_a_curfew_announced_is_coercion():
    text = "The governor announced a dusk-to-dawn curfew in Port Aven starting on Saturday."
    (curfew,) = of_type(text, "other")
    assert curfew["plover"] == "COERCE"


@pytest.mark.model
def test_a_curfew_lifted_is_no_coercion():
    found = events_of("The governor lifted the curfew in Port Aven on Saturday.")
    assert all(e["plover"] != "COERCE" for e in found)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "plover"),
    [
        (
            "A Kremlin spokesman said Norland would treat the convoys as legitimate targets.",
            "THREATEN",
        ),
        ("The minister said Norland would treat the refugees as guests.", "AGREE"),
        (  # "as targets" hung inside the object by the parser
            "The navy said it would treat any tankers sailing to the harbour as targets.",
            "THREATEN",
        ),
    ],
)
def test_treating_shipments_as_targets_is_a_threat(text, plover):
    (statement,) = of_type(text, "statement")
    assert statement["plover"] == plover


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "acled"),
    [
        (
            "The party said at least nine of its supporters had been killed by security forces "
            "in the capital.",
            "Attack",
        ),
        ("Twelve militants were killed by security forces in the hills on Monday.", "Armed clash"),
        # the forces' own foes told after them are not the victims
        (
            "Nine herders were killed by troops fighting bandits in the hills on Tuesday.",
            "Attack",
        ),
        (
            "Nine herders were killed by the army during a raid against insurgents in the hills "
            "on Tuesday.",
            "Attack",
        ),
    ],
)
def test_killed_by_security_forces_is_one_sided_unless_the_dead_were_armed(text, acled):
    (attack,) = of_type(text, "attack")
    assert attack["acled"] == acled


@pytest.mark.model
def test_ground_cleared_and_control_restored_is_a_retake():
    text = (
        "Ukrainian forces have cleared Russian troops from the northern districts of Izium "
        "and restored full control over the town, the army said."
    )
    (retake,) = of_type(text, "retake_territory")
    assert (retake["actor"], retake["modality"]) == ("Ukraine", "happened")
    assert retake["place"]["name"] == "Izyum"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "retakes"),
    [
        ("Valdor's troops cleared the village of enemy fighters on Sunday, the army said.", 1),
        ("Army engineers cleared the highway of debris on Sunday.", 0),
    ],
)
def test_ground_cleared_of_armed_men_is_a_gain(text, retakes):
    # an unknown country's side may read as non-state (a seizure): the gain is what is pinned
    gains = of_type(text, "retake_territory") + of_type(text, "seize_territory")
    assert len(gains) == retakes


@pytest.mark.model
def test_a_counterattack_is_an_attack():
    text = "Valdor's troops launched a counterattack on the eastern bank on Sunday."
    assert of_type(text, "attack")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "attacks"),
    [
        ("The town has been shelled almost daily since.", 0),
        ("Drones attack the port every night.", 0),
        ("Artillery units regularly shell the border villages.", 0),
        ("Villagers said the militia would raid the farms every night.", 0),  # nor a threat
        ("Drones attacked the port on Monday night.", 1),
    ],
)
def test_a_habit_of_attacks_is_no_single_attack(text, attacks):
    assert len(of_type(text, "attack")) == attacks
    assert all(e["plover"] != "THREATEN" for e in events_of(text))


@pytest.mark.model
def test_an_attack_named_by_its_judge_points_back_to_the_attack():
    text = (
        "Norland drones struck the port of Kessa on Wednesday. A Valdor foreign ministry "
        'spokeswoman called the attack "an act of terrorism" and said Valdor would respond.'
    )
    _told, second = of_type(text, "attack")
    assert second["actor"] is None  # the judge's side did not do it
    assert second["duplicate_of"] == 0


@pytest.mark.model
def test_ground_still_held_denies_the_other_sides_gain():
    text = "The Russian defence ministry said on Thursday that its forces held Izium."
    (denial,) = of_type(text, "retake_territory")
    assert (denial["actor"], denial["target"], denial["modality"]) == (
        "Ukraine",
        "Russia",
        "denied",
    )


@pytest.mark.model
def test_a_town_under_an_armed_sides_control_is_a_denied_gain():
    text = "The ministry said Izium remains under the control of Russian troops."
    (denial,) = of_type(text, "retake_territory")
    assert (denial["target"], denial["modality"]) == ("Russia", "denied")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The two leaders held talks in Geneva on Monday.",
        "The situation remains under control, the governor said.",
        "The company said Kessa Mining remains under the control of its founder.",
    ],
)
def test_held_talks_or_a_calm_situation_deny_no_gain(text):
    found = events_of(text)
    assert all(e["modality"] != "denied" for e in found), found
