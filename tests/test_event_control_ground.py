"""Control restored, established or gained is ground won back or taken only when what is
controlled is ground ("control over the town"), not traffic or money. Texts are invented."""

from __future__ import annotations

import pytest

import sitrep

GAINS = ("retake_territory", "seize_territory")


def types(text: str) -> list[str]:
    return [e.type for e in sitrep.extract(text, published="2025-05-08").events]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers restored full control over the village of Tarvo on Tuesday.",
        "The army restored control of Ostrava on Tuesday.",
        "Troops restored control over the border crossing on Tuesday.",
    ],
)
def test_control_of_ground_restored_is_a_retake(text: str) -> None:
    assert "retake_territory" in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police restored control of traffic in the capital on Tuesday after farmers blocked "
        "the roads.",
        "The ministry restored control over its budget after the audit.",
    ],
)
def test_control_of_anything_else_gains_no_ground(text: str) -> None:
    assert not set(types(text)) & set(GAINS)


def test_the_protest_beside_restored_traffic_is_kept() -> None:
    text = (
        "Police restored control of traffic in the capital on Tuesday after farmers blocked roads."
    )
    assert "protest" in types(text)
