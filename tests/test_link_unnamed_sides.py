"""Across articles an unnamed side ("gunmen", "bandits") is an unknown actor: it fits a named
group's report of the same attack, its trade names do not split one kidnapping, and it is never
the only thing two reports share. Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extract.actors import is_unnamed_side
from sitrep.link.events import canonical_summary, cluster_events
from sitrep.link.records import records_from_payload

PUBLISHED = "2025-03-14"


def linked(texts: list[str]) -> list:
    records = []
    for at, text in enumerate(texts):
        payload = sitrep.extract(text, published=PUBLISHED).to_json()
        records += records_from_payload(payload, f"a{at}")[0]
    return cluster_events(records)


def clusters(texts: list[str]) -> list[list[str]]:
    return sorted(sorted(m.article_id for m in c.members) for c in linked(texts))


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            [
                "Gunmen killed 14 farmers near Butembo on Wednesday.",
                "ADF rebels killed 14 farmers near Butembo on Wednesday.",
            ],
            [["a0", "a1"]],
        ),
        (
            [
                "Bandits kidnapped 35 pupils from a school in Zaria on Wednesday.",
                "Gunmen kidnapped 35 pupils from a school in Zaria on Wednesday.",
                "Kidnappers abducted 35 pupils from a school in Zaria on Wednesday.",
            ],
            [["a0", "a1", "a2"]],
        ),
        (
            [
                "Gunmen killed 14 farmers near Butembo on Wednesday.",
                "Gunmen killed six traders on Wednesday, police said.",
            ],
            [["a0"], ["a1"]],  # an unplaced attack shares only the unknown doer: apart
        ),
    ],
)
def test_unnamed_sides_are_unknown_actors_across_articles(texts, expected):
    assert clusters(texts) == expected


@pytest.mark.parametrize(
    ("texts", "actor"),
    [
        (
            [
                "Gunmen killed 14 farmers near Butembo on Wednesday.",
                "Gunmen killed 14 farmers near Butembo on Wednesday, police said.",
                "ADF rebels killed 14 farmers near Butembo on Wednesday.",
            ],
            "ADF",  # the name given, however often the men are left unnamed
        ),
        (["Gunmen killed 14 farmers near Butembo on Wednesday."], "Unidentified Armed Group"),
    ],
)
def test_the_linked_event_takes_a_named_actor_over_unnamed_men(texts, actor):
    [cluster] = linked(texts)
    assert canonical_summary(cluster)["actor"] == actor


@pytest.mark.parametrize(
    ("name", "unnamed"),
    [
        ("Unidentified Armed Group", True),
        ("Bandits", True),
        ("Somali pirates", True),
        ("ADF", False),
        ("Nigeria", False),
        (None, False),
    ],
)
def test_is_unnamed_side(name, unnamed):
    assert is_unnamed_side(name) is unnamed
