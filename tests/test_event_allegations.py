"""An act told only as what someone is accused, suspected or charged of is "alleged", not told
done (`event_allegations`); a court's finding stays as told; the dead it names are still counted.
An alleged act sits on the done side of an incident: a denial disputes it, a report of it done
makes it "happened", and it reads "alleged" only when every report alleges it. Invented
sentences and reports; reports are dated 2025-03-14."""

from __future__ import annotations

from typing import Any

import pytest

import sitrep
from sitrep.link.incident_modality import incident_modality, modalities_fit
from sitrep.link.records import EventRecord
from sitrep.model import EVENT_MODALITIES

PUBLISHED = "2025-03-14"


def modalities(text: str) -> list[tuple[str, str]]:
    return [(e.trigger, e.modality) for e in sitrep.extract(text, published=PUBLISHED).events]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("The general was accused of torturing prisoners in 2018.", "torturing", "alleged"),
        ("The major is suspected of shelling the village of Kivu.", "shelling", "alleged"),
        ("The soldier was charged with murdering six civilians.", "murdering", "alleged"),
        ("Rights groups accused the army of shelling the market in Kidal.", "shelling", "alleged"),
        ("Troops allegedly shelled the village of Kivu on Monday.", "shelled", "alleged"),
        ("The colonel was convicted of torturing prisoners in 2018.", "torturing", "happened"),
        ("Troops shelled the village of Kivu on Monday.", "shelled", "happened"),
        ("Gunmen murdered six farmers in Kivu on Monday.", "murdered", "happened"),
        # a hedge is no accusation; a unit charged with a task is not accused
        (
            "Serbian troops reportedly captured the hamlet of Lemvo on Thursday.",
            "captured",
            "happened",
        ),
        (
            "Militia fighters purportedly shelled the hamlet of Lemvo on Thursday.",
            "shelled",
            "happened",
        ),
        (
            "The battalion was charged with attacking the rebels' supply routes near Kordo.",
            "attacking",
            "happened",
        ),
        (  # must not change: a unit charged beside a sign of accusation
            "The battalion was charged with murdering four herders, prosecutors said.",
            "murdering",
            "alleged",
        ),
        ("Gunmen allegedly shelled the hamlet of Lemvo on Thursday.", "shelled", "alleged"),
    ],
)
def test_an_accused_act_is_alleged(text: str, trigger: str, modality: str) -> None:
    assert (trigger, modality) in modalities(text)


def report(article: str, modality: str) -> Any:
    """An invented report of the Western brigade's strike on Dorna."""
    return EventRecord(
        article, 0, "attack", actor="Western brigade", date="2025-03-10", modality=modality
    )


@pytest.mark.parametrize(
    ("told", "reads"),
    [
        (["alleged"], "alleged"),
        (["alleged", "alleged"], "alleged"),
        (["alleged", "happened"], "happened"),
        (["alleged", "denied"], "disputed"),
        (["alleged", "expected"], "alleged"),
        (["happened", "denied"], "disputed"),
    ],
)
def test_an_incident_reads_alleged_only_when_every_report_alleges(
    told: list[str], reads: str
) -> None:
    reports = [report(f"a{i}", m) for i, m in enumerate(told)]
    assert incident_modality(reports) == reads


@pytest.mark.parametrize(
    ("other", "fits"), [("happened", True), ("denied", True), ("planned", False)]
)
def test_an_alleged_act_joins_the_acts_and_their_denials(other: str, fits: bool) -> None:
    assert modalities_fit(report("a1", "alleged"), report("a2", other)) is fits


def test_alleged_is_a_modality_the_cli_and_api_accept() -> None:
    assert "alleged" in EVENT_MODALITIES


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "The navy denied it had carried out any strike on the clinic and said that only three "
            "sailors were killed when its drones struck a fuel dump nearby.",
            [("attack", "denied"), ("attack", "happened")],
        ),
        (
            "The militia denied shelling the school but said it had shelled an army post.",
            [("attack", "denied"), ("attack", "happened")],
        ),
        # unchanged: one act, told done twice in one sentence
        ("Troops shelled the school and then shelled the clinic on Monday.", None),
    ],
)
def test_a_denied_act_and_one_told_done_in_one_sentence_are_two_events(
    text: str, told: list[tuple[str, str]] | None
) -> None:
    events = sitrep.extract(text, published=PUBLISHED).events
    found = sorted((e.type, e.modality) for e in events if e.duplicate_of is None)
    if told is None:
        assert all(e.modality == "happened" for e in events)
    else:
        assert found == told


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Israel accused Hamas of preparing a new offensive on the town.", "Hamas"),
        ("Kyiv accused Moscow of planning a fresh attack on the plant.", "Russia"),
    ],
)
def test_the_side_accused_of_preparing_an_act_is_its_actor(text: str, actor: str) -> None:
    event = next(e for e in sitrep.extract(text, published=PUBLISHED).events if e.type == "attack")
    assert (event.actor or "").lower().endswith(actor.lower())
    assert event.modality == "planned"
