"""Accuracy gate for attribution on PolNeAR dev (overlap F1). Floors sit a little below what we
measure; raise them when the extractor improves, never lower them silently."""

from __future__ import annotations

import pytest

from sitrep.evaluation.polnear import evaluate_polnear

pytestmark = [pytest.mark.model, pytest.mark.shared, pytest.mark.slow]

# Measured on all 84 dev articles: content F1 .749 (P .866, R .660), source F1 .674 (P .754,
# R .610), cue F1 .659 (P .762, R .581). (Before: content F1 .740 (P .873, R .641), source F1
# .663 (P .757), cue F1 .647 (P .763); before that: content F1 .728 (P .876), source .656 (P .763),
# cue .636 (P .765); dev[:25] content F1 .702, source .587, cue .592.)
FLOORS = {
    "content_f1": 0.745,
    "source_f1": 0.67,
    "cue_f1": 0.655,
    # Lowered openly from .87 to .86 (round 5): a speech verb's plain object now counts as its
    # claim, trading .007 content precision for .019 recall (+.009 F1); users read these chains,
    # so precision keeps a floor of its own.
    "content_p": 0.86,
    "source_p": 0.75,
    "cue_p": 0.76,
}


@pytest.fixture(scope="module")
def scores(shared, nlp):
    data = shared / "data" / "attribution" / "polnear"
    if not (data / "dev").is_dir():
        pytest.skip(f"PolNeAR not found at {data}")
    return evaluate_polnear(data, nlp, split="dev")


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_polnear_floor(scores, metric):
    assert scores[metric] >= FLOORS[metric], scores
