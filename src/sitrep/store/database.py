"""Opening the database and writing batches of extractions, idempotently."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, event, func, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from sitrep.errors import StoreError
from sitrep.model import Extraction
from sitrep.store import schema
from sitrep.store.dateline_dates import dated_by_dateline, with_date_origin
from sitrep.store.flatten import finding_rows
from sitrep.store.migrations import ledger_rebuild_owed, lock_migrations, migrate
from sitrep.store.redating import (
    date_undated_article,
    drop_extraction,
    fill_missing_provenance,
    stored_dates,
)

log = logging.getLogger(__name__)


def database_url(db: str) -> str:
    """An SQLAlchemy URL from a path ("sitrep.db") or a URL ("postgresql://...")."""
    if "://" in db:
        if db.startswith("postgresql://"):
            return "postgresql+psycopg://" + db[len("postgresql://") :]
        return db
    return f"sqlite:///{db}"


def shown_database(db: str) -> str:
    """The database as messages and logs may show it: a URL's password masked ("***"), since a
    summary line or an error ends up in terminal scrollback and CI logs."""
    if "://" not in db:
        return db
    try:
        return make_url(db).render_as_string(hide_password=True)
    except ArgumentError:
        return db.split("://", 1)[0] + "://..."


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
            # a pooled PostgreSQL connection is checked before use, so that a server restart
            # costs the web server and the workers one reconnect, not one failed request each
            self.engine: Engine = create_engine(
                self.url, future=True, pool_pre_ping=not self.url.startswith("sqlite")
            )
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            with self.engine.begin() as conn:
                migrate(conn)
                owed = ledger_rebuild_owed(conn)
            if owed:
                self._pay_owed_rebuild()
        except SQLAlchemyError as error:
            cause = getattr(error, "orig", None) or error  # the driver's words, not the SQL
            raise StoreError(
                f"cannot open the database {shown_database(db)!r}: "
                f"{cause.__class__.__name__}: {str(cause).strip()}"
            ) from error

    def _pay_owed_rebuild(self) -> None:
        """Rebuild the ledger a migration left owed, once: every process opening the store after
        a migration (Dask workers) sees the debt, so each takes the migrations' lock and looks
        again; only the first still finds it, and pays it in that transaction."""
        from sitrep.store.ledger import replace_ledger

        with self.engine.begin() as conn:
            lock_migrations(conn)
            if ledger_rebuild_owed(conn):
                log.info("ledger rebuilt after a migration: %s", replace_ledger(conn))

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def start_run(self, pipeline_version: str, model: str) -> int:
        with self.engine.begin() as conn:
            result = conn.execute(
                schema.runs.insert()
                .values(pipeline_version=pipeline_version, model=model, started_at=_now())
                .returning(schema.runs.c.id)
            )
            return int(result.scalar_one())

    def finish_run(self, run_id: int, present: int, failed: int) -> None:
        """Close a run's record. How many it stored is counted by `save_batch` itself, in the
        transactions that store them: a Dask task still running when Ctrl-C ends the run commits
        after this, and must not leave the record saying less was stored than was."""
        with self.engine.begin() as conn:
            conn.execute(
                update(schema.runs)
                .where(schema.runs.c.id == run_id)
                .values(finished_at=_now(), present=present, failed=failed)
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
        """Store a batch in one transaction; return how many extractions were new.

        Safe when another process stores the same articles at the same moment (two Dask workers,
        a task run again after its worker died): the inserts do nothing on conflict, and only the
        transaction whose extraction row was really inserted writes its flat rows and moves the
        `current` mark. Articles go in key order, so concurrent batches take their row locks in
        the same order and cannot deadlock. The flat rows go in one statement per table.
        """
        keyed = sorted(((storage_id(x), x) for x in batch), key=lambda pair: pair[0])
        new = 0
        with self.engine.begin() as conn:
            stored = self._stored_versions(conn, [key for key, _x in keyed])
            flat: dict[Table, list[dict[str, Any]]] = {}
            for key, extraction in keyed:
                if (key, extraction.pipeline_version) in stored:
                    continue
                stored.add((key, extraction.pipeline_version))
                extraction, published_from = dated_by_dateline(extraction)
                extraction_id = self._save_one(conn, key, extraction, run_id, published_from)
                if extraction_id is None:
                    continue
                new += 1
                for table, rows in finding_rows(extraction, extraction_id, key):
                    flat.setdefault(table, []).extend(rows)
            for table, rows in flat.items():
                if rows:
                    conn.execute(table.insert(), rows)
            if run_id is not None and new:
                runs = schema.runs
                conn.execute(
                    update(runs)
                    .where(runs.c.id == run_id)
                    .values(ingested=func.coalesce(runs.c.ingested, 0) + new)
                )
        return new

    def article_dates(self, article_ids: Iterable[str]) -> dict[str, dt.date | None]:
        """The stored publication date of each of these articles (None: stored undated)."""
        with self.engine.connect() as conn:
            return stored_dates(conn, article_ids)

    def redate_batch(self, batch: Sequence[Extraction], run_id: int | None = None) -> int:
        """Store extractions of articles stored undated and now given a date, in place of the
        extractions made without it (`store.redating`); return how many articles were dated."""
        dated = 0
        with self.engine.begin() as conn:
            for key, extraction in sorted(((storage_id(x), x) for x in batch), key=lambda p: p[0]):
                if not date_undated_article(conn, key, extraction.article):
                    continue
                fill_missing_provenance(conn, key, extraction.article)
                drop_extraction(conn, key, extraction.pipeline_version)
                extraction_id = self._save_one(conn, key, extraction, run_id)
                if extraction_id is None:
                    continue
                dated += 1
                for table, rows in finding_rows(extraction, extraction_id, key):
                    if rows:
                        conn.execute(table.insert(), rows)
        return dated

    def record_failure(self, item: str, stage: str, reason: str, run_id: int | None = None) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                schema.failures.insert().values(
                    run_id=run_id, item=item, stage=stage, reason=reason[:2000], at=_now()
                )
            )

    def _save_one(
        self,
        conn: Connection,
        key: str,
        extraction: Extraction,
        run_id: int | None,
        published_from: str | None = None,
    ) -> int | None:
        """Insert the article (if new) and the extraction; its id, or None if another had it."""
        article_was_new = self._insert_article(conn, key, extraction, published_from)
        inserted = conn.execute(
            self._insert(schema.extractions)
            .values(
                article_id=key,
                pipeline_version=extraction.pipeline_version,
                run_id=run_id,
                current=True,
                created_at=_now(),
                payload=with_date_origin(extraction.to_json(), published_from),
            )
            .on_conflict_do_nothing(index_elements=["article_id", "pipeline_version"])
            .returning(schema.extractions.c.id)
        ).scalar_one_or_none()
        if inserted is None:
            return None
        extraction_id = int(inserted)
        if not article_was_new:  # older versions may exist: this one becomes current
            conn.execute(
                update(schema.extractions)
                .where(
                    schema.extractions.c.article_id == key, schema.extractions.c.id != extraction_id
                )
                .values(current=False)
            )
        log.debug("stored %s (%s)", key, extraction.article.origin)
        return extraction_id

    def _insert(self, table: Table) -> Any:
        """An INSERT that can say ON CONFLICT DO NOTHING in this database's dialect."""
        if self.dialect == "postgresql":
            return postgresql.insert(table)
        return sqlite.insert(table)

    @staticmethod
    def _stored_versions(conn: Connection, keys: list[str]) -> set[tuple[str, str]]:
        """The (article, pipeline version) pairs already stored for these articles."""
        query = select(
            schema.extractions.c.article_id, schema.extractions.c.pipeline_version
        ).where(schema.extractions.c.article_id.in_(sorted(set(keys))))
        return {(row[0], row[1]) for row in conn.execute(query)}

    def _insert_article(
        self, conn: Connection, key: str, extraction: Extraction, published_from: str | None
    ) -> bool:
        """Insert the article unless it is stored; whether this call inserted it."""
        article = extraction.article
        inserted = conn.execute(
            self._insert(schema.articles)
            .values(
                id=key,
                external_id=article.id if article.id != key else None,
                url=article.url,
                title=article.title,
                outlet=article.outlet,
                published=article.published,
                published_from=published_from,
                republished_from=article.republished_from,
                language=article.language,
                origin=article.origin,
                text=article.text,
                ingested_at=_now(),
            )
            .on_conflict_do_nothing(index_elements=["id"])
        )
        if inserted.rowcount != 1:
            if article.published is not None:  # stored undated (by an older version): dated now
                date_undated_article(conn, key, article, published_from)
            fill_missing_provenance(conn, key, article)
            return False
        if self.dialect == "sqlite":
            conn.execute(
                text(
                    "INSERT INTO articles_fts(article_id, title, text) VALUES (:id, :title, :text)"
                ),
                {"id": key, "title": article.title or "", "text": article.text},
            )
        return True


def storage_id(extraction: Extraction) -> str:
    """The article's key in the store: always the content hash, whatever id the input gave."""
    from sitrep.ingest.common import content_id

    return content_id(extraction.article.text)
