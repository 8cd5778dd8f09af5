"""Exports: events, claims and places as JSON lines, CSV or GeoJSON; whole extractions as JSONL."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from sitrep.store import EventFilter, Store
from sitrep.store.queries import current_payloads, list_claims, list_events, list_places

EXPORT_LIMIT = 10_000_000
FORMATS = ("jsonl", "csv", "geojson")


def export_rows(store: Store, what: str, output_format: str) -> str:
    """The export as text; ValueError names the valid choices when asked for something else."""
    if output_format not in FORMATS:
        raise ValueError(f"unknown format {output_format!r}; choose one of {', '.join(FORMATS)}")
    with store.engine.connect() as conn:
        if what == "extractions":
            if output_format != "jsonl":
                raise ValueError("extractions export only as jsonl")
            return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in current_payloads(conn))
        rows = _rows(conn, what)
    if output_format == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows)
    if output_format == "csv":
        return to_csv(rows)
    return json.dumps(to_geojson(rows), ensure_ascii=False, default=str)


def _rows(conn: Any, what: str) -> list[dict[str, Any]]:
    everything = EventFilter(limit=EXPORT_LIMIT, include_duplicates=False)
    if what == "events":
        return list_events(conn, everything)
    if what == "claims":
        return list_claims(conn, everything)
    if what == "places":
        return list_places(conn, everything)
    raise ValueError(f"unknown export {what!r}; choose events, claims, places or extractions")


def to_csv(rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    if not rows:
        return ""
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                k: json.dumps(v, default=str) if isinstance(v, (list, dict)) else v
                for k, v in row.items()
            }
        )
    return buffer.getvalue()


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
