"""Which incident (canonical event) each stored event reports: its `canonical_id`, the `id`
that `sitrep timeline`, /api/timeline and `sitrep export --what incidents` give it, so that an
event row of /api/events, `sitrep events` or an export and the ledger can be joined.

Stored in the events table when the ledger is built, and read with the row: a column computed
in the events query itself was worked out for every matching row before the sort and the page
cut, and cost the events list (/api/events, `sitrep events`) a fifth to a third more time; even
looked up for the page's rows alone, after the cut, it cost a tenth to a quarter more.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, func, select, update

from sitrep.store import ledger_schema, schema


def incident_of(article_id: Any, idx: Any) -> ColumnElement[Any]:
    """The id of the incident holding the event (`article_id`, `idx`), as a scalar subquery
    (the members' index serves it): None for an event no incident holds, and the least id where
    several list it, one answer on any store."""
    m = ledger_schema.canonical_members
    return (
        select(func.min(m.c.event_id))
        .where(m.c.article_id == article_id, m.c.idx == idx)
        .scalar_subquery()
    )


def store_incident_ids(conn: Connection) -> None:
    """Give every stored event the id of the incident the ledger now files it under, None
    where it files it under none (an event of an extraction no longer current)."""
    e = schema.events
    conn.execute(update(e).values(canonical_id=incident_of(e.c.article_id, e.c.idx)))
