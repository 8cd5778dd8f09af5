"""Dask: partitions of articles -> `pipeline.process` -> the store, on every worker.

1. The client reads the inputs, records read failures, and drops the articles this pipeline
   version has stored already (the same checks as `batch.ingest_items`).
2. The rest go out in partitions, a bounded number in flight. Each worker loads the pipeline
   once (`PipelinePlugin`, a worker plugin, registered only when there is something new) and,
   per partition, runs `pipeline.process` and writes the extractions to the database itself, a
   batch per transaction. A task returns only counts and failures, so results never travel
   through the client.
3. A worker that dies takes its task with it; the scheduler runs the task again elsewhere. The
   re-run skips what the first attempt committed (unique article and pipeline version; the
   store's inserts do nothing on conflict) and a killed transaction stored nothing, so each
   article is stored exactly once, complete.

Works with any database `Store` opens; use PostgreSQL when the workers are on several machines.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import itertools
import logging
import math
import signal
import threading
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from distributed import Client, Future, LocalCluster, Worker, WorkerPlugin, get_worker, wait
from sqlalchemy import func, select

from sitrep.batch import IngestSummary, Report, _fail, _new_articles
from sitrep.errors import SitrepError
from sitrep.ingest import ReadFailure, read_paths
from sitrep.model import Article, Extraction
from sitrep.pipeline import ProcessFailure, Resources, chunked, load_resources, process
from sitrep.settings import CONNECT_TIMEOUT, Settings
from sitrep.store import Store, schema
from sitrep.version import PIPELINE_VERSION

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

PLUGIN_NAME = "sitrep-pipeline"
INTERRUPTS_PLUGIN_NAME = "sitrep-ignore-interrupts"


class PipelinePlugin(WorkerPlugin):
    """Loads the pipeline (spaCy model, gazetteer) once when a worker starts, never per article.

    Registered with the client, it also runs on workers that join later or are restarted by
    their nanny after a crash. It keeps one `Store` per database URL for the worker's tasks.
    """

    name = PLUGIN_NAME

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.resources: Resources | None = None
        self.loads = 0
        self._stores: dict[str, Store] = {}

    def setup(self, worker: Worker) -> None:
        self.resources = load_resources(self.settings)
        self.loads += 1
        log.info("worker %s loaded the pipeline (%s)", worker.address, self.settings.model)

    def teardown(self, worker: Worker) -> None:
        for store in self._stores.values():
            store.close()
        self._stores.clear()

    def store(self, db: str) -> Store:
        if db not in self._stores:
            self._stores[db] = Store(db)
        return self._stores[db]


@dataclass
class PartitionResult:
    """What a task sends back: counts and failures, never the extractions."""

    articles: int
    stored: int = 0
    present: int = 0
    failed: list[ProcessFailure] = field(default_factory=list)


def ingest_partition(
    articles: list[Article], db: str, run_id: int, batch_size: int
) -> PartitionResult:
    """The task: one partition through the pipeline and into the database, on a worker."""
    plugin: PipelinePlugin = get_worker().plugins[PLUGIN_NAME]  # type: ignore[assignment]
    assert plugin.resources is not None, "the sitrep worker plugin has not loaded the pipeline"
    store = plugin.store(db)
    result = PartitionResult(len(articles))
    batch: list[Extraction] = []
    for item in process(articles, plugin.resources, 1, batch_size):
        if isinstance(item, ProcessFailure):
            result.failed.append(item)
            continue
        batch.append(item)
        if len(batch) >= batch_size:
            _save(store, batch, run_id, result)
    _save(store, batch, run_id, result)
    return result


def _save(store: Store, batch: list[Extraction], run_id: int, result: PartitionResult) -> None:
    if batch:
        stored = store.save_batch(batch, run_id)
        result.stored += stored
        result.present += len(batch) - stored
        batch.clear()


def ingest_paths_on_cluster(
    paths: Iterable[Path | str],
    client: Client,
    settings: Settings,
    published: dt.date | None = None,
    report: Report | None = None,
    partition_size: int | None = None,
    summary: IngestSummary | None = None,
) -> IngestSummary:
    """Read `paths` here and ingest their articles on the cluster; see the module docstring."""
    items = read_paths(paths, published, settings.max_article_chars)
    return ingest_items_on_cluster(items, client, settings, report, partition_size, summary)


def ingest_items_on_cluster(
    items: Iterable[Article | ReadFailure],
    client: Client,
    settings: Settings,
    report: Report | None = None,
    partition_size: int | None = None,
    summary: IngestSummary | None = None,
) -> IngestSummary:
    """Like `batch.ingest_items`, with the pipeline and the writes on the cluster's workers.
    `summary` fills as the run goes; its stored count is set in `finally`, from the database,
    when the run ends or is interrupted."""
    report = report or (lambda _n: None)
    store = Store(settings.db)  # migrates once, here, before any worker opens the database
    summary = summary if summary is not None else IngestSummary()
    run_id = store.start_run(PIPELINE_VERSION, settings.model)
    submitted = failed = 0
    try:
        partitions = _partitions(
            items, store, summary, run_id, report, partition_size or settings.batch_size
        )
        first = next(partitions, None)
        if first is None:  # nothing new: no worker needs to load the pipeline
            return summary
        register_pipeline(client, settings)
        for articles, outcome in _run_partitions(
            client, itertools.chain([first], partitions), settings.db, run_id, settings.batch_size
        ):
            failures = _failures(articles, outcome)
            for failure in failures:
                _fail(store, summary, run_id, failure.item, failure.stage, failure.reason)
            submitted += len(articles)
            failed += len(failures)
            report(len(articles))
    finally:
        # Count what this run stored in the database itself: a task run again after its worker
        # died reports only what its first attempt had not committed.
        summary.ingested = _stored_by_run(store, run_id)
        summary.present += max(submitted - summary.ingested - failed, 0)
        store.finish_run(run_id, summary.present, len(summary.failed))
        store.close()
    return summary


def balanced_partition_size(total: int, client: Client, batch_size: int) -> int:
    """A partition size that gives every worker thread about four partitions of `total`
    articles, so that none sits idle while another works through a long one and the progress
    bar moves; never more than a store batch."""
    threads = max(sum(client.nthreads().values()), 1)
    return max(1, min(batch_size, math.ceil(total / (4 * threads))))


class IgnoreInterrupts(WorkerPlugin):
    """Ctrl-C is the client's to handle, on the workers of its own cluster: a terminal sends it to
    every process of the command, and each worker would die printing a traceback. The workers
    `local_cluster` starts inherit the ignored signal, but a worker its nanny restarts after a
    crash is a fresh process with Python's default handler: this plugin, run on every worker
    that joins, ignores it there too. Never registered with a cluster the user started, whose
    workers a user stops with Ctrl-C."""

    name = INTERRUPTS_PLUGIN_NAME

    def setup(self, worker: Worker) -> None:
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, signal.SIG_IGN)


def register_pipeline(client: Client, settings: Settings) -> None:
    """Load the pipeline on every worker, now and on workers that join later.

    A long-lived cluster keeps the plugin between runs: it is registered again (and the model
    reloaded) only when the settings differ.
    """

    def loaded_with(dask_worker: Worker) -> bool:
        plugin = dask_worker.plugins.get(PLUGIN_NAME)
        return isinstance(plugin, PipelinePlugin) and plugin.settings == settings

    loaded = client.run(loaded_with)
    if not loaded or not all(loaded.values()):
        client.register_plugin(PipelinePlugin(settings), name=PLUGIN_NAME)


def _partitions(
    items: Iterable[Article | ReadFailure],
    store: Store,
    summary: IngestSummary,
    run_id: int,
    report: Report,
    size: int,
) -> Iterator[list[Article]]:
    """The new articles in lists of `size`; read failures and stored articles counted here."""
    pending: list[Article] = []
    for chunk in chunked(items, size):
        pending.extend(_new_articles(chunk, store, summary, run_id, report))
        while len(pending) >= size:
            yield pending[:size]
            pending = pending[size:]
    if pending:
        yield pending


def _run_partitions(
    client: Client, partitions: Iterable[list[Article]], db: str, run_id: int, batch_size: int
) -> Iterator[tuple[list[Article], PartitionResult | Exception]]:
    """Each partition with its task's result (or error), as tasks finish, a bounded number
    in flight so that a large input never sits in the scheduler's memory all at once."""
    window = max(2 * sum(client.nthreads().values()), 2)
    token = uuid.uuid4().hex[:12]  # task keys unique to this run, on a cluster shared by many
    in_flight: dict[Future, list[Article]] = {}
    try:
        for index, articles in enumerate(partitions):
            key = f"sitrep-ingest-{run_id}-{token}-{index}"
            in_flight[
                client.submit(
                    ingest_partition, articles, db, run_id, batch_size, key=key, retries=2
                )
            ] = articles
            if len(in_flight) >= window:
                yield from _finished(in_flight)
        while in_flight:
            yield from _finished(in_flight)
    except KeyboardInterrupt:
        # tasks not started yet are dropped; a running one finishes its batch and commits it
        if isinstance(client.cluster, LocalCluster):
            _quiet_dask_logs()
            client.run(_quiet_dask_logs, on_error="ignore")
        client.cancel(list(in_flight))
        raise


def _quiet_dask_logs() -> None:
    """After Ctrl-C, on this machine and on the workers of its own cluster: the tasks it cancels
    and the busy workers it stops are expected, not worth a warning each ("ended with
    CancelledError", "still alive after 4.0 seconds, killing"); errors still show."""
    logging.getLogger("distributed").setLevel(logging.ERROR)


def _finished(
    in_flight: dict[Future, list[Article]],
) -> Iterator[tuple[list[Article], PartitionResult | Exception]]:
    """Wait for at least one task; hand back every finished one and forget it."""
    done, _ = wait(list(in_flight), return_when="FIRST_COMPLETED")
    for future in done:
        articles = in_flight.pop(future)
        try:
            outcome: PartitionResult | Exception = future.result()
        except Exception as error:
            log.error("partition %s failed: %s: %s", future.key, error.__class__.__name__, error)
            outcome = error
        future.release()
        yield articles, outcome


def _failures(
    articles: list[Article], outcome: PartitionResult | Exception
) -> list[ProcessFailure]:
    if isinstance(outcome, PartitionResult):
        return outcome.failed
    reason = f"{outcome.__class__.__name__}: {outcome}"
    return [ProcessFailure(a.origin or a.id, reason, stage="worker") for a in articles]


def _stored_by_run(store: Store, run_id: int) -> int:
    query = (
        select(func.count())
        .select_from(schema.extractions)
        .where(schema.extractions.c.run_id == run_id)
    )
    with store.engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


@contextlib.contextmanager
def connect(
    workers: int | None = None,
    cluster: str | None = None,
    timeout: float = CONNECT_TIMEOUT,
) -> Iterator[Client]:
    """A client of the scheduler at `cluster`, or of a new LocalCluster of `workers` processes.

    A scheduler that does not answer within `timeout` seconds is an error at once: Dask's own
    30 s wait (retrying a refused connection) left the command silent for half a minute."""
    if cluster is None:
        with local_cluster(workers or 1) as local, Client(local) as client:
            client.register_plugin(IgnoreInterrupts(), name=INTERRUPTS_PLUGIN_NAME)
            yield client
        return
    try:
        client = Client(cluster, timeout=timeout)
    except OSError as error:
        raise SitrepError(
            f"cannot reach the Dask scheduler at {cluster} ({error}): start one with `dask scheduler` "
            "and workers with `dask worker ADDRESS --nthreads 1`, or use --workers N for a local cluster"
        ) from error
    with client:
        yield client


def local_cluster(workers: int) -> LocalCluster:
    """A LocalCluster of `workers` single-threaded worker processes (spaCy holds the GIL).

    The workers ignore Ctrl-C: a terminal sends it to every process of the command, and each
    worker would die printing a traceback; the client gets it too and shuts them down in order.
    """
    start = functools.partial(LocalCluster, n_workers=workers, threads_per_worker=1, processes=True)
    if threading.current_thread() is not threading.main_thread():
        return start()  # only the main thread may change how a signal is handled
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # inherited by the new processes
    try:
        return start()
    finally:
        signal.signal(signal.SIGINT, previous)
