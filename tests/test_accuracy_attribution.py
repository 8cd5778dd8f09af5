"""Accuracy gate for attribution on PolNeAR dev (overlap F1). Floors sit a little below what we
measure; raise them when the extractor improves, never lower them silently."""

from __future__ import annotations

import pytest

from sitrep.evaluation.polnear import evaluate_polnear

pytestmark = [pytest.mark.model, pytest.mark.shared, pytest.mark.slow]

FLOORS = {"content_f1": 0.60, "source_f1": 0.55, "cue_f1": 0.54, "content_p": 0.76}


@pytest.fixture(scope="module")
def scores(shared, nlp):
    data = shared / "data" / "attribution" / "polnear"
    if not (data / "dev").is_dir():
        pytest.skip(f"PolNeAR not found at {data}")
    return evaluate_polnear(data, nlp, split="dev", limit=40)


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_polnear_floor(scores, metric):
    assert scores[metric] >= FLOORS[metric], scores
