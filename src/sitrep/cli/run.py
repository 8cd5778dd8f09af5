"""Commands that run the pipeline: extract, ingest, demo, eval, serve, gazetteer, version."""

from __future__ import annotations

import contextlib
import json
import logging
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from sitrep.cli.common import (
    EXAMPLES_DIR,
    AsJson,
    Db,
    Model,
    Paths,
    Published,
    _fail,
    _published,
    _settings,
    app,
    check_database_exists,
    err,
    existing_store,
    gazetteer_app,
    out,
)
from sitrep.cli.ports import port_in_use
from sitrep.settings import CONNECT_TIMEOUT
from sitrep.version import __version__

if TYPE_CHECKING:
    from sitrep.batch import IngestSummary
    from sitrep.gazetteer.query import Gazetteer


@app.command()
def version() -> None:
    """Print sitrep's version and pipeline version.

    Example: `sitrep version`
    """
    from sitrep.version import PIPELINE_VERSION

    out.print(f"sitrep {__version__} (pipeline {PIPELINE_VERSION})")


@app.command()
def extract(
    paths: Paths,
    published: Published = None,
    output_format: Annotated[
        str, typer.Option("--format", help="json (indented) or jsonl (one line each).")
    ] = "json",
    model: Model = None,
) -> None:
    """Extract events and claims and print sitrep.extraction/1 JSON; nothing is stored.

    Examples:

    ```
    sitrep extract src/sitrep/data/examples/kursk-troops-2024-10-26.txt
    sitrep extract articles.jsonl --format jsonl > extractions.jsonl
    ```
    """
    from sitrep.ingest import ReadFailure, read_paths
    from sitrep.pipeline import ProcessFailure, load_resources, process

    if output_format not in ("json", "jsonl"):
        _fail(f"unknown --format {output_format!r}; choose json or jsonl")
    anchor = _published(published)
    settings = _settings(model=model)
    resources = load_resources(settings)
    items = list(read_paths(paths, anchor, settings.max_article_chars))
    articles = [i for i in items if not isinstance(i, ReadFailure)]
    results = iter(process(articles, resources, settings.n_process, settings.batch_size))
    failed = 0
    records = []
    for item in items:
        result = item if isinstance(item, ReadFailure) else next(results)
        if isinstance(result, (ReadFailure, ProcessFailure)):
            failed += 1
            err.print(
                f"[red]failed[/red] {result.item}: {result.reason}", highlight=False, soft_wrap=True
            )
            records.append(
                {"schema": "sitrep.extraction/1", "item": result.item, "error": result.reason}
            )
        else:
            records.append(result.to_json())
    _print_records(records, output_format)
    if failed:
        raise typer.Exit(1)


def _print_records(records: list[dict[str, Any]], output_format: str) -> None:
    if output_format == "jsonl":
        for record in records:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif len(records) == 1:
        sys.stdout.write(json.dumps(records[0], ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")


@app.command()
def ingest(
    paths: Paths,
    published: Published = None,
    db: Db = "sitrep.db",
    model: Model = None,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Run on a local Dask cluster of N single-threaded worker processes (2 uses both cores).",
        ),
    ] = None,
    cluster: Annotated[
        str | None,
        typer.Option(help="Run on an existing Dask scheduler, e.g. tcp://HOST:8786."),
    ] = None,
    connect_timeout: Annotated[
        float,
        typer.Option(min=0.1, help="Seconds to wait for the --cluster scheduler before giving up."),
    ] = CONNECT_TIMEOUT,
    ledger: Annotated[
        bool,
        typer.Option(
            "--ledger/--no-ledger",
            help="Rebuild the cross-article ledger afterwards (default); --no-ledger leaves it to `sitrep ledger`.",
        ),
    ] = True,
) -> None:
    """Read articles, extract and store them; already stored articles are skipped.

    An article stored undated and given a date now (--published, a dated file name) takes it and
    is extracted again, so that "on Sunday" resolves; a stored date is never changed (a different
    one given is reported).

    Without --workers or --cluster the pipeline runs in this process. With them, partitions of
    articles go to Dask workers, which load the pipeline once each and write to the database
    themselves (use PostgreSQL when the workers are on several machines).

    Exits 1 when an article failed, or when the paths hold no article at all (an empty folder
    is more often a wrong path than nothing to do); a path that is not there exits 2 before any
    database is opened.

    Examples:

    ```
    sitrep ingest src/sitrep/data/examples/ --db demo.db
    sitrep ingest feed.xml news.jsonl --db news.db --workers 2
    sitrep ingest news/ --cluster tcp://10.0.0.5:8786 --db postgresql://sitrep@db/sitrep
    sitrep ingest big-corpus/ --no-ledger && sitrep ledger
    ```
    """
    from sitrep.batch import count_items, ingest_paths
    from sitrep.cli.ingest_display import ingest_progress, ledger_progress, refuse_missing_inputs
    from sitrep.pipeline import load_resources
    from sitrep.store import Store, shown_database

    if workers is not None and cluster is not None:
        _fail(
            "give --workers N (a local Dask cluster) or --cluster ADDRESS (an existing one), not both"
        )
    anchor = _published(published)  # refused before the progress bar is drawn
    refuse_missing_inputs(paths)
    total = count_items(paths)
    if total == 0:
        _fail(f"no articles found in {', '.join(map(str, paths))}", code=1)
    settings = _settings(model=model, db=db)
    with _interruptible(db) as step:
        step.total = total
        with contextlib.ExitStack() as stack:
            client = (
                None
                if workers is None and cluster is None
                else stack.enter_context(_dask(workers, cluster, connect_timeout))
            )
            # the hook that advances the bar; on a cluster, fed by finished futures
            report = stack.enter_context(ingest_progress(total))
            if client is None:
                summary = ingest_paths(
                    paths,
                    Store(settings.db),
                    load_resources(settings),
                    anchor,
                    report,
                    rebuild=False,
                    summary=step.summary,
                )
            else:
                from sitrep.jobs import balanced_partition_size, ingest_paths_on_cluster

                size = balanced_partition_size(total, client, settings.batch_size)
                summary = ingest_paths_on_cluster(
                    paths, client, settings, anchor, report, size, step.summary
                )
        # after the workers are gone: their models no longer hold memory the ledger needs
        if ledger and (summary.ingested or summary.dated):
            from sitrep.store.ledger import rebuild_ledger

            step.rebuilding_ledger = True
            with ledger_progress():
                rebuild_ledger(Store(settings.db))
    dated = f", dated {summary.dated} stored undated" if summary.dated else ""
    out.print(
        f"ingested {summary.ingested}, already present {summary.present}, failed {len(summary.failed)}"
        f"{dated} (database {shown_database(settings.db)})",
        soft_wrap=True,  # one line for the logs, however narrow the terminal
    )
    for note in summary.notes:
        err.print(f"[yellow]note:[/yellow] {note}", highlight=False, soft_wrap=True)
    for item, stage, reason in summary.failed:
        err.print(f"[red]failed[/red] {item} ({stage}): {reason}", highlight=False, soft_wrap=True)
    if summary.failed:
        raise typer.Exit(1)


@dataclass
class _Stage:
    """How far an ingest got: what it stored (filled as it goes) and how many items it read."""

    summary: IngestSummary
    total: int = 0
    rebuilding_ledger: bool = False


@contextlib.contextmanager
def _interruptible(db: str) -> Iterator[_Stage]:
    """Ctrl-C during an ingest: one line saying what was stored, what is left and what to run,
    not a traceback.

    Stopped in the ledger rebuild, the articles are all stored and the same command would find
    nothing new and leave the ledger as it was: the line says to run `sitrep ledger`."""
    from sitrep.batch import IngestSummary

    stage = _Stage(IngestSummary())
    try:
        yield stage
    except KeyboardInterrupt:
        from sitrep.store import shown_database

        ledger_command = f"`sitrep ledger --db {shown_database(db)}`"
        if stage.rebuilding_ledger:
            _fail(
                "interrupted while rebuilding the ledger; every article is stored, and the ledger "
                f"is as it was before this run: run {ledger_command} to bring it up to date",
                code=130,
            )
        _fail(_interrupted_ingest(stage, ledger_command), code=130)


def _interrupted_ingest(stage: _Stage, ledger_command: str) -> str:
    """The line for Ctrl-C before the ledger rebuild: the articles this run stored, each whole,
    and how many of the input are left for the same command to do."""
    done = stage.summary
    left = max(stage.total - done.seen, 0)
    stored = f"interrupted; {done.ingested} new article(s) stored by this run, each whole"
    if not left:
        return f"{stored}, none left to read: run {ledger_command} to bring the ledger up to date"
    return (
        f"{stored}; about {left} of {stage.total} left. Run the same command again to ingest "
        f"the rest (stored articles are skipped), then {ledger_command} if it finds nothing new"
    )


@app.command(name="ledger")
def rebuild_ledger_command(db: Db = "sitrep.db") -> None:
    """Rebuild the cross-article ledger (canonical events, entities, claim histories) from the
    stored extractions; `sitrep ingest` does this itself unless given --no-ledger.

    Example: `sitrep ledger --db news.db`
    """
    from sitrep.store.ledger import rebuild_ledger

    summary = rebuild_ledger(existing_store(db))
    out.print(
        f"ledger rebuilt: {summary.events} canonical events from {summary.reports} reports, "
        f"{summary.subjects} claim subjects with {summary.values} values, "
        f"{summary.contradictions} contradictions"
    )


def _dask(workers: int | None, cluster: str | None, connect_timeout: float) -> Any:
    """A Dask client (see `sitrep.jobs.connect`), or a clear error when Dask is not installed."""
    try:
        from sitrep.jobs import connect
    except ImportError as error:
        _fail(
            f"--workers and --cluster need Dask ({error}): pip install 'sitrep[dask]', or leave both out"
        )
    if not logging.getLogger().isEnabledFor(logging.INFO):
        logging.getLogger("distributed").setLevel(logging.WARNING)
    return connect(workers, cluster, connect_timeout)


@app.command(name="eval")
def evaluate(
    gold: Annotated[
        Path | None, typer.Option(help="A gold file in the seed format (seed/gold.json).")
    ] = None,
    article: Annotated[
        Path | None, typer.Option(help="The article the gold annotates (default: beside it).")
    ] = None,
    data: Annotated[Path | None, typer.Option(help="The dev sets folder (shared/data).")] = None,
    sets: Annotated[
        str, typer.Option(help="Comma list: seed,geo,time,quantities,attribution,events.")
    ] = "seed,geo,time,quantities,attribution,events",
    limit: Annotated[int | None, typer.Option(help="At most this many documents per set.")] = None,
    as_json: AsJson = False,
) -> None:
    """Score sitrep against the seed gold and the public dev sets, printing the usual metrics.

    Examples:

    ```
    sitrep eval --gold ../shared/seed/gold.json --sets seed
    sitrep eval --data ../shared/data --sets geo,time --limit 50
    ```
    """
    from sitrep.evaluation.runner import run_evaluations

    results = run_evaluations(
        gold, article, data, [s.strip() for s in sets.split(",") if s.strip()], limit, err
    )
    if as_json:
        sys.stdout.write(json.dumps(results, indent=2) + "\n")
        return
    for name, metrics in results.items():
        table = Table("metric", "value", title=name)
        for metric, value in _flatten_metrics(metrics):
            table.add_row(metric, f"{value:.3f}" if isinstance(value, float) else str(value))
        out.print(table)


def _flatten_metrics(metrics: Any, prefix: str = "") -> list[tuple[str, Any]]:
    if isinstance(metrics, dict):
        rows = []
        for key, value in metrics.items():
            rows += _flatten_metrics(
                value, f"{prefix}{key}." if isinstance(value, dict) else f"{prefix}{key}"
            )
        return rows
    return [(prefix, metrics)]


@app.command()
def demo(
    db: Annotated[
        str | None,
        typer.Option(help="A new database file to create (default: a fresh temporary one)."),
    ] = None,
    model: Model = None,
) -> None:
    """Run the main job on the bundled example article: a fresh database, then a summary.

    Example: `sitrep demo`
    """
    from sitrep.batch import ingest_paths
    from sitrep.demo import print_summary
    from sitrep.pipeline import load_resources
    from sitrep.store import Store

    if db is not None and Path(db).exists():
        _fail(
            f"{db!r} already exists and the demo builds a fresh database: name a new file, "
            "or leave out --db for a temporary one (your database is left as it was)"
        )
    target = db or str(Path(tempfile.mkdtemp(prefix="sitrep-demo-")) / "demo.db")
    settings = _settings(model=model, db=target)
    err.print(f"loading the model {settings.model} and the gazetteer ...")
    resources = load_resources(settings)
    store = Store(target)
    examples = sorted(EXAMPLES_DIR.glob("*.txt"))
    for example in examples:  # each is dated by its file name, as every ingest does
        summary = ingest_paths([example], store, resources)
        err.print(f"{example.name}: ingested {summary.ingested}, failed {len(summary.failed)}")
    print_summary(store, out)
    # one line whatever the terminal's width, so the command can be copied as it stands
    out.print(f"\ndatabase: {target}  (try: sitrep events --db {target})", soft_wrap=True)


@gazetteer_app.command("build")
def gazetteer_build(
    path: Annotated[
        Path | None, typer.Option(help="Where to write it (default: the cache folder).")
    ] = None,
) -> None:
    """Build the offline gazetteer from the GeoNames data in installed packages.

    Example: `sitrep gazetteer build`
    """
    from sitrep.gazetteer import build_gazetteer, default_gazetteer_path

    target = path or default_gazetteer_path(_settings())
    stats = build_gazetteer(target, progress=lambda message: err.print(message))
    out.print(f"gazetteer written to {target}: {stats}")


@gazetteer_app.command("import")
def gazetteer_import(
    dump: Annotated[
        Path,
        typer.Argument(help="Folder with allCountries.zip, admin codes, alternateNamesV2.zip."),
    ],
    path: Annotated[
        Path | None, typer.Option(help="Gazetteer file to write (default: the cache folder).")
    ] = None,
) -> None:
    """Load a full GeoNames dump into the gazetteer (for users who have one).

    Example: `sitrep gazetteer import ~/geonames/`
    """
    from sitrep.gazetteer import default_gazetteer_path, import_geonames_dump

    target = path or default_gazetteer_path(_settings())
    stats = import_geonames_dump(target, dump, progress=lambda message: err.print(message))
    out.print(f"gazetteer written to {target}: {stats}")


@app.command()
def serve(
    db: Db = "sitrep.db",
    host: Annotated[
        str, typer.Option(help="Address to listen on; 0.0.0.0 exposes it to the network.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    allow_ingest: Annotated[
        bool, typer.Option("--allow-ingest", help="Enable POST /api/articles to add article texts.")
    ] = False,
) -> None:
    """Serve the web page (map, timeline, claim tracker, articles) and the JSON API.

    Read-only unless --allow-ingest; listens on localhost unless --host says otherwise. The API's
    OpenAPI document is at /openapi.json.

    Examples:

    ```
    sitrep serve --db sitrep.db
    sitrep serve --db sitrep.db --port 8080 --allow-ingest
    ```
    """
    try:
        import uvicorn

        from sitrep.web import create_app
    except ImportError as error:
        _fail(
            f"the web server needs fastapi and uvicorn ({error}); install them with `pip install sitrep`"
        )
        return
    check_database_exists(db)
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(
            f"[yellow]warning:[/yellow] listening on {host}: anyone who can reach it can read the database"
        )
    from sitrep.store import shown_database

    busy = port_in_use(host, port)
    if busy:
        _fail(f"cannot listen on {host}:{port}: {busy}")
    err.print(
        f"serving {shown_database(db)} at http://{host}:{port}/ ({'ingest enabled' if allow_ingest else 'read-only'})",
        soft_wrap=True,
    )
    app = create_app(db, allow_ingest=allow_ingest, gazetteer=_built_gazetteer())
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _built_gazetteer() -> Gazetteer | None:
    """The configured gazetteer when it is built, for search to know a place's other names;
    never built here, and a bad file only warned of: serving a store needs no gazetteer."""
    from sitrep.errors import GazetteerError
    from sitrep.gazetteer.query import default_gazetteer_path, open_gazetteer
    from sitrep.settings import Settings

    path = default_gazetteer_path(Settings.from_env())
    if not path.exists():
        return None
    try:
        return open_gazetteer(path)
    except GazetteerError as error:
        err.print(f"[yellow]warning:[/yellow] search knows no place's other names: {error}")
        return None
