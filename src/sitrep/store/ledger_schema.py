"""The ledger's tables: canonical events and their member reports, entities, claim histories.

They are derived data: `sitrep.store.ledger.rebuild_ledger` recomputes them from the current
extractions (the record of truth) and replaces their contents in one transaction, so they can be
dropped and rebuilt at any time. Created by migration 3; they share `schema.metadata`.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)

from sitrep.store.schema import metadata

canonical_events = Table(
    "canonical_events",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("type", String(32), nullable=False, index=True),
    Column("date", String(32)),
    Column("date_start", String(10), index=True),
    Column("date_end", String(10)),
    Column("place_name", Text),
    Column("admin1", Text),
    Column("country", String(8)),
    Column("lat", Float),
    Column("lon", Float),
    Column("actor", Text),
    Column("target", Text),
    Column("killed_min", Float),
    Column("killed_max", Float),
    Column("killed_latest", Float),
    Column("injured_min", Float),
    Column("injured_max", Float),
    Column("injured_latest", Float),
    Column("background", Boolean),  # dated well before its reports: hidden from the news
    Column("modality", String(16)),  # happened, disputed (a report denies it), expected ...
    Column("killed_worded", Text),  # as the reports put it: "dozens", "at least 12–30"
    Column("injured_worded", Text),
    Column("reports", Integer, nullable=False),
    Column("articles", Integer, nullable=False),
    Column("outlets", JSON),
    Column("sources", JSON),
    Column("first_published", String(10)),
    Column("last_published", String(10)),
    # as events.place_near: every report places it only at this nearby place's point
    Column("place_near", Text),
)

canonical_members = Table(
    "canonical_members",
    metadata,
    Column("event_id", String(40), ForeignKey("canonical_events.id"), primary_key=True),
    Column("article_id", String(64), primary_key=True),
    Column("idx", Integer, primary_key=True),  # the event's index in the article's extraction
    Column("role", String(16), nullable=False),  # report | duplicate (caption or restatement)
    Column("type", String(32)),
    Column("actor", Text),
    Column("target", Text),
    Column("place_name", Text),
    Column("admin1", Text),
    Column("country", String(8)),
    Column("date", String(32)),
    Column("killed", Float),
    Column("injured", Float),
    Column("killed_hedge", String(16)),
    Column("injured_hedge", String(16)),
    Column("modality", String(16)),
    Column("sources", JSON),
    Column("outlet", String(256)),
    Column("published", String(10)),
    Column("start", Integer),
    Column("end", Integer),
    Column("sentence", Text),  # the evidence
)
Index("ix_canonical_members_article", canonical_members.c.article_id, canonical_members.c.idx)

entities = Table(
    "entities",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(16)),
)

entity_aliases = Table(
    "entity_aliases",
    metadata,
    Column("alias", Text, primary_key=True),  # the folded spelling (or role key) that resolves
    Column("entity_id", String(40), ForeignKey("entities.id"), nullable=False, index=True),
)

claim_subjects = Table(
    "claim_subjects",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("label", Text, nullable=False),
    Column("measure", String(32), nullable=False, index=True),
    Column("unit", String(64)),
    Column("actor", Text),
    Column("place", Text),
    Column("topic", String(32)),
    Column("since", String(10)),  # the start a running count's series counts from ("2005")
    Column("n_values", Integer, nullable=False),
    Column("n_contradictions", Integer, nullable=False),
)

claim_values = Table(
    "claim_values",
    metadata,
    Column("subject_id", String(40), ForeignKey("claim_subjects.id"), primary_key=True),
    Column("article_id", String(64), primary_key=True),
    Column("idx", Integer, primary_key=True),  # the quantity's index in the article's extraction
    Column("position", Integer, nullable=False),  # order in the history
    Column("value", Float),
    Column("low", Float),
    Column("high", Float),
    Column("hedge", String(16)),
    Column("as_of", String(10)),
    Column("published", String(10)),
    Column("source", Text),
    Column("certainty", String(16)),
    Column("outlet", String(256)),
    Column("expected", Boolean),
    Column("text", Text),
    Column("sentence", Text),
    Column("given_place", Text),  # the report's place, when the value is filed under its town
    Column("reported_unit", String(64)),  # the unit its report gave, before conversion
)

claim_contradictions = Table(
    "claim_contradictions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("subject_id", String(40), ForeignKey("claim_subjects.id"), nullable=False, index=True),
    Column("first_article", String(64), nullable=False),
    Column("first_idx", Integer, nullable=False),
    Column("second_article", String(64), nullable=False),
    Column("second_idx", Integer, nullable=False),
    Column("reason", Text, nullable=False),
)

# Children first: the order to empty them in (and the reverse, to fill them).
LEDGER_TABLES = (
    claim_contradictions,
    claim_values,
    claim_subjects,
    entity_aliases,
    entities,
    canonical_members,
    canonical_events,
)


def create_ledger_tables(conn: Connection) -> None:
    """Migration 3: the ledger's tables (already there on a database created after it)."""
    metadata.create_all(conn, tables=list(LEDGER_TABLES))
