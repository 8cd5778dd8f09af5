"""An article stored undated takes the date an ingest gives it later, and is extracted again
with it; a stored date is never changed, and a different one given is reported. The pipeline is
replaced by a stand-in that dates "Sunday" from the article's date, as the real one does, so no
model is loaded. Invented reports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import func, select

from sitrep import batch
from sitrep.batch import IngestSummary, ingest_items
from sitrep.model import Article, Extraction, TimeExpr
from sitrep.settings import Settings
from sitrep.store import Store, schema
from sitrep.store.queries import current_payloads
from sitrep.version import PIPELINE_VERSION

TEXT = "MARALI, Sudan (AP) - Shells hit the camp on Sunday, killing 12 people, medics said."


def _stand_in_pipeline(articles: Iterable[Article], *_args: Any) -> Iterator[Extraction]:
    """One time per article, "Sunday", dated from its article's date when it has one."""
    for article in articles:
        start = article.text.index("Sunday")
        day = article.published - dt.timedelta(days=4) if article.published else None
        sunday = TimeExpr(start, start + 6, "Sunday", day.isoformat() if day else None)
        yield Extraction(article=article, times=(sunday,), pipeline_version=PIPELINE_VERSION)


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    monkeypatch.setattr(batch, "process", _stand_in_pipeline)
    return Store(str(tmp_path / "s.db"))


def _ingest(store: Store, published: dt.date | None) -> IngestSummary:
    resources: Any = SimpleNamespace(settings=Settings(db="unused", batch_size=4))
    article = Article(id="ap-1", text=TEXT, published=published, origin="convoy.txt")
    return ingest_items([article], store, resources, rebuild=False)


def _stored(store: Store) -> tuple[dt.date | None, list[str | None], int]:
    """The article's stored date, its current extraction's time values, and its times' rows."""
    with store.engine.connect() as conn:
        published = conn.execute(select(schema.articles.c.published)).scalar_one()
        (payload,) = current_payloads(conn)
        rows = conn.execute(select(func.count()).select_from(schema.times)).scalar_one()
    return published, [t["value"] for t in payload["times"]], rows


def test_an_undated_article_takes_the_date_given_later_and_is_extracted_again(
    store: Store,
) -> None:
    _ingest(store, None)
    assert _stored(store) == (None, [None], 1)
    summary = _ingest(store, dt.date(2026, 3, 12))
    assert (summary.ingested, summary.present, summary.dated, summary.notes) == (0, 0, 1, [])
    assert _stored(store) == (dt.date(2026, 3, 12), ["2026-03-08"], 1)  # replaced, not added
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(schema.extractions)).scalar() == 1


def test_a_stored_date_is_kept_and_a_different_one_given_is_reported(store: Store) -> None:
    _ingest(store, dt.date(2026, 3, 12))
    same = _ingest(store, dt.date(2026, 3, 12))
    other = _ingest(store, dt.date(2026, 3, 14))
    assert (same.present, same.dated, same.notes) == (1, 0, [])
    assert (other.present, other.dated) == (1, 0)
    assert other.notes == [
        "convoy.txt: stored with the date 2026-03-12; the date given now, 2026-03-14, is not "
        "applied (an ingest never changes a stored date)"
    ]
    assert _stored(store) == (dt.date(2026, 3, 12), ["2026-03-08"], 1)


def test_without_a_date_given_a_stored_undated_article_is_left_as_it_is(store: Store) -> None:
    _ingest(store, None)
    summary = _ingest(store, None)
    assert (summary.present, summary.dated, summary.notes) == (1, 0, [])


def test_where_it_cannot_be_extracted_again_the_date_is_reported_unapplied(store: Store) -> None:
    """The cluster's workers store what they extract: there the ingest says what to run."""
    _ingest(store, None)
    summary = IngestSummary()
    article = Article(id="ap-1", text=TEXT, published=dt.date(2026, 3, 12), origin="convoy.txt")
    assert batch._new_articles([article], store, summary, 1, lambda _n: None) == []
    assert summary.present == 1
    assert summary.notes and "without --workers or --cluster" in summary.notes[0]


def test_a_newer_pipeline_dates_a_row_an_older_one_stored_undated(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "s.db"))
    undated = Article(id="ap-1", text=TEXT)
    store.save_batch([Extraction(article=undated, pipeline_version="t-1")])
    dated = replace(undated, published=dt.date(2026, 3, 12), outlet="AP")
    store.save_batch([Extraction(article=dated, pipeline_version="t-2")])
    a = schema.articles
    with store.engine.connect() as conn:
        row = conn.execute(select(a.c.published, a.c.published_from, a.c.outlet)).one()
    assert tuple(row) == (dt.date(2026, 3, 12), None, "AP")


@pytest.mark.parametrize("read_before", [True, False])
def test_the_stored_article_records_the_outlet_it_republishes(
    tmp_path: Path, read_before: bool
) -> None:
    """Stored by a version that did not read notices, the row gains it when read again."""
    store = Store(str(tmp_path / "s.db"))
    reprint = Article(id="r", text=TEXT, outlet="Lake Times", republished_from="Delta Daily")
    if read_before:
        older = replace(reprint, outlet=None, republished_from=None)
        store.save_batch([Extraction(article=older, pipeline_version="t-0")])
    store.save_batch([Extraction(article=reprint, pipeline_version="t-1")])
    a = schema.articles
    with store.engine.connect() as conn:
        stored = conn.execute(select(a.c.outlet, a.c.republished_from)).one()
        (payload,) = current_payloads(conn)
    assert tuple(stored) == ("Lake Times", "Delta Daily")
    assert payload["article"]["republished_from"] == "Delta Daily"


def test_the_ingest_command_says_what_it_dated_and_what_it_did_not_apply(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from sitrep import pipeline
    from sitrep.cli import app

    monkeypatch.setattr(batch, "process", _stand_in_pipeline)
    monkeypatch.setattr(
        pipeline, "load_resources", lambda settings: SimpleNamespace(settings=settings)
    )
    path, db = tmp_path / "convoy.txt", str(tmp_path / "s.db")
    path.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    runs = [
        runner.invoke(app, ["ingest", str(path), "--db", db, *given])
        for given in ([], ["--published", "2026-03-12"], ["--published", "2026-03-14"])
    ]
    assert [r.exit_code for r in runs] == [0, 0, 0]
    assert "ingested 0, already present 0, failed 0, dated 1 stored undated" in runs[1].stdout
    assert "ingested 0, already present 1, failed 0 (" in runs[2].stdout
    assert "the date given now, 2026-03-14, is not applied" in " ".join(runs[2].stderr.split())
    with Store(db).engine.connect() as conn:
        assert conn.execute(select(schema.articles.c.outlet)).scalar_one() == "AP"
