"""`sitrep export`: the stored events, claims, places or extractions written out, the events
chosen by the filters it shares with `sitrep events` and /api/events (the same names, the same
query): --type, --since, --until, --within, --place, --actor and --source. It has no word
search (`sitrep events --text`), map box (/api/events?bbox=) or restated events.

Its own module: the reading commands in `query` had no room left for the filters.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from sitrep.cli.common import (
    ActorOpt,
    Db,
    PlaceOpt,
    Since,
    SourceOpt,
    TypeOpt,
    Until,
    Within,
    _fail,
    _filter,
    app,
    err,
    existing_store,
    out,
)


@app.command()
def export(
    db: Db = "sitrep.db",
    output_format: Annotated[
        str, typer.Option("--format", help="jsonl, csv or geojson.")
    ] = "jsonl",
    what: Annotated[
        str,
        typer.Option(
            help="events, claims, places, incidents (the timeline's canonical events) or "
            "extractions (jsonl only)."
        ),
    ] = "events",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    output_dir: Annotated[
        Path | None,
        typer.Option(help="Write one extraction JSON file per article into this folder."),
    ] = None,
    event_type: TypeOpt = None,
    since: Since = None,
    until: Until = None,
    within: Within = False,
    place: PlaceOpt = None,
    actor: ActorOpt = None,
    source: SourceOpt = None,
) -> None:
    """Export stored results as JSON lines, CSV or GeoJSON (events, places and incidents on a
    map).

    --type, --since, --until, --within, --place, --actor and --source choose the events as
    `sitrep events` and /api/events do (there is no --text or map box here). Restated events (a
    headline retelling its article's event) are left out, and stderr says how many. Each event
    carries `canonical_id`, the `id` of its incident in `sitrep timeline` and in --what
    incidents (which takes the same filters but --source, and keeps the background incidents
    an event may report, marked `background`, as `sitrep timeline --background` does).

    Examples:

    ```
    sitrep export --format geojson -o events.geojson
    sitrep export --type attack --place Kharkiv --since 2025-03-01 --until 2025-03-12 --format geojson
    sitrep export --format csv --what claims > claims.csv
    sitrep export --what incidents --format geojson -o incidents.geojson
    sitrep export --what extractions > all.jsonl
    sitrep export --output-dir extractions/
    ```
    """
    from sitrep.export import check_export, export_per_article, export_rows
    from sitrep.store.queries import last_day

    filters = {"type": event_type, "place": place, "actor": actor, "source": source}
    chosen = [f"--{name}" for name, value in filters.items() if value is not None]
    chosen += ["--since"] * (since is not None) + ["--until"] * (until is not None)
    chosen += ["--within"] * within
    if chosen and what not in ("events", "incidents"):
        _fail(f"{', '.join(chosen)} filter events only; export --what events, or leave them out")
    if source is not None and what == "incidents":
        _fail("--source filters events only; incidents are told by many sources")
    if since and until and since > last_day(until):
        _fail(f"--since ({since}) is after --until ({until}); swap them")
    flt = _filter(since=since, until=until, within=within, **filters)
    try:
        check_export(what, output_format)
        if output_dir is not None:
            written = export_per_article(existing_store(db), output_dir)
            out.print(f"wrote {len(written)} file(s) into {output_dir}")
            return
        exported = export_rows(existing_store(db), what, output_format, flt)
        if output is None:
            sys.stdout.write(exported.text)
        else:
            output.write_text(exported.text, encoding="utf-8")
    except ValueError as error:
        _fail(str(error))
    except OSError as error:
        _fail(f"cannot write {error.filename or output}: {error.strerror or error}")
    if exported.restated:
        err.print(
            f"{exported.restated} restated event(s) left out: each retells an exported event of "
            "its article (the API's /api/events?include_duplicates=true lists them)",
            soft_wrap=True,
        )
    if output is not None:
        left_out = exported.rows - exported.written
        unmapped = f" ({left_out} without coordinates left out of the map)" if left_out else ""
        out.print(f"wrote {exported.written} {what} to {output}{unmapped}")
