"""Ingest: read, skip what is stored, run the pipeline, store in batches, record failures.

The same steps serve the CLI and the Dask jobs; the reporting hook lets each show progress its
own way. Re-running on the same input stores nothing new (content-hash ids, per-version check),
with one exception: an article stored undated and now given a date is dated and extracted again
(`store.redating`); one stored with a date keeps it, and a different date given is reported in
the summary's notes, never applied.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from pathlib import Path

from sitrep.ingest import READERS, ReadFailure, directory_files, read_paths
from sitrep.ingest.common import content_id
from sitrep.ingest.feeds import count_feed_items, read_feed
from sitrep.ingest.jsonl import read_jsonl
from sitrep.model import Article, Extraction
from sitrep.pipeline import ProcessFailure, Resources, chunked, process
from sitrep.store import Store
from sitrep.store.ledger import rebuild_ledger
from sitrep.version import PIPELINE_VERSION

log = logging.getLogger(__name__)


@dataclass
class IngestSummary:
    ingested: int = 0
    present: int = 0
    failed: list[tuple[str, str, str]] = field(default_factory=list)  # item, stage, reason
    dated: int = 0  # stored undated before, dated by this run
    notes: list[str] = field(default_factory=list)  # what the user should know: dates not applied

    @property
    def seen(self) -> int:
        return self.ingested + self.present + self.dated + len(self.failed)


Report = Callable[[int], None]
FEED_SUFFIXES = frozenset(suffix for suffix, reader in READERS.items() if reader is read_feed)
LINES_SUFFIXES = frozenset(suffix for suffix, reader in READERS.items() if reader is read_jsonl)


def count_items(paths: Iterable[Path | str]) -> int:
    """How many articles (and refused items) `paths` hold, for the progress bar's total: a JSON
    lines file counts its lines and a feed its entries, as their readers yield them, so that the
    bar ends at its total (a feed of two items counted as one file showed "5/4")."""
    total = 0
    for raw in paths:
        path = Path(raw)
        files = directory_files(path)[0] if path.is_dir() else [path]
        total += sum(_file_items(file) for file in files)
    return total


def _file_items(file: Path) -> int:
    suffix = file.suffix.lower()
    if suffix in LINES_SUFFIXES and file.exists():
        with file.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    if suffix in FEED_SUFFIXES and file.exists():
        return count_feed_items(file)
    return 1


def ingest_paths(
    paths: Iterable[Path | str],
    store: Store,
    resources: Resources,
    published: dt.date | None = None,
    report: Report | None = None,
    rebuild: bool = True,
    summary: IngestSummary | None = None,
) -> IngestSummary:
    """Read `paths` and store every new article's extraction; see the module docstring."""
    settings = resources.settings
    items = read_paths(paths, published, settings.max_article_chars)
    return ingest_items(items, store, resources, report, rebuild, summary)


def ingest_items(
    items: Iterable[Article | ReadFailure],
    store: Store,
    resources: Resources,
    report: Report | None = None,
    rebuild: bool = True,
    summary: IngestSummary | None = None,
) -> IngestSummary:
    """Store what is new among `items`; then, unless `rebuild` is False, rebuild the ledger.

    `summary`, when given, is filled as the run goes: after Ctrl-C it says what was stored.
    """
    settings = resources.settings
    summary = summary if summary is not None else IngestSummary()
    run_id = store.start_run(PIPELINE_VERSION, settings.model)
    report = report or (lambda _n: None)
    undated: set[str] = set()  # stored undated, given a date now: extracted again
    try:
        fresh = (
            article
            for chunk in chunked(items, settings.batch_size)
            for article in _new_articles(chunk, store, summary, run_id, report, undated)
        )
        results = process(fresh, resources, settings.n_process, settings.batch_size)
        _store_results(results, store, summary, run_id, report, settings.batch_size, undated)
    finally:
        store.finish_run(run_id, summary.present, len(summary.failed))
    if (summary.ingested or summary.dated) and rebuild:
        rebuild_ledger(store)
    return summary


def _new_articles(
    chunk: list[Article | ReadFailure],
    store: Store,
    summary: IngestSummary,
    run_id: int,
    report: Report,
    undated: set[str] | None = None,
) -> list[Article]:
    """The chunk's articles not yet extracted by this pipeline version; failures recorded.

    With `undated`, stored undated articles given a date now are among them, their keys added to
    `undated` (see the module docstring); without it (the cluster), they are noted as left so."""
    articles = [item for item in chunk if isinstance(item, Article)]
    for failure in (item for item in chunk if isinstance(item, ReadFailure)):
        _fail(store, summary, run_id, failure.item, failure.stage, failure.reason)
        report(1)
    keys = [content_id(a.text) for a in articles]
    known = store.extracted_ids(keys, PIPELINE_VERSION)
    stored = store.article_dates(keys)
    fresh, seen = [], set()
    for article, key in zip(articles, keys, strict=True):
        if key in seen:
            summary.present += 1
            report(1)
            continue
        if key in stored:
            article = _with_stored_date(article, stored[key], summary)
        redate = key in known and key in stored and stored[key] is None and bool(article.published)
        if redate and undated is None:
            summary.notes.append(
                f"{_shown(article)}: stored undated; ingest it without --workers or --cluster "
                "to give it the date given now"
            )
        if key in known and not (redate and undated is not None):
            summary.present += 1
            report(1)
            continue
        seen.add(key)
        fresh.append(article)
        if redate and undated is not None:
            undated.add(key)
    return fresh


def _with_stored_date(article: Article, stored: dt.date | None, summary: IngestSummary) -> Article:
    """The article with the date it is stored with, if any: a stored date is never changed, and
    a different date given now is noted (not applied)."""
    if stored is None or stored == article.published:
        return article
    if article.published is not None:
        summary.notes.append(
            f"{_shown(article)}: stored with the date {stored.isoformat()}; the date given now, "
            f"{article.published.isoformat()}, is not applied (an ingest never changes a stored date)"
        )
    return replace(article, published=stored)


def _shown(article: Article) -> str:
    return article.origin or article.id


def _store_results(
    results: Iterable[Extraction | ProcessFailure],
    store: Store,
    summary: IngestSummary,
    run_id: int,
    report: Report,
    batch_size: int,
    undated: AbstractSet[str] = frozenset(),
) -> None:
    batch: list[Extraction] = []
    for result in results:
        if isinstance(result, ProcessFailure):
            _fail(store, summary, run_id, result.item, result.stage, result.reason)
            report(1)
            continue
        batch.append(result)
        if len(batch) >= batch_size:
            _flush(batch, store, summary, run_id, report, undated)
    _flush(batch, store, summary, run_id, report, undated)


def _flush(
    batch: list[Extraction],
    store: Store,
    summary: IngestSummary,
    run_id: int,
    report: Report,
    undated: AbstractSet[str] = frozenset(),
) -> None:
    if not batch:
        return
    redated = [x for x in batch if content_id(x.article.text) in undated]
    new = [x for x in batch if content_id(x.article.text) not in undated]
    stored = store.save_batch(new, run_id) if new else 0
    dated = store.redate_batch(redated, run_id) if redated else 0
    summary.ingested += stored
    summary.dated += dated
    summary.present += len(batch) - stored - dated
    report(len(batch))
    batch.clear()


def _fail(
    store: Store, summary: IngestSummary, run_id: int, item: str, stage: str, reason: str
) -> None:
    # the caller reports failures from the summary, and the failures table keeps them
    log.info("skipped %s at stage %s: %s", item, stage, reason)
    summary.failed.append((item, stage, reason))
    store.record_failure(item, stage, reason, run_id)
