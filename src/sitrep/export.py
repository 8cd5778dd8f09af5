"""Exports: events, claims and places as JSON lines, CSV or GeoJSON; whole extractions as JSONL.

Incidents are the timeline's canonical events (one row per real-world event, with its outlets
and toll range); each exported event carries the `canonical_id` of the incident it reports, the
incident's `id` (`store.incident_ids`), so that the map, a spreadsheet and `sitrep timeline` can
be joined; the incidents export keeps the background ones an event may name, marked `background`.

A claim's `claim_text` is what was said: its parts joined with " … ", the reporting clause that
interrupts a quote left out ("“A,” … “B.”"); `parts` gives their offsets, `start`/`end` the claim's.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sitrep.store import EventFilter, Store
from sitrep.store.queries import (
    count_events,
    current_payloads,
    list_claims,
    list_events,
    list_places,
)

EXPORT_LIMIT = 10_000_000
FORMATS = ("jsonl", "csv", "geojson")
EXPORTS = ("events", "claims", "places", "incidents", "extractions")
MAPPABLE = ("events", "places", "incidents")
"""What has coordinates: a GeoJSON of claims would be an empty map, which looks like no data."""


@dataclass(frozen=True)
class Exported:
    """An export's text, and how many of the rows asked for it holds: a map leaves out the rows
    with no coordinates, and an events export the restated events (a headline retelling its
    body's event, `duplicate_of`), which a user should be told rather than find missing."""

    text: str
    rows: int
    written: int
    restated: int = 0


def check_export(what: str, output_format: str) -> None:
    """ValueError naming the valid choices when `what` cannot be exported as `output_format`;
    asked before any database is opened, so a typo is told as such."""
    if output_format not in FORMATS:
        raise ValueError(f"unknown format {output_format!r}; choose one of {', '.join(FORMATS)}")
    if what not in EXPORTS:
        raise ValueError(
            f"unknown export {what!r}; choose {', '.join(EXPORTS[:-1])} or {EXPORTS[-1]}"
        )
    if what == "extractions" and output_format != "jsonl":
        raise ValueError(
            "extractions export only as jsonl (--format jsonl), or one JSON file each with --output-dir"
        )
    if output_format == "geojson" and what not in MAPPABLE:  # refused before any row is read
        raise ValueError(
            f"{what} have no coordinates to map; export them --format jsonl or csv, "
            f"or choose --what {', '.join(MAPPABLE[:-1])} or {MAPPABLE[-1]} for GeoJSON"
        )


def export_rows(
    store: Store, what: str, output_format: str, flt: EventFilter | None = None
) -> Exported:
    """The export, of the events `flt` selects (the filters of /api/events; every event when
    not given); ValueError names the valid choices when asked for something else."""
    check_export(what, output_format)
    chosen = replace(flt or EventFilter(), limit=EXPORT_LIMIT, offset=0, include_duplicates=False)
    restated = 0
    with store.engine.connect() as conn:
        if what == "extractions":
            payloads = current_payloads(conn)
            text = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in payloads)
            return Exported(text, len(payloads), len(payloads))
        rows = _rows(conn, what, chosen)
        if what == "events":
            restated = count_events(conn, replace(chosen, include_duplicates=True)) - len(rows)
    if output_format == "jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows)
        return Exported(text, len(rows), len(rows), restated)
    if output_format == "csv":
        return Exported(to_csv(rows), len(rows), len(rows), restated)
    collection = to_geojson(rows)
    text = json.dumps(collection, ensure_ascii=False, default=str)
    return Exported(text, len(rows), len(collection["features"]), restated)


def _rows(conn: Any, what: str, chosen: EventFilter) -> list[dict[str, Any]]:
    """The rows, keyed by `article_id` and `idx` as every store keys them: the store's own row
    number (`extraction_id`) differs between a SQLite and a PostgreSQL store of the same articles,
    and would make their exports differ."""
    if what == "incidents":
        return _incidents(conn, chosen)
    if what in ("events", "claims"):
        listed = list_events if what == "events" else list_claims
        return [
            {k: v for k, v in row.items() if k != "extraction_id"} for row in listed(conn, chosen)
        ]
    return list_places(conn, chosen)


def _incidents(conn: Any, chosen: EventFilter) -> list[dict[str, Any]]:
    """The incidents `sitrep timeline --background` lists for the same filters, in time order;
    a filter the timeline has no use for (`source`) is refused by the CLI.

    Background incidents ("an attack in 2011" in today's report) are kept, each marked
    `background`: an exported event names the incident it reports whatever its age, and a user
    joining the events' `canonical_id` to the incidents' `id` expects every one to be found.
    A map of the news drops the rows marked `background`."""
    from sitrep.store.ledger import timeline

    return timeline(
        conn,
        chosen.since,
        chosen.until,
        chosen.type,
        chosen.place,
        chosen.actor,
        limit=chosen.limit,
        within=chosen.within,
        modality=chosen.modality,
        with_background=True,
    )


def to_csv(rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    if not rows:
        return ""
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _csv_cell(v) for k, v in row.items()})
    return buffer.getvalue()


def _csv_cell(value: Any) -> Any:
    """A list or a record as JSON, a whole number as one ("16", not "16.0", which a
    spreadsheet user reads as a measurement), a truth value as JSON writes it, and text made
    safe to open in a spreadsheet (`spreadsheet_text`)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return spreadsheet_text(json.dumps(value, default=str))
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return spreadsheet_text(value)
    return value


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP's CSV injection list)."""


def spreadsheet_text(text: str) -> str:
    """Text a spreadsheet shows as text: article text is untrusted, and a title starting
    "=HYPERLINK(" would run as a formula when the CSV is opened, so such a cell gets a leading
    "'". Numbers are written as numbers and never reach here."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_geojson(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """A FeatureCollection of the rows that have coordinates (lon, lat order, as GeoJSON wants)."""
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
            "properties": {k: v for k, v in row.items() if k not in ("lat", "lon")},
        }
        for row in rows
        if row.get("lat") is not None and row.get("lon") is not None
    ]
    return {"type": "FeatureCollection", "features": features}


def safe_child(folder: Path, name: str, suffix: str = ".json") -> Path:
    """A file path for `name` that cannot leave `folder`, whatever the name holds.

    Article ids come from input files ("../../etc/passwd" is a valid JSON string), so they are
    reduced to a safe stem: letters, digits, dot, dash and underscore, no leading dots.
    """
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", name).lstrip(".")[:120] or "article"
    path = (folder / f"{stem}{suffix}").resolve()
    if path.parent != folder.resolve():
        raise ValueError(f"refusing to write outside {folder}: {name!r}")
    return path


def export_per_article(store: Store, folder: Path) -> list[Path]:
    """One sitrep.extraction/1 JSON file per article, named by its id, inside `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    seen: set[Path] = set()
    with store.engine.connect() as conn:
        for payload in current_payloads(conn):
            path = safe_child(folder, str(payload["article"]["id"]))
            if path in seen:  # two ids that reduce to the same name: keep both
                path = safe_child(folder, f"{path.stem}-{len(seen)}")
            seen.add(path)
            path.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
            written.append(path)
    return written
