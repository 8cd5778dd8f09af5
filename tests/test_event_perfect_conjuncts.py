"""A bare participle joined to a reported clause continues the reporter's "had": "X had said
that Y used gas and imposed sanctions" is X's sanction. Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-03-14"


def actors(text: str, event_type: str) -> list[str | None]:
    events = sitrep.extract(text, published=PUBLISHED).events
    return [e.actor for e in events if e.type == event_type]


def test_the_reporters_perfect_takes_the_participle() -> None:
    text = (
        "Canada had already said in March that the Ruritanian army used nerve agents and "
        "imposed sanctions on its commander."
    )
    assert actors(text, "sanction") == ["Canada"]


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        (
            "France had said that Russian troops shelled the town and killed four people.",
            "attack",
            "Russia",
        ),
        (
            "The UN had reported that Ethiopian troops entered the town and arrested dozens of men.",
            "arrest",
            "Ethiopia",
        ),
    ],
)
def test_a_finite_pair_inside_the_clause_keeps_its_subject(
    text: str, event_type: str, actor: str
) -> None:
    assert actors(text, event_type) == [actor]
