"""Ingest: read, skip what is stored, run the pipeline, store in batches, record failures.

The same steps serve the CLI and the Dask jobs; the reporting hook lets each show progress its
own way. Re-running on the same input stores nothing new (content-hash ids, per-version check).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.ingest import ReadFailure, directory_files, read_paths
from sitrep.ingest.common import content_id
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

    @property
    def seen(self) -> int:
        return self.ingested + self.present + len(self.failed)


Report = Callable[[int], None]


def count_items(paths: Iterable[Path | str]) -> int:
    """A quick estimate of how many articles `paths` hold, for the progress bar's total."""
    total = 0
    for raw in paths:
        path = Path(raw)
        files = directory_files(path)[0] if path.is_dir() else [path]
        for file in files:
            if file.suffix.lower() in (".jsonl", ".ndjson") and file.exists():
                with file.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1
    return total


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
    try:
        fresh = (
            article
            for chunk in chunked(items, settings.batch_size)
            for article in _new_articles(chunk, store, summary, run_id, report)
        )
        results = process(fresh, resources, settings.n_process, settings.batch_size)
        _store_results(results, store, summary, run_id, report, settings.batch_size)
    finally:
        store.finish_run(run_id, summary.present, len(summary.failed))
    if summary.ingested and rebuild:
        rebuild_ledger(store)
    return summary


def _new_articles(
    chunk: list[Article | ReadFailure],
    store: Store,
    summary: IngestSummary,
    run_id: int,
    report: Report,
) -> list[Article]:
    """The chunk's articles not yet extracted by this pipeline version; failures recorded."""
    articles = [item for item in chunk if isinstance(item, Article)]
    for failure in (item for item in chunk if isinstance(item, ReadFailure)):
        _fail(store, summary, run_id, failure.item, failure.stage, failure.reason)
        report(1)
    known = store.extracted_ids((content_id(a.text) for a in articles), PIPELINE_VERSION)
    fresh, seen = [], set()
    for article in articles:
        key = content_id(article.text)
        if key in known or key in seen:
            summary.present += 1
            report(1)
        else:
            seen.add(key)
            fresh.append(article)
    return fresh


def _store_results(
    results: Iterable[Extraction | ProcessFailure],
    store: Store,
    summary: IngestSummary,
    run_id: int,
    report: Report,
    batch_size: int,
) -> None:
    batch: list[Extraction] = []
    for result in results:
        if isinstance(result, ProcessFailure):
            _fail(store, summary, run_id, result.item, result.stage, result.reason)
            report(1)
            continue
        batch.append(result)
        if len(batch) >= batch_size:
            _flush(batch, store, summary, run_id, report)
    _flush(batch, store, summary, run_id, report)


def _flush(
    batch: list[Extraction], store: Store, summary: IngestSummary, run_id: int, report: Report
) -> None:
    if not batch:
        return
    stored = store.save_batch(batch, run_id)
    summary.ingested += stored
    summary.present += len(batch) - stored
    report(len(batch))
    batch.clear()


def _fail(
    store: Store, summary: IngestSummary, run_id: int, item: str, stage: str, reason: str
) -> None:
    # the caller reports failures from the summary, and the failures table keeps them
    log.info("skipped %s at stage %s: %s", item, stage, reason)
    summary.failed.append((item, stage, reason))
    store.record_failure(item, stage, reason, run_id)
