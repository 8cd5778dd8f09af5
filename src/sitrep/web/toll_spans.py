"""Where each of an event's tolls was read: the words a "12 killed" link on the page opens.

An event's killed and injured may come from another sentence than its trigger's (a headline's
toll, one toll shared by an article's reports of a strike), and its own list of quantities may
be empty, so the event's own span is no evidence for its toll. A toll links to the quantity
that gives it: one of the event's own if any, else the nearest in its article that counts the
same thing (`measure`) and gives the same number ("dozens", stored without one, by its floor).
None when no quantity gives it: the page then shows the toll without a link, never one to a
sentence that lacks the number.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, select

from sitrep.store import schema

TOLLS = ("killed", "injured")


def _gives(quantity: Mapping[str, Any], name: str, toll: float) -> bool:
    if quantity.get("measure") != name:
        return False
    value = quantity.get("value")
    if value is None:  # a vague word ("dozens") keeps only its floor
        value = quantity.get("low")
    return value is not None and float(value) == float(toll)


def _distance(quantity: Mapping[str, Any], start: int, end: int) -> int:
    return max(0, quantity["start"] - end, start - quantity["end"])


def toll_span(
    name: str,
    toll: float | None,
    start: int,
    end: int,
    quantities: Sequence[Mapping[str, Any]],
    own: Collection[int] = (),
) -> dict[str, int] | None:
    """The offsets of the quantity that gives an event's `name` toll (`own`: the indices of the
    event's own quantities, preferred), or None. Each quantity carries its `idx`."""
    if toll is None:
        return None
    found = [q for q in quantities if _gives(q, name, toll)]
    if not found:
        return None
    best = min(found, key=lambda q: (q["idx"] not in own, _distance(q, start, end), q["start"]))
    return {"start": best["start"], "end": best["end"]}


def with_toll_spans(
    event: dict[str, Any], quantities: Sequence[Mapping[str, Any]], own: Collection[int] = ()
) -> dict[str, Any]:
    """The event (or report) with `killed_span` and `injured_span` set (`toll_span`)."""
    for name in TOLLS:
        event[f"{name}_span"] = toll_span(
            name, event.get(name), event["start"], event["end"], quantities, own
        )
    return event


def add_toll_spans(conn: Connection, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Sets the toll spans of listed events or reports (each with its `article_id`, `start`,
    `end` and tolls), reading only the toll quantities of their articles' current extractions."""
    ids = {row["article_id"] for row in rows if any(row.get(name) is not None for name in TOLLS)}
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    if ids:
        q, x = schema.quantities, schema.extractions
        query = (
            select(q.c.article_id, q.c.idx, q.c.start, q.c.end, q.c.value, q.c.low, q.c.measure)
            .join(x, x.c.id == q.c.extraction_id)
            .where(x.c.current.is_(True), q.c.article_id.in_(ids), q.c.measure.in_(TOLLS))
        )
        for found in conn.execute(query):
            by_article[found.article_id].append(dict(found._mapping))
    for row in rows:
        if row.get("start") is None:  # a ledger row without the report's offsets
            row["killed_span"] = row["injured_span"] = None
            continue
        with_toll_spans(row, by_article.get(row["article_id"], []))
    return rows
