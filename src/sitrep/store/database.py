"""Opening the database and writing batches of extractions, idempotently."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, event, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from sitrep.errors import StoreError
from sitrep.model import Extraction
from sitrep.store import schema
from sitrep.store.flatten import finding_rows
from sitrep.store.migrations import migrate

log = logging.getLogger(__name__)


def database_url(db: str) -> str:
    """An SQLAlchemy URL from a path ("sitrep.db") or a URL ("postgresql://...")."""
    if "://" in db:
        if db.startswith("postgresql://"):
            return "postgresql+psycopg://" + db[len("postgresql://") :]
        return db
    return f"sqlite:///{db}"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


class Store:
    """One database; safe to open many times (migrations run once and are recorded)."""

    def __init__(self, db: str = "sitrep.db") -> None:
        self.url = database_url(db)
        try:
            self.engine: Engine = create_engine(self.url, future=True)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            with self.engine.begin() as conn:
                migrate(conn)
        except SQLAlchemyError as error:
            raise StoreError(f"cannot open the database {db!r}: {error.__class__.__name__}: {error}") from error

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def start_run(self, pipeline_version: str, model: str) -> int:
        with self.engine.begin() as conn:
            result = conn.execute(
                schema.runs.insert().values(pipeline_version=pipeline_version, model=model, started_at=_now())
            )
            return int(result.inserted_primary_key[0])

    def finish_run(self, run_id: int, ingested: int, present: int, failed: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(schema.runs)
                .where(schema.runs.c.id == run_id)
                .values(finished_at=_now(), ingested=ingested, present=present, failed=failed)
            )

    def extracted_ids(self, article_ids: Iterable[str], pipeline_version: str) -> set[str]:
        """Which of these articles already have an extraction by this pipeline version."""
        ids = list(set(article_ids))
        found: set[str] = set()
        with self.engine.connect() as conn:
            for chunk in range(0, len(ids), 500):
                rows = conn.execute(
                    select(schema.extractions.c.article_id).where(
                        schema.extractions.c.article_id.in_(ids[chunk : chunk + 500]),
                        schema.extractions.c.pipeline_version == pipeline_version,
                    )
                )
                found.update(rows.scalars())
        return found

    def save_batch(self, batch: Sequence[Extraction], run_id: int | None = None) -> int:
        """Store a batch in one transaction; return how many extractions were new."""
        ordered = sorted(batch, key=storage_id)  # one lock order for concurrent writers
        with self.engine.begin() as conn:
            return sum(self._save_one(conn, extraction, run_id) for extraction in ordered)

    def record_failure(self, item: str, stage: str, reason: str, run_id: int | None = None) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                schema.failures.insert().values(run_id=run_id, item=item, stage=stage, reason=reason[:2000], at=_now())
            )

    def _save_one(self, conn: Connection, extraction: Extraction, run_id: int | None) -> int:
        """Store one extraction unless this (article, pipeline version) is stored already.

        Safe when another process stores the same article at the same moment (two Dask workers,
        a task re-run after a worker died): the inserts do nothing on conflict, and only the
        transaction whose extraction row was really inserted writes the child rows and moves the
        `current` mark. Batches are stored in key order, so concurrent batches lock rows in the
        same order and cannot deadlock.
        """
        key = storage_id(extraction)
        if self._has_version(conn, key, extraction.pipeline_version):
            return 0
        self._upsert_article(conn, key, extraction)
        inserted = conn.execute(
            self._insert(schema.extractions)
            .values(
                article_id=key,
                pipeline_version=extraction.pipeline_version,
                run_id=run_id,
                current=True,
                created_at=_now(),
                payload=extraction.to_json(),
            )
            .on_conflict_do_nothing(index_elements=["article_id", "pipeline_version"])
            .returning(schema.extractions.c.id)
        ).scalar_one_or_none()
        if inserted is None:
            return 0
        extraction_id = int(inserted)
        conn.execute(
            update(schema.extractions)
            .where(schema.extractions.c.article_id == key, schema.extractions.c.id != extraction_id)
            .values(current=False)
        )
        for table, rows in finding_rows(extraction, extraction_id, key):
            if rows:
                conn.execute(table.insert(), rows)
        log.debug("stored %s (%s)", key, extraction.article.origin)
        return 1

    def _insert(self, table: Table) -> Any:
        """An INSERT that can say ON CONFLICT DO NOTHING in this database's dialect."""
        if self.dialect == "postgresql":
            return postgresql.insert(table)
        return sqlite.insert(table)

    @staticmethod
    def _has_version(conn: Connection, key: str, version: str) -> bool:
        query = select(schema.extractions.c.id).where(
            schema.extractions.c.article_id == key, schema.extractions.c.pipeline_version == version
        )
        return conn.execute(query).first() is not None

    def _upsert_article(self, conn: Connection, key: str, extraction: Extraction) -> None:
        article = extraction.article
        exists = conn.execute(select(schema.articles.c.id).where(schema.articles.c.id == key)).first()
        if exists:
            return
        inserted = conn.execute(
            self._insert(schema.articles)
            .values(
                id=key,
                external_id=article.id if article.id != key else None,
                url=article.url,
                title=article.title,
                outlet=article.outlet,
                published=article.published,
                language=article.language,
                origin=article.origin,
                text=article.text,
                ingested_at=_now(),
            )
            .on_conflict_do_nothing(index_elements=["id"])
        )
        if inserted.rowcount == 1 and self.dialect == "sqlite":
            conn.execute(
                text("INSERT INTO articles_fts(article_id, title, text) VALUES (:id, :title, :text)"),
                {"id": key, "title": article.title or "", "text": article.text},
            )


def storage_id(extraction: Extraction) -> str:
    """The article's key in the store: always the content hash, whatever id the input gave."""
    from sitrep.ingest.common import content_id

    return content_id(extraction.article.text)
