"""What `sitrep ingest` shows around the pipeline: a missing input refused before a database
exists, a bar that counts articles, a ledger rebuild under its own name, and log lines that
never run into the bar. The pipeline is replaced by a stand-in that reads the files and reports
each item, so no model is loaded. Invented reports."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import app

runner = CliRunner()

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Wire</title>
<item><title>Ferry hit</title><description>A drone hit a ferry off Port Elm on Monday.</description></item>
<item><title>Dock fire</title><description>A fire broke out at the Port Elm dock on Tuesday.</description></item>
</channel></rss>"""

# Replaces the pipeline in a child process: it reads the inputs as an ingest does, logs a skip
# while the bar is drawn, reports every item and stores one article.
STAND_IN = """
import logging, sys
import sitrep.batch, sitrep.pipeline, sitrep.store.ledger
from sitrep.ingest import read_paths

def ingest_paths(paths, store, resources, published, report, rebuild, summary):
    for _item in read_paths(paths):
        logging.getLogger("sitrep.ingest").warning("skipped odd.bin: not an article")
        report(1)
    summary.ingested = 1
    return summary

sitrep.pipeline.load_resources = lambda settings: None
sitrep.batch.ingest_paths = ingest_paths
sitrep.store.ledger.rebuild_ledger = lambda store: None
from sitrep.cli import main
sys.argv = ["sitrep", "ingest", *sys.argv[1:]]
main()
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "wire.rss").write_text(FEED, encoding="utf-8")
    (folder / "quay.txt").write_text("Shelling hit the quay at Port Elm.", encoding="utf-8")
    return folder


def stand_in(monkeypatch: pytest.MonkeyPatch) -> None:
    import sitrep.batch
    import sitrep.pipeline
    import sitrep.store.ledger
    from sitrep.batch import IngestSummary, Report
    from sitrep.ingest import read_paths

    def ingest_paths(
        paths: list[Path],
        _store: object,
        _resources: object,
        _published: object,
        report: Report,
        **_kwargs: object,
    ) -> IngestSummary:
        for _item in read_paths(paths):
            report(1)
        return IngestSummary(ingested=1)

    monkeypatch.setattr(sitrep.pipeline, "load_resources", lambda _settings: None)
    monkeypatch.setattr(sitrep.batch, "ingest_paths", ingest_paths)
    monkeypatch.setattr(sitrep.store.ledger, "rebuild_ledger", lambda _store: None)


@pytest.mark.parametrize("present", [False, True])
def test_a_missing_input_is_refused_in_one_line_and_no_database_is_made(
    tmp_path: Path, corpus: Path, present: bool
) -> None:
    """`sitrep ingest nosuch.txt --db x.db` left a new empty x.db behind."""
    db = tmp_path / "x.db"
    paths = [str(corpus)] if present else []
    result = runner.invoke(
        app,
        ["ingest", *paths, str(tmp_path / "nosuch.txt"), "--db", str(db)],
        env={"COLUMNS": "300"},
    )
    assert result.exit_code == 2
    assert result.output.startswith(f"error: no such file or directory: {tmp_path / 'nosuch.txt'};")
    assert len(result.output.strip().splitlines()) == 1
    assert not db.exists()


def test_the_bar_counts_a_feed_s_items_and_the_ledger_rebuild_has_its_own_line(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A feed of two items and a text were "3/2"; the ledger rebuild sat under "ingesting"."""
    stand_in(monkeypatch)
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert [line.split()[0] for line in lines] == ["ingesting", "rebuilding"]
    assert re.search(r" 3/3 articles ", lines[0]), lines[0]
    assert lines[1].startswith("rebuilding the ledger ")


def test_the_bar_grows_rather_than_read_past_its_total(monkeypatch: pytest.MonkeyPatch) -> None:
    """Should the count fall short of what the readers yield, the total follows the count."""
    from rich.console import Console

    import sitrep.cli.ingest_display as display

    shown = Console(record=True, width=200, force_terminal=False)
    monkeypatch.setattr(display, "err", shown)
    with display.ingest_progress(2) as report:
        for _ in range(3):
            report(1)
    assert " 3/3 articles " in shown.export_text()


def run_stand_in(corpus: Path, db: Path, terminal: bool) -> str:
    """stderr of an ingest run through the stand-in, on a terminal (a pty) or a pipe."""
    command = [sys.executable, "-c", STAND_IN, str(corpus), "--db", str(db)]
    env = {**os.environ, "COLUMNS": "120", "TERM": "xterm"}
    if not terminal:
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stderr
    import pty

    main, child = pty.openpty()
    with subprocess.Popen(command, stdout=child, stderr=child, env=env) as process:
        os.close(child)
        chunks = []
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert process.wait(timeout=120) == 0
    os.close(main)
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", b"".join(chunks).decode("utf-8"))


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
@pytest.mark.parametrize("terminal", [True, False], ids=["terminal", "pipe"])
def test_a_log_line_during_the_bar_is_a_line_of_its_own(
    tmp_path: Path, corpus: Path, terminal: bool
) -> None:
    """On a terminal "WARNING ... skipped" was written on from the bar's last cell."""
    shown = run_stand_in(corpus, tmp_path / "s.db", terminal)
    pieces = [piece.strip() for piece in re.split(r"[\r\n]", shown) if piece.strip()]
    warnings = [piece for piece in pieces if "WARNING" in piece]
    assert warnings and all(
        piece == "WARNING sitrep.ingest: skipped odd.bin: not an article" for piece in warnings
    ), warnings
    assert any(re.fullmatch(r"ingesting .* 3/3 articles \d+:\d\d:\d\d", p) for p in pieces)


def test_a_published_date_that_reads_two_ways_is_refused(tmp_path: Path, corpus: Path) -> None:
    """--published "03/02/2026" was read as 2 March without a word, as the API read it."""
    from sitrep.errors import BadDate

    db = tmp_path / "x.db"
    args = ["ingest", str(corpus), "--published", "03/02/2026", "--db", str(db)]
    result = runner.invoke(app, args)
    assert isinstance(result.exception, BadDate)  # `sitrep`'s main prints it in one line
    assert "it may be 2026-02-03 or 2026-03-02" in str(result.exception)
    assert not db.exists()
