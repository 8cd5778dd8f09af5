"""The PostgreSQL store, for real: the same schema, migrations, upserts and search as SQLite.

Runs against the server named by SITREP_TEST_POSTGRES (CI starts one: see .ci/services); each
test gets a database of its own, dropped afterwards (the `pg_url` fixture in conftest.py). The
store's basic contract (idempotence, history, atomic batches) runs on both backends in
test_store.py; this file holds what is PostgreSQL's own. The extractions are made by hand, so these
tests do not depend on the model or the extractors.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event, func, inspect, select, text

from sitrep.errors import BadInput
from sitrep.model import Extraction
from sitrep.store import EventFilter, Store, schema
from sitrep.store.database import database_url
from sitrep.store.migrations import MIGRATIONS
from sitrep.store.queries import current_payloads, list_claims, list_events, search_articles
from test_store import TEXT, interrupted_quote, make_extraction

SERVER = os.environ.get("SITREP_TEST_POSTGRES")
pytestmark = pytest.mark.skipif(
    not SERVER,
    reason="SITREP_TEST_POSTGRES is unset: run `source .ci/services` (starts PostgreSQL) or point "
    "it at a server, e.g. postgresql://postgres@127.0.0.1:54329/postgres",
)


@pytest.fixture
def store(pg_url: str) -> Iterator[Store]:
    store = Store(pg_url)
    yield store
    store.close()


def table_count(store: Store, table: Any) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_it_is_really_postgresql(store: Store) -> None:
    assert store.dialect == "postgresql"
    assert store.url.startswith("postgresql+psycopg://")


def test_migrations_run_once_in_order_and_are_recorded(pg_url: str) -> None:
    for _ in range(3):
        Store(pg_url).close()
    store = Store(pg_url)
    with store.engine.connect() as conn:
        versions = (
            conn.execute(
                select(schema.schema_migrations.c.version).order_by(
                    schema.schema_migrations.c.version
                )
            )
            .scalars()
            .all()
        )
        indexes = {index["name"] for index in inspect(conn).get_indexes("articles")}
    assert versions == [version for version, _name, _step in MIGRATIONS]
    assert "ix_articles_fts" in indexes  # the tsvector GIN index
    store.close()


def test_many_processes_opening_a_new_database_at_once_migrate_it_once(pg_url: str) -> None:
    errors: list[BaseException] = []

    def open_store() -> None:
        try:
            Store(pg_url).close()
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=open_store) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    store = Store(pg_url)
    assert table_count(store, schema.schema_migrations) == len(MIGRATIONS)
    store.close()


def test_concurrent_writers_store_each_article_exactly_once(pg_url: str) -> None:
    """Workers racing on overlapping batches (a re-run task, two runs at once): no duplicate,
    no error, no deadlock, and every stored extraction complete and current."""
    extractions = [make_extraction(text=f"{TEXT} Update {n}.") for n in range(24)]
    stores = [Store(pg_url) for _ in range(6)]
    errors: list[BaseException] = []
    stored: list[int] = []
    barrier = threading.Barrier(len(stores))

    def write(index: int, store: Store) -> None:
        batch = extractions[index % 2 :: 1] if index % 2 else list(reversed(extractions))
        try:
            barrier.wait()
            stored.append(store.save_batch(batch))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=write, args=(i, s)) for i, s in enumerate(stores)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sum(stored) == len(extractions)
    check = stores[0]
    assert table_count(check, schema.articles) == len(extractions)
    assert table_count(check, schema.extractions) == len(extractions)
    assert table_count(check, schema.events) == len(extractions)
    assert table_count(check, schema.places) == len(extractions)
    assert table_count(check, schema.attributions) == len(extractions)
    with check.engine.connect() as conn:
        assert len(current_payloads(conn)) == len(extractions)
    for store in stores:
        store.close()


def test_full_text_search_uses_tsvector_and_takes_hostile_strings(store: Store) -> None:
    store.save_batch([make_extraction()])
    with store.engine.connect() as conn:
        assert [r["title"] for r in search_articles(conn, "drone strikes Kyiv")] == [
            "Strike on Kyiv"
        ]
        assert search_articles(conn, "tsunami") == []
        for hostile in [
            "' OR 1=1 --",
            'x"; DROP TABLE articles; --',
            "NEAR(",
            "mayor's",
            "a & !b |",
        ]:
            search_articles(conn, hostile)
            list_events(
                conn, EventFilter(text=hostile, place=hostile, source=hostile, actor=hostile)
            )
            list_claims(conn, EventFilter(text=hostile, source=hostile))
        assert len(search_articles(conn, "mayor's")) == 1
        for wordless in ['"', "*", "& | !"]:  # refused before any SQL: nothing to search for
            with pytest.raises(BadInput):
                search_articles(conn, wordless)
        # The table is tiny: forbid the sequential scan to show that the index serves the query.
        conn.execute(text("SET enable_seqscan = off"))
        plan = "\n".join(
            conn.execute(
                text(
                    "EXPLAIN SELECT id FROM articles WHERE to_tsvector('english', "
                    "coalesce(title, '') || ' ' || text) @@ plainto_tsquery('english', 'Kyiv')"
                )
            ).scalars()
        )
    assert "ix_articles_fts" in plan


def test_the_same_extractions_give_the_same_rows_as_sqlite(store: Store, tmp_path: Path) -> None:
    extractions = [make_extraction(text=f"{TEXT} Update {n}.") for n in range(5)]
    lite = Store(str(tmp_path / "same.db"))
    for target in (lite, store):
        target.save_batch(extractions[:3])
        target.save_batch(extractions)
    assert stored_rows(lite) == stored_rows(store)
    lite.close()


def stored_rows(store: Store) -> dict[str, Any]:
    """Everything the store holds about the current extractions, without surrogate keys or times,
    nor the incident ids the ledger gives events (an ingest on a cluster leaves the ledger to
    `sitrep ledger`)."""
    derived = ("extraction_id", "canonical_id")
    result: dict[str, Any] = {}
    with store.engine.connect() as conn:
        result["payloads"] = current_payloads(conn)
        article_columns = [c for c in schema.articles.c if c.name != "ingested_at"]
        result["articles"] = conn.execute(
            select(*article_columns).order_by(schema.articles.c.id)
        ).all()
        for table in schema.FINDING_TABLES:
            columns = [c for c in table.c if c.name not in derived]
            query = select(*columns).order_by(table.c.article_id, table.c.idx)
            result[table.name] = [tuple(row) for row in conn.execute(query)]
        result["events"] = list_events(conn, EventFilter(limit=1000))
        for row in result["events"]:
            for name in derived:
                row.pop(name)
    return result


def _published_on(n: int) -> Extraction:
    """Article n of a store, published on one of some 700 days, one in 50 undated."""
    extraction = make_extraction(f"{TEXT} Filed {n}.", article_id=f"a{n}")
    day = None if n % 50 == 0 else dt.date(2022, 1, 1) + dt.timedelta(days=n % 700)
    return dataclasses.replace(
        extraction, article=dataclasses.replace(extraction.article, published=day)
    )


def test_the_newest_first_lists_read_an_index_not_a_sort_of_every_article(store: Store) -> None:
    """Undated articles go last (NULLS LAST), an order the ascending ix_articles_published cannot
    give: without ix_articles_newest each page of claims sorted every article stored."""
    for first in range(0, 2000, 500):
        store.save_batch([_published_on(n) for n in range(first, first + 500)])
    with store.engine.begin() as conn:
        conn.execute(text("ANALYZE"))
    statements: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        statements.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", record)
    with store.engine.connect() as conn:
        rows = list_claims(conn, EventFilter(limit=20))
        statement, parameters = statements[-1]
        plan = " ".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + statement, parameters))
    event.remove(store.engine, "before_cursor_execute", record)
    assert "ix_articles_newest" in plan
    assert [r["published"] for r in rows] == sorted((r["published"] for r in rows), reverse=True)


def test_a_store_made_before_claim_parts_gains_them_and_the_index(pg_url: str) -> None:
    store = Store(pg_url)
    store.save_batch([interrupted_quote(date="2024-W44")])
    store.close()
    old = create_engine(database_url(pg_url))
    with old.begin() as conn:
        conn.execute(text("DROP INDEX ix_articles_newest"))
        for column in ("parts", "date_start", "date_end"):
            conn.execute(text(f"ALTER TABLE attributions DROP COLUMN {column}"))
        conn.execute(text("DELETE FROM schema_migrations WHERE version = 9"))
    old.dispose()
    store = Store(pg_url)
    with store.engine.connect() as conn:
        (row,) = list_claims(conn, EventFilter(since="2024-10-31", until="2024-10"))
        indexes = {index["name"] for index in inspect(conn).get_indexes("articles")}
    store.close()
    assert (row["date_start"], row["date_end"]) == ("2024-10-28", "2024-11-03")
    assert row["parts"] == [{"start": row["start"], "end": row["end"]}]  # the whole claim
    assert "ix_articles_newest" in indexes
