"""Ordered, recorded schema migrations: each runs once, in order, inside a transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy import (
    Connection,
    String,
    Table,
    inspect,
    literal,
    select,
    text,
    union_all,
    update,
)

from sitrep.store import ledger_schema, schema


def _create_tables(conn: Connection) -> None:
    schema.metadata.create_all(conn)


def _create_search_index(conn: Connection) -> None:
    """Full-text search: FTS5 on SQLite, a tsvector GIN index on PostgreSQL."""
    if conn.dialect.name == "sqlite":
        conn.execute(
            text(
                "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
                "article_id UNINDEXED, title, text, tokenize='unicode61 remove_diacritics 2')"
            )
        )
    elif conn.dialect.name == "postgresql":
        conn.execute(
            text(
                "CREATE INDEX IF NOT EXISTS ix_articles_fts ON articles USING GIN "
                "(to_tsvector('english', coalesce(title, '') || ' ' || text))"
            )
        )


def _create_list_indexes(conn: Connection) -> None:
    """Indexes for the newest-first lists (articles and claims by publication; events by date
    since migration 6)."""
    from sqlalchemy.schema import CreateIndex

    for index in schema.LIST_INDEXES:
        conn.execute(CreateIndex(index, if_not_exists=True))


def _index_events_by_day(conn: Connection) -> None:
    """SQLite's expression index for the newest-first event list, made (again) over the days an
    event covers; stores migrated before version 6 had it over the date's text."""
    from sqlalchemy import Index
    from sqlalchemy.schema import CreateIndex

    if conn.dialect.name != "sqlite":
        return
    when = Index(
        "ix_events_when",
        schema.event_when().desc(),
        schema.events.c.article_id,
        schema.events.c.idx,
    )
    schema.events.indexes.discard(when)  # made here only, never by create_all
    conn.execute(text("DROP INDEX IF EXISTS ix_events_when"))
    conn.execute(CreateIndex(when))


def _add_time_anchors(conn: Connection) -> None:
    """The `anchored` day of offsets ("two days earlier"); stores made before it gain the column,
    empty for what they hold until those articles are extracted again."""
    if "anchored" not in {c["name"] for c in inspect(conn).get_columns("times")}:
        conn.execute(text("ALTER TABLE times ADD COLUMN anchored VARCHAR(64)"))


def _add_event_days(conn: Connection) -> None:
    """The calendar days an event's date covers: lists sorted and filtered by its text put a week
    ("2025-W10") after every day of that year. Stores made before it gain the columns, filled
    from the dates they hold."""
    if "date_start" not in {c["name"] for c in inspect(conn).get_columns("events")}:
        conn.execute(text("ALTER TABLE events ADD COLUMN date_start VARCHAR(10)"))
        conn.execute(text("ALTER TABLE events ADD COLUMN date_end VARCHAR(10)"))
    _refresh_days(conn, schema.events)
    _index_events_by_day(conn)


_TOLL_HEDGES = ("killed_hedge", "injured_hedge")


def _add_toll_hedges(conn: Connection) -> None:
    """How each toll was worded ("at least 16"): without it an event list shows a floor as an
    exact count. Stores made before it gain the columns, filled from the extractions they hold."""
    if "killed_hedge" not in {c["name"] for c in inspect(conn).get_columns("events")}:
        for column in _TOLL_HEDGES:
            conn.execute(text(f"ALTER TABLE events ADD COLUMN {column} VARCHAR(16)"))
    x, events = schema.extractions, schema.events
    payloads = conn.execute(select(x.c.id, x.c.payload).execution_options(yield_per=256))
    # read them all before writing: PostgreSQL streams the payloads through a server-side cursor
    worded = list(_worded_tolls(payloads))
    for extraction_id, idx, hedges in worded:
        conn.execute(
            update(events)
            .where(events.c.extraction_id == extraction_id, events.c.idx == idx)
            .values(**hedges)
        )


def _worded_tolls(
    payloads: Iterable[Any],
) -> Iterator[tuple[int, int, dict[str, str]]]:
    """(extraction id, event index, its toll hedges) for each stored event whose toll was hedged."""
    for extraction_id, payload in payloads:
        for idx, event in enumerate(payload.get("events") or []):
            hedges = {column: event[column] for column in _TOLL_HEDGES if event.get(column)}
            if hedges:
                yield extraction_id, idx, hedges


def _add_incident_readings(conn: Connection) -> None:
    """How an incident reads: its tolls as its reports worded them ("dozens killed" stored as 12
    read as a count of 12), and whether it is background to the news ("an attack in 2011").
    Stores made before it gain the columns, filled at the next ledger rebuild."""
    columns = {c["name"] for c in inspect(conn).get_columns("canonical_events")}
    for column, kind in (
        ("background", "BOOLEAN"),
        ("killed_worded", "TEXT"),
        ("injured_worded", "TEXT"),
    ):
        if column not in columns:
            conn.execute(text(f"ALTER TABLE canonical_events ADD COLUMN {column} {kind}"))


def _add_claim_parts_and_days(conn: Connection) -> None:
    """What a claim says apart from the reporting clause that interrupts it ("“A,” she said.
    “B.”"), for lists and the page to show only that; and the calendar days a claim's date
    covers, for date filters that compare days: a claim dated to a week ("2024-W43") fell
    outside a filter on its month when its text was compared. Stores made before it gain the
    columns: the days filled from the dates they hold, the parts null (the whole claim) until
    those articles are extracted again. PostgreSQL gains the newest-first index too."""
    if "parts" not in {c["name"] for c in inspect(conn).get_columns("attributions")}:
        conn.execute(text("ALTER TABLE attributions ADD COLUMN parts JSON"))
        conn.execute(text("ALTER TABLE attributions ADD COLUMN date_start VARCHAR(10)"))
        conn.execute(text("ALTER TABLE attributions ADD COLUMN date_end VARCHAR(10)"))
    _refresh_days(conn, schema.attributions)
    _index_articles_newest_first(conn)


def _index_articles_newest_first(conn: Connection) -> None:
    """PostgreSQL's index for the newest-first article and claim lists: they put undated articles
    last (NULLS LAST), an order its ascending `ix_articles_published` cannot give, so each page
    sorted every article (EXPLAIN on 5,000: a sort of all rows, 6 ms; with this index, a scan of
    the first 20, 0.2 ms). SQLite reads its ascending index backwards for the same order."""
    if conn.dialect.name == "postgresql":
        conn.execute(
            text(
                "CREATE INDEX IF NOT EXISTS ix_articles_newest "
                "ON articles (published DESC NULLS LAST, id)"
            )
        )


def _add_given_places(conn: Connection) -> None:
    """The place a report gave a figure that the ledger files under its town ("Kidal Region"'s
    displaced in the history of Kidal), for the tracker to show where each value was counted.
    Stores made before it gain the column, filled at the next ledger rebuild."""
    if "given_place" not in {c["name"] for c in inspect(conn).get_columns("claim_values")}:
        conn.execute(text("ALTER TABLE claim_values ADD COLUMN given_place TEXT"))


def _stem_search_words(conn: Connection) -> None:
    """SQLite's search finds a word's other forms ("missile" finds "missiles", "killed" finds
    "killing"), as PostgreSQL's English search always did: the same query found fewer articles
    in the default store than in a PostgreSQL one. The index is rebuilt with the Porter stemmer,
    in one pass over the stored articles."""
    if conn.dialect.name != "sqlite":
        return
    conn.execute(text("DROP TABLE IF EXISTS articles_fts"))
    conn.execute(
        text(
            "CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text, "
            "tokenize='porter unicode61 remove_diacritics 2')"
        )
    )
    conn.execute(
        text(
            "INSERT INTO articles_fts(article_id, title, text) "
            "SELECT id, coalesce(title, ''), text FROM articles"
        )
    )


def _refresh_date_spans(conn: Connection) -> None:
    """The days of a decade, a century, a season ("196", "19", "2013-SU") and the two days of a
    weekend ("2024-W43-WE"): stores made before those had spans kept the events and claims dated
    so with no days (they sorted and filtered as the report's day) or with the whole week. Their
    columns are filled again from the dates they hold; the ledger, whose incidents are dated and
    marked background from the same spans, is rebuilt by the store after its migrations
    (`LEDGER_INPUT_CHANGES`): a migration that ran today's ledger code would write rows a later
    migration's tables may not fit yet."""
    for table in (schema.events, schema.attributions):
        _refresh_days(conn, table)


_DATES_PER_UPDATE = 200  # stale dates per UPDATE: SQLite joins at most 500 SELECTs in a UNION


def _refresh_days(conn: Connection, table: Table) -> None:
    """Set date_start/date_end wherever they differ from the days `table`'s date covers now.

    An UPDATE per batch of stale dates, joined to the batch given inline: an UPDATE per date
    read the whole table once for each of them (claims have no index on their date), 26 s for
    1,641 dates over a store of 145,000 events and claims. No temporary table: PostgreSQL needs
    a privilege for one, and pysqlite would make it outside the migration's transaction.
    """
    from sitrep.store.flatten import event_days

    stored = conn.execute(
        select(table.c.date, table.c.date_start, table.c.date_end)
        .where(table.c.date.is_not(None))
        .distinct()
    ).all()
    stale = {}
    for date, start, end in stored:
        days = event_days(date)
        if (days["date_start"], days["date_end"]) != (start, end):
            stale[date] = (days["date_start"], days["date_end"])
    dates = sorted(stale)
    for first in range(0, len(dates), _DATES_PER_UPDATE):
        batch = union_all(
            *(
                select(
                    literal(date, String).label("date"),
                    literal(stale[date][0], String).label("first_day"),
                    literal(stale[date][1], String).label("last_day"),
                )
                for date in dates[first : first + _DATES_PER_UPDATE]
            )
        ).subquery("stale")
        conn.execute(
            update(table)
            .where(table.c.date == batch.c.date)
            .values(date_start=batch.c.first_day, date_end=batch.c.last_day)
        )


def _add_series_starts_and_reported_units(conn: Connection) -> None:
    """The start a running count's series counts from ("since 2005": two counts from different
    starts are different series), and the unit each claim value's report gave, kept with the
    value rather than read from whatever extraction is current when it is shown. Stores made
    before them gain the columns, filled by the ledger rebuilt after the migrations."""
    for table, column, kind in (
        ("claim_subjects", "since", "VARCHAR(10)"),
        ("claim_values", "reported_unit", "VARCHAR(64)"),
    ):
        if column not in {c["name"] for c in inspect(conn).get_columns(table)}:
            conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {column} {kind}"))


def _record_owed_rebuilds(conn: Connection) -> None:
    """The table of ledger rebuilds owed (`schema.ledger_rebuilds_owed`): a rebuild after
    migrations 12 and 13 that was interrupted left their new columns empty for good."""
    schema.ledger_rebuilds_owed.create(conn, checkfirst=True)


def _index_words_in_capitals(conn: Connection) -> None:
    """PostgreSQL's index of the words each article writes in capitals (`schema.ACRONYM_VECTOR`):
    a search for "WHO" or "IS" alone, stop words its english index drops, read every article
    (EXPLAIN ANALYZE on 5,000: "WHO" read all of them, 71 ms; through this index, its 316
    matches, 2.4 ms). SQLite's index keeps stop words, so its search never needed one."""
    if conn.dialect.name == "postgresql":
        conn.execute(
            text(
                "CREATE INDEX IF NOT EXISTS ix_articles_capitals ON articles USING GIN "
                f"({schema.ACRONYM_VECTOR})"
            )
        )


def _add_incident_modalities(conn: Connection) -> None:
    """How each incident is told (`link.incident_modality`): a denial merged into the incident
    it denies showed it as plainly happened. Stores made before it gain the column, filled by
    the ledger rebuilt after the migrations."""
    if "modality" not in {c["name"] for c in inspect(conn).get_columns("canonical_events")}:
        conn.execute(text("ALTER TABLE canonical_events ADD COLUMN modality VARCHAR(16)"))


def _add_article_date_origins(conn: Connection) -> None:
    """Where an article's date came from ("dateline": `store.dateline_dates`). Stores made before
    it gain the column, empty: their undated articles stay undated until ingested again."""
    if "published_from" not in {c["name"] for c in inspect(conn).get_columns("articles")}:
        conn.execute(text("ALTER TABLE articles ADD COLUMN published_from VARCHAR(16)"))


def _add_republished_outlets(conn: Connection) -> None:
    """The outlet whose report an article reprints (`ingest.provenance`). Stores made before it
    gain the column, empty: the payloads of articles ingested again say it."""
    if "republished_from" not in {c["name"] for c in inspect(conn).get_columns("articles")}:
        conn.execute(text("ALTER TABLE articles ADD COLUMN republished_from VARCHAR(256)"))


def _add_approximate_points(conn: Connection) -> None:
    """The place whose point stands in for a name the gazetteer lacks (`Place.near`), for maps
    to draw such points as approximate. Stores made before it gain the columns, empty until
    their articles are extracted again."""
    if "near" not in {c["name"] for c in inspect(conn).get_columns("places")}:
        conn.execute(text("ALTER TABLE places ADD COLUMN near TEXT"))
    if "place_near" not in {c["name"] for c in inspect(conn).get_columns("events")}:
        conn.execute(text("ALTER TABLE events ADD COLUMN place_near TEXT"))


def _add_event_incident_ids(conn: Connection) -> None:
    """The incident each event reports (`store.incident_ids`), stored with the event so that
    /api/events and `sitrep events` list it at no cost. Stores made before it gain the column,
    filled by the ledger rebuilt after the migrations."""
    if "canonical_id" not in {c["name"] for c in inspect(conn).get_columns("events")}:
        conn.execute(text("ALTER TABLE events ADD COLUMN canonical_id VARCHAR(40)"))


def _index_place_spellings(conn: Connection) -> None:
    """Indexes of the place mentions by text and by gazetteer entry, for a search's place
    spellings (`place_spellings`): without them each searched word read every mention."""
    from sqlalchemy.schema import CreateIndex

    for index in schema.PLACE_SPELLING_INDEXES:
        conn.execute(CreateIndex(index, if_not_exists=True))


def _add_approximate_incident_points(conn: Connection) -> None:
    """The nearby place whose point an incident is drawn at when every report places it only
    approximately (`place_near`), for the incidents map and export. Filled by the ledger
    rebuild the migration makes owed."""
    if "place_near" not in {c["name"] for c in inspect(conn).get_columns("canonical_events")}:
        conn.execute(text("ALTER TABLE canonical_events ADD COLUMN place_near TEXT"))


def _index_event_places(conn: Connection) -> None:
    """An index of the events by place name, for a search's places (`search_places`): without
    it each searched word naming a place read every event."""
    from sqlalchemy.schema import CreateIndex

    for index in schema.EVENT_PLACE_INDEXES:
        conn.execute(CreateIndex(index, if_not_exists=True))


# Migrations that change what the ledger is built from, or what it holds: a store that had a
# ledger owes a rebuild once they have run (`ledger_rebuilds_owed`), made by `Store` outside
# the migration lock.
LEDGER_INPUT_CHANGES = frozenset({12, 13, 16, 20, 22})

MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "create tables", _create_tables),
    (2, "full-text search", _create_search_index),
    (3, "ledger: canonical events, entities, claim histories", ledger_schema.create_ledger_tables),
    (4, "indexes for the newest-first lists", _create_list_indexes),
    (5, "times: the day an offset points to", _add_time_anchors),
    (6, "events: the days their date covers", _add_event_days),
    (7, "events: how their tolls were worded", _add_toll_hedges),
    (8, "ledger: incident tolls as worded, background incidents", _add_incident_readings),
    (
        9,
        "claims: the parts of what was said, the days their date covers; newest-first index",
        _add_claim_parts_and_days,
    ),
    (10, "ledger: the place each claim value was given for", _add_given_places),
    (11, "search: a word's other forms on SQLite too (Porter stemmer)", _stem_search_words),
    (
        12,
        "events and claims: the days of decades, centuries, seasons, weekends",
        _refresh_date_spans,
    ),
    (
        13,
        "ledger: running counts' series starts, the unit each claim value was given in",
        _add_series_starts_and_reported_units,
    ),
    (14, "ledger: the rebuilds owed after a migration, until they are made", _record_owed_rebuilds),
    (15, "search: an index of the words in capitals on PostgreSQL", _index_words_in_capitals),
    (
        16,
        "ledger: how each incident is told (happened, disputed, expected ...)",
        _add_incident_modalities,
    ),
    (17, "articles: where an article's date came from (its dateline)", _add_article_date_origins),
    (18, "articles: the outlet whose report an article republishes", _add_republished_outlets),
    (
        19,
        "places and events: the place whose point stands in (approximate points)",
        _add_approximate_points,
    ),
    (20, "events: the incident each one reports", _add_event_incident_ids),
    (21, "search: place mentions by spelling and by gazetteer entry", _index_place_spellings),
    (22, "ledger: incidents placed only approximately", _add_approximate_incident_points),
    (23, "search: events by place name", _index_event_places),
]


MIGRATION_LOCK = 0x5174E9  # the PostgreSQL advisory lock key that serializes migrations


def migrate(conn: Connection) -> list[int]:
    """Apply the migrations this database has not had yet, and record the ledger rebuild they
    make owed; return their versions."""
    # An up-to-date store is only read: on SQLite the write lock would make `sitrep serve` or a
    # query wait for (and, past the busy timeout, fail on) an ingest's transaction.
    if _missing(conn) == []:
        return []
    # Many processes (Dask workers) may open the store at once: one migrates, the rest wait for
    # its transaction and then find nothing left to do.
    lock_migrations(conn)
    if not inspect(conn).has_table("schema_migrations"):
        schema.schema_migrations.create(conn)
    applied = []
    for version, name, step in _missing(conn):
        step(conn)
        conn.execute(
            schema.schema_migrations.insert().values(
                version=version, name=name, applied_at=dt.datetime.now(dt.UTC).replace(tzinfo=None)
            )
        )
        applied.append(version)
    owed = sorted(LEDGER_INPUT_CHANGES.intersection(applied))
    if owed and _has_ledger(conn):
        conn.execute(schema.ledger_rebuilds_owed.insert(), [{"version": v} for v in owed])
    return applied


def lock_migrations(conn: Connection) -> None:
    """Take, for the rest of the caller's transaction, the lock that serializes migrations and
    the ledger rebuilds they owe: PostgreSQL's advisory lock, SQLite's write lock."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
    elif conn.dialect.name == "sqlite":
        # pysqlite begins a transaction only before a write, after the versions were read, and
        # runs DDL outside one: take the write lock before reading them.
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _missing(conn: Connection) -> list[tuple[int, str, Callable[[Connection], None]]]:
    """The migrations this database has not recorded (all of them in a new one)."""
    if not inspect(conn).has_table("schema_migrations"):
        return list(MIGRATIONS)
    done = set(conn.execute(select(schema.schema_migrations.c.version)).scalars())
    return [migration for migration in MIGRATIONS if migration[0] not in done]


def _has_ledger(conn: Connection) -> bool:
    return conn.execute(select(ledger_schema.canonical_events.c.id).limit(1)).first() is not None


def ledger_rebuild_owed(conn: Connection) -> bool:
    """Whether a migration left the ledger to be rebuilt (`LEDGER_INPUT_CHANGES`)."""
    return conn.execute(select(schema.ledger_rebuilds_owed.c.version).limit(1)).first() is not None
