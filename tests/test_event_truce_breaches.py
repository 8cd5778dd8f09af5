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
