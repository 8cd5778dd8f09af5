"""PostgreSQL finds an acronym that is a stop word ("WHO", "IS") through an index of the words
written in capitals (migration 15), not by reading every article; the same articles are found on
both backends in test_store.py and test_search_phrases.py."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine, event, text

from sitrep.model import Article, Extraction
from sitrep.store import Store
from sitrep.store.queries import search_articles

TEXTS = (
    "The WHO flew doctors to Sambir on Sunday.",
    "Those who stayed in Sambir said the roads were closed.",
    "IS fighters were seen near Tikrit, a police officer said.",
)


@pytest.fixture
def store(pg_url: str) -> Iterator[Store]:
    store = Store(pg_url)
    store.save_batch(
        [
            Extraction(article=Article(id=f"a{i}", text=body, title=f"a{i}"), pipeline_version="1")
            for i, body in enumerate(TEXTS)
        ]
    )
    yield store
    store.close()


def search_plan(store: Store, query: str) -> str:
    """The plan PostgreSQL makes for the search, with table scans priced out: a search whose
    condition no index serves is still planned as a scan of every article."""
    statements: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        statements.append((statement, params))

    event.listen(store.engine, "before_cursor_execute", keep)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("SET enable_seqscan = off")
        search_articles(conn, query)
        statement, params = statements[-1]
        plan = conn.exec_driver_sql("EXPLAIN " + statement, params).scalars().all()
    event.remove(store.engine, "before_cursor_execute", keep)
    return "\n".join(plan)


@pytest.mark.parametrize("query", ["WHO", "IS", "WHO doctors"])
def test_an_acronym_that_is_a_stop_word_is_looked_up_in_an_index(store: Store, query: str) -> None:
    plan = search_plan(store, query)
    assert "ix_articles_capitals" in plan
    assert "Seq Scan" not in plan


def test_a_postgresql_store_made_before_the_index_gains_it(store: Store, pg_url: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_articles_capitals"))
        conn.execute(text("DELETE FROM schema_migrations WHERE version = 15"))
    store.close()
    reopened = Store(pg_url)
    assert "ix_articles_capitals" in search_plan(reopened, "WHO")
    with reopened.engine.connect() as conn:
        assert [r["title"] for r in search_articles(conn, "WHO")] == ["a0"]
    reopened.close()


def test_sqlite_needs_no_such_index(tmp_path: Any) -> None:
    """SQLite's FTS5 index keeps stop words: migration 15 makes nothing there."""
    Store(str(tmp_path / "s.db")).close()
    engine = create_engine(f"sqlite:///{tmp_path / 's.db'}")
    with engine.connect() as conn:
        names = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'"))
        assert "ix_articles_capitals" not in set(names.scalars())
    engine.dispose()
