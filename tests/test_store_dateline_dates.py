"""An article stored with no date of its own takes its dateline's, and the store says so
(`articles.published_from`, the payload's `article.published_from`), so its events and claims
are dated in the ledger; a dateline without a year dates nothing. Invented reports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from sitrep.model import Article, Event, Extraction
from sitrep.store import Store, schema
from sitrep.store.ledger import rebuild_ledger, timeline
from sitrep.store.queries import current_payloads

BODY = "Latvian drones struck a fuel depot in Pskov on Tuesday, the governor said."


@pytest.mark.parametrize(
    ("dateline", "given", "published", "published_from"),
    [
        ("TALLINN, April 3, 2024 (Harbour Wire) - ", None, "2024-04-03", "dateline"),
        ("TALLINN, 3 April 2024 - ", None, "2024-04-03", "dateline"),
        ("TALLINN, April 3 (Harbour Wire) - ", None, None, None),  # no year known
        ("TALLINN, April 3, 2024 (Harbour Wire) - ", dt.date(2024, 4, 5), "2024-04-05", None),
        ("", None, None, None),
    ],
)
def test_an_undated_article_takes_its_datelines_date(
    tmp_path: Path,
    dateline: str,
    given: dt.date | None,
    published: str | None,
    published_from: str | None,
) -> None:
    text = dateline + BODY
    start = len(dateline)
    event = Event(start, start + 22, "attack", actor="Latvia", date=None)
    article = Article(id="a1", text=text, published=given)
    store = Store(str(tmp_path / "s.db"))
    store.save_batch([Extraction(article=article, events=(event,), pipeline_version="t-1")])
    rebuild_ledger(store)
    a, e = schema.articles, schema.events
    with store.engine.connect() as conn:
        row = conn.execute(select(a.c.published, a.c.published_from)).one()
        event_published = conn.execute(select(e.c.published)).scalar_one()
        (payload,) = current_payloads(conn)
        (incident,) = timeline(conn)
    iso = row.published.isoformat() if row.published else None
    assert (iso, row.published_from) == (published, published_from)
    assert (event_published.isoformat() if event_published else None) == published
    assert payload["article"]["published"] == published
    assert payload["article"].get("published_from") == published_from
    assert incident["first_published"] == published  # the ledger dates its reports so


def test_an_article_stored_undated_before_takes_its_datelines_date_when_ingested_again(
    tmp_path: Path,
) -> None:
    """A store filled before datelines dated articles: the next ingest dates the stored row."""
    text = "TALLINN, April 3, 2024 (Harbour Wire) - " + BODY
    store = Store(str(tmp_path / "s.db"))
    a = schema.articles
    with store.engine.begin() as conn:  # as an older store left it: the row undated
        store.save_batch([Extraction(article=Article(id="a1", text=text), pipeline_version="t-1")])
        conn.execute(a.update().values(published=None, published_from=None))
    store.save_batch([Extraction(article=Article(id="a1", text=text), pipeline_version="t-2")])
    with store.engine.connect() as conn:
        row = conn.execute(select(a.c.published, a.c.published_from)).one()
    assert (row.published, row.published_from) == (dt.date(2024, 4, 3), "dateline")
