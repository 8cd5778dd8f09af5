"""Accuracy gate for events on the public dev sets (floors a little below what we measure).

A floor is lowered only with a reason in the commit; raise it when the extractor improves.
Subsets keep the run under a minute: the first 200 CASE snippets, all WikiEvents documents and
the first 150 PLOVER records.
"""

from __future__ import annotations

import pytest

from sitrep.evaluation.events import score_case, score_plover, score_wikievents

pytestmark = [pytest.mark.model, pytest.mark.shared, pytest.mark.slow]

# Measured (session 10): CASE (first 200) macro F1 0.805, accuracy 0.835 (session 9: 0.784, 0.815);
# WikiEvents attack 0.719, arrest 0.909, overall 0.725; PLOVER (first 150) 0.600 (0.540), 0.647
# once acts announced for later are coded as their promise or threat (session 11), 0.667 once
# a commitment is read from its governing verb and forecasts are no threats (session 11, E3).
CASE_FLOORS = {"macro_f1": 0.80, "accuracy": 0.83}
WIKIEVENTS_FLOORS = {"attack_f1": 0.71, "arrest_f1": 0.90, "overall_f1": 0.72}
PLOVER_FLOORS = {"accuracy": 0.64}


def test_case2021_floor(shared, nlp):
    scores = score_case(shared / "data" / "events" / "case2021" / "task2-dev.tsv", nlp, limit=200)
    for name, floor in CASE_FLOORS.items():
        assert scores[name] >= floor, f"CASE 2021 {name} {scores[name]:.3f} < floor {floor}"


def test_wikievents_floor(shared, nlp):
    scores = score_wikievents(shared / "data" / "events" / "wikievents" / "dev.jsonl", nlp)
    for name, floor in WIKIEVENTS_FLOORS.items():
        assert scores[name] >= floor, f"WikiEvents {name} {scores[name]:.3f} < floor {floor}"


def test_plover_floor(shared, nlp):
    scores = score_plover(
        shared / "data" / "events" / "plover" / "PLOVER_GSR_CAMEO.txt", nlp, limit=150
    )
    for name, floor in PLOVER_FLOORS.items():
        assert scores[name] >= floor, f"PLOVER {name} {scores[name]:.3f} < floor {floor}"
