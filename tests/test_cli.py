"""The CLI: documented commands, schema output, idempotent ingest, clear failures."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sitrep.cli import app

runner = CliRunner()
COMMANDS = ["extract", "ingest", "events", "claims", "places", "export", "eval", "demo", "version"]


def command_names() -> list[str]:
    import typer.main

    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def test_every_command_has_help_with_an_example() -> None:
    names = command_names()
    assert set(COMMANDS) <= set(names)
    for name in names:
        if name == "gazetteer":
            continue
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, result.output
        assert re.search(r"Examples?:", result.output), f"`sitrep {name} --help` gives no example"
        glued = [line for line in result.output.splitlines() if line.count("sitrep ") > 1]
        assert not [g for g in glued if "&&" not in g], (
            f"`sitrep {name} --help` runs examples together"
        )


def test_every_command_is_in_the_readme() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for name in command_names():
        assert f"sitrep {name}" in readme, f"README does not document `sitrep {name}`"


pytestmark_model = pytest.mark.model


@pytest.mark.model
def test_extract_prints_the_full_schema(seed_text: str, tmp_path: Path) -> None:
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--published", "2024-10-26"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["schema"] == "sitrep.extraction/1"
    assert record["article"]["published"] == "2024-10-26"
    assert len(record["events"]) >= 5


@pytest.mark.model
def test_extract_jsonl_gives_one_line_per_input_line_in_order(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    lines = [
        {
            "id": "b-2",
            "text": "Police arrested 12 protesters in Minsk on Sunday.",
            "published": "2020-08-10",
        },
        {"id": "a-1", "text": "A missile struck Odesa on Friday, killing two, officials said."},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n{broken\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--format", "jsonl"])
    assert result.exit_code == 1
    out_lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("article", {}).get("id") for o in out_lines[:2]] == ["b-2", "a-1"]
    assert "error" in out_lines[2]


@pytest.mark.model
def test_ingest_twice_stores_once_and_reports_failures(seed_text: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "seed.txt").write_text(seed_text, encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "junk.txt").write_bytes(bytes(range(256)) * 10)  # binary behind a text ending
    db = str(tmp_path / "s.db")
    first = runner.invoke(app, ["ingest", str(corpus), "--published", "2024-10-26", "--db", db])
    assert first.exit_code == 1
    assert "ingested 1, already present 0, failed 2" in first.stdout
    second = runner.invoke(
        app, ["ingest", str(corpus / "seed.txt"), "--published", "2024-10-26", "--db", db]
    )
    assert second.exit_code == 0
    assert "ingested 0, already present 1, failed 0" in second.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == 1
        assert conn.execute("select count(*) from extractions").fetchone()[0] == 1
        assert conn.execute("select count(*) from failures").fetchone()[0] == 2
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    events = runner.invoke(app, ["events", "--db", db, "--json"])
    assert events.exit_code == 0 and json.loads(events.stdout)
    geo = runner.invoke(app, ["export", "--db", db, "--format", "geojson"])
    assert json.loads(geo.stdout)["type"] == "FeatureCollection"
    csv_out = runner.invoke(app, ["export", "--db", db, "--format", "csv", "--what", "claims"])
    # keyed as every store keys them, not by the store's own row number
    assert csv_out.stdout.startswith("idx,article_id,")


def test_bad_published_date_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Some text.", encoding="utf-8")
    import subprocess
    import sys

    from sitrep.cli import main

    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from sitrep.cli import main; sys.argv=['sitrep','extract',sys.argv[1],'--published','someday']; main()",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "cannot read the publication date" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert main is not None


def test_unknown_export_format_is_refused(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "x.db"), "--format", "xml"])
    assert result.exit_code == 2
    assert "unknown format" in result.output


def test_the_ledger_can_be_deferred_and_rebuilt(tmp_path: Path) -> None:
    from sitrep.store import Store
    from sitrep.web.sample import sample_extractions

    db = str(tmp_path / "l.db")
    Store(db).save_batch(sample_extractions())  # stored without a ledger, as --no-ledger leaves it
    result = runner.invoke(app, ["ledger", "--db", db])
    assert result.exit_code == 0, result.output
    assert "ledger rebuilt" in result.stdout
    timeline = runner.invoke(app, ["timeline", "--db", db, "--json"])
    assert timeline.exit_code == 0 and json.loads(timeline.stdout)


def test_demo_summary_prints_each_claims_cue_label() -> None:
    """rich reads "[...]" as markup; the "(cue, class, certainty)" labels must reach the screen."""
    from rich.console import Console

    from sitrep.demo import print_summary
    from sitrep.store import Store
    from sitrep.web.sample import sample_extractions

    extractions = sample_extractions()
    store = Store("sqlite://")
    store.save_batch(extractions)
    console = Console(record=True, width=400)
    print_summary(store, console)
    shown = console.export_text()
    cues = [a.cue.text for e in extractions for a in e.attributions if a.cue]
    assert cues and all(f"({cue}, " in shown for cue in cues[:5])


def test_table_cells_show_article_text_as_written() -> None:
    """Square brackets in a sentence are text, not rich markup; a line break does not split
    the row."""
    from rich.console import Console

    from sitrep.cli.tables import cell

    console = Console(width=200, record=True)
    console.print(cell("Strikes hit [red]Kharkiv[/red]\n\ntoday"))
    assert console.export_text().strip() == "Strikes hit [red]Kharkiv[/red] today"


_ROWS = [
    {
        "date": "2024-10-25",
        "type": "attack",
        "actor": "Russia",
        "place_name": "Kyiv",
        "sentence": "A Russian drone struck an apartment building in Kyiv on Friday evening, "
        "sparking a fire that killed a 14-year-old girl and injured 21 people, officials said.",
    }
]


def test_rows_that_fit_the_terminal_are_one_table_line_each() -> None:
    from rich.console import Console

    from sitrep.cli.tables import print_rows

    console = Console(width=240, record=True)
    print_rows(console, _ROWS, list(_ROWS[0]))
    lines = console.export_text().splitlines()
    assert any(
        line.count("│") == 6 and "Kyiv" in line and "A Russian drone" in line for line in lines
    )


def test_rows_too_wide_for_the_terminal_become_records_with_the_whole_sentence() -> None:
    """In 80 columns a five-column table would squeeze the sentence to a word per line."""
    from rich.console import Console

    from sitrep.cli.tables import print_rows

    console = Console(width=60, record=True)
    print_rows(console, _ROWS, list(_ROWS[0]))
    text = console.export_text()
    assert "│" not in text
    assert [line.split()[:2] for line in text.splitlines()[1:5]] == [
        ["date", "2024-10-25"],
        ["type", "attack"],
        ["actor", "Russia"],
        ["place_name", "Kyiv"],
    ]
    assert "officials said." in " ".join(text.split())


def test_demo_lines_name_the_other_side_by_the_event_s_kind() -> None:
    from sitrep.demo import _event_line

    base = {
        "actor": "Group of Seven",
        "place_name": None,
        "lat": None,
        "lon": None,
        "date": "2024-12",
        "weapon": [],
        "killed": None,
        "injured": None,
        "sources": [],
    }
    assert "to Ukraine" in _event_line(base | {"type": "aid", "target": "Ukraine"})
    assert "against Ukraine" in _event_line(base | {"type": "attack", "target": "Ukraine"})


def test_demo_lines_word_a_toll_as_the_report_did() -> None:
    from sitrep.demo import _event_line

    event = {
        "type": "attack",
        "actor": None,
        "target": None,
        "place_name": None,
        "date": None,
        "weapon": [],
        "killed": 1500000.0,
        "killed_hedge": "lower_bound",
        "injured": 5.0,
        "injured_hedge": None,
        "sources": [],
    }
    line = _event_line(event)
    assert "killed at least 1,500,000" in line
    assert "injured 5" in line
    assert "e+06" not in line and "5.0" not in line


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store of hand-made extractions with its ledger: no model needed."""
    from sitrep.store import Store
    from sitrep.store.ledger import rebuild_ledger
    from sitrep.web.sample import sample_extractions

    db = str(tmp_path_factory.mktemp("cli") / "sample.db")
    store = Store(db)
    store.save_batch(sample_extractions())
    rebuild_ledger(store)
    return db


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["events", "--since", "yesterday"], "not a date"),
        (["events", "--until", "2024-13"], "not a date"),
        (["claims", "--since", "2023-02-29"], "not a date"),
        (["timeline", "--since", "last week"], "not a date"),
        (["events", "--type", "riot"], "choose one of"),
        (["timeline", "--type", "riot"], "choose one of"),
        (["events", "--limit", "-1"], "--limit"),
        (["timeline", "--limit", "99999999999999999999"], "--limit"),  # once an OverflowError
        (["places", "--limit", "0"], "--limit"),
        (["claims", "--about", "troops", "--text", "killed"], "not both"),
    ],
)
def test_filters_that_would_match_nothing_are_refused(
    sample_db: str, args: list[str], words: str
) -> None:
    """A misspelt date or type once listed nothing, and --limit -1 listed everything."""
    result = runner.invoke(app, [*args, "--db", sample_db])
    assert result.exit_code == 2
    assert words in " ".join(result.output.split())


def test_timeline_until_a_month_keeps_the_whole_month(sample_db: str) -> None:
    def ids(until: str) -> list[str]:
        result = runner.invoke(app, ["timeline", "--db", sample_db, "--until", until, "--json"])
        assert result.exit_code == 0, result.output
        return [row["id"] for row in json.loads(result.stdout)]

    assert ids("2024-10") == ids("2024-10-31")
    assert ids("2024") == ids("2024-12-31")


def test_timeline_newest_puts_the_latest_dated_event_first(sample_db: str) -> None:
    def rows(*extra: str) -> list[dict[str, Any]]:
        result = runner.invoke(app, ["timeline", "--db", sample_db, "--json", *extra])
        assert result.exit_code == 0, result.output
        return [row for row in json.loads(result.stdout) if row["date_end"]]

    newest = rows("--newest")
    assert [r["date_end"] for r in newest] == sorted((r["date_end"] for r in newest), reverse=True)
    assert {r["id"] for r in newest} == {r["id"] for r in rows()}


def test_an_event_id_can_be_given_without_its_prefix(sample_db: str) -> None:
    timeline = json.loads(runner.invoke(app, ["timeline", "--db", sample_db, "--json"]).stdout)
    bare = timeline[0]["id"].removeprefix("ev-")[:6]
    result = runner.invoke(app, ["event", bare, "--db", sample_db, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == timeline[0]["id"]


def test_ledger_summary_reads_as_a_sentence(sample_db: str) -> None:
    result = runner.invoke(app, ["ledger", "--db", sample_db])
    assert result.exit_code == 0, result.output
    assert re.search(r"ledger rebuilt: \d+ canonical events from \d+ reports", result.stdout)
    assert "LedgerSummary(" not in result.stdout


def test_demo_never_overwrites_an_existing_database(sample_db: str) -> None:
    def articles() -> int:
        with sqlite3.connect(sample_db) as conn:
            return int(conn.execute("select count(*) from articles").fetchone()[0])

    before = articles()
    result = runner.invoke(app, ["demo", "--db", sample_db])
    assert result.exit_code == 2
    assert "already exists" in result.output
    assert articles() == before > 0


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--format", "geojson", "--what", "claims"], "no coordinates"),
        (["--format", "csv", "--what", "extractions"], "--output-dir"),
        (["--format", "csv", "-o", "{tmp}/missing/out.csv"], "No such file"),
        (["--output-dir", "{tmp}/a-file"], "File exists"),
    ],
)
def test_exports_that_cannot_be_written_are_one_line_errors(
    sample_db: str, tmp_path: Path, args: list[str], words: str
) -> None:
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    filled = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = runner.invoke(app, ["export", "--db", sample_db, *filled])
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert words in " ".join(result.output.split())


def test_store_commands_start_without_loading_spacy() -> None:
    """Listing the store should not pay for importing the NLP stack (seconds per command)."""
    import subprocess
    import sys

    code = "import sys, sitrep.cli; print('spacy' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_ctrl_c_during_an_ingest_says_what_was_stored_and_what_is_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The line said every article stored was whole, but not how many there were."""
    import sitrep.batch
    import sitrep.pipeline
    from sitrep.batch import IngestSummary

    def interrupted(*_args: object, summary: IngestSummary, **_kwargs: object) -> None:
        summary.ingested, summary.present = 2, 1
        raise KeyboardInterrupt

    monkeypatch.setattr(sitrep.pipeline, "load_resources", lambda _settings: None)
    monkeypatch.setattr(sitrep.batch, "ingest_paths", interrupted)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(4):
        (corpus / f"{n}.txt").write_text(f"Shelling hit Kherson on day {n}.", encoding="utf-8")
    db = str(tmp_path / "s.db")
    result = runner.invoke(app, ["ingest", str(corpus), "--db", db])
    assert result.exit_code == 130
    message = result.stderr.replace("\n", " ")
    assert "interrupted; 2 new article(s) stored by this run, each whole; about 1 of 4 left" in (
        message
    )
    assert f"then `sitrep ledger --db {db}` if it finds nothing new" in message


def test_ctrl_c_in_the_ledger_rebuild_says_to_run_sitrep_ledger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The articles were all stored: the same command again finds nothing new and would leave
    the ledger as it was, so the line must name the command that brings it up to date."""
    import sitrep.batch
    import sitrep.pipeline
    import sitrep.store.ledger
    from sitrep.batch import IngestSummary

    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(sitrep.pipeline, "load_resources", lambda _settings: None)
    monkeypatch.setattr(sitrep.batch, "ingest_paths", lambda *_a, **_k: IngestSummary(ingested=1))
    monkeypatch.setattr(sitrep.store.ledger, "rebuild_ledger", interrupted)
    (tmp_path / "a.txt").write_text("Shelling hit Kherson on Monday.", encoding="utf-8")
    db = str(tmp_path / "s.db")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", db])
    assert result.exit_code == 130
    message = result.stderr.replace("\n", " ")
    assert "interrupted while rebuilding the ledger; every article is stored" in message
    assert f"run `sitrep ledger --db {db}` to bring it up to date" in message


@pytest.mark.parametrize(
    ("value", "hedge", "worded"),
    [(16.0, "lower_bound", "at least 16"), (12.0, "vague", "dozens"), (3.0, None, "3")],
)
def test_the_events_table_words_a_hedged_toll_as_reported(
    value: float, hedge: str | None, worded: str
) -> None:
    """A table showing "16" for "at least 16 killed", or "some 12" for "dozens killed", would
    state a floor or a vague word as a count."""
    from sitrep.cli.query import _as_read

    row = {"killed": value, "killed_hedge": hedge, "injured": None, "injured_hedge": None}
    shown = _as_read(row)
    assert (shown["killed"], shown["injured"]) == (worded, None)
    assert row["killed"] == value  # the JSON rows keep the number and its hedge apart


def test_claims_and_their_export_quote_what_was_said_without_the_reporting_clause(
    sample_db: str,
) -> None:
    """ "“A,” Zelensky said in a social media post Saturday. “B.”" reads "“A,” … “B.”"."""
    import csv
    import io

    filters = ["--source", "zelensky", "--since", "2024-10", "--until", "2024-10"]
    listed = runner.invoke(app, ["claims", "--db", sample_db, *filters, "--json"])
    assert listed.exit_code == 0, listed.output
    (claim,) = json.loads(listed.stdout)
    said = claim["claim_text"]
    assert said.startswith("“Russian murderers have resumed their usual business,” … “This")
    assert "social media post" not in said
    exported = runner.invoke(
        app, ["export", "--db", sample_db, "--format", "csv", "--what", "claims"]
    )
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    (row,) = [r for r in rows if r["source_name"] == "Volodymyr Zelensky"]
    assert row["claim_text"] == said
    assert len(json.loads(row["parts"])) == 2


def test_events_can_be_listed_by_actor(sample_db: str) -> None:
    """The web page and the API filter events by actor; a fact-checker at the terminal asks the
    same question ("what did North Korea do?")."""
    result = runner.invoke(app, ["events", "--db", sample_db, "--actor", "north korea", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows
    assert all("North Korea" in (row["actor"], row["target"]) for row in rows)


def test_a_csv_export_writes_whole_numbers_as_whole_numbers() -> None:
    """A spreadsheet user reads "16.0 killed" as a measurement; the lists stay JSON."""
    from sitrep.export import to_csv

    rows = [{"killed": 16.0, "lat": 50.45, "sources": ["officials"], "injured": None}]
    assert to_csv(rows).splitlines()[1] == '16,50.45,"[""officials""]",'


def test_an_export_says_how_many_rows_it_wrote_and_what_the_map_left_out(
    sample_db: str, tmp_path: Path
) -> None:
    from sitrep.export import export_rows
    from sitrep.store import Store

    events = export_rows(Store(sample_db), "events", "jsonl").rows
    mapped = export_rows(Store(sample_db), "events", "geojson").written
    target = tmp_path / "events.geojson"
    result = runner.invoke(
        app, ["export", "--db", sample_db, "--format", "geojson", "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert f"wrote {mapped} events to" in said
    assert mapped == events or f"({events - mapped} without coordinates" in said


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2024-11-02TNI", "2024-11-02 night"),
        ("2025-02-10TMO", "2025-02-10 morning"),
        ("2025-05-31T08:02Z", "2025-05-31T08:02Z"),  # a clock time reads as it is
        ("2024-W44", "2024-W44"),
    ],
)
def test_the_events_table_words_a_part_of_the_day(value: str, shown: str) -> None:
    from sitrep.cli.query import readable_date

    assert readable_date(value) == shown


def test_a_claim_history_title_keeps_its_kind_of_event(sample_db: str) -> None:
    """Three Kidal death tolls (the clashes, one attack, the siege's running toll) once printed
    three identical titles: rich read "[attack]" as markup and dropped it."""
    result = runner.invoke(
        app, ["claims", "--db", sample_db, "--about", "North Korean troops"], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    assert "in Kursk Oblast [deploy]" in result.output


def test_an_undated_event_shows_the_day_it_was_reported() -> None:
    """--since and --until take an undated event by its report's day; a blank date cell made it
    look like a filter that leaked."""
    from sitrep.cli.query import _as_read

    row = {"killed": None, "injured": None, "date": None, "published": "2024-11-30"}
    assert _as_read(row)["date"] == "reported 2024-11-30"


def test_the_claims_list_names_each_claim_s_article(sample_db: str) -> None:
    """A fact-checker checks a claim against its report: the list says which one it is."""
    result = runner.invoke(app, ["claims", "--db", sample_db], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    assert "Thousands of North Korean troops arrive in Kursk" in " ".join(result.output.split())


@pytest.mark.parametrize(
    ("reported_unit", "text", "value", "hedge", "shown"),
    [
        # held in the history's square miles, said in square kilometres: the words as said
        (
            "square kilometre",
            "more than 300 square kilometers",
            115.83,
            "lower_bound",
            "more than 300 square kilometers",
        ),
        ("square mile", "about 150 square miles", 150.0, "approximate", "about 150"),
        (None, "dozens of people", 24.0, "approximate", "about 24"),
    ],
)
def test_a_history_value_reads_as_its_report_gave_it(
    reported_unit: str | None, text: str, value: float, hedge: str, shown: str
) -> None:
    from sitrep.cli.query import _value_as_reported

    row = {"reported_unit": reported_unit, "text": text, "value": value, "hedge": hedge}
    assert _value_as_reported(row | {"low": None, "high": None}, "square mile") == shown


def test_a_claim_history_carries_the_unit_each_report_gave(sample_db: str) -> None:
    result = runner.invoke(app, ["claims", "--db", sample_db, "--about", "area", "--json"])
    assert result.exit_code == 0, result.output
    values = [v for history in json.loads(result.output) for v in history["values"]]
    assert values and {v["reported_unit"] for v in values} == {"sq mi"}


def test_a_page_without_article_text_is_one_line_not_two(tmp_path: Path) -> None:
    """trafilatura's own "discarding data: None" once came before sitrep's line saying the same
    with the file's name."""
    import subprocess
    import sys

    page = tmp_path / "empty.html"
    page.write_text("<html><body><p>", encoding="utf-8")
    code = "import sys; from sitrep.cli import main; sys.argv = ['sitrep', *sys.argv[1:]]; main()"
    result = subprocess.run(
        [sys.executable, "-c", code, "ingest", str(page), "--db", str(tmp_path / "s.db")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "no article text found in the page" in result.stderr
    assert "trafilatura" not in result.stderr


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("http://x.example","go") Blast in Tarvo', "'=HYPERLINK("),
        ("+1 555 0100", "'+1 555"),
        ("-2 dead", "'-2 dead"),
        ("@Agency reported", "'@Agency"),
        ("\tTab first", "'\tTab"),
        ("\rReturn first", "'\rReturn"),
        ("Blast in Tarvo", "Blast in Tarvo"),
        ("a=b", "a=b"),
        (-3, "-3"),  # numbers stay numbers
        (-1.5, "-1.5"),
        (-4.0, "-4"),
        (True, "true"),
        (False, "false"),
        (["=cmd"], '["=cmd"]'),  # a list is JSON, which starts with "["
    ],
)
def test_csv_cells_a_spreadsheet_would_run_as_formulas_are_written_as_text(
    value: Any, written: str
) -> None:
    """Article text is untrusted: a title starting "=HYPERLINK(" ran as a formula when opened."""
    import csv
    import io

    from sitrep.export import to_csv

    (_, (cell,)) = list(csv.reader(io.StringIO(to_csv([{"cell": value}]), newline="")))
    assert cell.startswith(written)


@pytest.mark.parametrize(
    "filters",
    [
        ["--type", "attack"],
        ["--place", "Kursk"],
        ["--actor", "north korean"],
        ["--since", "2024-11-01", "--until", "2024-11"],
        ["--type", "deploy", "--source", "Pentagon"],
    ],
)
def test_an_export_takes_the_filters_of_the_event_list(sample_db: str, filters: list[str]) -> None:
    """ "Attacks in Kursk, 1-12 March, as GeoJSON" needed SQL: the export had no filters."""
    listed = runner.invoke(app, ["events", "--db", sample_db, "--json", *filters])
    exported = runner.invoke(app, ["export", "--db", sample_db, "--format", "jsonl", *filters])
    assert exported.exit_code == 0, exported.output
    rows = [json.loads(line) for line in exported.stdout.splitlines()]
    assert rows and len(rows) == len(json.loads(listed.stdout))


@pytest.mark.parametrize(("restated", "said"), [(0, None), (1, "1 restated event(s) left out")])
def test_an_export_says_how_many_restated_events_it_left_out(
    tmp_path: Path, restated: int, said: str | None
) -> None:
    """The export wrote 76 of 89 events and nothing said why."""
    from sitrep.model import Article, Event, Extraction
    from sitrep.store import Store

    text = "Blast in Tarvo\n\nA bomb exploded in Tarvo on Monday."
    events = [Event(0, 14, "attack"), *[Event(16, 50, "attack", duplicate_of=0)] * restated]
    db = str(tmp_path / "restated.db")
    Store(db).save_batch(
        [Extraction(Article(id="t", text=text), events=tuple(events), pipeline_version="1")]
    )
    result = runner.invoke(app, ["export", "--db", db])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 1
    stderr = " ".join(result.stderr.split())
    assert said in stderr if said else "restated" not in stderr


@pytest.mark.parametrize(
    ("what", "flags", "said"),
    [
        ("claims", ["--type", "attack"], "--type filter events only"),
        ("places", ["--type", "attack"], "--type filter events only"),
        ("extractions", ["--type", "attack"], "--type filter events only"),
        ("claims", ["--within"], "--within filter events only"),  # was silently ignored
        ("events", ["--since", "2024-11-20", "--until", "2024-11-02"], "swap them"),
    ],
)
def test_an_export_refuses_filters_it_cannot_apply_in_one_line(
    sample_db: str, what: str, flags: list[str], said: str
) -> None:
    """ "--since 2024-11-20 --until 2024-11-02" exported nothing and said nothing."""
    result = runner.invoke(app, ["export", "--db", sample_db, "--what", what, *flags])
    assert result.exit_code == 2 and not result.stdout
    assert said in result.output and len(result.output.strip().splitlines()) == 1


def test_a_claims_export_gives_direct_quote_as_true_false_or_mixed(sample_db: str) -> None:
    """The string "false" is true to every reader testing it."""
    from sitrep.export import export_rows
    from sitrep.store import Store

    exported = export_rows(Store(sample_db), "claims", "jsonl").text
    quoted = [json.loads(line)["direct_quote"] for line in exported.splitlines()]
    assert True in quoted and set(quoted) <= {True, False, "mixed"}


@pytest.mark.parametrize(
    ("host", "busy", "fix"), [("127.0.0.1", True, "--port"), ("nosuch.invalid", False, "--host")]
)
def test_serve_where_it_cannot_listen_says_so_and_what_to_change_in_one_line(
    sample_db: str, host: str, busy: bool, fix: str
) -> None:
    """An unresolvable --host was told to "choose another with --port"."""
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        if busy:
            taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(
            app, ["serve", "--db", sample_db, "--host", host, "--port", str(port)]
        )
    said = " ".join(result.output.split())
    assert result.exit_code == 2
    assert "serving" not in result.output
    assert f"cannot listen on {host}:{port}" in said and said.endswith(f"choose another with {fix}")


def test_ingesting_a_folder_with_no_articles_fails_and_says_so(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    db = tmp_path / "x.db"
    result = runner.invoke(app, ["ingest", str(tmp_path / "empty"), "--db", str(db)])
    assert result.exit_code == 1
    assert "no articles found in" in result.output and not db.exists()


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_the_examples_of_a_command_name_the_bundled_examples_folder(command: str) -> None:
    """`sitrep ingest examples/` named a folder no checkout has."""
    from sitrep.cli.common import EXAMPLES_DIR

    shown = runner.invoke(app, [command, "--help"], env={"COLUMNS": "300"}).output
    named = re.findall(r"\S*examples/\S*", shown)
    root = EXAMPLES_DIR.parents[3]
    assert named and all((root / path).exists() for path in named), named
