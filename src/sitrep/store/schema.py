"""The database tables, in SQLAlchemy Core, shared by the SQLite and PostgreSQL backends.

An article is stored once (its id is a content hash). Each extraction is stored per pipeline
version, so re-extracting with a new version keeps the old one (`current` marks the newest).
The flat tables (places, times, quantities, attributions, events) repeat what the extraction's
JSON holds, for filtering and search; the JSON is the record of truth.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("external_id", String(512)),
    Column("url", Text),
    Column("title", Text),
    Column("outlet", String(256)),
    Column("published", Date),
    # "dateline" when the store took the date from the article's dateline, else None
    Column("published_from", String(16)),
    # the outlet whose report this article reprints (a republication notice), else None
    Column("republished_from", String(256)),
    Column("language", String(16)),
    Column("origin", Text),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime, nullable=False),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("pipeline_version", String(32), nullable=False),
    Column("model", String(256), nullable=False),
    Column("started_at", DateTime, nullable=False),
    Column("finished_at", DateTime),
    Column("ingested", Integer, default=0),
    Column("present", Integer, default=0),
    Column("failed", Integer, default=0),
)

extractions = Table(
    "extractions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), ForeignKey("articles.id"), nullable=False),
    Column("pipeline_version", String(32), nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("current", Boolean, nullable=False, default=True),
    Column("created_at", DateTime, nullable=False),
    Column("payload", JSON, nullable=False),
    UniqueConstraint("article_id", "pipeline_version", name="uq_extraction_version"),
)
Index("ix_extractions_current", extractions.c.article_id, extractions.c.current)


def _child(name: str, *columns: Column) -> Table:  # type: ignore[type-arg]
    """A flat table of one kind of finding, keyed by extraction and position."""
    return Table(
        name,
        metadata,
        Column("extraction_id", Integer, ForeignKey("extractions.id"), primary_key=True),
        Column("idx", Integer, primary_key=True),
        Column("article_id", String(64), nullable=False, index=True),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        *columns,
    )


places = _child(
    "places",
    Column("text", Text),
    Column("role", String(16)),
    Column("name", Text, index=True),
    Column("country", String(8)),
    Column("admin1", Text),
    Column("level", String(16)),
    Column("lat", Float),
    Column("lon", Float),
    Column("gazetteer_id", String(64)),
    Column("refers_to", Text),
    Column("confidence", Float),
    # the place whose point stands in for a name the gazetteer lacks: the point is approximate
    Column("near", Text),
)
# A searched word's place and its other spellings (`place_spellings`): the mentions that spell it
# and those resolved to the same gazetteer entry, found without reading every mention
PLACE_SPELLING_INDEXES = (
    Index("ix_places_text", places.c.text),
    Index("ix_places_gazetteer_id", places.c.gazetteer_id),
)

times = _child(
    "times",
    Column("text", Text),
    Column("value", String(64)),
    Column("kind", String(16)),
    Column("anchored", String(64)),
)

quantities = _child(
    "quantities",
    Column("text", Text),
    Column("value", Float),
    Column("low", Float),
    Column("high", Float),
    Column("unit", String(64)),
    Column("measure", String(32)),
    Column("hedge", String(16)),
    Column("change", String(8)),
)

attributions = _child(
    "attributions",
    Column("claim_text", Text),
    Column("source_text", Text),
    Column("source_name", Text, index=True),
    Column("source_kind", String(32)),
    Column("via", JSON),
    Column("cue", Text),
    Column("verb_class", String(32)),
    Column("direct_quote", String(8)),
    Column("date", String(32)),
    Column("certainty", String(16)),
    # what was said, as [{"start", "end"}] in order: the claim less a reporting clause that
    # interrupts it; null (a store older than migration 9) for the whole claim
    Column("parts", JSON),
    # the days `date` covers ("2024-W43" is a week), so that date filters compare calendar days
    Column("date_start", String(10)),
    Column("date_end", String(10)),
)

events = _child(
    "events",
    Column("sentence", Text),
    Column("type", String(32), index=True),
    Column("acled", String(64)),
    Column("plover", String(32)),
    Column("actor", Text),
    Column("target", Text),
    Column("place_name", Text),
    Column("country", String(8)),
    Column("admin1", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("level", String(16)),
    Column("date", String(32), index=True),
    # the days `date` covers ("2024-W43" is a week), so that lists sort and filter by calendar
    Column("date_start", String(10)),
    Column("date_end", String(10)),
    Column("weapon", JSON),
    Column("killed", Float),
    Column("injured", Float),
    # how the toll was worded ("at least 16" is lower_bound): a list must not show a floor as a count
    Column("killed_hedge", String(16)),
    Column("injured_hedge", String(16)),
    Column("modality", String(16)),
    Column("duplicate_of", Integer),
    Column("confidence", Float),
    Column("sources", JSON),
    Column("published", Date),
    # as places.near: the event's place is drawn at that place's point, only approximately
    Column("place_near", Text),
    # the incident (the ledger's canonical event) the event reports, filled when the ledger is
    # built (`store.incident_ids`): read with the row, at no cost to the events list
    Column("canonical_id", String(40)),
)

# A search's places (`search_places`): the events placed at a searched word's spellings, found
# without reading every event on each search
EVENT_PLACE_INDEXES = (Index("ix_events_place_name", events.c.place_name),)

EVENT_COLUMNS_ADDED = ("canonical_id", "place_near")
"""Event columns an export writes after its article's (title ... pipeline_version), in the
order they reached the exports: CSV consumers read by position, so a column added to the table
goes at the end of this tuple, never among the columns they already read."""

failures = Table(
    "failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("item", Text, nullable=False),
    Column("stage", String(32), nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", DateTime, nullable=False),
)

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("name", String(128), nullable=False),
    Column("applied_at", DateTime, nullable=False),
)

# The migrations whose ledger rebuild is still owed: the rebuild runs after them in its own
# transaction, and a store interrupted before it ends finishes it at its next opening.
ledger_rebuilds_owed = Table(
    "ledger_rebuilds_owed",
    metadata,
    Column("version", Integer, primary_key=True),
)

FINDING_TABLES = (places, times, quantities, attributions, events)


def first_day_of(rows: Table, published: Any) -> Any:
    """The first day an event happened or a claim was made on, else the day it was reported
    (`published`): the order of every list, and what an `until` bound is compared with."""
    return func.coalesce(rows.c.date_start, func.cast(published, rows.c.date.type))


def last_day_of(rows: Table, published: Any) -> Any:
    """The last day an event happened or a claim was made on (a week's Sunday), else the day it
    was reported: what a `since` bound is compared with, so a week that reaches into the range
    is in it."""
    return func.coalesce(rows.c.date_end, func.cast(published, rows.c.date.type))


def event_when() -> Any:
    """An event's first day: the expression of SQLite's newest-first index (migration 6), which
    the event list repeats exactly so that the index serves it."""
    return first_day_of(events, events.c.published)


# Indexes for the newest-first lists; new databases get them from create_all, older ones from
# migration 4. The event-date expression index is SQLite's alone (PostgreSQL refuses a cast of a
# date to text in an index, as it depends on DateStyle) and is made by migration 6 only.
LIST_INDEXES = (
    Index("ix_articles_published", articles.c.published),
    Index("ix_extractions_current_id", extractions.c.current, extractions.c.id),
)


# PostgreSQL's index of the words an article writes in capitals (migration 15), as the SQL of its
# expression, which a search repeats exactly so that the index serves it: an acronym that is a
# stop word in lower case ("WHO", "IS") is dropped by the english full-text index, and matching
# it in its capitals read every article's text. Words with a lower-case letter go, then all but
# the capitals A-Z (those acronyms are stop words, English letters), so "the WHO's" holds "who"
# and "who" in a sentence is not held; the search checks each match in its capitals.
# For the acronym search alone: it holds no word with a lower-case letter, so a query for a
# capitalised name ("Kharkiv") or any word in lower case finds nothing through it.
ACRONYM_VECTOR = (
    "to_tsvector('simple', regexp_replace(regexp_replace("
    "coalesce(title, '') || ' ' || text, '\\m\\w*[a-z]\\w*\\M', ' ', 'g'), "
    "'[^A-Z]+', ' ', 'g'))"
)
