"""Every exported event carries `canonical_id`, the id of the incident it reports, and
`sitrep export --what incidents` writes the timeline's incidents, so a map, a spreadsheet and
`sitrep timeline` can be joined. Invented reports."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.model import EventPlace
from sitrep.store import Store
from sitrep.store.ledger import rebuild_ledger
from test_incident_modality import STRUCK, filled, report

runner = CliRunner()


@pytest.fixture
def told_db(tmp_path: Path) -> str:
    db = str(tmp_path / "told.db")
    filled(Store(db)).close()
    return db


def exported(db: str, *options: str) -> str:
    result = runner.invoke(app, ["export", "--db", db, *options])
    assert result.exit_code == 0, result.output
    return result.stdout


def jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def test_each_event_names_its_incident(told_db: str) -> None:
    incidents = {i["id"]: i for i in jsonl(exported(told_db, "--what", "incidents"))}
    events = jsonl(exported(told_db))
    assert {e["canonical_id"] for e in events} == set(incidents)
    for event in events:  # the struck and the denied attack are one disputed incident
        assert incidents[event["canonical_id"]]["type"] == event["type"]
    assert sorted(i["modality"] for i in incidents.values()) == ["disputed", "planned"]


@pytest.mark.parametrize(
    ("options", "id_column"),
    [
        (["--format", "csv"], "canonical_id"),
        (["--format", "csv", "--what", "incidents"], "id"),
        (["--format", "csv", "--what", "incidents", "--type", "protest"], "id"),
    ],
)
def test_the_csv_rows_carry_the_incident_id(
    told_db: str, options: list[str], id_column: str
) -> None:
    rows = list(csv.DictReader(io.StringIO(exported(told_db, *options))))
    assert rows and all(row[id_column].startswith("ev-") for row in rows)
    if "--type" in options:
        assert [row["type"] for row in rows] == ["protest"]


def test_incidents_are_mapped_where_placed(told_db: str) -> None:
    collection = json.loads(exported(told_db, "--what", "incidents", "--format", "geojson"))
    points = sorted(f["geometry"]["coordinates"] for f in collection["features"])
    assert points == [[21.7, 44.2], [21.7, 44.2]]
    assert all(f["properties"]["id"].startswith("ev-") for f in collection["features"])


def test_incidents_refuse_the_source_filter(told_db: str) -> None:
    result = runner.invoke(
        app, ["export", "--db", told_db, "--what", "incidents", "--source", "mayor"]
    )
    assert result.exit_code == 2 and "--source filters events only" in result.output


def test_events_exported_before_the_ledger_name_no_incident(tmp_path: Path) -> None:
    db = str(tmp_path / "unlinked.db")
    Store(db).save_batch([report("struck", STRUCK, "happened")])
    (event,) = jsonl(exported(db))
    assert event["canonical_id"] is None


OLD_RAID = "The Eastern brigade struck Kessary in 2011, the mayor recalled."


def recalled_store(path: Path) -> str:
    """A store whose one report recalls a raid of 2011: a background incident, ledger built."""
    store = Store(str(path))
    recalled = report("recalled", OLD_RAID, "happened")
    (event,) = recalled.events
    store.save_batch([replace(recalled, events=(replace(event, date="2011"),))])
    rebuild_ledger(store)
    store.close()
    return str(path)


def test_an_event_naming_a_background_incident_finds_it_in_the_incidents(tmp_path: Path) -> None:
    db = recalled_store(tmp_path / "recalled.db")
    incidents = {i["id"]: i for i in jsonl(exported(db, "--what", "incidents"))}
    (named,) = [e["canonical_id"] for e in jsonl(exported(db))]
    assert named in incidents and incidents[named]["background"] is True


def test_the_event_list_names_each_incident(told_db: str) -> None:
    result = runner.invoke(app, ["events", "--db", told_db, "--json"])
    assert result.exit_code == 0, result.output
    listed = json.loads(result.stdout)
    incidents = {i["id"] for i in jsonl(exported(told_db, "--what", "incidents"))}
    assert listed and {e["canonical_id"] for e in listed} == incidents


def test_the_events_csv_keeps_its_columns_and_adds_new_ones_last(told_db: str) -> None:
    """Consumers read the CSV by position: the article's columns follow the event's as they
    always did, and the columns added since come after them, in the order they were added."""
    header = next(csv.reader(io.StringIO(exported(told_db, "--format", "csv"))))
    tail = ["published", "title", "url", "outlet", "pipeline_version", "canonical_id", "place_near"]
    assert header[-len(tail) :] == tail


def test_the_incidents_map_marks_the_background_ones(tmp_path: Path) -> None:
    db = recalled_store(tmp_path / "recalled_map.db")
    collection = json.loads(exported(db, "--what", "incidents", "--format", "geojson"))
    assert [f["properties"]["background"] for f in collection["features"]] == [True]


NEAR_KESSARY = EventPlace("Dovrany", 44.2, 21.7, "PPL", "RS", near="Kessary")


@pytest.mark.parametrize(
    ("places", "near"),
    [
        ((NEAR_KESSARY,), "Kessary"),  # drawn at the town's point: the map says so
        ((NEAR_KESSARY, EventPlace("Dovrany", 44.3, 21.8, "PPL", "RS")), None),  # one has it
    ],
)
def test_an_incident_placed_only_near_a_town_stays_approximate(
    tmp_path: Path, places: tuple[EventPlace, ...], near: str | None
) -> None:
    db = str(tmp_path / "near.db")
    store = Store(db)
    witnesses = (STRUCK, STRUCK.replace("the mayor", "a witness"))
    store.save_batch(
        [report(f"village {n}", witnesses[n], "happened", place=p) for n, p in enumerate(places)]
    )
    rebuild_ledger(store)
    store.close()
    collection = json.loads(exported(db, "--what", "incidents", "--format", "geojson"))
    assert [f["properties"]["place_near"] for f in collection["features"]] == [near]
