"""Dating an article stored undated, when an ingest gives it a date later.

An article read with no date (a wire story saved as text, its dateline giving no year) is stored
undated: its "on Sunday" resolves to nothing and its events sit at the end of every timeline.
Ingesting it again with a date (`sitrep ingest FILE --published DAY`) dates it: the article row
takes the date (and the outlets its text names, where it had none), and the extraction by this
pipeline version is replaced by one made with the date, so relative dates resolve. An article
stored with a date keeps it: `batch` reports a different date given, and never applies it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import Connection, Table, delete, select, update

from sitrep.model import Article
from sitrep.store import schema


def stored_dates(conn: Connection, keys: Iterable[str]) -> dict[str, dt.date | None]:
    """The publication date of each stored article among `keys` (None: stored undated)."""
    ids = sorted(set(keys))
    dates: dict[str, dt.date | None] = {}
    for chunk in range(0, len(ids), 500):
        rows = conn.execute(
            select(schema.articles.c.id, schema.articles.c.published).where(
                schema.articles.c.id.in_(ids[chunk : chunk + 500])
            )
        )
        dates.update({row[0]: row[1] for row in rows})
    return dates


def date_undated_article(
    conn: Connection, key: str, article: Article, published_from: str | None = None
) -> bool:
    """Give the stored undated article `key` the date of `article`, saying where it came from
    (`published_from`, None: given with the article); False when it has a date by now (another
    process dated it first)."""
    articles = schema.articles
    dated = conn.execute(
        update(articles)
        .where(articles.c.id == key, articles.c.published.is_(None))
        .values(published=article.published, published_from=published_from)
    )
    return bool(dated.rowcount == 1)


def fill_missing_provenance(conn: Connection, key: str, article: Article) -> None:
    """Give the stored article `key` the outlet and the republished outlet `article` has where it
    has none: read again, its text says more (a dateline's credit, a republication notice)."""
    articles = schema.articles
    for column, value in (
        (articles.c.outlet, article.outlet),
        (articles.c.republished_from, article.republished_from),
    ):
        if value is not None:
            conn.execute(
                update(articles)
                .where(articles.c.id == key, column.is_(None))
                .values({column.name: value})
            )


def drop_extraction(conn: Connection, key: str, pipeline_version: str) -> None:
    """Remove the article's extraction by this pipeline version and its flat rows, so that one
    made with the article's new date takes its place."""
    extractions = schema.extractions
    stale = select(extractions.c.id).where(
        extractions.c.article_id == key, extractions.c.pipeline_version == pipeline_version
    )
    for table in _finding_tables():
        conn.execute(delete(table).where(table.c.extraction_id.in_(stale)))
    conn.execute(
        delete(extractions).where(
            extractions.c.article_id == key, extractions.c.pipeline_version == pipeline_version
        )
    )


def _finding_tables() -> list[Table]:
    """The flat tables that hold an extraction's findings, keyed by its id."""
    return [
        table
        for table in schema.metadata.sorted_tables
        if "extraction_id" in table.c and table.name != "extractions"
    ]
