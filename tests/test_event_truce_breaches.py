"""A ceasefire broken or violated by a side is fighting by that side, not an agreement;
a law or sanctions violated is no fighting. Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-03-14"


def events(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.actor) for e in sitrep.extract(text, published=PUBLISHED).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Georgian units violated the truce at least 30 times since Friday, Tbilisi said.",
            [("armed_clash", "Georgia")],
        ),
        (
            "Armenian forces breached the ceasefire near Lachin on Saturday.",
            [("armed_clash", "Armenia")],
        ),
        ("The company violated the sanctions regime.", []),
        ("The minister broke the law, the court found.", []),
    ],
)
def test_a_truce_broken_is_fighting(text: str, expected: list) -> None:
    assert events(text) == expected


def test_breaking_a_truce_is_no_agreement() -> None:
    text = "The two armies accused each other on Sunday of breaking a ceasefire dozens of times."
    assert "agreement" not in [t for t, _ in events(text)]


def counted(text: str) -> list[tuple[str | None, list[float]]]:
    extraction = sitrep.extract(text, published=PUBLISHED)
    values = [q.value for q in extraction.quantities]
    return [
        (e.actor, [values[i] for i in e.quantities])
        for e in extraction.events
        if e.type == "armed_clash"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The army said rebels violated the truce 40 times, while the rebels said the army "
        "violated it 25 times.",
        "The army said rebels violated the truce 40 times. The rebels said the army violated it "
        "25 times.",
    ],
)
def test_each_sides_count_of_breaches_stays_with_its_claim(text: str) -> None:
    assert counted(text) == [("Unidentified Armed Group", [40]), (None, [25])]


def test_a_pronoun_with_no_truce_before_it_breaks_nothing() -> None:
    assert not counted("The rebels signed the accord on Monday. Protesters broke it on Tuesday.")


@pytest.mark.parametrize(
    "text",
    [
        # a text that breaks a truce fires no shot, and "it" is the nearest thing it can be
        "The truce was agreed in April. Activists say the new curfew law breaches it.",
        "The truce was agreed in April. The judges found that the new decree violated it.",
    ],
)
def test_a_truce_broken_by_no_armed_side_is_no_fighting(text: str) -> None:
    assert not counted(text)
