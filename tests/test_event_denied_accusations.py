"""An act one side says the other did, denied a sentence or two later by that side ("denied the
accusations"), is alleged; the accuser's own acts and acts without a denial stay done.
Sentences are invented."""

from __future__ import annotations

import sitrep

PUBLISHED = "2025-08-03"
ACCUSED = (
    "Georgia's defence ministry said Russian forces had opened fire on its positions 15 times "
    "near Akhalgori on Saturday. "
)


def modalities(text: str) -> list[tuple[str | None, str]]:
    events = sitrep.extract(text, published=PUBLISHED).events
    return [(e.actor, e.modality) for e in events if e.type in ("attack", "armed_clash")]


def test_the_accused_sides_denial_makes_its_act_alleged() -> None:
    text = ACCUSED + "Russia's defence ministry denied the accusations on Sunday."
    assert modalities(text) == [("Russia", "alleged")]


def test_without_a_denial_the_act_is_told_done() -> None:
    assert modalities(ACCUSED) == [("Russia", "happened")]


def test_a_third_sides_denial_leaves_the_act_done() -> None:
    text = ACCUSED + "Armenia's foreign ministry denied the reports on Sunday."
    assert modalities(text) == [("Russia", "happened")]
