"""Read queries the web API needs beyond `sitrep.store.queries`: articles, one event, claim series.

Everything here reads the current extractions only, binds every value as a parameter and returns
plain dicts. The claim tracker draws the ledger's claim subjects (`tracker_subjects`,
`subject_series`): one line is one thing counted, where, in which incident, with a series per
source and the contradictions marked. `claim_series` is the older grouping of the flat tables
by measure and unit only, kept for the API.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection
from typing import Any

from sqlalchemy import Connection, and_, func, select

from sitrep.link.series_keys import series_key, series_label
from sitrep.model import Offsets
from sitrep.sentences import sentence_bounds
from sitrep.store import ledger_schema as ls
from sitrep.store import schema
from sitrep.store.flatten import parts_or_whole, said_text
from sitrep.store.queries import _like, last_day
from sitrep.web.toll_spans import with_toll_spans

FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _current() -> Any:
    return schema.extractions.c.current.is_(True)


def list_articles(
    conn: Connection,
    since: str | None,
    until: str | None,
    outlet: str | None,
    limit: int,
    offset: int,
) -> list[dict[str, Any]]:
    """A page of articles, newest first, each with its current pipeline version and event count.

    The page is chosen from the narrow articles table first; versions and counts are then read
    for its rows only (the extractions table is wide: it holds every payload).
    """
    a, x, e = schema.articles, schema.extractions, schema.events
    query = select(a.c.id, a.c.title, a.c.url, a.c.outlet, a.c.published, a.c.language).where(
        a.c.id.in_(select(x.c.article_id).where(_current()))
    )
    if since:
        query = query.where(a.c.published >= since)
    if until:
        query = query.where(a.c.published <= last_day(until))
    if outlet:  # a part of the name, any case, as every other text filter
        query = query.where(a.c.outlet.ilike(_like(outlet), escape="\\"))
    query = query.order_by(a.c.published.desc().nulls_last(), a.c.id).limit(limit).offset(offset)
    rows = [dict(row._mapping) for row in conn.execute(query)]
    ids = [row["id"] for row in rows]
    if not ids:
        return rows
    versions = dict(
        conn.execute(
            select(x.c.article_id, x.c.pipeline_version).where(_current(), x.c.article_id.in_(ids))
        ).all()
    )
    counts: dict[str, int] = dict(
        conn.execute(
            select(e.c.article_id, func.count())
            .join(x, x.c.id == e.c.extraction_id)
            .where(_current(), e.c.article_id.in_(ids))
            .group_by(e.c.article_id)
        ).all()
    )
    for row in rows:
        row["pipeline_version"] = versions.get(row["id"])
        row["events"] = counts.get(row["id"], 0)
    return rows


def article_with_payload(conn: Connection, article_id: str) -> dict[str, Any] | None:
    """The article row and its current extraction JSON (text plus every finding with offsets)."""
    a, x = schema.articles, schema.extractions
    row = conn.execute(
        select(
            a.c.id,
            a.c.title,
            a.c.url,
            a.c.outlet,
            a.c.published,
            a.c.language,
            x.c.pipeline_version,
            x.c.payload,
        )
        .join(x, and_(x.c.article_id == a.c.id, _current()))
        .where(a.c.id == article_id)
    ).first()
    if row is None:
        return None
    result = dict(row._mapping)
    payload = result.pop("payload")
    result["text"] = payload.get("text", "")
    result["findings"] = {
        key: payload.get(key, [])
        for key in ("spans", "places", "times", "quantities", "attributions", "events")
    }
    for attribution in result["findings"]["attributions"]:
        attribution["parts"] = _parts(attribution)
    for event in result["findings"]["events"]:
        event["sentence_start"], event["sentence_end"] = sentence_bounds(
            result["text"], event["start"], event["end"]
        )
    return result


def event_detail(conn: Connection, article_id: str, idx: int) -> dict[str, Any] | None:
    """One event: its row, its article, the evidence it cites (each toll's words: `toll_spans`),
    and its form in every version."""
    e, x, a = schema.events, schema.extractions, schema.articles
    row = conn.execute(
        select(e, x.c.pipeline_version, x.c.payload, a.c.title, a.c.url, a.c.outlet)
        .join(x, x.c.id == e.c.extraction_id)
        .join(a, a.c.id == e.c.article_id)
        .where(_current(), e.c.article_id == article_id, e.c.idx == idx)
    ).first()
    if row is None:
        return None
    event = dict(row._mapping)
    payload = event.pop("payload")
    text = payload.get("text", "")
    found = payload["events"][idx]
    event["sentence_start"], event["sentence_end"] = sentence_bounds(
        text, event["start"], event["end"]
    )
    attributions = payload.get("attributions", [])
    quantities = payload.get("quantities", [])
    event["evidence"] = {
        "attributions": [
            _with_text(attributions[i], text)
            for i in found.get("attributions", [])
            if 0 <= i < len(attributions)
        ],
        "quantities": [
            quantities[i] for i in found.get("quantities", []) if 0 <= i < len(quantities)
        ],
    }
    indexed = [{"idx": i, **quantity} for i, quantity in enumerate(quantities)]
    with_toll_spans(event, indexed, found.get("quantities", []))
    event["finding"] = found
    event["versions"] = _event_versions(conn, article_id, found, text)
    return event


def _with_text(attribution: dict[str, Any], text: str) -> dict[str, Any]:
    """The attribution with its parts and what was said as a list shows it (`said_text`)."""
    parts = _parts(attribution)
    said = said_text(text, [Offsets(p["start"], p["end"]) for p in parts])
    return {**attribution, "parts": parts, "claim_text": said}


def _parts(attribution: dict[str, Any]) -> list[dict[str, int]]:
    claim = attribution["claim"]
    return parts_or_whole(attribution.get("parts"), claim["start"], claim["end"])


def _event_versions(
    conn: Connection, article_id: str, found: dict[str, Any], text: str
) -> list[dict[str, Any]]:
    """The same event (overlapping sentence) in each stored pipeline version of its article."""
    x = schema.extractions
    rows = conn.execute(
        select(x.c.pipeline_version, x.c.current, x.c.created_at, x.c.payload)
        .where(x.c.article_id == article_id)
        .order_by(x.c.created_at, x.c.id)
    )
    left, right = sentence_bounds(text, found["start"], found["end"])
    versions = []
    for version, current, created_at, payload in rows:
        matches = [
            {"idx": i, **ev}
            for i, ev in enumerate(payload.get("events", []))
            if ev["start"] < right and ev["end"] > left and ev.get("type") == found.get("type")
        ]
        versions.append(
            {
                "pipeline_version": version,
                "current": bool(current),
                "created_at": created_at,
                "events": matches,
            }
        )
    return versions


def claim_series(
    conn: Connection, measure: str | None, unit: str | None, source: str | None, limit: int
) -> list[dict[str, Any]]:
    """Quantity values by measure and unit over publication date, one series per source.

    A quantity belongs to the attribution whose claim span holds it; without one, its source is
    the outlet that printed it, else its own article (`series_key`: by the article, shown by
    its title).
    """
    q, t, x, a = schema.quantities, schema.attributions, schema.extractions, schema.articles
    query = (
        select(
            q.c.article_id,
            q.c.idx,
            q.c.start,
            q.c.end,
            q.c.text,
            q.c.value,
            q.c.low,
            q.c.high,
            q.c.unit,
            q.c.measure,
            q.c.hedge,
            a.c.published,
            a.c.title,
            a.c.outlet,
            t.c.source_name,
            t.c.source_kind,
            t.c.date.label("claim_date"),
        )
        .join(x, x.c.id == q.c.extraction_id)
        .join(a, a.c.id == q.c.article_id)
        .outerjoin(
            t,
            and_(
                t.c.extraction_id == q.c.extraction_id, t.c.start <= q.c.start, t.c.end >= q.c.end
            ),
        )
        .where(_current(), q.c.value.is_not(None))
    )
    if measure:
        query = query.where(q.c.measure == measure)
    if unit:
        query = query.where(q.c.unit == unit)
    query = query.order_by(a.c.published, q.c.article_id, q.c.idx).limit(limit)
    series: dict[tuple[Any, Any, str], dict[str, Any]] = {}
    seen: set[tuple[str, int]] = set()
    for row in conn.execute(query):
        point = dict(row._mapping)
        if (point["article_id"], point["idx"]) in seen:
            continue  # a quantity inside nested claims counts once, for the innermost listed first
        seen.add((point["article_id"], point["idx"]))
        whose = (point.pop("source_name"), point["outlet"], point["article_id"])
        name = series_label(*whose, point["title"])
        if source and source.lower() not in name.lower():
            continue
        key = (point["measure"], point["unit"], series_key(*whose))
        entry = series.setdefault(
            key,
            {
                "measure": key[0],
                "unit": key[1],
                "source": name,
                "source_kind": point["source_kind"],
                "points": [],
            },
        )
        entry["points"].append(point)
    return list(series.values())


def tracker_subjects(
    conn: Connection, limit: int, ids: Collection[str] | None = None
) -> list[dict[str, Any]]:
    """The ledger's claim subjects the tracker offers (those of `ids`, if given: the ones an
    analyst's words name, `ledger.subjects_about`): disputed ones first, then the longest."""
    s = ls.claim_subjects
    query = select(s)
    if ids is not None:
        query = query.where(s.c.id.in_(list(ids)))
    query = query.order_by(s.c.n_contradictions.desc(), s.c.n_values.desc(), s.c.label, s.c.id)
    return [dict(row._mapping) for row in conn.execute(query.limit(limit))]


def subject_series(conn: Connection, subject_id: str) -> dict[str, Any] | None:
    """One claim subject as the tracker draws it: a series of values per source (the outlet's
    when no source is named, else its article's: `series_key`, shown by `series_label`), each
    point linked to its sentence, and the contradictions, whose points are marked `disputed`."""
    s, v, q, x, a = (
        ls.claim_subjects,
        ls.claim_values,
        schema.quantities,
        schema.extractions,
        schema.articles,
    )
    found = conn.execute(select(s).where(s.c.id == subject_id)).first()
    if found is None:
        return None
    subject = dict(found._mapping)
    contradictions = [
        dict(row._mapping)
        for row in conn.execute(
            select(ls.claim_contradictions)
            .where(ls.claim_contradictions.c.subject_id == subject_id)
            .order_by(ls.claim_contradictions.c.id)
        )
    ]
    disputed = {
        (c[f"{side}_article"], c[f"{side}_idx"])
        for c in contradictions
        for side in ("first", "second")
    }
    query = (
        select(v, q.c.start, q.c.end, a.c.title)
        .join(x, and_(x.c.article_id == v.c.article_id, _current()))
        .join(q, and_(q.c.extraction_id == x.c.id, q.c.idx == v.c.idx))
        .join(a, a.c.id == v.c.article_id)
        .where(v.c.subject_id == subject_id)
        .order_by(v.c.position)
    )
    series: dict[str, dict[str, Any]] = {}
    for row in conn.execute(query):
        point = dict(row._mapping)
        point["disputed"] = (point["article_id"], point["idx"]) in disputed
        whose = (point["source"], point["outlet"], point["article_id"])
        series.setdefault(
            series_key(*whose), {"source": series_label(*whose, point["title"]), "points": []}
        )["points"].append(point)
    subject["series"] = list(series.values())
    subject["contradictions"] = contradictions
    return subject


def measures(conn: Connection) -> list[dict[str, Any]]:
    """Each measure/unit pair with how many values and sources it has, most common first."""
    q, x = schema.quantities, schema.extractions
    query = (
        select(
            q.c.measure,
            q.c.unit,
            func.count().label("values"),
            func.count(func.distinct(q.c.article_id)).label("articles"),
        )
        .join(x, x.c.id == q.c.extraction_id)
        .where(_current(), q.c.value.is_not(None))
        .group_by(q.c.measure, q.c.unit)
        # ties in the order of their names, the same on SQLite and PostgreSQL (NULLs sort apart)
        .order_by(func.count().desc(), q.c.measure, func.coalesce(q.c.unit, ""))
    )
    return [dict(row._mapping) for row in conn.execute(query)]


def stats(conn: Connection) -> dict[str, Any]:
    """Counts by kind, events by type and by day (for the timeline), the span of dates.

    Only events dated to a day are counted by day: an event known to a month, a week or a year
    ("2024-10", "2024-W43", "2016") would otherwise be drawn as a spike on one day, or, for a week,
    not be drawable at all. An event its report gives no date for is counted on the day it was
    published, and each day says how many of its events are such (`undated`), so that the page
    can tell a day's dated news from what was merely reported then.
    """
    e, x = schema.events, schema.extractions
    day = func.substr(func.coalesce(e.c.date, func.cast(e.c.published, e.c.date.type)), 1, 10)
    by_type = conn.execute(
        select(e.c.type, func.count())
        .join(x, x.c.id == e.c.extraction_id)
        .where(_current(), e.c.duplicate_of.is_(None))
        .group_by(e.c.type)
        .order_by(func.count().desc(), e.c.type)
    ).all()
    by_day: dict[str, dict[str, int]] = defaultdict(dict)
    undated: dict[str, int] = defaultdict(int)
    for date, event_type, is_undated, count in conn.execute(
        select(day, e.c.type, e.c.date.is_(None), func.count())
        .join(x, x.c.id == e.c.extraction_id)
        .where(_current(), e.c.duplicate_of.is_(None), day.is_not(None))
        .group_by(day, e.c.type, e.c.date.is_(None))
        # a day's types in name order, the order the page stacks its bars in (PostgreSQL's
        # grouping gives them in hash order)
        .order_by(day, e.c.type)
    ):
        if FULL_DAY.fullmatch(date):
            by_day[date][event_type] = by_day[date].get(event_type, 0) + count
            undated[date] += count if is_undated else 0
    published = conn.execute(
        select(func.min(schema.articles.c.published), func.max(schema.articles.c.published))
    ).one()
    return {
        "events_by_type": {t: n for t, n in by_type},
        "events_by_day": [
            {"date": d, "types": by_day[d], "undated": undated[d]} for d in sorted(by_day)
        ],
        "published": {"first": published[0], "last": published[1]},
    }
