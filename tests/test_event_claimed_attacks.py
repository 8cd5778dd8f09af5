"""Claims of responsibility and their absence (`event_responsibility`, `event_policy.negated`):
a claim names the attack's doer, unnamed armed men included, even when the claim's own "the
attack" stays apart from it; an attack nobody claimed still happened. Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extract.actor_unnamed import UNIDENTIFIED

PUBLISHED = "2025-03-14"


def attacks(text: str) -> list[sitrep.Event]:
    return [e for e in sitrep.extract(text, published=PUBLISHED).events if e.type == "attack"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the claim's own "the attack" carries the statement's day, so it stays apart
        (
            "Gunmen stormed a hotel in Garowe on Saturday, killing twelve guests. The Sahel Front "
            "claimed responsibility for the attack in a statement on Sunday.",
            "Sahel Front",
        ),
        # "claimed the attack": the act itself is what is claimed
        (
            "Gunmen stormed a hotel in Garowe on Saturday, killing twelve guests. The Sahel Front "
            "later claimed the attack.",
            "Sahel Front",
        ),
        (
            "A roadside bomb killed four soldiers near Gao on Monday. The Sahel Front claimed "
            "the bombing on Tuesday.",
            "Sahel Front",
        ),
        # a side the report named keeps it
        (
            "Hamas fighters attacked a post on Friday, killing 10 soldiers. The Sahel Front "
            "later claimed the attack.",
            "Hamas",
        ),
        # no claimant: the unnamed men stay unnamed
        (
            "Gunmen stormed a hotel in Garowe on Saturday, killing twelve guests. No group "
            "claimed the attack.",
            UNIDENTIFIED,
        ),
    ],
)
def test_a_claim_names_the_attack_told_before_it(text: str, actor: str) -> None:
    assert attacks(text)[0].actor == actor


@pytest.mark.parametrize(
    "text",
    [
        "The bombing at a bus depot in Garowe, which killed six people on Monday, has not been "
        "claimed.",
        "Monday's bombing in Garowe has not been claimed by any group.",
        "No group has claimed the bombing at a bus depot in Garowe.",
    ],
)
def test_an_attack_nobody_claimed_still_happened(text: str) -> None:
    (attack,) = attacks(text)
    assert (attack.modality, attack.actor) == ("happened", None)


@pytest.mark.parametrize(
    "text",
    [
        "Unknown gunmen killed 5 in Mopti on Monday. JNIM claimed the killing of a soldier in Gao "
        "last week.",
        "Gunmen attacked a police post in Tillaberi on Monday. A drone strike hit a convoy in Gao "
        "on Tuesday. The group JNIM claimed the attack.",
    ],
)
def test_a_claim_leaves_the_unnamed_men_of_attacks_it_does_not_reach(text: str) -> None:
    assert attacks(text)[0].actor == UNIDENTIFIED


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv has never claimed attacks inside Russia.",  # a side never owned them: denied
        "Ukraine has not claimed any drone strikes on Moscow.",
    ],
)
def test_attacks_a_side_has_not_claimed_are_no_attacks_done(text: str) -> None:
    assert not any(a.modality == "happened" for a in attacks(text))


def test_a_ceasefire_not_claimed_as_a_victory_is_no_agreement_told() -> None:
    text = "Officials said the ceasefire has not been claimed as a victory by either side."
    events = sitrep.extract(text, published=PUBLISHED).events
    assert not any(e.type == "agreement" and e.modality == "happened" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "The army did not attack the town of Garowe on Monday.",
        "There was no bombing in Garowe on Monday, police said.",
    ],
)
def test_an_attack_denied_itself_is_still_no_event(text: str) -> None:
    assert attacks(text) == []
