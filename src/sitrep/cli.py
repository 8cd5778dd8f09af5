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

Paths = Annotated[list[Path], typer.Argument(help="Files or directories (.txt .html .jsonl .rss .atom .xml).")]
Published = Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD) for inputs without one.")]
Db = Annotated[str, typer.Option(envvar="SITREP_DB", help="SQLite path or database URL.")]
Model = Annotated[str | None, typer.Option(envvar="SITREP_MODEL", help="spaCy pipeline name or path.")]
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
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


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
    output_format: Annotated[str, typer.Option("--format", help="json (indented) or jsonl (one line each).")] = "json",
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
            err.print(f"[red]failed[/red] {result.item}: {result.reason}", highlight=False, soft_wrap=True)
            records.append({"schema": "sitrep.extraction/1", "item": result.item, "error": result.reason})
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
    workers: Annotated[int | None, typer.Option(help="Worker processes (default 1; 2 uses both cores).")] = None,
) -> None:
    """Read articles, extract and store them; already stored articles are skipped.

    Examples:

        sitrep ingest examples/ --published 2024-10-26
        sitrep ingest feed.xml news.jsonl --db news.db --workers 2
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from sitrep.batch import count_items, ingest_paths
    from sitrep.pipeline import load_resources
    from sitrep.store import Store

    anchor = _published(published)
    settings = _settings(model=model, db=db, n_process=workers)
    store = Store(settings.db)
    resources = load_resources(settings)
    columns = (TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=False) as progress:
        task = progress.add_task("ingest", total=count_items(paths))
        summary = ingest_paths(paths, store, resources, anchor, lambda n: progress.advance(task, n))
    out.print(
        f"ingested {summary.ingested}, already present {summary.present}, failed {len(summary.failed)}"
        f" (database {settings.db})"
    )
    for item, stage, reason in summary.failed:
        err.print(f"[red]failed[/red] {item} ({stage}): {reason}", highlight=False, soft_wrap=True)
    if summary.failed:
        raise typer.Exit(1)


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

    flt = _filter(since=since, until=until, type=event_type, place=place, source=source, text=text, limit=limit)
    with Store(db).engine.connect() as conn:
        rows = list_events(conn, flt)
    _show(rows, ["date", "type", "actor", "target", "place_name", "killed", "injured", "sources", "sentence"], as_json)


@app.command()
def claims(
    db: Db = "sitrep.db",
    since: Since = None,
    until: Until = None,
    source: SourceOpt = None,
    text: TextOpt = None,
    about: Annotated[str | None, typer.Option(help="Claims about this subject (same as --text).")] = None,
    limit: Limit = 50,
    as_json: AsJson = False,
) -> None:
    """List stored claims with who made them and through whom.

    Examples:

        sitrep claims --source "New York Times"
        sitrep claims --about troops --json
    """
    from sitrep.store import Store
    from sitrep.store.queries import list_claims

    flt = _filter(since=since, until=until, source=source, text=text or about, limit=limit)
    with Store(db).engine.connect() as conn:
        rows = list_claims(conn, flt)
    _show(rows, ["date", "source_name", "source_kind", "via", "cue", "certainty", "claim_text"], as_json)


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
    _show(rows, ["name", "country", "admin1", "level", "lat", "lon", "mentions", "articles"], as_json)


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
    output_format: Annotated[str, typer.Option("--format", help="jsonl, csv or geojson.")] = "jsonl",
    what: Annotated[str, typer.Option(help="events, claims, places or extractions (jsonl only).")] = "events",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
) -> None:
    """Export stored results as JSON lines, CSV or GeoJSON (events and places on a map).

    Examples:

        sitrep export --format geojson -o events.geojson
        sitrep export --format csv --what claims > claims.csv
        sitrep export --what extractions > all.jsonl
    """
    from sitrep.export import export_rows
    from sitrep.store import Store

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
    gold: Annotated[Path | None, typer.Option(help="A gold file in the seed format (seed/gold.json).")] = None,
    article: Annotated[Path | None, typer.Option(help="The article the gold annotates (default: beside it).")] = None,
    data: Annotated[Path | None, typer.Option(help="The dev sets folder (shared/data).")] = None,
    sets: Annotated[str, typer.Option(help="Comma list: seed,geo,time,quantities,attribution,events.")] = "seed,geo,time,quantities,attribution,events",
    limit: Annotated[int | None, typer.Option(help="At most this many documents per set.")] = None,
    as_json: AsJson = False,
) -> None:
    """Score sitrep against the seed gold and the public dev sets, printing the usual metrics.

    Examples:

        sitrep eval --gold ../shared/seed/gold.json --sets seed
        sitrep eval --data ../shared/data --sets geo,time --limit 50
    """
    from sitrep.evaluation.runner import run_evaluations

    results = run_evaluations(gold, article, data, [s.strip() for s in sets.split(",") if s.strip()], limit, err)
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
            rows += _flatten_metrics(value, f"{prefix}{key}." if isinstance(value, dict) else f"{prefix}{key}")
        return rows
    return [(prefix, metrics)]


@app.command()
def demo(
    db: Annotated[str | None, typer.Option(help="Database to create (default: a fresh temporary one).")] = None,
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
    path: Annotated[Path | None, typer.Option(help="Where to write it (default: the cache folder).")] = None,
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
    dump: Annotated[Path, typer.Argument(help="Folder with allCountries.zip, admin codes, alternateNamesV2.zip.")],
    path: Annotated[Path | None, typer.Option(help="Gazetteer file to write (default: the cache folder).")] = None,
) -> None:
    """Load a full GeoNames dump into the gazetteer (for users who have one).

    Example: `sitrep gazetteer import ~/geonames/`
    """
    from sitrep.gazetteer import default_gazetteer_path, import_geonames_dump

    target = path or default_gazetteer_path(_settings())
    stats = import_geonames_dump(target, dump, progress=lambda message: err.print(message))
    out.print(f"gazetteer written to {target}: {stats}")


def main() -> None:
    """Entry point: SitrepError becomes a one-line message and exit code 2."""
    try:
        app()
    except SitrepError as error:
        err.print(f"[red]error:[/red] {error}", highlight=False, soft_wrap=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
