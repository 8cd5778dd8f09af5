"""Which incident (canonical event) each exported event reports: its `canonical_id`, the `id`
that `sitrep timeline` and /api/timeline give it, so that an event row of an export and the
ledger can be joined.

Read in one pass over the ledger's members, for exports only: a column computed in the events
query itself was worked out for every matching row before the sort and the page cut, and cost
the events list (/api/events, `sitrep events`) a fifth to a third more time.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from sitrep.store import ledger_schema


def with_canonical_ids(conn: Connection, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The event rows (keyed by `article_id` and `idx`), each given its `canonical_id`: None for
    an event no incident holds (a ledger not built yet)."""
    m = ledger_schema.canonical_members
    incident: dict[tuple[str, int], str] = {}
    for article_id, idx, event_id in conn.execute(select(m.c.article_id, m.c.idx, m.c.event_id)):
        key = (article_id, idx)
        incident[key] = min(event_id, incident.get(key, event_id))  # one answer on any store
    for row in rows:
        row["canonical_id"] = incident.get((row["article_id"], row["idx"]))
    return rows
