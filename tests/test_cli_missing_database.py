"""A command that reads the store refuses a database file that is not there, in one line and
with exit 2, and creates none: a mistyped --db must not list "nothing found" from a new empty
store. Invented reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.store import Store
from test_incident_modality import filled

runner = CliRunner()

READING_COMMANDS = [
    ["events"],
    ["claims"],
    ["claims", "--about", "troops"],
    ["places"],
    ["timeline"],
    ["event", "ev-0123456789ab"],
    ["export"],
    ["export", "--what", "incidents", "--format", "csv"],
    ["ledger"],
    ["serve"],
]


@pytest.mark.parametrize("command", READING_COMMANDS, ids=" ".join)
def test_a_missing_database_is_refused_and_not_created(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "mistyped.db"
    result = runner.invoke(app, [*command, "--db", str(missing)], env={"COLUMNS": "250"})
    assert result.exit_code == 2, result.output
    assert f"no database at {missing}" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not missing.exists()


@pytest.mark.parametrize(
    "command",
    [c for c in READING_COMMANDS if c[0] not in ("event", "ledger", "serve")],
    ids=" ".join,
)
def test_an_existing_database_is_read(tmp_path: Path, command: list[str]) -> None:
    db = str(tmp_path / "told.db")
    filled(Store(db)).close()
    result = runner.invoke(app, [*command, "--db", db], env={"COLUMNS": "250"})
    assert "no database" not in result.output
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("command", [["events"], ["timeline"]], ids=" ".join)
def test_a_missing_sqlite_url_is_refused_too(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "mistyped.db"
    result = runner.invoke(app, [*command, "--db", f"sqlite:///{missing}"], env={"COLUMNS": "250"})
    assert result.exit_code == 2, result.output
    assert not missing.exists()
