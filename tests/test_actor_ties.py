"""Unnamed men told by whom they are tied to (`actor_ties`), read alike on every unnamed side's
noun and in every parse a tie gets: a state's men are named for the tie (hackers) or stay unnamed
(armed men), a group's men are the group. Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extract.actor_unnamed import UNIDENTIFIED

PUBLISHED = "2025-03-12"


def first_attack_actor(text: str) -> str | None:
    attacks = [e for e in sitrep.extract(text, published=PUBLISHED).events if e.type == "attack"]
    return attacks[0].actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # "linked" read as the main verb: Hackers/nsubj linked/ROOT ... attacked/dep
        ("Hackers linked to Russia attacked a utility in Lviv on Monday.", "Russia-linked hackers"),
        ("Russia-linked hackers attacked a utility in Lviv on Monday.", "Russia-linked hackers"),
        ("Hackers tied to China attacked a utility in Guam on Monday.", "China-linked hackers"),
        (
            "Hackers with ties to China attacked a utility in Guam on Monday.",
            "China-linked hackers",
        ),
        ("Hackers backed by Iran attacked a utility in Haifa on Monday.", "Iran-linked hackers"),
        # a patron that is no state is the side itself
        (
            "Hackers connected with the Wagner Group attacked a utility in Lviv on Monday.",
            "Wagner Group",
        ),
        ("Hackers linked to Hamas attacked a utility in Haifa on Monday.", "Hamas"),
        ("Gunmen linked to the RSF attacked a village near El Fasher on Monday.", "RSF"),
        # armed men tied to a state are unnamed armed men, never the state
        ("Militants backed by Iran attacked a base in Erbil on Monday.", UNIDENTIFIED),
        ("Iran-backed militants attacked a base in Erbil on Monday.", UNIDENTIFIED),
        ("Militants with ties to Iran attacked a base in Erbil on Monday.", UNIDENTIFIED),
        ("Gunmen with ties to Iran attacked a base in Erbil on Monday.", UNIDENTIFIED),
    ],
)
def test_a_tie_names_unnamed_men_by_their_patron(text: str, actor: str) -> None:
    assert first_attack_actor(text) == actor


def test_a_tie_to_no_side_names_nobody() -> None:
    events = sitrep.extract("Hackers linked to the attack on Monday were arrested.").events
    assert all(e.actor is None or "linked" not in e.actor for e in events)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "A group calling itself the Dawn Front attacked a village in Mopti on Monday.",
            "Dawn Front",
        ),
        # the soldiers acted, not the group they hunt
        (
            "Soldiers hunting a group calling itself the Dawn Front attacked a village in Mopti on Monday.",
            None,
        ),
        # a man's name for himself names no side
        ("A man calling himself John Smith attacked a police officer in London on Monday.", None),
    ],
)
def test_only_a_group_that_is_the_subject_names_itself(text: str, actor: str | None) -> None:
    assert first_attack_actor(text) == actor
