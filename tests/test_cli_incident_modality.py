"""`sitrep timeline` and `sitrep event` say how each incident and each report is told, and
`--modality` keeps the incidents told so, parsed as /api/timeline parses it; `sitrep events`
does the same for each report's own event. Invented reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.store import Store
from test_incident_modality import filled

runner = CliRunner()
WIDE = {"COLUMNS": "250"}


@pytest.fixture
def told_db(tmp_path: Path) -> str:
    db = str(tmp_path / "told.db")
    filled(Store(db)).close()
    return db


def rows(output: str) -> list[list[str]]:
    """The table's body rows, cell by cell."""
    return [
        [c.strip() for c in line.split("│")[1:-1]] for line in output.splitlines() if "│" in line
    ]


@pytest.mark.parametrize(
    ("modality", "shown"),
    [
        ([], [("attack", "disputed"), ("protest", "planned")]),
        (["--modality", "disputed"], [("attack", "disputed")]),
        (["--modality", "happened, planned"], [("protest", "planned")]),
        (["--modality", ","], [("attack", "disputed"), ("protest", "planned")]),
    ],
)
def test_the_timeline_shows_and_filters_how_each_incident_is_told(
    told_db: str, modality: list[str], shown: list[tuple[str, str]]
) -> None:
    result = runner.invoke(app, ["timeline", "--db", told_db, *modality], env=WIDE)
    assert result.exit_code == 0, result.output
    assert sorted((r[3], r[4]) for r in rows(result.output)) == shown


@pytest.mark.parametrize(
    ("modality", "shown"),
    [
        ([], [("attack", "denied"), ("attack", "happened"), ("protest", "planned")]),
        (["--modality", "denied"], [("attack", "denied")]),
        (["--modality", "happened,planned"], [("attack", "happened"), ("protest", "planned")]),
    ],
)
def test_the_events_show_and_filter_how_each_report_tells_its_event(
    told_db: str, modality: list[str], shown: list[tuple[str, str]]
) -> None:
    result = runner.invoke(app, ["events", "--db", told_db, *modality], env=WIDE)
    assert result.exit_code == 0, result.output
    assert sorted((r[1], r[2]) for r in rows(result.output)) == shown


@pytest.mark.parametrize(
    ("command", "unknown", "named"),
    [("timeline", "rumoured", "disputed"), ("events", "disputed", "planned")],
)
def test_an_unknown_modality_names_the_choices(
    told_db: str, command: str, unknown: str, named: str
) -> None:
    result = runner.invoke(app, [command, "--db", told_db, "--modality", unknown], env=WIDE)
    assert result.exit_code == 2
    assert f"'{unknown}'" in result.output and named in result.output


def test_an_event_says_how_it_and_each_of_its_reports_are_told(told_db: str) -> None:
    (incident,) = rows(
        runner.invoke(app, ["timeline", "--db", told_db, "--modality", "disputed"], env=WIDE).output
    )
    result = runner.invoke(app, ["event", incident[0], "--db", told_db], env=WIDE)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].split()[1:3] == ["attack", "disputed"]
    assert sorted(r[3] for r in rows(result.output)) == ["denied", "happened"]
