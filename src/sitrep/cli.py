"""The `sitrep` command: thin wrappers over the Python API, the store and the evaluations."""

from __future__ import annotations

import json
import logging
import sys
import tempfile
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from sitrep.errors import SitrepError
from sitrep.settings import Settings
from sitrep.version import __version__

app = typer.Typer(
    name="sitrep",
    help="News articles in, a sourced, dated, geolocated ledger of events and claims out.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
)
gazetteer_app = typer.Typer(help="Build or import the offline gazetteer.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")

out = Console()
err = Console(stderr=True)
EXAMPLES_DIR = Path(__file__).resolve().parent / "data" / "examples"

Paths = Annotated[
    list[Path], typer.Argument(help="Files or directories (.txt .html .jsonl .rss .atom .xml).")
]
Published = Annotated[
    str | None, typer.Option(help="Publication date (YYYY-MM-DD) for inputs without one.")
]
Db = Annotated[str, typer.Option(envvar="SITREP_DB", help="SQLite path or database URL.")]
Model = Annotated[
    str | None, typer.Option(envvar="SITREP_MODEL", help="spaCy pipeline name or path.")
]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
Limit = Annotated[int, typer.Option(help="At most this many rows.")]


def _settings(**overrides: Any) -> Settings:
    return Settings.from_env(**overrides)


def _published(value: str | None) -> Any:
    from sitrep.ingest.common import parse_published

    return parse_published(value, "--published")


def _fail(message: str, code: int = 2) -> None:
    err.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


@app.callback()
def main_callback(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress details.")] = False,
) -> None:
    """sitrep reads news reports and keeps what they say: typed events with who, where, when,
    how many and according to whom.

    Examples:

        sitrep demo
        sitrep extract article.txt --published 2024-10-26
        sitrep ingest corpus/ --db sitrep.db && sitrep events --type attack
    """
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


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

        sitrep extract examples/kursk-troops-2024-10-26.txt --published 2024-10-26
        sitrep extract articles.jsonl --format jsonl > extractions.jsonl
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
) -> None:
    """Read articles, extract and store them; already stored articles are skipped.

    Without --workers or --cluster the pipeline runs in this process. With them, partitions of
    articles go to Dask workers, which load the pipeline once each and write to the database
    themselves (use PostgreSQL when the workers are on several machines).

    Examples:

        sitrep ingest examples/ --published 2024-10-26
        sitrep ingest feed.xml news.jsonl --db news.db --workers 2
        sitrep ingest news/ --cluster tcp://10.0.0.5:8786 --db postgresql://sitrep@db/sitrep
    """
    import contextlib

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from sitrep.batch import count_items, ingest_paths
    from sitrep.pipeline import load_resources
    from sitrep.store import Store

    if workers is not None and cluster is not None:
        _fail(
            "give --workers N (a local Dask cluster) or --cluster ADDRESS (an existing one), not both"
        )
    settings = _settings(model=model, db=db)
    columns = (TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with contextlib.ExitStack() as stack:
        client = (
            None
            if workers is None and cluster is None
            else stack.enter_context(_dask(workers, cluster))
        )
        progress = stack.enter_context(Progress(*columns, console=err, transient=False))
        task = progress.add_task("ingest", total=count_items(paths))
        report = lambda n: progress.advance(task, n)  # noqa: E731 - on a cluster, fed by finished futures
        if client is None:
            summary = ingest_paths(
                paths, Store(settings.db), load_resources(settings), _published(published), report
            )
        else:
            from sitrep.jobs import ingest_paths_on_cluster

            summary = ingest_paths_on_cluster(
                paths, client, settings, _published(published), report
            )
    out.print(
        f"ingested {summary.ingested}, already present {summary.present}, failed {len(summary.failed)}"
        f" (database {settings.db})"
    )
    for item, stage, reason in summary.failed:
        err.print(f"[red]failed[/red] {item} ({stage}): {reason}", highlight=False, soft_wrap=True)
    if summary.failed:
        raise typer.Exit(1)


def _dask(workers: int | None, cluster: str | None) -> Any:
    """A Dask client (see `sitrep.jobs.connect`), or a clear error when Dask is not installed."""
    try:
        from sitrep.jobs import connect
    except ImportError as error:
        _fail(
            f"--workers and --cluster need Dask ({error}): pip install 'sitrep[dask]', or leave both out"
        )
    if not logging.getLogger().isEnabledFor(logging.INFO):
        logging.getLogger("distributed").setLevel(logging.WARNING)
    return connect(workers, cluster)


def _filter(**values: Any) -> Any:
    from sitrep.store import EventFilter

    return EventFilter(**{k: v for k, v in values.items() if v is not None})


Since = Annotated[str | None, typer.Option(help="Only from this date (YYYY-MM-DD).")]
Until = Annotated[str | None, typer.Option(help="Only up to this date (YYYY-MM-DD).")]
TypeOpt = Annotated[str | None, typer.Option("--type", help="Event type (attack, deploy, ...).")]
PlaceOpt = Annotated[str | None, typer.Option(help="Place name, admin area or country code.")]
SourceOpt = Annotated[str | None, typer.Option(help="Source name (who said it).")]
TextOpt = Annotated[str | None, typer.Option(help="Text the sentence contains.")]


@app.command()
def events(
    db: Db = "sitrep.db",
    since: Since = None,
    until: Until = None,
    event_type: TypeOpt = None,
    place: PlaceOpt = None,
    source: SourceOpt = None,
    text: TextOpt = None,
    limit: Limit = 50,
    as_json: AsJson = False,
) -> None:
    """List stored events, newest first.

    Examples:

        sitrep events --type attack --since 2024-10-01
        sitrep events --place Kyiv --json
    """
    from sitrep.store import Store
    from sitrep.store.queries import list_events

    flt = _filter(
        since=since,
        until=until,
        type=event_type,
        place=place,
        source=source,
        text=text,
        limit=limit,
    )
    with Store(db).engine.connect() as conn:
        rows = list_events(conn, flt)
    _show(
        rows,
        [
            "date",
            "type",
            "actor",
            "target",
            "place_name",
            "killed",
            "injured",
            "sources",
            "sentence",
        ],
        as_json,
    )


@app.command()
def claims(
    db: Db = "sitrep.db",
    since: Since = None,
    until: Until = None,
    source: SourceOpt = None,
    text: TextOpt = None,
    about: Annotated[
        str | None,
        typer.Option(help="A subject: its claim history across articles (else same as --text)."),
    ] = None,
    limit: Limit = 50,
    as_json: AsJson = False,
) -> None:
    """List stored claims with who made them and through whom.

    With --about, the claim history of the matching subject(s) across articles: each value with
    its date, hedge and source, oldest first, and the contradictions between sources flagged
    (when no subject matches, the claims whose text mentions it).

    Examples:

        sitrep claims --source "New York Times"
        sitrep claims --about "North Korean troops in Kursk"
        sitrep claims --about "killed in Dnipro" --json
    """
    from sitrep.store import Store
    from sitrep.store.ledger import claim_history
    from sitrep.store.queries import list_claims

    flt = _filter(since=since, until=until, source=source, text=text or about, limit=limit)
    with Store(db).engine.connect() as conn:
        histories = claim_history(conn, about, limit) if about and not text else []
        rows = [] if histories else list_claims(conn, flt)
    if histories:
        _show_histories(histories, as_json)
        return
    _show(
        rows,
        ["date", "source_name", "source_kind", "via", "cue", "certainty", "claim_text"],
        as_json,
    )


@app.command()
def places(
    db: Db = "sitrep.db",
    place: PlaceOpt = None,
    limit: Limit = 50,
    as_json: AsJson = False,
) -> None:
    """List the places mentioned, most mentioned first.

    Examples:

        sitrep places
        sitrep places --place Kursk --json
    """
    from sitrep.store import Store
    from sitrep.store.queries import list_places

    with Store(db).engine.connect() as conn:
        rows = list_places(conn, _filter(place=place, limit=limit))
    _show(
        rows, ["name", "country", "admin1", "level", "lat", "lon", "mentions", "articles"], as_json
    )


def _show(rows: list[dict[str, Any]], columns: list[str], as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    if not rows:
        out.print("nothing found")
        return
    table = Table(*columns, show_lines=False)
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    out.print(table)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v.get("text", v)) if isinstance(v, dict) else str(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    text = str(value)
    return text if len(text) <= 120 else text[:117] + "..."


@app.command()
def export(
    db: Db = "sitrep.db",
    output_format: Annotated[
        str, typer.Option("--format", help="jsonl, csv or geojson.")
    ] = "jsonl",
    what: Annotated[
        str, typer.Option(help="events, claims, places or extractions (jsonl only).")
    ] = "events",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    output_dir: Annotated[
        Path | None,
        typer.Option(help="Write one extraction JSON file per article into this folder."),
    ] = None,
) -> None:
    """Export stored results as JSON lines, CSV or GeoJSON (events and places on a map).

    Examples:

        sitrep export --format geojson -o events.geojson
        sitrep export --format csv --what claims > claims.csv
        sitrep export --what extractions > all.jsonl
        sitrep export --output-dir extractions/
    """
    from sitrep.export import export_per_article, export_rows
    from sitrep.store import Store

    if output_dir is not None:
        written = export_per_article(Store(db), output_dir)
        out.print(f"wrote {len(written)} file(s) into {output_dir}")
        return
    try:
        content = export_rows(Store(db), what, output_format)
    except ValueError as error:
        _fail(str(error))
        return
    if output is None:
        sys.stdout.write(content)
    else:
        output.write_text(content, encoding="utf-8")
        out.print(f"wrote {output}")


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

        sitrep eval --gold ../shared/seed/gold.json --sets seed
        sitrep eval --data ../shared/data --sets geo,time --limit 50
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
        str | None, typer.Option(help="Database to create (default: a fresh temporary one).")
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

    target = db or str(Path(tempfile.mkdtemp(prefix="sitrep-demo-")) / "demo.db")
    if Path(target).exists():
        Path(target).unlink()
    settings = _settings(model=model, db=target)
    err.print(f"loading the model {settings.model} and the gazetteer ...")
    resources = load_resources(settings)
    store = Store(target)
    examples = sorted(EXAMPLES_DIR.glob("*.txt"))
    for example in examples:
        published = _published(example.stem[-10:]) if example.stem[-10:-6].isdigit() else None
        summary = ingest_paths([example], store, resources, published)
        err.print(f"{example.name}: ingested {summary.ingested}, failed {len(summary.failed)}")
    print_summary(store, out)
    out.print(f"\ndatabase: {target}  (try: sitrep events --db {target})")


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

    Examples: `sitrep serve --db sitrep.db`, `sitrep serve --db sitrep.db --port 8080 --allow-ingest`
    """
    try:
        import uvicorn

        from sitrep.web import create_app
    except ImportError as error:
        _fail(
            f"the web server needs fastapi and uvicorn ({error}); install them with `pip install sitrep`"
        )
        return
    if not Path(db).exists() and "://" not in db:
        _fail(
            f"no database at {db!r}; create one with `sitrep ingest ... --db {db}` or `sitrep demo --db {db}`"
        )
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(
            f"[yellow]warning:[/yellow] listening on {host}: anyone who can reach it can read the database"
        )
    err.print(
        f"serving {db} at http://{host}:{port}/ ({'ingest enabled' if allow_ingest else 'read-only'})"
    )
    uvicorn.run(
        create_app(db, allow_ingest=allow_ingest), host=host, port=port, log_level="warning"
    )


def _show_histories(histories: list[dict[str, Any]], as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps(histories, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    hedges = {
        "upper_bound": "up to",
        "lower_bound": "at least",
        "approximate": "about",
        "vague": "some",
    }
    for history in histories:
        flagged = {
            (c[k + "_article"], c[k + "_idx"])
            for c in history["contradictions"]
            for k in ("first", "second")
        }
        table = Table(
            "as of",
            "value",
            "hedge",
            "source",
            "outlet",
            "published",
            "",
            "evidence",
            title=f"{history['label']}  ({history['id']})",
        )
        for v in history["values"]:
            value = (
                f"{v['low']:g}-{v['high']:g}"
                if v["hedge"] == "range"
                else _cell(v["value"] if v["value"] is not None else v["high"])
            )
            mark = (
                "[red]contradicted[/red]"
                if (v["article_id"], v["idx"]) in flagged
                else ("expected" if v["expected"] else "")
            )
            table.add_row(
                v["as_of"] or "",
                value,
                hedges.get(v["hedge"], v["hedge"]),
                v["source"] or "",
                v["outlet"] or "",
                v["published"] or "",
                mark,
                _cell(v["sentence"]),
            )
        out.print(table)
        for c in history["contradictions"]:
            out.print(f"  [red]contradiction:[/red] {c['reason']}", highlight=False)


@app.command()
def timeline(
    db: Db = "sitrep.db",
    since: Since = None,
    until: Until = None,
    event_type: TypeOpt = None,
    place: PlaceOpt = None,
    actor: Annotated[str | None, typer.Option(help="Actor or target (country or group).")] = None,
    limit: Limit = 100,
    as_json: AsJson = False,
) -> None:
    """List the canonical events across articles in time order: one row per real-world event,
    with how many reports, articles and outlets tell of it and how their tolls differ.

    Examples:

        sitrep timeline --since 2024-10-01
        sitrep timeline --type attack --place Kyiv --json
    """
    from sitrep.store import Store
    from sitrep.store.ledger import timeline as list_timeline

    with Store(db).engine.connect() as conn:
        rows = list_timeline(conn, since, until, event_type, place, actor, limit)
    for row in rows:
        low, high = row["killed_min"], row["killed_max"]
        row["killed"] = (
            None if low is None else (f"{low:g}" if low == high else f"{low:g}-{high:g}")
        )
    columns = [
        "id",
        "date_start",
        "date_end",
        "type",
        "actor",
        "target",
        "place_name",
        "killed",
        "reports",
        "articles",
        "outlets",
    ]
    _show(rows, columns, as_json)


@app.command(name="event")
def event_detail(
    event_id: Annotated[
        str, typer.Argument(help="A canonical event id from `sitrep timeline` (or its start).")
    ],
    db: Db = "sitrep.db",
    as_json: AsJson = False,
) -> None:
    """Show one canonical event with every source's version of it and the evidence for each.

    Examples:

        sitrep event ev-3f2a9c01d4e5
        sitrep event ev-3f2a --json
    """
    from sitrep.store import Store
    from sitrep.store.ledger import event_detail as read_event

    with Store(db).engine.connect() as conn:
        found = read_event(conn, event_id)
    if found is None:
        _fail(
            f"no canonical event {event_id!r} (or the prefix is ambiguous); list them with `sitrep timeline`"
        )
        return
    if as_json:
        sys.stdout.write(json.dumps(found, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    place = ", ".join(str(p) for p in (found["place_name"], found["admin1"], found["country"]) if p)
    out.print(
        f"[bold]{found['id']}[/bold] {found['type']}  {found['date'] or found['date_start']}  {place}",
        highlight=False,
    )
    out.print(
        f"actor {found['actor'] or '?'} -> target {found['target'] or '?'}; "
        f"{found['reports']} reports in {found['articles']} articles",
        highlight=False,
    )
    columns = [
        "published",
        "outlet",
        "role",
        "date",
        "actor",
        "target",
        "place_name",
        "killed",
        "injured",
        "sources",
        "sentence",
    ]
    _show(found["versions"], columns, False)


def main() -> None:
    """Entry point: SitrepError becomes a one-line message and exit code 2."""
    try:
        app()
    except SitrepError as error:
        err.print(f"[red]error:[/red] {error}", highlight=False, soft_wrap=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
