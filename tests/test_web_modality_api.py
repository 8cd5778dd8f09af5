"""The event list's `modality` filter over the API: what the reports tell as happened, denied,
expected or planned. No model needed: hand-made extractions."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

with warnings.catch_warnings():  # starlette's notice that its test client will move to httpx2
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from sitrep.model import Article, Event, EventPlace, Extraction
from sitrep.store import Store
from sitrep.web import create_app

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def told_as(article_id: str, text: str, modality: str) -> Extraction:
    """An invented report of one event at Velmor, told as `modality`."""
    velmor = EventPlace("Velmor", 47.1, 28.3, "PPL", "MD")
    event = Event(0, len(text), "attack", actor="Southern army", place=velmor, modality=modality)
    return Extraction(
        article=Article(id=article_id, text=text, title=article_id, published=dt.date(2025, 4, 8)),
        events=(event,),
        pipeline_version="sample-1",
    )


@pytest.mark.parametrize(
    ("modality", "expected"),
    [
        ("happened", ["shelled", "older"]),
        ("denied", ["denied"]),
        ("expected, planned", ["vowed"]),
        ("happened,denied", ["denied", "older", "shelled"]),
    ],
)
def test_events_filter_by_how_they_are_told(
    tmp_path: Path, modality: str, expected: list[str]
) -> None:
    """`modality` keeps what the reports tell as happened, denied, expected or planned; a row
    stored before events had a modality counts as happened."""
    db = str(tmp_path / "told.db")
    Store(db).save_batch(
        [
            told_as("shelled", "Artillery shelled Velmor on Monday.", "happened"),
            told_as("denied", "The Southern army denied shelling Velmor.", "denied"),
            told_as("vowed", "The Southern army vowed to shell Velmor again.", "planned"),
            told_as("older", "Velmor was shelled, an older run read.", "happened"),
        ]
    )
    with Store(db).engine.begin() as conn:
        conn.exec_driver_sql("UPDATE events SET modality = NULL WHERE sentence LIKE '%older run%'")
    items = TestClient(create_app(db)).get("/api/events", params={"modality": modality}).json()
    assert sorted(item["title"] for item in items["items"]) == sorted(expected)
    assert items["total"] == len(expected)
