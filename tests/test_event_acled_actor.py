"""ACLED sub-types read off the actor, not any word of the sentence; threatened killings are no
attack done, and executions are attacks. Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extract.event_territory_sides import actor_side, without_speakers
from sitrep.extract.event_types import acled_subtype

PUBLISHED = "2025-03-14"  # a Friday
GAINS = "Government regains territory"
OVERTAKES = "Non-state actor overtakes territory"


def events_of(text: str) -> list[dict]:
    return sitrep.extract(text, published=PUBLISHED).to_json()["events"]


@pytest.mark.parametrize(
    ("actor", "side"),
    [
        ("The Northern Shield Forces", "non_state"),  # "Forces" in a group's own name
        ("Paramilitary units", "non_state"),
        ("the paramilitaries", "non_state"),
        ("Gunmen", "non_state"),
        ("Pirates", "non_state"),
        ("kidnappers", "non_state"),
        ("Mutineers", "non_state"),
        ("Militiamen", "non_state"),
        ("The Azawad Patriotic Front", "non_state"),
        ("Government troops", "state"),
        ("The Molvanian army", "state"),
        ("Ukraine's armed forces", "state"),
        ("Soldiers backed by allied militias", "state"),  # the backers are not the side
        ("Gendarmes", "state"),
        ("The Presidential Guard", "state"),  # a state force named as armed groups are
        ("the National Guard", "state"),
        # "paramilitary" before a state's own force is no armed group's word
        ("Chad's paramilitary gendarmerie", "state"),
        ("the paramilitary police", "state"),
        ("Niger's paramilitary Republican Guard", "state"),
        ("Mali's paramilitary Rangers", "state"),
        ("Chad's paramilitary forces", "non_state"),
        # rebel armies named with their country's adjective are no state
        ("The Syrian Democratic Forces", "non_state"),
        ("the Syrian National Army", "non_state"),
        ("Free Syrian Army fighters", "non_state"),
        ("They", None),
        ("the group", None),
        ("", None),
    ],
)
def test_actor_side_reads_the_actor_words(actor, side):
    assert actor_side(actor) == side


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They took the town, police said.", "They took the town."),
        ("They took the town, according to the army.", "They took the town."),
        ("They took the town, the army warned.", "They took the town."),  # the shared verbs
        ("They took the town, the army confirmed.", "They took the town."),
        ("They took the town in Kachin state.", "They took the town in Kachin state."),
        ("The army said that they took the town.", "they took the town."),
        ("They took the town after the army left.", "They took the town after the army left."),
    ],
)
def test_without_speakers(text, expected):
    assert without_speakers(text) == expected


@pytest.mark.parametrize(
    ("event_type", "context", "actor", "expected"),
    [
        (  # the foe named in the sentence is not the actor
            "seize_territory",
            "The Northern Shield Forces took Tessalit after clashes with the national army.",
            "The Northern Shield Forces",
            OVERTAKES,
        ),
        ("seize_territory", "Gunmen seized the village, police said.", "Gunmen", OVERTAKES),
        ("seize_territory", "They seized the village, police said.", "They", OVERTAKES),
        ("seize_territory", "They seized the village, according to the army.", "", OVERTAKES),
        ("seize_territory", "The army said that they seized the village.", "", OVERTAKES),
        (
            "seize_territory",
            "Troops took the town after fighting the rebels, a rebel commander said.",
            "Troops",
            GAINS,
        ),
        ("retake_territory", "Soldiers retook Djibo from insurgents.", "Soldiers", GAINS),
        ("retake_territory", "Militants retook the post from the army.", "Militants", OVERTAKES),
        ("retake_territory", "It recaptured the town from insurgents.", "It", GAINS),
        # a pronoun is its speaker's side, told before the deed; else no side, no default
        ("seize_territory", "The army said it had captured the village.", "it", GAINS),
        ("seize_territory", "Soldiers said they had taken the town.", "they", GAINS),
        ("seize_territory", "Police said they had seized the village from gunmen.", "they", GAINS),
        (
            "seize_territory",
            "A rebel leader said his forces had seized the town.",
            "his forces",
            OVERTAKES,
        ),
        (
            "seize_territory",
            "The rebels said on Monday that they took the town.",
            "they",
            OVERTAKES,
        ),
        ("seize_territory", "Witnesses said they had seized the village.", "they", None),
        (
            "seize_territory",
            "Its ministry said its troops had taken the town.",
            "its troops",
            GAINS,
        ),
        (
            "seize_territory",
            "The army said the rebels had seized the village.",
            "the rebels",
            OVERTAKES,
        ),
    ],
)
def test_territory_subtype_follows_the_actor(event_type, context, actor, expected):
    assert acled_subtype(event_type, context, actor) == expected


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ("The insurgents executed two captured soldiers.", "Attack"),
        ("Militants beheaded three policemen held since May.", "Attack"),
        ("The insurgents attacked an army patrol.", "Armed clash"),
        ("Soldiers were executed after a gun battle at the checkpoint.", "Armed clash"),
        ("Eight soldiers were executed by the militants at their base.", "Attack"),
        ("The rebels filmed the execution of four policemen at the barracks.", "Attack"),
        ("Gunmen executed them at the army checkpoint.", "Attack"),
        # "execute" an assault, a raid or a plan is to carry it out: no captives killed
        ("Insurgents executed a coordinated assault on an army base.", "Armed clash"),
        ("Troops executed a raid on a rebel camp.", "Armed clash"),
        ("Rebels executed a raid on 3 army posts.", "Armed clash"),
        ("Militants executed their plan to storm the army base.", "Armed clash"),
    ],
)
def test_killing_captives_is_an_attack(context, expected):
    assert acled_subtype("attack", context) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Northern Shield Forces took control of Tessalit on Monday after clashes with "
            "the national army.",
            OVERTAKES,
        ),
        ("Paramilitary units captured the town of Bambari on Sunday.", OVERTAKES),
        ("Gunmen seized the village of Dogo on Tuesday, police said.", OVERTAKES),
        ("Militiamen overran the border post of Dori on Wednesday, the army said.", OVERTAKES),
        (
            "The Azawad Patriotic Front seized two villages near Ansongo on Thursday, soldiers "
            "said.",
            OVERTAKES,
        ),
        ("Government troops recaptured the town of Djibo from insurgents on Monday.", GAINS),
        (
            "The army took control of Tessalit on Monday after fighting with the Northern Shield "
            "Forces, a rebel commander said.",
            GAINS,
        ),
        ("The army took control of Tessalit on Monday, according to a rebel spokesman.", GAINS),
        ("The army said it had captured the village of Kessa on Tuesday.", GAINS),
        ("Police said they had seized the village of Amdouk from gunmen on Tuesday.", GAINS),
        ("Chad's paramilitary gendarmerie recaptured the village of Lerna on Monday.", GAINS),
        ("The Syrian Democratic Forces captured the town of Kessa on Monday.", OVERTAKES),
    ],
)
def test_territory_events_coded_by_their_actor(text, expected):
    gains = [e for e in events_of(text) if e["type"] in ("seize_territory", "retake_territory")]
    assert [e["acled"] for e in gains] == [expected]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The pirates vowed to execute the crew.",
        "The kidnappers threatened to behead four engineers.",
        "The rebels threatened to kill the nine remaining captives.",
        "The militia vowed to kill the captured soldiers unless a ransom was paid.",
        "The gunmen vowed to execute the hostages.",
    ],
)
def test_a_threatened_killing_is_no_attack_done(text):
    events = events_of(text)
    assert not [e for e in events if e["type"] == "attack" and e["modality"] == "happened"]
    assert "THREATEN" in [e["plover"] for e in events], events  # the threat itself is news


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The militants executed six prisoners near Ansongo on Thursday.", "2025-03-13"),
        ("The insurgents executed two captured soldiers in Ansongo on Monday.", "2025-03-10"),
    ],
)
def test_an_execution_done_is_an_attack(text, date):
    attacks = [e for e in events_of(text) if e["type"] == "attack"]
    assert [(e["acled"], e["modality"], e["date"]) for e in attacks] == [
        ("Attack", "happened", date)
    ]
