"""Accuracy gate for attribution on PolNeAR dev (overlap F1). Floors sit a little below what we
measure; raise them when the extractor improves, never lower them silently."""

from __future__ import annotations

import pytest

from sitrep.evaluation.polnear import evaluate_polnear

pytestmark = [pytest.mark.model, pytest.mark.shared, pytest.mark.slow]

# Measured on all 84 dev articles (session 17): content F1 .8433 (P .925, R .775), source F1 .821
# (P .872, R .775), cue F1 .800 (P .877, R .734); the content floor is back at .843. (Session 16:
# content .8428, source .8203, cue .7991.) The content floor was lowered openly from .843
# to .842 in session 16: PolNeAR counts "declined to comment" (content "to comment") and an
# unnamed reporter's question ("Asked about X, the minister said ...": content X) as attributions;
# a ledger of claims keeps neither, since neither says anything and the question is not the
# speaker's (-.0009 content F1). (Session 15: content .8437, source .8207, cue .800; session 11: content .843, source .820, cue .799;
# session 10: content .842 (P .925, R .772),
# source .818 (P .871), cue .798; session 9: content .841, source .816 (P .870),
# cue .797; session 8: content .841 (P .925, R .771),
# source .813 (P .866), cue .793 (P .872); session 6: content .834 (P .916, R .766),
# source .804 (P .854), cue .785 (P .862); session 5: content .834 (P .915, R .766),
# source .803 (P .854), cue .784 (P .861); session 4: content .832 (P .914, R .763),
# source .797 (P .849), cue .779 (P .857); session 3: content .829 (P .914, R .759),
# source .793 (P .847), cue .775 (P .854); session 2: content .812 (P .900,
# R .740), source .769 (P .825), cue .754 (P .835); session 1: content F1 .749 (P .866, R .660),
# source .674 (P .754), cue .659 (P .762); earlier rounds .740/.663/.647 and .728/.656/.636.)
FLOORS = {
    "content_f1": 0.843,
    "source_f1": 0.820,
    "cue_f1": 0.798,
    # Content precision was lowered openly from .87 to .86 in session 1 (a speech verb's plain
    # object counts as its claim: -.007 precision, +.019 recall); it now measures .925. Users
    # read these chains, so precision keeps floors of its own.
    "content_p": 0.924,
    "source_p": 0.871,
    "cue_p": 0.876,
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
