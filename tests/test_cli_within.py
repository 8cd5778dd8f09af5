"""`--within` on `sitrep events` and `sitrep timeline`: only what lies wholly in the dates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.store import Store
from sitrep.store.ledger import rebuild_ledger
from sitrep.web.sample import kursk_example

runner = CliRunner()
# one report of four events, each of its own type, dated to a day, a week, a month and a year
SPANS = {"2024-02-27": "attack", "2024-W09": "protest", "2024-02": "arrest", "2024": "deploy"}


@pytest.fixture(scope="module")
def spans_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("within") / "within.db")
    example = kursk_example()
    article = dataclasses.replace(example.article, published=dt.date(2024, 3, 2))
    events = tuple(
        dataclasses.replace(example.events[0], date=date, type=kind) for date, kind in SPANS.items()
    )
    store = Store(db)
    store.save_batch([dataclasses.replace(example, article=article, events=events)])
    rebuild_ledger(store)
    return db


@pytest.mark.parametrize("command", ["events", "timeline"])
@pytest.mark.parametrize(
    ("within", "types"),
    [
        ([], {"attack", "protest", "arrest", "deploy"}),  # a week or a year reaching in is in
        (["--within"], {"attack", "arrest"}),  # the day, and the month that is the range
    ],
)
def test_within_lists_only_what_lies_wholly_in_the_dates(
    spans_db: str, command: str, within: list[str], types: set[str]
) -> None:
    dates = ["--since", "2024-02-01", "--until", "2024-02-29"]
    result = runner.invoke(app, [command, "--db", spans_db, *dates, "--json", *within])
    assert result.exit_code == 0, result.output
    assert {row["type"] for row in json.loads(result.stdout)} == types


def test_within_is_in_the_help_of_both_commands() -> None:
    for command in ("events", "timeline"):
        assert "--within" in runner.invoke(app, [command, "--help"]).output
