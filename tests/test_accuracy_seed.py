"""The seed gold (shared/seed/gold.json) scored by `sitrep eval`'s own scorer, with floors.

One test among many: the benchmark is the dev sets. Floors only go up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = [pytest.mark.model, pytest.mark.shared]

FLOORS = {
    "places": {"recall": 1.0, "accuracy_at_161": 1.0, "level_accuracy": 0.9},
    "metonyms": {"recall": 0.85, "precision": 0.85},
    "times": {"span_recall": 1.0, "value_accuracy": 1.0},
    "quantities": {
        "recall": 1.0,
        "value_accuracy": 1.0,
        "hedge_accuracy": 1.0,
        "unit_accuracy": 1.0,
    },
    "attributions": {
        "recall": 1.0,
        "source_accuracy": 1.0,
        "kind_accuracy": 1.0,
        "via_accuracy": 1.0,
        "verb_accuracy": 1.0,
        "direct_accuracy": 1.0,
        "date_accuracy": 1.0,
    },
    "events": {
        "recall": 1.0,
        "precision": 0.8,
        "actor_accuracy": 1.0,
        "target_accuracy": 1.0,
        "place_accuracy": 1.0,
        "date_accuracy": 1.0,
        "weapon_accuracy": 1.0,
        "killed_accuracy": 1.0,
        "injured_accuracy": 1.0,
    },
    "furniture": {
        "duplicates_not_counted_twice": 1.0,
        "duplicates_linked": 1.0,
        "credit_names_kept_out": 1.0,
        "boilerplate_kept_out": 1.0,
    },
}


@pytest.fixture(scope="module")
def scores(shared: Path) -> dict:
    from sitrep.evaluation.runner import evaluate_seed_file

    return evaluate_seed_file(shared / "seed" / "gold.json")


@pytest.mark.parametrize(("section", "metric"), [(s, m) for s, ms in FLOORS.items() for m in ms])
def test_seed_score_stays_above_its_floor(scores: dict, section: str, metric: str) -> None:
    assert scores[section][metric] >= FLOORS[section][metric] - 1e-9, (
        section,
        metric,
        scores[section],
    )
